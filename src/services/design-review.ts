// Stage 1, the design review: the firm concludes on every in-scope criterion, each related control and each
// description section (DC1–DC9); sends its observations to the organization, which responds (and may fix the
// design before fieldwork, after which the firm revises its conclusion). Conclusions go into the firm's ledger;
// what is sent to the organization and its responses go into both ledgers.
import { CRITERIA, sortCriteria, type Criterion } from '../domain/catalog/index.ts';
import { DESCRIPTION_SECTION_LABELS, DESCRIPTION_SECTIONS, DESCRIPTION_CONCLUSIONS, DESIGN_CONCLUSIONS, type DescriptionSection } from '../domain/examination/vocabulary.ts';
import type { ConclusionParams, DesignConclusion, DesignWorksheet, Observation, ObservationList, RecordConclusionRequest, SendObservationsRequest, WorksheetCriterion } from '../contract/design-review.ts';
import type { z } from 'zod';
import type { Db } from '../db/client.ts';
import { listControls, type ControlRow } from '../db/controls.ts';
import type { EngagementView } from '../db/engagements.ts';
import { getConclusion, getConclusionById, listConclusions, markSent, recordResponse, upsertConclusion, type DesignConclusionRow, type SubjectKind } from '../db/design-conclusions.ts';
import type { Ctx, Deps } from './context.ts';
import { AppError, notFound } from './errors.ts';
import { authorizeEngagement } from './gate.ts';
import { actorOf, recordAudits, type AuditRecord } from './audit.ts';
import { loadEngagement } from './engagements.ts';

/** Phases in which the firm records conclusions and the organization responds. */
const WORKING_STATUSES: readonly string[] = ['planning', 'design_review', 'fieldwork', 'review'];
export const isWorking = (e: Pick<EngagementView, 'status'>) => WORKING_STATUSES.includes(e.status);

/** Security (always) and the engagement's other categories, in catalog order. */
export function inScopeCriteria(e: Pick<EngagementView, 'categories'>): Criterion[] {
  const categories = new Set<string>(['security', ...e.categories]);
  return sortCriteria(CRITERIA.filter((c) => categories.has(c.category)));
}

/** The active controls of the engagement's system (read from the service organization's data). */
export async function systemControls(db: Db, e: Pick<EngagementView, 'serviceOrgId' | 'systemId'>): Promise<ControlRow[]> {
  if (!e.systemId) return [];
  return listControls(db, { organizationId: e.serviceOrgId }, e.systemId, { status: 'active' });
}

const key = (kind: SubjectKind, subject: string) => `${kind}:${subject}`;
const iso = (d: Date | null) => d?.toISOString() ?? null;
const revisedAfterResponse = (r: DesignConclusionRow) => r.respondedAt !== null && r.updatedAt > r.respondedAt;

function conclusionOf(r: DesignConclusionRow): DesignConclusion {
  return {
    id: r.id, subjectKind: r.subjectKind, subject: r.subject, conclusion: r.conclusion, observation: r.observation, material: r.material,
    sentAt: iso(r.sentAt), response: r.response, respondedByLabel: r.respondedByLabel, respondedAt: iso(r.respondedAt),
    revisedAfterResponse: revisedAfterResponse(r), recordedByLabel: r.recordedByLabel, updatedAt: r.updatedAt.toISOString(),
  };
}

/**
 * Why a criterion is flagged. The criterion's own conclusion, when recorded, is the auditor's judgement and decides;
 * otherwise the criterion is flagged once its controls have been concluded on and none is suitably designed.
 */
export function criterionFlag(own: DesignConclusionRow['conclusion'] | null, controls: readonly (DesignConclusionRow['conclusion'] | null)[]): WorksheetCriterion['flag'] {
  if (controls.length === 0 && own !== 'suitably_designed') return 'no_controls';
  if (own) return own === 'design_deficiency' ? 'no_suitably_designed_control' : null;
  const concluded = controls.filter((c) => c !== null);
  return concluded.length > 0 && !concluded.includes('suitably_designed') ? 'no_suitably_designed_control' : null;
}

