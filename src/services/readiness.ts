// Readiness of a system: loads the program, asks the pure core, and exports the gap list.
import type { OptionalCategory } from '../contract/program.ts';
import type { Readiness } from '../contract/readiness.ts';
import { CRITERIA } from '../domain/catalog/index.ts';
import { csvRow } from '../domain/export/csv.ts';
import { criteriaInScope } from '../domain/program/scope.ts';
import { assessReadiness, type PeopleFlags, type ReadinessPolicy } from '../domain/readiness/readiness.ts';
import { listControls, type ControlRow } from '../db/controls.ts';
import { operatingByCriterion } from './freshness.ts';
import { getSystem } from '../db/systems.ts';
import type { Ctx, Deps, Scope } from './context.ts';
import { notFound } from './errors.ts';
import { authorize } from './gate.ts';
import type { Db } from '../db/client.ts';
import { listPolicies } from '../db/policies.ts';
import { listRoster } from '../db/people.ts';
import type { PersonFlag } from '../contract/program.ts';
import { presentPolicies } from './policies.ts';
import { computeFlags, flagContext } from './people-view.ts';

/**
 * Sources of the documented and people checks. People returns undefined while the roster is empty,
 * so readiness says "not assessed" rather than guessing.
 */
export interface ReadinessSources {
  policies(db: Db, scope: Scope, today: Date): Promise<ReadinessPolicy[] | undefined>;
  people(db: Db, scope: Scope, today: Date): Promise<PeopleFlags | undefined>;
}

export const readinessSources: ReadinessSources = {
  async policies(db, scope, today) {
    const rows = await listPolicies(db, scope, { retired: false });
    const policies = await presentPolicies(db, scope, rows, today.toISOString().slice(0, 10));
    return policies.map((p) => ({ title: p.title, criteria: p.criteria, approved: p.currentVersion !== null, reviewOverdue: p.review?.state === 'overdue' }));
  },
  async people(db, scope, today) {
    const roster = await listRoster(db, scope);
    if (roster.length === 0) return undefined;
    const flags = await computeFlags(db, scope, roster, await flagContext(db, scope, today));
    const count = (flag: PersonFlag) => [...flags.values()].filter((list) => list.includes(flag)).length;
    return {
      trainingOverdue: count('training_overdue'),
      backgroundCheckMissing: count('background_check_missing'),
      accessNotRevokedInTime: count('access_not_revoked_in_time'),
      acknowledgementMissing: count('acknowledgement_missing'),
    };
  },
};

async function operatingInput(db: Db, scope: Scope, controls: ControlRow[], today: Date) {
  const result = await operatingByCriterion(db, scope, controls, today);
  return result ? { operating: result.operating, missingEvidence: result.missing } : {};
}

export async function systemReadiness(deps: Deps, ctx: Ctx, systemId: string, reportType: 'type1' | 'type2'): Promise<Readiness> {
  const scope = authorize(ctx, 'system.read');
  const system = await getSystem(deps.db, scope, systemId);
  if (!system) throw notFound('No such system.');
  const controls = await listControls(deps.db, scope, systemId, { status: 'active' });
  const today = deps.now();
  const result = assessReadiness({
    catalog: CRITERIA,
    inScope: criteriaInScope(CRITERIA, system.categories as OptionalCategory[]),
    notRelevant: new Map((system.notRelevant as { criterionId: string; reason: string }[]).map((n) => [n.criterionId, n.reason])),
    controls: controls.map((c) => ({ code: c.code, criteria: c.criteria, hasOwner: c.ownerId !== null })),
    policies: await readinessSources.policies(deps.db, scope, today),
    people: await readinessSources.people(deps.db, scope, today),
    reportType,
    // Type II: whether the controls have operated (evidence for their ended windows); Type I is unchanged.
    ...(reportType === 'type2' ? await operatingInput(deps.db, scope, controls, today) : {}),
  });
  return { systemId, ...result };
}

export async function readinessGapsCsv(deps: Deps, ctx: Ctx, systemId: string, reportType: 'type1' | 'type2'): Promise<string> {
  const r = await systemReadiness(deps, ctx, systemId, reportType);
  const rows = r.gaps.map((g) => csvRow([g.criterionId, g.kind, g.message, g.fix]));
  return csvRow(['criterion', 'gap', 'message', 'fix_in']) + rows.join('');
}
