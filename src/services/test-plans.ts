// Test plans of an engagement: one per control of the engagement's system, with procedures that default from the
// procedure library and stay editable. Only the firm's team reads and writes them (the gate's workpaper.* actions);
// the organization never does.
import type { CreateAllResult, CreateTestPlanRequest, TestPlan, TestPlanDetail, TestPlanList, UpdateTestPlanRequest } from '../contract/test-plans.ts';
import { defaultProceduresFor } from '../domain/library/procedures/index.ts';
import type { ControlFrequency, ControlNature } from '../contract/program.ts';
import type { Db } from '../db/client.ts';
import type { EngagementView } from '../db/engagements.ts';
import { getPlan, insertPlans, listNotes, listPlans, listSystemControls, plannedControlIds, updatePlan, type PlanControl, type PlanWithControl } from '../db/test-plans.ts';
import type { Ctx, Deps } from './context.ts';
import { loadEngagement } from './engagements.ts';
import { AppError, notFound } from './errors.ts';
import { failFields, inScopeCriterionIds, itemOf, loadParts, loadPlan, noteOf, presentPlan, recordFirm, requireOpen } from './workpapers.ts';

async function present(db: Db, e: EngagementView, rows: PlanWithControl[]): Promise<TestPlan[]> {
  const parts = await loadParts(db, e, rows);
  return rows.map((r) => presentPlan(e, r, parts));
}

export async function listTestPlans(deps: Deps, ctx: Ctx, engagementId: string): Promise<TestPlanList> {
  const { engagement } = await loadEngagement(deps.db, ctx, engagementId, 'workpaper.read');
  return { testPlans: await present(deps.db, engagement, await listPlans(deps.db, engagement.id)) };
}

export async function readTestPlan(deps: Deps, ctx: Ctx, engagementId: string, planId: string): Promise<TestPlan> {
  const { engagement, plan, control } = await loadPlan(deps.db, ctx, engagementId, planId, 'workpaper.read');
  const [presented] = await present(deps.db, engagement, [{ plan, control }]);
  return presented!;
}

/** A plan with its selected items (in rank order) and its notes. */
export async function readTestPlanDetail(deps: Deps, ctx: Ctx, engagementId: string, planId: string): Promise<TestPlanDetail> {
  const { engagement, plan, control } = await loadPlan(deps.db, ctx, engagementId, planId, 'workpaper.read');
  const parts = await loadParts(deps.db, engagement, [{ plan, control }]);
  const notes = await listNotes(deps.db, engagement.id, { testPlanId: plan.id, onlyShared: false });
  return { ...presentPlan(engagement, { plan, control }, parts), items: (parts.items.get(plan.id) ?? []).map(itemOf), notes: notes.map(noteOf) };
}

const defaults = (c: PlanControl) => defaultProceduresFor(c.code, { nature: c.nature as ControlNature, frequency: c.frequency as ControlFrequency, title: c.title });

export async function createTestPlan(deps: Deps, ctx: Ctx, engagementId: string, input: CreateTestPlanRequest): Promise<TestPlan> {
  const id = await deps.db.transaction(async (tx) => {
    const loaded = await loadEngagement(tx, ctx, engagementId, 'workpaper.write', true);
    const e = loaded.engagement;
    requireOpen(e);
    const [control] = await listSystemControls(tx, e.serviceOrgId, e.systemId!, [input.controlId]);
    if (!control) failFields([{ path: 'controlId', message: 'not an active control of the engagement\'s system' }]);
    const at = deps.now();
    const [row] = await insertPlans(tx, [{ engagementId: e.id, controlId: control.id, procedures: input.procedures ?? defaults(control), createdAt: at }]);
    if (!row) throw new AppError('conflict', `${control.code} already has a test plan in this engagement.`);
    await recordFirm(tx, ctx, loaded, 'test_plan.created', 'test_plan', row.id, { engagementId: e.id, controlId: control.id, code: control.code }, at);
    return row.id;
  });
  return readTestPlan(deps, ctx, engagementId, id);
}

/** A plan for every active control of the system that supports an in-scope criterion and has none yet. */
export async function createAllTestPlans(deps: Deps, ctx: Ctx, engagementId: string): Promise<CreateAllResult> {
  const created = await deps.db.transaction(async (tx) => {
    const loaded = await loadEngagement(tx, ctx, engagementId, 'workpaper.write', true);
    const e = loaded.engagement;
    requireOpen(e);
    const inScope = inScopeCriterionIds(e);
    const planned = await plannedControlIds(tx, e.id);
    const wanted = (await listSystemControls(tx, e.serviceOrgId, e.systemId!)).filter((c) => !planned.has(c.id) && c.criteria.some((id) => inScope.has(id)));
    const at = deps.now();
    const rows = await insertPlans(tx, wanted.map((c) => ({ engagementId: e.id, controlId: c.id, procedures: defaults(c), createdAt: at })));
    const codes = new Map(wanted.map((c) => [c.id, c.code]));
    for (const row of rows) await recordFirm(tx, ctx, loaded, 'test_plan.created', 'test_plan', row.id, { engagementId: e.id, controlId: row.controlId, code: codes.get(row.controlId)! }, at);
    return rows.map((r) => r.id);
  });
  const { testPlans } = await listTestPlans(deps, ctx, engagementId);
  const ids = new Set(created);
  return { created: created.length, testPlans: testPlans.filter((p) => ids.has(p.id)) };
}

export async function updateTestPlan(deps: Deps, ctx: Ctx, engagementId: string, planId: string, input: UpdateTestPlanRequest): Promise<TestPlan> {
  await deps.db.transaction(async (tx) => {
    const loaded = await loadPlan(tx, ctx, engagementId, planId, 'workpaper.write', true);
    requireOpen(loaded.engagement);
    const changes = Object.fromEntries(Object.entries(input).filter(([k, v]) => v !== undefined && JSON.stringify(v) !== JSON.stringify((loaded.plan as unknown as Record<string, unknown>)[k])));
    if (Object.keys(changes).length === 0) return;
    const at = deps.now();
    await updatePlan(tx, loaded.engagement.id, loaded.plan.id, changes, at);
    await recordFirm(tx, ctx, loaded, 'test_plan.updated', 'test_plan', loaded.plan.id, { engagementId: loaded.engagement.id, code: loaded.control.code, fields: Object.keys(changes) }, at);
  });
  return readTestPlan(deps, ctx, engagementId, planId);
}

export async function requirePlan(db: Db, engagementId: string, planId: string): Promise<PlanWithControl> {
  const found = await getPlan(db, engagementId, planId);
  if (!found) throw notFound('No such test plan.');
  return found;
}
