// Exceptions: the firm's evaluation of a test with deviations (the sentence for the report, the deviation rate against
// the tolerable rate, the upper deviation limit, root cause, isolated or systematic, the criteria then not met), sent
// to the organization, which records its management response. The organization sees an exception only once sent.
import type { ExceptionList, RecordExceptionRequest, SentException, TestPlan } from '../contract/test-plans.ts';
import { authorizeEngagement } from './gate.ts';
import { describeDeviations, evaluateTest } from '../domain/examination/index.ts';
import { upperDeviationLimit } from '../domain/sampling/index.ts';
import { getException, getExceptionForPlan, listSentExceptions, updateException, upsertException } from '../db/test-exceptions.ts';
import type { Ctx, Deps } from './context.ts';
import { loadEngagement } from './engagements.ts';
import { AppError, notFound } from './errors.ts';
import { countResults, evaluationBasis } from './sample-results.ts';
import { readTestPlan } from './test-plans.ts';
import { failFields, loadPlan, planState, recordBothSides, recordFirm, requireOpen } from './workpapers.ts';

export async function recordTestException(deps: Deps, ctx: Ctx, engagementId: string, planId: string, input: RecordExceptionRequest): Promise<TestPlan> {
  await deps.db.transaction(async (tx) => {
    const loaded = await loadPlan(tx, ctx, engagementId, planId, 'workpaper.write', true);
    const { engagement: e, plan, control } = loaded;
    requireOpen(e);
    const { items } = await planState(tx, e, loaded);
    const { deviations, notApplicable } = countResults(items);
    if (deviations === 0) throw new AppError('test_plan_incomplete', `No deviation is recorded in ${control.code}'s sample: an exception describes deviations.`);
    const outside = input.criteriaNotMet.filter((c) => !control.criteria.includes(c));
    if (outside.length) failFields([{ path: 'criteriaNotMet', message: `${outside.join(', ')} not among the criteria ${control.code} supports (${control.criteria.join(', ')})` }]);
    const basis = evaluationBasis(plan, input);
    const tested = items.length - notApplicable;
    const udl = upperDeviationLimit({ sampleSize: tested, deviations, confidence: basis.confidence });
    const evaluation = evaluateTest({ sampleSize: items.length, deviations, notApplicable, ...basis, upperDeviationLimit: udl, allowedDeviations: plan.allowedDeviations ?? 0 });
    const description = describeDeviations({ sampled: tested, deviations, ...(input.deviationText ? { controlText: input.deviationText } : {}), ...(input.itemNoun ? { itemNoun: input.itemNoun } : {}) });
    const at = deps.now();
    const row = await upsertException(tx, e.id, plan.id, {
      description,
      rootCause: input.rootCause,
      classification: input.classification,
      evaluation: {
        tested: evaluation.tested, deviations, deviationRate: evaluation.deviationRate, upperDeviationLimit: evaluation.upperDeviationLimit, confidence: evaluation.confidence,
        tolerableRate: evaluation.tolerableRate, exceedsTolerable: evaluation.exceedsTolerable, supportsReliance: evaluation.supportsReliance,
      },
      criteriaNotMet: [...new Set(input.criteriaNotMet)].sort(),
      material: input.material,
    }, at);
    await recordFirm(tx, ctx, loaded, 'exception.recorded', 'test_exception', row.id, { engagementId: e.id, code: control.code, criteriaNotMet: row.criteriaNotMet, classification: row.classification }, at);
  });
  return readTestPlan(deps, ctx, engagementId, planId);
}

/** Asks the organization for its management response: from now on it sees the exception. */
export async function sendTestException(deps: Deps, ctx: Ctx, engagementId: string, planId: string): Promise<TestPlan> {
  await deps.db.transaction(async (tx) => {
    const loaded = await loadPlan(tx, ctx, engagementId, planId, 'workpaper.write', true);
    requireOpen(loaded.engagement);
    const row = await getExceptionForPlan(tx, loaded.engagement.id, loaded.plan.id);
    if (!row) throw new AppError('test_plan_incomplete', 'Record the exception before sending it.');
    if (row.sentAt) return;
    const at = deps.now();
    await updateException(tx, loaded.engagement.id, row.id, { sentAt: at }, at);
    await recordBothSides(tx, ctx, loaded, 'exception.sent', 'test_exception', row.id, { engagementId: loaded.engagement.id, code: loaded.control.code }, at);
  });
  return readTestPlan(deps, ctx, engagementId, planId);
}

/** The exceptions sent to the organization: the firm's team and the organization's admins and compliance managers. */
export async function listSentTestExceptions(deps: Deps, ctx: Ctx, engagementId: string): Promise<ExceptionList> {
  const { engagement, access } = await loadEngagement(deps.db, ctx, engagementId, 'engagement.read');
  authorizeEngagement(ctx, engagement, access.side === 'firm' ? 'workpaper.read' : 'finding.respond');
  const rows = await listSentExceptions(deps.db, engagement.id);
  return { exceptions: rows.map((r) => sentOf(r.exception, r.control)) };
}

function sentOf(x: Awaited<ReturnType<typeof listSentExceptions>>[number]['exception'], control: { id: string; code: string; title: string }): SentException {
  return {
    id: x.id, control, description: x.description, criteriaNotMet: x.criteriaNotMet, sentAt: x.sentAt!.toISOString(),
    managementResponse: x.managementResponse, respondedByLabel: x.respondedByLabel, respondedAt: x.respondedAt?.toISOString() ?? null,
  };
}

/** The organization's management response (it may revise it until the engagement moves to reporting). */
export async function respondToTestException(deps: Deps, ctx: Ctx, engagementId: string, exceptionId: string, response: string): Promise<SentException> {
  return deps.db.transaction(async (tx) => {
    const loaded = await loadEngagement(tx, ctx, engagementId, 'finding.respond', true);
    const e = loaded.engagement;
    requireOpen(e);
    const row = await getException(tx, e.id, exceptionId);
    if (!row || !row.sentAt) throw notFound('No such exception.');
    const at = deps.now();
    const updated = await updateException(tx, e.id, row.id, { managementResponse: response, respondedByLabel: ctx.actor.label, respondedAt: at }, at);
    const sent = (await listSentExceptions(tx, e.id)).find((r) => r.exception.id === row.id)!;
    await recordBothSides(tx, ctx, loaded, 'exception.responded', 'test_exception', row.id, { engagementId: e.id, code: sent.control.code }, at);
    return sentOf(updated, sent.control);
  });
}
