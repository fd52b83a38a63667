// What the test-plan use cases share: loading a plan through the engagement gate, the phases in which workpapers can
// change, the client scope a firm reads through (limited to the engagement's system and period), the sign-off digest,
// the firm-chain audit record, and presenting plans with their progress, exception and sign-off state.
import crypto from 'node:crypto';
import type { SampleItem, TestException, TestPlan, WorkpaperNote } from '../contract/test-plans.ts';
import { SELECTION_ALGORITHM } from '../contract/test-plans.ts';
import { CRITERIA } from '../domain/catalog/index.ts';
import { evidenceWindow } from '../domain/engagement/terms.ts';
import type { EngagementAction } from '../domain/access/policy.ts';
import type { Db } from '../db/client.ts';
import type { EngagementView } from '../db/engagements.ts';
import { getEvidenceByIds } from '../db/evidence.ts';
import { listItems, type SampleItemView } from '../db/sample-items.ts';
import { listExceptions, type ExceptionRow } from '../db/test-exceptions.ts';
import { countOpenReviewNotes, currentSignoffs, getPlan, type NoteRow, type PlanWithControl, type SignoffRow, type TestPlanRow } from '../db/test-plans.ts';
import { canonicalJson } from '../ledger/hash.ts';
import type { AuditData, AuditKind, ObjectType } from '../ledger/events.ts';
import { actorOf, recordAudit } from './audit.ts';
import type { Ctx, Scope } from './context.ts';
import { loadEngagement, type LoadedEngagement } from './engagements.ts';
import { AppError, failFields, notFound } from './errors.ts';

export { failFields };

export interface LoadedPlan extends LoadedEngagement, PlanWithControl {}

/** The engagement through the gate (`action`), then one of its plans; 404 for a plan of another engagement. */
export async function loadPlan(db: Db, ctx: Ctx, engagementId: string, planId: string, action: EngagementAction, lock = false): Promise<LoadedPlan> {
  const loaded = await loadEngagement(db, ctx, engagementId, action, lock);
  const found = await getPlan(db, loaded.engagement.id, planId, lock);
  if (!found) throw notFound('No such test plan.');
  return { ...loaded, ...found };
}

const OPEN_PHASES = new Set(['planning', 'design_review', 'fieldwork', 'review']);

/** Workpapers change from acceptance until the engagement moves to reporting; a Type I engagement has no tests of operating effectiveness. */
export function requireOpen(e: EngagementView): void {
  if (e.reportType === 'type1') throw new AppError('validation_failed', 'A Type I engagement has no tests of operating effectiveness: its opinion covers the description and the design as of a date.');
  if (!OPEN_PHASES.has(e.status)) throw new AppError('workpapers_closed', `The engagement is ${e.status.replace('_', ' ')}: its test plans can no longer change.`);
}

/** The client's organization as the firm reads it through this engagement: one system, evidence of the period. */
export function clientScope(e: EngagementView): Scope {
  const window = evidenceWindow(e);
  if (!window || !e.systemId) throw new AppError('validation_failed', 'The engagement has no system or period yet.');
  return { organizationId: e.serviceOrgId, limits: { engagementId: e.id, firmId: e.firmId, systemId: e.systemId, from: window.from, to: window.to } };
}

/** Security (always) and the engagement's other categories. */
export function inScopeCriterionIds(e: Pick<EngagementView, 'categories'>): Set<string> {
  const categories = new Set<string>(['security', ...e.categories]);
  return new Set(CRITERIA.filter((c) => categories.has(c.category)).map((c) => c.id));
}

/** A workpaper event in the firm's chain. */
export async function recordFirm<K extends AuditKind>(tx: Db, ctx: Ctx, loaded: LoadedEngagement, kind: K, objectType: ObjectType, objectId: string, data: AuditData<K>, at: Date): Promise<void> {
  await recordAudit(tx, { org: loaded.access.firm.organizationId, actor: actorOf(ctx), meta: ctx, kind, objectType, objectId, data, at });
}

