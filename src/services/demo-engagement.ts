// The demo's examinations by Harbor & Vale, built through the same use cases as the app (every step audited):
//   - last year's Type I, issued, so a new user sees an issued, verifiable report at once (its date is more than
//     twelve months past, so the trust page flags it as outdated until this year's is issued);
//   - this year's Type I as of the end of last month, examined up to the report with the opinion decided: only
//     management's acceptance of its assertion and the partner's issue are left, for the user to do in the browser.
// Both are Type I: a Type II of every demo control would take a minute of sample results to build; the Type II
// examination is tried from the first proposal instead (README, demo journey).
import type { Role } from '../contract/roles.ts';
import { DecideOpinionRequest } from '../contract/opinion.ts';
import { ProposeEngagementRequest, RespondEngagementRequest } from '../contract/engagements.ts';
import type { EngagementStatus } from '../contract/engagement-vocabulary.ts';
import { getUserByEmail } from '../db/users.ts';
import { addDays } from '../domain/calendar/dates.ts';
import type { Actor, Ctx, Deps } from './context.ts';
import { addTeamMember, changeEngagementStatus, proposeEngagement, readEngagement, respondToEngagement } from './engagements.ts';
import { decideOpinion } from './opinion.ts';
import { acceptAssertion, issueReport, readAssertion, updateFirmReportSettings } from './reports.ts';

export interface DemoParties {
  organizationId: string;
  firmId: string;
  systemId: string;
  admin: Ctx;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** This year's Type I date (the end of last month) and last year's (a year before). */
export function demoPeriods(now: Date): { asOf: string; lastYear: string } {
  const asOf = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0));
  const lastYear = new Date(Date.UTC(asOf.getUTCFullYear() - 1, asOf.getUTCMonth() + 1, 0));
  return { asOf: iso(asOf), lastYear: iso(lastYear) };
}

async function firmCtx(deps: Deps, firmId: string, email: string, role: Role): Promise<Ctx> {
  const user = (await getUserByEmail(deps.db, email))!;
  const actor: Actor = { type: 'user', userId: user.id, label: email, tokenId: null, organizationId: firmId, organizationKind: 'audit_firm', role };
  return { actor, ip: null, requestId: null };
}

async function moveTo(deps: Deps, partner: Ctx, id: string, target: EngagementStatus): Promise<void> {
  const order: EngagementStatus[] = ['planning', 'design_review', 'fieldwork', 'review', 'reporting'];
  for (;;) {
    const e = await readEngagement(deps, partner, id);
    if (e.status === target) return;
    const next = e.reportType === 'type1' && e.status === 'design_review' ? 'review' : order[order.indexOf(e.status) + 1]!;
    await changeEngagementStatus(deps, partner, id, next);
  }
}

async function agree(deps: Deps, p: DemoParties, partner: Ctx, auditorId: string, terms: Record<string, unknown>): Promise<string> {
  const e = await proposeEngagement(deps, p.admin, ProposeEngagementRequest.parse({ counterpartyId: p.firmId, systemId: p.systemId, ...terms }));
  await respondToEngagement(deps, partner, e.id, RespondEngagementRequest.parse({ decision: 'accept' }));
  await addTeamMember(deps, partner, e.id, { userId: auditorId, role: 'auditor' });
  return e.id;
}

/** Last year's Type I, issued and dated six weeks after its as-of date, as a firm would have done then. */
async function issuedTypeI(deps: Deps, p: DemoParties, partner: Ctx, auditorId: string, asOf: string): Promise<void> {
  const id = await readyTypeI(deps, p, partner, auditorId, asOf);
  await acceptAssertion(deps, p.admin, id, (await readAssertion(deps, p.admin, id)).sha256);
  await issueReport(deps, partner, id, { reportDate: addDays(asOf, 42) });
}

/** This year's Type I, examined up to the report: the opinion decided, management's assertion and the issue left to the user. */
async function readyTypeI(deps: Deps, p: DemoParties, partner: Ctx, auditorId: string, asOf: string): Promise<string> {
  const id = await agree(deps, p, partner, auditorId, { name: `Northwind SOC 2 Type I (${asOf.slice(0, 4)})`, reportType: 'type1', asOfDate: asOf });
  await moveTo(deps, partner, id, 'reporting');
  await decideOpinion(deps, partner, id, DecideOpinionRequest.parse({ decision: 'accept' }));
  return id;
}

export async function seedEngagements(deps: Deps, p: DemoParties, firmUsers: { partner: string; auditor: string }): Promise<void> {
  const partner = await firmCtx(deps, p.firmId, firmUsers.partner, 'partner');
  const auditor = await firmCtx(deps, p.firmId, firmUsers.auditor, 'auditor');
  const periods = demoPeriods(deps.now());
  await updateFirmReportSettings(deps, partner, { city: 'Portland, Oregon' });
  await issuedTypeI(deps, p, partner, auditor.actor.userId, periods.lastYear);
  await readyTypeI(deps, p, partner, auditor.actor.userId, periods.asOf);
}
