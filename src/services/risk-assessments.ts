// The annual risk assessment (CC3): record one, list them with the age of the latest.
import type { CreateRiskAssessmentRequest, RiskAssessment, RiskAssessmentList } from '../contract/risks.ts';
import { isoDate } from '../domain/calendar/dates.ts';
import { assessmentStatus } from '../domain/risks/assessment.ts';
import type { PersonRow } from '../db/people.ts';
import { insertRiskAssessment, listRiskAssessments, type RiskAssessmentRow } from '../db/risks.ts';
import type { Ctx, Deps } from './context.ts';
import { AppError, type FieldError } from './errors.ts';
import { authorize } from './gate.ts';
import { actorOf, recordAudit } from './audit.ts';
import { isPerson, peopleById, personRef } from './people-refs.ts';

const ASSESSMENT_LIST_LIMIT = 200;

function present(r: RiskAssessmentRow, people: Map<string, PersonRow>): RiskAssessment {
  return { id: r.id, performedOn: r.performedOn, performedBy: personRef(r.performedById ? people.get(r.performedById) : undefined), scope: r.scope, changes: r.changes, createdAt: r.createdAt.toISOString() };
}

export async function listAssessments(deps: Deps, ctx: Ctx): Promise<RiskAssessmentList> {
  const scope = authorize(ctx, 'risk.read');
  const rows = await listRiskAssessments(deps.db, scope, ASSESSMENT_LIST_LIMIT);
  const people = await peopleById(deps.db, scope, rows.map((r) => r.performedById));
  return { assessments: rows.map((r) => present(r, people)), status: assessmentStatus(rows[0]?.performedOn ?? null, isoDate(deps.now())) };
}

export async function recordAssessment(deps: Deps, ctx: Ctx, input: CreateRiskAssessmentRequest): Promise<RiskAssessment> {
  const scope = authorize(ctx, 'risk.write');
  return deps.db.transaction(async (tx) => {
    const fields: FieldError[] = [];
    if (input.performedOn > isoDate(deps.now())) fields.push({ path: 'performedOn', message: 'must not be in the future' });
    if (!(await isPerson(tx, scope, input.performedById))) fields.push({ path: 'performedById', message: 'no such person in this organization' });
    if (fields.length) throw new AppError('validation_failed', fields.map((f) => `${f.path}: ${f.message}`).join('; '), { fields });
    const row = await insertRiskAssessment(tx, scope, input);
    await recordAudit(tx, { org: scope.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'risk_assessment.recorded', objectType: 'risk_assessment', objectId: row.id, data: { performedOn: row.performedOn, performedById: input.performedById, scope: row.scope }, at: deps.now() });
    return present(row, await peopleById(tx, scope, [row.performedById]));
  });
}