/** An event the client takes part in: in the firm's chain and the client's. */
export async function recordBothSides<K extends AuditKind>(tx: Db, ctx: Ctx, loaded: LoadedEngagement, kind: K, objectType: ObjectType, objectId: string, data: AuditData<K>, at: Date): Promise<void> {
  for (const org of [loaded.access.firm.organizationId, loaded.access.client.organizationId]) {
    await recordAudit(tx, { org, actor: actorOf(ctx), meta: ctx, kind, objectType, objectId, data, at });
  }
}

// ---- the sign-off digest

/**
 * What a sign-off covers, as canonical JSON (RFC 8785): the procedures, the population, the size and its rationale,
 * the seed, every item's result, the conclusion and the exception. Its SHA-256 is the digest a sign-off records.
 */
export function signedContent(plan: TestPlanRow, items: readonly SampleItemView[], exception: ExceptionRow | null): unknown {
  return {
    controlId: plan.controlId,
    procedures: plan.procedures.map((p) => ({ type: p.type, text: p.text })),
    population: plan.populationSha256
      ? { source: plan.populationSource, evidenceId: plan.populationEvidenceId, keyColumn: plan.populationKeyColumn, sha256: plan.populationSha256, size: plan.populationSize }
      : null,
    sampling: plan.sampleSize === null
      ? null
      : { method: plan.samplingMethod, params: plan.samplingParams ?? {}, size: plan.sampleSize, allowedDeviations: plan.allowedDeviations, rationale: plan.sizeRationale },
    seed: plan.seed,
    items: [...items].sort((a, b) => a.rank - b.rank).map((i) => ({ rank: i.rank, key: i.key, result: i.result, notes: i.notes, evidenceIds: [...i.evidenceIds].sort() })),
    conclusion: plan.conclusion,
    conclusionNotes: plan.conclusionNotes,
    exception: exception
      ? { description: exception.description, rootCause: exception.rootCause, classification: exception.classification, evaluation: exception.evaluation, criteriaNotMet: exception.criteriaNotMet, material: exception.material, managementResponse: exception.managementResponse }
      : null,
  };
}

export function planDigest(plan: TestPlanRow, items: readonly SampleItemView[], exception: ExceptionRow | null): string {
  return crypto.createHash('sha256').update(canonicalJson(signedContent(plan, items, exception)), 'utf8').digest('hex');
}

// ---- presenting

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function itemOf(i: SampleItemView): SampleItem {
  return { id: i.id, rank: i.rank, key: i.key, hmac: i.hmac, requestId: i.requestId, requestStatus: i.requestStatus, result: i.result, notes: i.notes, evidenceIds: i.evidenceIds, updatedAt: i.updatedAt.toISOString() };
}

export function exceptionOf(x: ExceptionRow): TestException {
  return {
    id: x.id, testPlanId: x.testPlanId, description: x.description, rootCause: x.rootCause, classification: x.classification,
    evaluation: (x.evaluation as TestException['evaluation']) ?? null, criteriaNotMet: x.criteriaNotMet, material: x.material,
    sentAt: iso(x.sentAt), managementResponse: x.managementResponse, respondedByLabel: x.respondedByLabel, respondedAt: iso(x.respondedAt), updatedAt: x.updatedAt.toISOString(),
  };
}

export function noteOf(n: NoteRow): WorkpaperNote {
  return { id: n.id, testPlanId: n.testPlanId, kind: n.kind, body: n.body, shared: n.shared, authorLabel: n.authorLabel, resolvedAt: iso(n.resolvedAt), createdAt: n.createdAt.toISOString() };
}

const signoffOf = (s: SignoffRow | undefined) => (s ? { id: s.id, role: s.role, userId: s.userId, label: s.label, digest: s.digest, signedAt: s.signedAt.toISOString() } : null);

export interface PlanParts {
  items: Map<string, SampleItemView[]>;
  exceptions: Map<string, ExceptionRow>;
  signoffs: SignoffRow[];
  openNotes: Map<string, number>;
  evidenceTitles: Map<string, { title: string; periodStart: string; periodEnd: string }>;
}

