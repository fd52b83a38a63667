// The sample at work: each selected item becomes a request the organization answers with evidence, exactly like its
// own requests; the firm records each item's result and the plan's conclusion.
import type { ConcludeRequest, CreateSampleRequestsRequest, RecordResultRequest, TestPlan, TestPlanDetail } from '../contract/test-plans.ts';
import { evaluateTest } from '../domain/examination/index.ts';
import { getEvidenceByIds } from '../db/evidence.ts';
import { getMemberRefs, insertRequestControls, insertRequests } from '../db/requests.ts';
import { getItem, updateItem } from '../db/sample-items.ts';
import { updatePlan, type TestPlanRow } from '../db/test-plans.ts';
import type { SampleItemView } from '../db/sample-items.ts';
import { actorOf, recordAudits, type AuditRecord } from './audit.ts';
import type { Ctx, Deps } from './context.ts';
import { AppError, notFound } from './errors.ts';
import { readTestPlan, readTestPlanDetail } from './test-plans.ts';
import { clientScope, failFields, loadPlan, planState, recordFirm, requireOpen } from './workpapers.ts';

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** One request per selected item that has none yet, in the client's organization, linked to the control. */
export async function createSampleRequests(deps: Deps, ctx: Ctx, engagementId: string, planId: string, input: CreateSampleRequestsRequest): Promise<TestPlanDetail> {
  await deps.db.transaction(async (tx) => {
    const loaded = await loadPlan(tx, ctx, engagementId, planId, 'workpaper.write', true);
    const { engagement: e, plan, control } = loaded;
    requireOpen(e);
    if (!plan.seed) throw new AppError('test_plan_incomplete', 'Select the sample before requesting its items.');
    const client = { organizationId: e.serviceOrgId };
    if (input.assigneeId && (await getMemberRefs(tx, client, [input.assigneeId])).length === 0) failFields([{ path: 'assigneeId', message: 'not a member of the service organization' }]);
    const { items } = await planState(tx, e, loaded);
    const pending = items.filter((i) => i.requestId === null);
    if (pending.length === 0) return;
    const at = deps.now();
    const userId = ctx.actor.type === 'user' ? ctx.actor.userId : null;
    const rows = await insertRequests(tx, client, pending.map((i) => ({
      title: shorten(`${control.code} sample ${i.rank} of ${items.length}: ${i.key}`, 300),
      description: `${e.firmName} selected this item to test ${control.code} "${control.title}" for the period of "${e.name}". Attach the evidence that the control operated for ${i.key}.`,
      status: 'open' as const, dueOn: input.dueOn, assigneeId: input.assigneeId ?? null, systemId: e.systemId, engagementId: e.id,
      createdById: userId, createdByLabel: ctx.actor.label, createdAt: at, updatedAt: at,
    })));
    await insertRequestControls(tx, client, rows.map((r) => ({ requestId: r.id, controlId: control.id })));
    for (const [n, row] of rows.entries()) await updateItem(tx, e.id, pending[n]!.id, { requestId: row.id }, at);
    // The client's chain shows what it was asked; the firm's shows that it asked.
    for (const org of [e.serviceOrgId, e.firmId]) {
      await recordAudits(tx, rows.map((r): AuditRecord<'request.created'> => ({
        org, actor: actorOf(ctx), meta: ctx, kind: 'request.created', objectType: 'request', objectId: r.id, at,
        data: { title: r.title, dueOn: r.dueOn, assigneeId: r.assigneeId, controlIds: [control.id] },
      })));
    }
  });
  return readTestPlanDetail(deps, ctx, engagementId, planId);
}

