// Controls of a system: adopt from the starter library, write custom ones, edit, map criteria, assign owners, retire.
import type { Control, ControlList, ControlFrequency, ControlNature, ControlType, OptionalCategory } from '../contract/program.ts';
import { CRITERIA } from '../domain/catalog/index.ts';
import { CONTROL_LIBRARY, CONTROL_LIBRARY_VERSION, type ControlTemplate } from '../domain/library/controls/index.ts';
import { criteriaInScope } from '../domain/program/scope.ts';
import type { Db } from '../db/client.ts';
import { getControl, insertControls, listControlCodes, listControls, listControlsPage, updateControl, type ControlFilter, type ControlRow, type ControlValues } from '../db/controls.ts';
import { getPeopleByIds, type PersonRow } from '../db/people.ts';
import { getSystem } from '../db/systems.ts';
import type { Ctx, Deps, Scope } from './context.ts';
import { AppError, notFound, type FieldError } from './errors.ts';
import { authorize } from './gate.ts';
import { decodeCursor, pageOf } from './paging.ts';
import { actorOf, recordAudit, recordAudits, type AuditRecord } from './audit.ts';
import { listAuditEntries } from '../db/audit-log.ts';
import { presentAuditEntry } from './audit-log.ts';

const ref = (p: PersonRow | undefined) => (p ? { id: p.id, name: p.name, email: p.email } : null);

async function presentAll(db: Db, scope: Scope, rows: ControlRow[]): Promise<Control[]> {
  const ids = [...new Set(rows.flatMap((r) => [r.ownerId, r.backupOwnerId]).filter((x): x is string => x !== null))];
  const byId = new Map((await getPeopleByIds(db, scope, ids)).map((p) => [p.id, p]));
  return rows.map((r) => ({
    id: r.id,
    systemId: r.systemId,
    code: r.code,
    title: r.title,
    activity: r.activity,
    frequency: r.frequency as ControlFrequency,
    nature: r.nature as ControlNature,
    type: r.type as ControlType,
    evidenceGuidance: r.evidenceGuidance,
    criteria: r.criteria,
    owner: ref(r.ownerId ? byId.get(r.ownerId) : undefined),
    backupOwner: ref(r.backupOwnerId ? byId.get(r.backupOwnerId) : undefined),
    sourceTemplate: r.sourceTemplate,
    status: r.status,
    retiredAt: r.retiredAt?.toISOString() ?? null,
    retiredReason: r.retiredReason,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  }));
}

async function systemScope(db: Db, scope: Scope, systemId: string) {
  const system = await getSystem(db, scope, systemId);
  if (!system) throw notFound('No such system.');
  return { system, inScope: criteriaInScope(CRITERIA, system.categories as OptionalCategory[]) };
}

/** Checks criteria (in the system's scope) and owners (people of this organization); all problems at once. */
async function checkMapping(db: Db, scope: Scope, inScope: readonly string[], input: { criteria?: string[] | undefined; ownerId?: string | null | undefined; backupOwnerId?: string | null | undefined }) {
  const fields: FieldError[] = [];
  const known = new Set(inScope);
  for (const id of input.criteria ?? []) if (!known.has(id)) fields.push({ path: 'criteria', message: `${id} is not in scope for this system` });
  if (input.criteria && new Set(input.criteria).size !== input.criteria.length) fields.push({ path: 'criteria', message: 'a criterion is listed twice' });
  const people = [input.ownerId, input.backupOwnerId].filter((x): x is string => typeof x === 'string');
  const found = new Set((await getPeopleByIds(db, scope, people)).map((p) => p.id));
  if (input.ownerId && !found.has(input.ownerId)) fields.push({ path: 'ownerId', message: 'no such person in this organization' });
  if (input.backupOwnerId && !found.has(input.backupOwnerId)) fields.push({ path: 'backupOwnerId', message: 'no such person in this organization' });
  if (input.ownerId && input.ownerId === input.backupOwnerId) fields.push({ path: 'backupOwnerId', message: 'the backup owner must be someone other than the owner' });
  if (fields.length) throw new AppError('validation_failed', fields.map((f) => `${f.path}: ${f.message}`).join('; '), { fields });
}

