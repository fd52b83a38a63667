// Rolling an issued engagement forward: the firm proposes the next period's engagement to the same organization,
// carrying the system, categories, team, frequency table and test plans (procedures and sampling method; populations
// and selections are the new period's own). Last period's exceptions become follow-up items the auditor closes
// before the new report can be issued. The organization accepts the proposal as any other.
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { engagements, followUpItems, testPlans } from '../db/schema.ts';
import { insertEngagement, listTeam, upsertTeamMember } from '../db/engagements.ts';
import { listPlans } from '../db/test-plans.ts';
import { listExceptions } from '../db/test-exceptions.ts';
import type { Engagement } from '../contract/engagements.ts';
import { checkTerms, type EngagementTerms } from '../domain/engagement/terms.ts';
import { nextName, nextTerms } from '../domain/engagement/roll-forward.ts';
import type { Ctx, Deps } from './context.ts';
import { AppError, failFields, notFound } from './errors.ts';
import { loadEngagement, recordBoth, reload } from './engagements.ts';
import { recordFirm } from './workpapers.ts';

export interface RollForwardInput {
  name?: string | undefined;
  asOfDate?: string | undefined;
  periodStart?: string | undefined;
  periodEnd?: string | undefined;
}

export interface FollowUpItem {
  id: string;
  controlCode: string;
  description: string;
  managementResponse: string | null;
  resolution: string | null;
  closedByLabel: string | null;
  closedAt: string | null;
}

function termsFor(previous: EngagementTerms, input: RollForwardInput): EngagementTerms {
  const next = nextTerms(previous);
  const terms = { ...next, ...(input.asOfDate ? { asOfDate: input.asOfDate } : {}), ...(input.periodStart ? { periodStart: input.periodStart } : {}), ...(input.periodEnd ? { periodEnd: input.periodEnd } : {}) };
  const { problems } = checkTerms(terms);
  if (problems.length) failFields(problems);
  const prevEnd = previous.periodEnd ?? previous.asOfDate!;
  const start = terms.periodStart ?? terms.asOfDate!;
  if (start <= prevEnd) failFields([{ path: terms.reportType === 'type1' ? 'asOfDate' : 'periodStart', message: `the next period starts after the last one ended (${prevEnd})` }]);
  return terms;
}

async function carryPlans(tx: Db, fromId: string, toId: string, at: Date): Promise<number> {
  const plans = await listPlans(tx, fromId);
  if (plans.length === 0) return 0;
  await tx.insert(testPlans).values(plans.map(({ plan }) => ({
    engagementId: toId, controlId: plan.controlId, procedures: plan.procedures, samplingMethod: plan.samplingMethod, samplingParams: plan.samplingParams, createdAt: at, updatedAt: at,
  })));
  return plans.length;
}

async function carryExceptions(tx: Db, fromId: string, toId: string, at: Date): Promise<number> {
  const plans = new Map((await listPlans(tx, fromId)).map((p) => [p.plan.id, p.control]));
  const exceptions = await listExceptions(tx, fromId);
  if (exceptions.length === 0) return 0;
  await tx.insert(followUpItems).values(exceptions.map((x) => {
    const control = plans.get(x.testPlanId);
    return { engagementId: toId, sourceExceptionId: x.id, controlId: control?.id ?? null, controlCode: control?.code ?? '', description: x.description, managementResponse: x.managementResponse, createdAt: at };
  }));
  return exceptions.length;
}

