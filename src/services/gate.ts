// The one authorization gate: every use case that touches tenant data asks it first.
// Two questions: what may this actor do in the organization it acts in (authorize), and what may it do on one
// engagement, from the firm's side or the service organization's (authorizeEngagement).
import { decide, decideOnEngagement, type Action, type EngagementAction, type EngagementSide, type TeamRole } from '../domain/access/policy.ts';
import type { Ctx, Scope } from './context.ts';
import { AppError } from './errors.ts';

export function authorize(ctx: Ctx, action: Action): Scope {
  const { role, organizationKind, view } = ctx.actor;
  const decision = decide({ role, organizationKind, ...(view ? { via: 'engagement' as const } : {}) }, action);
  if (!decision.allow) {
    throw new AppError('forbidden', view ? `Through an engagement you may only read the client's program, not ${action}.` : `Your role (${role}) does not allow ${action}.`);
  }
  return view ? { organizationId: ctx.actor.organizationId, limits: view } : { organizationId: ctx.actor.organizationId };
}

/** The engagement as the gate needs it: its two organizations and the actor's place on its team. */
export interface EngagementParties {
  id: string;
  firmId: string;
  serviceOrgId: string;
  teamRole: TeamRole | null;
}

export interface EngagementAccess {
  side: EngagementSide;
  /** The firm's own data (workpapers). */
  firm: Scope;
  /** The client's organization, for what the firm writes there through the engagement (requests) and the client's own writes. */
  client: Scope;
}

export function authorizeEngagement(ctx: Ctx, engagement: EngagementParties, action: EngagementAction): EngagementAccess {
  if (ctx.actor.view) throw new AppError('forbidden', 'Engagement actions are not taken through the Attest-Engagement view; call them without the header.');
  const side: EngagementSide | null = ctx.actor.organizationId === engagement.firmId ? 'firm' : ctx.actor.organizationId === engagement.serviceOrgId ? 'service_org' : null;
  // Not a party: the engagement does not exist as far as this actor can tell.
  if (!side) throw new AppError('not_found', 'No such engagement.');
  const decision = decideOnEngagement({ role: ctx.actor.role, side, teamRole: side === 'firm' ? engagement.teamRole : null }, action);
  if (!decision.allow) {
    const who = side === 'firm' ? (engagement.teamRole ? `the engagement's ${engagement.teamRole.replace('_', ' ')}` : `a ${ctx.actor.role} not on this engagement's team`) : `the service organization's ${ctx.actor.role}`;
    throw new AppError('forbidden', `As ${who} you may not ${action}.`);
  }
  return { side, firm: { organizationId: engagement.firmId }, client: { organizationId: engagement.serviceOrgId } };
}