export async function readDesignWorksheet(deps: Deps, ctx: Ctx, id: string): Promise<DesignWorksheet> {
  const { engagement: e } = await loadEngagement(deps.db, ctx, id, 'workpaper.read');
  const [rows, controls] = await Promise.all([listConclusions(deps.db, e.id), systemControls(deps.db, e)]);
  const byKey = new Map(rows.map((r) => [key(r.subjectKind, r.subject), r]));
  const find = (kind: SubjectKind, subject: string) => {
    const r = byKey.get(key(kind, subject));
    return r ? conclusionOf(r) : null;
  };
  const criteria = inScopeCriteria(e).map((c): WorksheetCriterion => {
    const related = controls.filter((k) => k.criteria.includes(c.id));
    const own = find('criterion', c.id);
    const mapped = related.map((k) => ({ id: k.id, code: k.code, title: k.title, conclusion: find('control', k.id) }));
    return { id: c.id, category: c.category, title: c.title, conclusion: own, controls: mapped, flag: criterionFlag(own?.conclusion ?? null, mapped.map((m) => m.conclusion?.conclusion ?? null)) };
  });
  const description = DESCRIPTION_SECTIONS.map((section) => ({ section, label: DESCRIPTION_SECTION_LABELS[section], conclusion: find('description', section) }));
  const relatedControls = new Set(criteria.flatMap((c) => c.controls.map((k) => k.id)));
  const withObservation = rows.filter((r) => r.observation !== '');
  return {
    engagementId: e.id,
    reportType: e.reportType,
    status: e.status,
    editable: isWorking(e),
    criteria,
    description,
    summary: {
      criteria: criteria.length,
      criteriaConcluded: criteria.filter((c) => c.conclusion).length,
      flagged: criteria.filter((c) => c.flag).length,
      controls: relatedControls.size,
      controlsConcluded: [...relatedControls].filter((k) => byKey.has(key('control', k))).length,
      sectionsConcluded: description.filter((d) => d.conclusion).length,
      observationsUnsent: withObservation.filter((r) => !r.sentAt).length,
      observationsSent: withObservation.filter((r) => r.sentAt).length,
      responses: rows.filter((r) => r.respondedAt).length,
    },
  };
}

function invalid(path: string, message: string): never {
  throw new AppError('validation_failed', `${path}: ${message}`, { fields: [{ path, message }] });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Checks the subject belongs to this engagement's scope and returns its canonical form. */
async function checkSubject(db: Db, e: EngagementView, kind: SubjectKind, raw: string, conclusion: string): Promise<string> {
  const design = (DESIGN_CONCLUSIONS as readonly string[]).includes(conclusion);
  if (kind === 'description') {
    const section = raw.toUpperCase();
    if (!(DESCRIPTION_SECTIONS as readonly string[]).includes(section)) throw notFound(`No description section ${raw}: use DC1 to DC9.`);
    if (!(DESCRIPTION_CONCLUSIONS as readonly string[]).includes(conclusion)) invalid('conclusion', 'a description section is fairly_presented or misstatement');
    return section;
  }
  if (!design) invalid('conclusion', `a ${kind} is suitably_designed or design_deficiency`);
  if (kind === 'criterion') {
    const id = raw.toUpperCase();
    if (!inScopeCriteria(e).some((c) => c.id === id)) throw notFound(`Criterion ${raw} is not in this engagement's scope.`);
    return id;
  }
  if (!UUID.test(raw) || !(await systemControls(db, e)).some((c) => c.id === raw.toLowerCase())) throw notFound('No such active control in the engagement\'s system.');
  return raw.toLowerCase();
}

const notWorking = (e: EngagementView) =>
  new AppError('engagement_invalid_transition', `The engagement is ${e.status.replace('_', ' ')}: design conclusions are recorded from planning through review.`);

export async function recordConclusion(deps: Deps, ctx: Ctx, params: z.infer<typeof ConclusionParams>, input: RecordConclusionRequest): Promise<DesignConclusion> {
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    const { engagement: e, access } = await loadEngagement(tx, ctx, params.id, 'workpaper.write', true);
    if (!isWorking(e)) throw notWorking(e);
    const subject = await checkSubject(tx, e, params.kind, params.subject, input.conclusion);
    const adverse = input.conclusion === 'design_deficiency' || input.conclusion === 'misstatement';
    if (adverse && input.observation === '') invalid('observation', 'describe the deficiency or misstatement');
    const before = await getConclusion(tx, e.id, params.kind, subject, true);
    if (before && before.conclusion === input.conclusion && before.observation === input.observation && before.material === input.material) return conclusionOf(before);
    const row = await upsertConclusion(tx, e.id, params.kind, subject, { ...input, recordedByLabel: ctx.actor.label }, now);
    await recordAudits(tx, [{
      org: access.firm.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'design.concluded', objectType: 'design_conclusion', objectId: row.id,
      data: { engagementId: e.id, subjectKind: row.subjectKind, subject: row.subject, conclusion: row.conclusion, material: row.material }, at: now,
    }]);
    return conclusionOf(row);
  });
}