/** An item's result (or null to clear it), notes, and the client's evidence it rests on (within the engagement's period). */
export async function recordResult(deps: Deps, ctx: Ctx, engagementId: string, planId: string, itemId: string, input: RecordResultRequest): Promise<TestPlan> {
  await deps.db.transaction(async (tx) => {
    const loaded = await loadPlan(tx, ctx, engagementId, planId, 'workpaper.write', true);
    const { engagement: e, control } = loaded;
    requireOpen(e);
    const item = await getItem(tx, e.id, loaded.plan.id, itemId);
    if (!item) throw notFound('No such sample item.');
    const evidenceIds = [...new Set(input.evidenceIds)];
    const found = await getEvidenceByIds(tx, clientScope(e), evidenceIds);
    if (found.length !== evidenceIds.length) {
      const known = new Set(found.map((f) => f.id));
      failFields(evidenceIds.filter((id) => !known.has(id)).map((id) => ({ path: 'evidenceIds', message: `${id}: no such evidence of the organization within the engagement's period` })));
    }
    const at = deps.now();
    await updateItem(tx, e.id, item.id, { result: input.result, notes: input.notes, evidenceIds }, at);
    await recordFirm(tx, ctx, loaded, 'test_plan.result_recorded', 'sample_item', item.id, { engagementId: e.id, code: control.code, key: item.key, result: input.result }, at);
  });
  return readTestPlan(deps, ctx, engagementId, planId);
}

/** The tolerable rate and confidence a plan is evaluated at: its statistical parameters, or those given (defaults 10% and 90%). */
export function evaluationBasis(plan: TestPlanRow, given: { tolerableRate?: number | undefined; confidence?: number | undefined } = {}): { tolerableRate: number; confidence: number } {
  const params = (plan.samplingParams ?? {}) as { method?: string; tolerableRate?: number; confidence?: number };
  if (params.method === 'statistical' && params.tolerableRate && params.confidence) return { tolerableRate: params.tolerableRate, confidence: params.confidence };
  return { tolerableRate: given.tolerableRate ?? 0.1, confidence: given.confidence ?? 0.9 };
}

export function countResults(items: readonly SampleItemView[]) {
  return {
    deviations: items.filter((i) => i.result === 'deviation').length,
    notApplicable: items.filter((i) => i.result === 'not_applicable').length,
    pending: items.filter((i) => i.result === null).length,
  };
}

/**
 * The plan's conclusion. It must agree with the results: operating effectively only without deviations, exceptions
 * noted only with them, not tested only when there was nothing to test (no occurrences in the period, or no item applied).
 */
export async function concludeTestPlan(deps: Deps, ctx: Ctx, engagementId: string, planId: string, input: ConcludeRequest): Promise<TestPlan> {
  await deps.db.transaction(async (tx) => {
    const loaded = await loadPlan(tx, ctx, engagementId, planId, 'workpaper.write', true);
    const { engagement: e, plan, control } = loaded;
    requireOpen(e);
    if (input.conclusion !== null) {
      if (plan.populationSize === null) throw new AppError('test_plan_incomplete', 'Set the population first (an empty one records that the control had no occurrences).');
      const { items } = await planState(tx, e, loaded);
      if (plan.populationSize > 0 && !plan.seed) throw new AppError('test_plan_incomplete', 'Select the sample and test it before concluding.');
      const counts = countResults(items);
      if (counts.pending) throw new AppError('test_plan_incomplete', `${counts.pending} selected item(s) have no result yet.`);
      const evaluation = evaluateTest({ sampleSize: items.length, deviations: counts.deviations, notApplicable: counts.notApplicable, populationSize: plan.populationSize, ...evaluationBasis(plan) });
      if (evaluation.conclusion !== input.conclusion) {
        failFields([{ path: 'conclusion', message: `the results (${counts.deviations} deviation(s) in ${evaluation.tested} tested item(s)) support "${evaluation.conclusion}", not "${input.conclusion}"` }]);
      }
    }
    const at = deps.now();
    await updatePlan(tx, e.id, plan.id, { conclusion: input.conclusion, ...(input.notes !== undefined ? { conclusionNotes: input.notes } : {}) }, at);
    await recordFirm(tx, ctx, loaded, 'test_plan.concluded', 'test_plan', plan.id, { engagementId: e.id, code: control.code, conclusion: input.conclusion }, at);
  });
  return readTestPlan(deps, ctx, engagementId, planId);
}