export async function loadParts(db: Db, e: EngagementView, rows: readonly PlanWithControl[]): Promise<PlanParts> {
  const ids = rows.map((r) => r.plan.id);
  const [items, exceptions, signoffs, openNotes] = await Promise.all([listItems(db, e.id, ids), listExceptions(db, e.id, ids), currentSignoffs(db, ids), countOpenReviewNotes(db, e.id)]);
  const evidenceIds = [...new Set(rows.map((r) => r.plan.populationEvidenceId).filter((id): id is string => id !== null))];
  const evidence = evidenceIds.length ? await getEvidenceByIds(db, { organizationId: e.serviceOrgId }, evidenceIds) : [];
  const byPlan = new Map<string, SampleItemView[]>();
  for (const item of items) byPlan.set(item.testPlanId, [...(byPlan.get(item.testPlanId) ?? []), item]);
  return {
    items: byPlan,
    exceptions: new Map(exceptions.map((x) => [x.testPlanId, x])),
    signoffs,
    openNotes,
    evidenceTitles: new Map(evidence.map((ev) => [ev.id, { title: ev.title, periodStart: ev.periodStart, periodEnd: ev.periodEnd }])),
  };
}

export function presentPlan(e: EngagementView, { plan, control }: PlanWithControl, parts: PlanParts): TestPlan {
  const items = parts.items.get(plan.id) ?? [];
  const exception = parts.exceptions.get(plan.id) ?? null;
  const digest = planDigest(plan, items, exception);
  const preparer = parts.signoffs.find((s) => s.testPlanId === plan.id && s.role === 'preparer');
  const reviewer = parts.signoffs.find((s) => s.testPlanId === plan.id && s.role === 'reviewer');
  const evidence = plan.populationEvidenceId ? parts.evidenceTitles.get(plan.populationEvidenceId) : undefined;
  const window = evidenceWindow(e);
  const count = (r: SampleItemView['result']) => items.filter((i) => i.result === r).length;
  return {
    id: plan.id,
    engagementId: plan.engagementId,
    control: { id: control.id, code: control.code, title: control.title, frequency: control.frequency, nature: control.nature, criteria: control.criteria },
    procedures: plan.procedures as TestPlan['procedures'],
    population: plan.populationSha256 && plan.populationSource
      ? {
          source: plan.populationSource,
          evidenceId: plan.populationEvidenceId,
          evidenceTitle: evidence?.title ?? null,
          keyColumn: plan.populationKeyColumn ?? 'key',
          sha256: plan.populationSha256,
          size: plan.populationSize ?? 0,
          periodStart: evidence?.periodStart ?? window?.from ?? null,
          periodEnd: evidence?.periodEnd ?? window?.to ?? null,
        }
      : null,
    sampling: plan.sampleSize !== null && plan.samplingMethod
      ? { method: plan.samplingMethod, params: plan.samplingParams ?? {}, size: plan.sampleSize, allowedDeviations: plan.allowedDeviations ?? 0, rationale: plan.sizeRationale ?? '' }
      : null,
    selection: plan.seed && plan.selectedAt ? { seed: plan.seed, algorithm: SELECTION_ALGORITHM, selectedAt: plan.selectedAt.toISOString(), size: items.length } : null,
    progress: {
      selected: items.length,
      requested: items.filter((i) => i.requestId !== null).length,
      pass: count('pass'),
      deviation: count('deviation'),
      notApplicable: count('not_applicable'),
      pending: count(null),
    },
    conclusion: plan.conclusion,
    conclusionNotes: plan.conclusionNotes,
    exception: exception ? exceptionOf(exception) : null,
    signoffs: {
      preparer: signoffOf(preparer),
      reviewer: signoffOf(reviewer),
      currentDigest: digest,
      changedSincePreparation: preparer !== undefined && preparer.digest !== digest,
      changedSinceReview: reviewer !== undefined && reviewer.digest !== digest,
    },
    openReviewNotes: parts.openNotes.get(plan.id) ?? 0,
    updatedAt: plan.updatedAt.toISOString(),
  };
}

/** One plan as stored now, with its items (for digests and checks inside a transaction). */
export async function planState(db: Db, e: EngagementView, loaded: PlanWithControl): Promise<{ items: SampleItemView[]; exception: ExceptionRow | null; digest: string }> {
  const parts = await loadParts(db, e, [loaded]);
  const items = parts.items.get(loaded.plan.id) ?? [];
  const exception = parts.exceptions.get(loaded.plan.id) ?? null;
  return { items, exception, digest: planDigest(loaded.plan, items, exception) };
}
