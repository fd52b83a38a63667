// The risk register: list with its summary, read, add, change (ratings, treatment, owner, linked controls), the heat map.
import type { CreateRiskRequest, HeatMap, Risk, RiskBasis, RiskCategory, RiskList, RiskRating, RiskStatus, RiskTreatment, UpdateRiskRequest } from '../contract/risks.ts';
import { isoDate } from '../domain/calendar/dates.ts';
import { heatMap, reviewOverdue, riskScore, riskSummary, scored } from '../domain/risks/scoring.ts';
import type { Db } from '../db/client.ts';
import { existingControlIds, getRisk, insertRisk, listRiskControls, listRisks, listRiskScoring, replaceRiskControls, updateRisk, type RiskFilter, type RiskScoring, type RiskRow, type RiskValues } from '../db/risks.ts';
import type { Ctx, Deps, Scope } from './context.ts';
import { AppError, notFound, type FieldError } from './errors.ts';
import { authorize } from './gate.ts';
import { decodeCursor, pageOf } from './paging.ts';
import { actorOf, recordAudit } from './audit.ts';
import { isPerson, peopleById, personRef } from './people-refs.ts';

const inherentOf = (r: RiskScoring): RiskRating => ({ likelihood: r.inherentLikelihood, impact: r.inherentImpact });
const residualOf = (r: RiskScoring): RiskRating => ({ likelihood: r.residualLikelihood, impact: r.residualImpact });
const scoringOf = (r: RiskScoring) => ({ id: r.id, inherent: inherentOf(r), residual: residualOf(r), status: r.status, reviewDate: r.reviewDate });

async function presentRisks(db: Db, scope: Scope, rows: RiskRow[], today: string): Promise<Risk[]> {
  const owners = await peopleById(db, scope, rows.map((r) => r.ownerId));
  const links = await listRiskControls(db, scope, rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    description: r.description,
    category: r.category as RiskCategory,
    owner: personRef(r.ownerId ? owners.get(r.ownerId) : undefined),
    inherent: scored(inherentOf(r)),
    residual: scored(residualOf(r)),
    treatment: r.treatment as RiskTreatment,
    treatmentNotes: r.treatmentNotes,
    controls: links.filter((l) => l.riskId === r.id).map(({ id, systemId, code, title }) => ({ id, systemId, code, title })),
    reviewDate: r.reviewDate,
    reviewOverdue: reviewOverdue(r, today),
    status: r.status,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  }));
}

async function loadRisk(db: Db, scope: Scope, id: string): Promise<RiskRow> {
  const row = await getRisk(db, scope, id);
  if (!row) throw notFound('No such risk.');
  return row;
}

/** The owner must be a person, and each linked control a control, of this organization; all problems at once. */
async function checkReferences(db: Db, scope: Scope, input: { ownerId?: string | null | undefined; controlIds?: string[] | undefined }): Promise<void> {
  const fields: FieldError[] = [];
  if (input.ownerId && !(await isPerson(db, scope, input.ownerId))) fields.push({ path: 'ownerId', message: 'no such person in this organization' });
  const ids = input.controlIds ?? [];
  const known = await existingControlIds(db, scope, ids);
  ids.forEach((id, i) => { if (!known.has(id)) fields.push({ path: `controlIds.${i}`, message: 'no such control in this organization' }); });
  if (fields.length) throw new AppError('validation_failed', fields.map((f) => `${f.path}: ${f.message}`).join('; '), { fields });
}

function toValues(input: UpdateRiskRequest): Partial<RiskValues> {
  const { inherent, residual, controlIds: _controlIds, ...rest } = input;
  return {
    ...rest,
    ...(inherent ? { inherentLikelihood: inherent.likelihood, inherentImpact: inherent.impact } : {}),
    ...(residual ? { residualLikelihood: residual.likelihood, residualImpact: residual.impact } : {}),
  };
}

