// Systems under examination: define, edit DC1–DC9, preview the system description.
import type { OptionalCategory, System, SystemDescription, SystemFields, SystemSummary } from '../contract/program.ts';
import { CRITERIA } from '../domain/catalog/index.ts';
import { describeSystem } from '../domain/program/description.ts';
import { checkCriteriaReferences, criteriaInScope } from '../domain/program/scope.ts';
import type { Db } from '../db/client.ts';
import { listControls } from '../db/controls.ts';
import { listSubserviceVendors } from '../db/vendors.ts';
import { mergeSubserviceOrganizations } from '../domain/vendors/subservice.ts';
import { getSystem, insertSystem, listSystems, updateSystem, type SystemRow } from '../db/systems.ts';
import type { Ctx, Deps, Scope } from './context.ts';
import { AppError, notFound } from './errors.ts';
import { authorize } from './gate.ts';
import { actorOf, recordAudit } from './audit.ts';

export function systemFields(row: SystemRow): SystemFields {
  return {
    name: row.name,
    servicesProvided: row.servicesProvided,
    boundaries: row.boundaries,
    categories: row.categories as OptionalCategory[],
    commitments: row.commitments as SystemFields['commitments'],
    components: row.components as SystemFields['components'],
    incidents: row.incidents,
    cuecs: row.cuecs as SystemFields['cuecs'],
    subserviceOrganizations: row.subserviceOrganizations as SystemFields['subserviceOrganizations'],
    notRelevant: row.notRelevant as SystemFields['notRelevant'],
    significantChanges: row.significantChanges as SystemFields['significantChanges'],
  };
}

function present(row: SystemRow): System {
  const fields = systemFields(row);
  return { ...fields, id: row.id, criteriaInScope: criteriaInScope(CRITERIA, fields.categories), createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}

/** Every criterion a CUEC, CSOC or not-relevant entry names must be in scope; all problems at once. */
function assertCriteriaInScope(fields: SystemFields) {
  const refs = [
    ...fields.cuecs.map((c, i) => ({ path: `cuecs.${i}.criteria`, criteria: c.criteria })),
    ...fields.subserviceOrganizations.flatMap((o, i) => o.csocs.map((c, j) => ({ path: `subserviceOrganizations.${i}.csocs.${j}.criteria`, criteria: c.criteria }))),
    ...fields.notRelevant.map((n, i) => ({ path: `notRelevant.${i}.criterionId`, criteria: [n.criterionId] })),
  ];
  const problems = checkCriteriaReferences(criteriaInScope(CRITERIA, fields.categories), refs);
  if (problems.length) throw new AppError('validation_failed', problems.map((p) => `${p.path}: ${p.message}`).join('; '), { fields: problems });
}

async function loadSystem(db: Db, scope: Scope, id: string): Promise<SystemRow> {
  const row = await getSystem(db, scope, id);
  if (!row) throw notFound('No such system.');
  return row;
}

export async function listOrganizationSystems(deps: Deps, ctx: Ctx): Promise<SystemSummary[]> {
  const scope = authorize(ctx, 'system.read');
  const rows = await listSystems(deps.db, scope);
  return rows.map((r) => ({ id: r.id, name: r.name, categories: r.categories as OptionalCategory[], activeControls: Number(r.activeControls), updatedAt: r.updatedAt.toISOString() }));
}

export async function readSystem(deps: Deps, ctx: Ctx, id: string): Promise<System> {
  const scope = authorize(ctx, 'system.read');
  return present(await loadSystem(deps.db, scope, id));
}

export async function createSystem(deps: Deps, ctx: Ctx, fields: SystemFields): Promise<System> {
  const scope = authorize(ctx, 'system.write');
  const clean = { ...fields, categories: [...new Set(fields.categories)] };
  assertCriteriaInScope(clean);
  return deps.db.transaction(async (tx) => {
    const row = await insertSystem(tx, scope, clean);
    await recordAudit(tx, { org: scope.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'system.created', objectType: 'system', objectId: row.id, data: { name: row.name, categories: clean.categories }, at: deps.now() });
    return present(row);
  }).catch(rethrowDuplicateName);
}

export async function changeSystem(deps: Deps, ctx: Ctx, id: string, changes: Partial<SystemFields>): Promise<System> {
  const scope = authorize(ctx, 'system.write');
  const given = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<SystemFields>;
  if (Object.keys(given).length === 0) throw new AppError('validation_failed', 'Nothing to change.');
  if (given.categories) given.categories = [...new Set(given.categories)];
  return deps.db.transaction(async (tx) => {
    const current = await loadSystem(tx, scope, id);
    const merged = { ...systemFields(current), ...given };
    assertCriteriaInScope(merged);
    const row = await updateSystem(tx, scope, id, given, deps.now());
    const data = { fields: Object.keys(given).sort(), ...(given.categories ? { categories: given.categories } : {}) };
    await recordAudit(tx, { org: scope.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'system.updated', objectType: 'system', objectId: id, data, at: deps.now() });
    return present(row);
  }).catch(rethrowDuplicateName);
}

export async function previewSystemDescription(deps: Deps, ctx: Ctx, id: string): Promise<SystemDescription> {
  const scope = authorize(ctx, 'system.read');
  const row = await loadSystem(deps.db, scope, id);
  const fields = systemFields(row);
  const vendors = await listSubserviceVendors(deps.db, scope, id);
  fields.subserviceOrganizations = mergeSubserviceOrganizations(fields.subserviceOrganizations, vendors.map((v) => ({ ...v, presentationMethod: v.presentationMethod === 'inclusive' ? 'inclusive' : 'carve_out' })));
  const active = await listControls(deps.db, scope, id, { status: 'active' });
  const described = describeSystem(fields, criteriaInScope(CRITERIA, fields.categories), CRITERIA, active.map((c) => ({ ...c, frequency: c.frequency as never })));
  return { systemId: id, name: row.name, ...described };
}

function rethrowDuplicateName(err: unknown): never {
  const code = (err as { code?: string }).code ?? (err as { cause?: { code?: string } }).cause?.code;
  if (code === '23505') throw new AppError('conflict', 'Another system already has that name.');
  throw err;
}