/** Events for both parties' ledgers, one per conclusion. */
async function recordForBoth(tx: Db, ctx: Ctx, e: EngagementView, kind: 'design.observation_sent' | 'design.responded', rows: DesignConclusionRow[], at: Date): Promise<void> {
  for (const org of [e.firmId, e.serviceOrgId]) {
    await recordAudits(tx, rows.map((r): AuditRecord<typeof kind> => ({
      org, actor: actorOf(ctx), meta: ctx, kind, objectType: 'design_conclusion', objectId: r.id,
      data: { engagementId: e.id, subjectKind: r.subjectKind, subject: r.subject }, at,
    })));
  }
}

export async function sendObservations(deps: Deps, ctx: Ctx, id: string, input: SendObservationsRequest): Promise<{ sent: number; conclusionIds: string[] }> {
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    const { engagement: e } = await loadEngagement(tx, ctx, id, 'workpaper.write', true);
    if (!isWorking(e)) throw notWorking(e);
    const rows = await markSent(tx, e.id, input.conclusionIds, now);
    await recordForBoth(tx, ctx, e, 'design.observation_sent', rows, now);
    return { sent: rows.length, conclusionIds: rows.map((r) => r.id) };
  });
}

function subjectLabel(r: DesignConclusionRow, controls: Map<string, ControlRow>): string {
  if (r.subjectKind === 'description') return `${r.subject} ${DESCRIPTION_SECTION_LABELS[r.subject as DescriptionSection] ?? ''}`.trim();
  if (r.subjectKind === 'criterion') return `${r.subject} ${CRITERIA.find((c) => c.id === r.subject)?.title ?? ''}`.trim();
  const control = controls.get(r.subject);
  return control ? `${control.code} ${control.title}` : 'A control no longer active';
}

function observationOf(r: DesignConclusionRow, controls: Map<string, ControlRow>): Observation {
  return {
    id: r.id, subjectKind: r.subjectKind, subject: r.subject, subjectLabel: subjectLabel(r, controls), conclusion: r.conclusion, observation: r.observation,
    sentAt: r.sentAt!.toISOString(), response: r.response, respondedByLabel: r.respondedByLabel, respondedAt: iso(r.respondedAt), revisedAfterResponse: revisedAfterResponse(r),
  };
}

/** The observations sent to the organization: what it sees (and what the firm sent), nothing unsent. */
export async function listObservations(deps: Deps, ctx: Ctx, id: string): Promise<ObservationList> {
  const { engagement: e, access } = await loadEngagement(deps.db, ctx, id, 'engagement.read');
  if (access.side === 'firm') authorizeEngagement(ctx, e, 'workpaper.read');
  const [rows, controls] = await Promise.all([listConclusions(deps.db, e.id, true), systemControls(deps.db, e)]);
  const byId = new Map(controls.map((c) => [c.id, c]));
  return { observations: rows.sort((a, b) => a.sentAt!.getTime() - b.sentAt!.getTime() || a.subject.localeCompare(b.subject)).map((r) => observationOf(r, byId)) };
}

/** The organization answers a sent observation (again, if it wants: the latest answer stands, each is in the ledgers). */
export async function respondToObservation(deps: Deps, ctx: Ctx, id: string, conclusionId: string, response: string): Promise<Observation> {
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    const { engagement: e } = await loadEngagement(tx, ctx, id, 'finding.respond', true);
    const row = await getConclusionById(tx, e.id, conclusionId, true);
    if (!row || !row.sentAt) throw notFound('No such observation.');
    if (!isWorking(e)) throw new AppError('engagement_invalid_transition', `The engagement is ${e.status.replace('_', ' ')}: observations can no longer be answered.`);
    const updated = await recordResponse(tx, e.id, row.id, response, ctx.actor.label, now);
    await recordForBoth(tx, ctx, e, 'design.responded', [updated], now);
    return observationOf(updated, new Map((await systemControls(tx, e)).map((c) => [c.id, c])));
  });
}