/** One page of a system's controls (the list endpoint); `cursor` is the previous page's `nextCursor`. */
export async function pageSystemControls(deps: Deps, ctx: Ctx, systemId: string, query: ControlFilter & { cursor?: string | undefined; limit: number }): Promise<ControlList> {
  const scope = authorize(ctx, 'control.read');
  const after = decodeCursor('controls', query.cursor);
  await systemScope(deps.db, scope, systemId);
  const rows = await listControlsPage(deps.db, scope, systemId, query, { after, limit: query.limit + 1 });
  const { page, nextCursor } = pageOf(rows, query.limit, 'controls', (r) => ({ key: r.code, id: r.id }));
  return { controls: await presentAll(deps.db, scope, page), nextCursor };
}

/** Every control of the system that matches (for exports and the demo). */
export async function listSystemControls(deps: Deps, ctx: Ctx, systemId: string, filter: ControlFilter): Promise<Control[]> {
  const scope = authorize(ctx, 'control.read');
  await systemScope(deps.db, scope, systemId);
  return presentAll(deps.db, scope, await listControls(deps.db, scope, systemId, filter));
}

export async function readControl(deps: Deps, ctx: Ctx, id: string): Promise<Control> {
  const scope = authorize(ctx, 'control.read');
  const row = await getControl(deps.db, scope, id);
  if (!row) throw notFound('No such control.');
  return (await presentAll(deps.db, scope, [row]))[0]!;
}

export interface NewControl {
  code: string;
  title: string;
  activity: string;
  frequency: ControlFrequency;
  nature: ControlNature;
  type: ControlType;
  evidenceGuidance: string;
  criteria: string[];
  ownerId: string | null;
  backupOwnerId: string | null;
}

export async function createControl(deps: Deps, ctx: Ctx, systemId: string, input: NewControl): Promise<Control> {
  const scope = authorize(ctx, 'control.write');
  return deps.db.transaction(async (tx) => {
    const { inScope } = await systemScope(tx, scope, systemId);
    await checkMapping(tx, scope, inScope, input);
    if ((await listControlCodes(tx, scope, systemId)).includes(input.code)) throw new AppError('conflict', `The system already has a control ${input.code}.`, { fields: [{ path: 'code', message: 'already used in this system' }] });
    const [row] = await insertControls(tx, scope, [{ ...input, systemId, sourceTemplate: null }]);
    await recordAudit(tx, { org: scope.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'control.created', objectType: 'control', objectId: row!.id, data: { systemId, code: row!.code, title: row!.title, criteria: row!.criteria }, at: deps.now() });
    return (await presentAll(tx, scope, [row!]))[0]!;
  });
}

function fromTemplate(t: ControlTemplate, systemId: string, inScope: ReadonlySet<string>): ControlValues {
  return {
    systemId,
    code: t.code,
    title: t.title,
    activity: t.activity,
    frequency: t.frequency,
    nature: t.nature,
    type: t.type,
    evidenceGuidance: t.evidenceGuidance,
    criteria: t.criteria.filter((c) => inScope.has(c)),
    sourceTemplate: t.code,
  };
}

/**
 * Adopts starter controls into a system. Criteria outside the system's scope are dropped from each copy;
 * a template none of whose criteria are in scope is not adopted (it would map to nothing).
 */