const isTimestamp = (key: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(key) && !Number.isNaN(Date.parse(key)) && new Date(key).toISOString().slice(0, 23) === key.slice(0, 23);

/** One page of the register (oldest first), with the summary of every risk the filter matches. */
export async function listRiskRegister(deps: Deps, ctx: Ctx, query: { status: RiskStatus | 'all'; category?: RiskCategory | undefined; cursor?: string | undefined; limit: number }): Promise<RiskList> {
  const scope = authorize(ctx, 'risk.read');
  const after = decodeCursor('risks', query.cursor, isTimestamp);
  const today = isoDate(deps.now());
  const filter: RiskFilter = { status: query.status === 'all' ? undefined : query.status, category: query.category };
  const rows = await listRisks(deps.db, scope, filter, query.limit + 1, after);
  const { page, nextCursor } = pageOf(rows, query.limit, 'risks', (r) => ({ key: r.sortKey, id: r.id }));
  const summary = riskSummary((await listRiskScoring(deps.db, scope, filter)).map(scoringOf), today);
  return { risks: await presentRisks(deps.db, scope, page, today), nextCursor, summary };
}

export async function readRisk(deps: Deps, ctx: Ctx, id: string): Promise<Risk> {
  const scope = authorize(ctx, 'risk.read');
  return (await presentRisks(deps.db, scope, [await loadRisk(deps.db, scope, id)], isoDate(deps.now())))[0]!;
}

export async function createRisk(deps: Deps, ctx: Ctx, input: CreateRiskRequest): Promise<Risk> {
  const scope = authorize(ctx, 'risk.write');
  const controlIds = [...new Set(input.controlIds)];
  return deps.db.transaction(async (tx) => {
    await checkReferences(tx, scope, { ...input, controlIds });
    const row = await insertRisk(tx, scope, toValues(input) as RiskValues);
    await replaceRiskControls(tx, scope, row.id, controlIds);
    const data = { title: row.title, category: row.category, inherentScore: riskScore(input.inherent), residualScore: riskScore(input.residual), controlIds };
    await recordAudit(tx, { org: scope.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'risk.created', objectType: 'risk', objectId: row.id, data, at: deps.now() });
    return (await presentRisks(tx, scope, [row], isoDate(deps.now())))[0]!;
  });
}

/** The risk as a change would state it, to compare field by field. */
function asRequest(row: RiskRow, controlIds: string[]): Record<string, unknown> {
  const { title, description, category, ownerId, treatment, treatmentNotes, reviewDate, status } = row;
  return { title, description, category, ownerId, inherent: inherentOf(row), residual: residualOf(row), treatment, treatmentNotes, controlIds, reviewDate, status };
}

export async function changeRisk(deps: Deps, ctx: Ctx, id: string, changes: UpdateRiskRequest): Promise<Risk> {
  const scope = authorize(ctx, 'risk.write');
  const given = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as UpdateRiskRequest;
  if (Object.keys(given).length === 0) throw new AppError('validation_failed', 'Nothing to change.');
  if (given.controlIds) given.controlIds = [...new Set(given.controlIds)].sort();
  return deps.db.transaction(async (tx) => {
    const current = await loadRisk(tx, scope, id);
    const before = asRequest(current, (await listRiskControls(tx, scope, [id])).map((l) => l.id).sort());
    await checkReferences(tx, scope, given);
    const diff = Object.fromEntries(Object.entries(given).filter(([k, v]) => JSON.stringify(before[k]) !== JSON.stringify(v)).map(([k, v]) => [k, { from: before[k] ?? null, to: v }]));
    const today = isoDate(deps.now());
    if (Object.keys(diff).length === 0) return (await presentRisks(tx, scope, [current], today))[0]!;
    const row = await updateRisk(tx, scope, id, toValues(given), deps.now());
    if (given.controlIds) await replaceRiskControls(tx, scope, id, given.controlIds);
    await recordAudit(tx, { org: scope.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'risk.updated', objectType: 'risk', objectId: id, data: { title: row.title, changes: diff }, at: deps.now() });
    return (await presentRisks(tx, scope, [row], today))[0]!;
  });
}

/** The 5×5 heat map of open risks on the inherent or residual rating. */
export async function riskHeatMap(deps: Deps, ctx: Ctx, basis: RiskBasis): Promise<HeatMap> {
  const scope = authorize(ctx, 'risk.read');
  const rows = await listRiskScoring(deps.db, scope, { status: 'open' });
  return { basis, grid: heatMap(rows.map(scoringOf), basis) };
}