/** The engagement partner rolls an issued engagement forward; the new one is a proposal from the firm to the organization. */
export async function rollForward(deps: Deps, ctx: Ctx, id: string, input: RollForwardInput): Promise<Engagement> {
  const now = deps.now();
  const newId = await deps.db.transaction(async (tx) => {
    const { engagement: e, access } = await loadEngagement(tx, ctx, id, 'report.issue', true);
    if (access.side !== 'firm') throw new AppError('forbidden', 'The audit firm rolls its engagement forward.');
    if (e.status !== 'issued') throw new AppError('engagement_invalid_transition', 'Only an engagement whose report is issued rolls forward.');
    const [already] = await tx.select({ id: engagements.id }).from(engagements).where(and(eq(engagements.rolledFromId, e.id), eq(engagements.firmId, e.firmId)));
    if (already) throw new AppError('conflict', 'This engagement was rolled forward already.');
    const terms = termsFor(e, input);
    const row = await insertEngagement(tx, {
      firmId: e.firmId, serviceOrgId: e.serviceOrgId, systemId: e.systemId, name: input.name?.trim() || nextName(e.name, e, terms), ...terms,
      categories: e.categories, status: 'proposed', proposedBy: 'firm', proposedByLabel: ctx.actor.label, frequencyTable: e.frequencyTable, rolledFromId: e.id,
    });
    for (const member of await listTeam(tx, e.id)) await upsertTeamMember(tx, row.id, member.userId, member.role);
    const plans = await carryPlans(tx, e.id, row.id, now);
    const followUps = await carryExceptions(tx, e.id, row.id, now);
    await recordBoth(tx, ctx, row, 'engagement.proposed', {
      name: row.name, reportType: row.reportType, firmId: row.firmId, serviceOrgId: row.serviceOrgId, systemId: row.systemId, asOfDate: row.asOfDate, periodStart: row.periodStart, periodEnd: row.periodEnd, shortPeriodReason: row.shortPeriodReason,
    }, now);
    await recordBoth(tx, ctx, row, 'engagement.rolled_forward', { from: e.id, testPlans: plans, followUps }, now);
    return row.id;
  });
  return reload(deps.db, ctx, newId);
}

function followUpOf(r: typeof followUpItems.$inferSelect): FollowUpItem {
  return { id: r.id, controlCode: r.controlCode, description: r.description, managementResponse: r.managementResponse, resolution: r.resolution, closedByLabel: r.closedByLabel, closedAt: r.closedAt?.toISOString() ?? null };
}

export async function listOpenFollowUps(db: Db, engagementId: string): Promise<number> {
  const rows = await db.select({ closedAt: followUpItems.closedAt }).from(followUpItems).where(eq(followUpItems.engagementId, engagementId));
  return rows.filter((r) => r.closedAt === null).length;
}

export async function listFollowUps(deps: Deps, ctx: Ctx, id: string): Promise<{ items: FollowUpItem[] }> {
  const { engagement: e } = await loadEngagement(deps.db, ctx, id, 'workpaper.read');
  const rows = await deps.db.select().from(followUpItems).where(eq(followUpItems.engagementId, e.id)).orderBy(asc(followUpItems.controlCode), asc(followUpItems.createdAt));
  return { items: rows.map(followUpOf) };
}

/** The auditor closes a follow-up with what was done about it (a resolution is required). */
export async function closeFollowUp(deps: Deps, ctx: Ctx, id: string, itemId: string, resolution: string): Promise<FollowUpItem> {
  const now = deps.now();
  const row = await deps.db.transaction(async (tx) => {
    const loaded = await loadEngagement(tx, ctx, id, 'workpaper.write', true);
    const [item] = await tx.select().from(followUpItems).where(and(eq(followUpItems.engagementId, loaded.engagement.id), eq(followUpItems.id, itemId)));
    if (!item) throw notFound('No such follow-up item.');
    if (item.closedAt) throw new AppError('conflict', 'This follow-up item is closed already.');
    const [updated] = await tx.update(followUpItems).set({ resolution, closedAt: now, closedByLabel: ctx.actor.label }).where(eq(followUpItems.id, item.id)).returning();
    await recordFirm(tx, ctx, loaded, 'follow_up.closed', 'engagement', loaded.engagement.id, { engagementId: loaded.engagement.id, code: item.controlCode, resolution }, now);
    return updated!;
  });
  return followUpOf(row);
}