export async function adoptControls(deps: Deps, ctx: Ctx, systemId: string, codes: 'all' | string[]) {
  const scope = authorize(ctx, 'control.write');
  const wanted = codes === 'all' ? CONTROL_LIBRARY : codes.map((code) => CONTROL_LIBRARY.find((t) => t.code === code) ?? code);
  const unknown = wanted.filter((w): w is string => typeof w === 'string');
  if (unknown.length) throw new AppError('validation_failed', `Not in the library: ${unknown.join(', ')}.`, { fields: unknown.map((c) => ({ path: 'codes', message: `${c} is not in the library` })) });
  return deps.db.transaction(async (tx) => {
    const { inScope } = await systemScope(tx, scope, systemId);
    const inScopeSet = new Set(inScope);
    const existing = new Set(await listControlCodes(tx, scope, systemId));
    const templates = (wanted as ControlTemplate[]).filter((t) => !existing.has(t.code) && t.criteria.some((c) => inScopeSet.has(c)));
    const rows = await insertControls(tx, scope, templates.map((t) => fromTemplate(t, systemId, inScopeSet)));
    const at = deps.now();
    const records: AuditRecord<'control.adopted'>[] = rows.map((r) => ({ org: scope.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'control.adopted', objectType: 'control', objectId: r.id, data: { systemId, code: r.code, template: r.code, libraryVersion: CONTROL_LIBRARY_VERSION }, at }));
    await recordAudits(tx, records);
    const outOfScope = (wanted as ControlTemplate[]).filter((t) => !existing.has(t.code) && !t.criteria.some((c) => inScopeSet.has(c))).map((t) => t.code);
    return { adopted: rows.map((r) => r.code), alreadyAdopted: (wanted as ControlTemplate[]).filter((t) => existing.has(t.code)).map((t) => t.code), outOfScope };
  });
}

export type ControlChanges = Partial<Omit<NewControl, 'code'>>;

export async function changeControl(deps: Deps, ctx: Ctx, id: string, changes: ControlChanges): Promise<Control> {
  const scope = authorize(ctx, 'control.write');
  const given = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as ControlChanges;
  if (Object.keys(given).length === 0) throw new AppError('validation_failed', 'Nothing to change.');
  return deps.db.transaction(async (tx) => {
    const current = await getControl(tx, scope, id);
    if (!current) throw notFound('No such control.');
    if (current.status === 'retired') throw new AppError('conflict', 'A retired control cannot be changed.');
    const { inScope } = await systemScope(tx, scope, current.systemId);
    const owners = { ownerId: given.ownerId === undefined ? current.ownerId : given.ownerId, backupOwnerId: given.backupOwnerId === undefined ? current.backupOwnerId : given.backupOwnerId };
    await checkMapping(tx, scope, inScope, { criteria: given.criteria, ...owners });
    const diff = Object.fromEntries(
      Object.entries(given)
        .filter(([k, v]) => JSON.stringify(current[k as keyof ControlRow]) !== JSON.stringify(v))
        .map(([k, v]) => [k, { from: current[k as keyof ControlRow], to: v }]),
    );
    if (Object.keys(diff).length === 0) return (await presentAll(tx, scope, [current]))[0]!;
    const row = await updateControl(tx, scope, id, given, deps.now());
    await recordAudit(tx, { org: scope.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'control.updated', objectType: 'control', objectId: id, data: { code: row.code, changes: diff }, at: deps.now() });
    return (await presentAll(tx, scope, [row]))[0]!;
  });
}

export async function retireControl(deps: Deps, ctx: Ctx, id: string, reason: string): Promise<Control> {
  const scope = authorize(ctx, 'control.write');
  return deps.db.transaction(async (tx) => {
    const current = await getControl(tx, scope, id);
    if (!current) throw notFound('No such control.');
    if (current.status === 'retired') throw new AppError('conflict', 'The control is already retired.');
    const row = await updateControl(tx, scope, id, { status: 'retired', retiredAt: deps.now(), retiredReason: reason }, deps.now());
    await recordAudit(tx, { org: scope.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'control.retired', objectType: 'control', objectId: id, data: { code: row.code, reason }, at: deps.now() });
    return (await presentAll(tx, scope, [row]))[0]!;
  });
}

/** The control's own history: the audit entries whose subject is this control. */
export async function controlHistory(deps: Deps, ctx: Ctx, id: string) {
  const scope = authorize(ctx, 'control.read');
  if (!(await getControl(deps.db, scope, id))) throw notFound('No such control.');
  const rows = await listAuditEntries(deps.db, scope, { subject: id }, 500);
  return { entries: rows.map(presentAuditEntry), nextBefore: null };
}
