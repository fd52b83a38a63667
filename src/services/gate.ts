// The one authorization gate: every use case that touches tenant data asks it first.
import { decide, type Action } from '../domain/access/policy.ts';
import type { Ctx, Scope } from './context.ts';
import { AppError } from './errors.ts';

export function authorize(ctx: Ctx, action: Action): Scope {
  const decision = decide({ role: ctx.actor.role, organizationKind: ctx.actor.organizationKind }, action);
  if (!decision.allow) throw new AppError('forbidden', `Your role (${ctx.actor.role}) does not allow ${action}.`);
  return { organizationId: ctx.actor.organizationId };
}
