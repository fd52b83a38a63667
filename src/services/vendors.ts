// The vendor inventory: list, read, add, change (owner, systems served, subservice organization details).
import type { CreateVendorRequest, UpdateVendorRequest, VendorDetail, VendorList } from '../contract/vendors.ts';
import type { OptionalCategory } from '../contract/program.ts';
import { CRITERIA } from '../domain/catalog/index.ts';
import { isoDate } from '../domain/calendar/dates.ts';
import { criteriaInScope } from '../domain/program/scope.ts';
import { checkVendor } from '../domain/vendors/validate.ts';
import type { Db } from '../db/client.ts';
import { getSystemsByIds, getVendor, insertVendor, listVendors, listVendorSystems, replaceVendorSystems, updateVendor, type VendorRow } from '../db/vendors.ts';
import { listReports, listReviews } from '../db/vendor-reviews.ts';
import type { Ctx, Deps, Scope } from './context.ts';
import { AppError, notFound, type FieldError } from './errors.ts';
import { authorize } from './gate.ts';
import { decodeCursor, pageOf } from './paging.ts';
import { actorOf, recordAudit } from './audit.ts';
import { isPerson, peopleById } from './people-refs.ts';
import { presentReport, presentReview, presentVendors } from './vendor-present.ts';

export const VENDOR_PAGE = 200;
const HISTORY_LIMIT = 100;

export async function loadVendor(db: Db, scope: Scope, id: string): Promise<VendorRow> {
  const row = await getVendor(db, scope, id);
  if (!row) throw notFound('No such vendor.');
  return row;
}

/** One vendor with its latest reviews and reports. */
export async function vendorDetail(db: Db, scope: Scope, row: VendorRow, today: string): Promise<VendorDetail> {
  const [vendor] = await presentVendors(db, scope, [row], today);
  const reviews = await listReviews(db, scope, row.id, HISTORY_LIMIT);
  const reports = await listReports(db, scope, row.id, HISTORY_LIMIT);
  const reviewers = await peopleById(db, scope, reviews.map((r) => r.reviewerId));
  return { ...vendor!, reviews: reviews.map((r) => presentReview(r, reviewers)), reports: reports.map(presentReport) };
}

export async function listVendorInventory(deps: Deps, ctx: Ctx, query: { criticality?: string | undefined; subservice?: 'true' | 'false' | undefined; cursor?: string | undefined; limit?: number | undefined }): Promise<VendorList> {
  const scope = authorize(ctx, 'vendor.read');
  const after = decodeCursor('vendors', query.cursor);
  const limit = query.limit ?? VENDOR_PAGE;
  const subservice = query.subservice === undefined ? undefined : query.subservice === 'true';
  const rows = await listVendors(deps.db, scope, { criticality: query.criticality, subservice, after }, limit + 1);
  const { page, nextCursor } = pageOf(rows, limit, 'vendors', (r) => ({ key: r.sortKey, id: r.id }));
  return { vendors: await presentVendors(deps.db, scope, page, isoDate(deps.now())), nextCursor };
}

export async function readVendor(deps: Deps, ctx: Ctx, id: string): Promise<VendorDetail> {
  const scope = authorize(ctx, 'vendor.read');
  return vendorDetail(deps.db, scope, await loadVendor(deps.db, scope, id), isoDate(deps.now()));
}

type VendorState = Omit<CreateVendorRequest, 'name' | 'criticality' | 'dataShared' | 'website' | 'notes'>;

/** The vendor's own rules, then its owner, systems and CSOC criteria against this organization's data; all problems at once. */
async function checkVendorInput(db: Db, scope: Scope, v: VendorState): Promise<void> {
  const fields: FieldError[] = checkVendor(v);
  if (v.ownerId && !(await isPerson(db, scope, v.ownerId))) fields.push({ path: 'ownerId', message: 'no such person in this organization' });
  const found = await getSystemsByIds(db, scope, v.systemIds);
  const known = new Set(found.map((s) => s.id));
  v.systemIds.forEach((id, i) => { if (!known.has(id)) fields.push({ path: `systemIds.${i}`, message: 'no such system in this organization' }); });
  for (const system of found) {
    const inScope = new Set(criteriaInScope(CRITERIA, system.categories as OptionalCategory[]));
    v.csocs.forEach((c, j) => {
      for (const id of c.criteria) if (!inScope.has(id)) fields.push({ path: `csocs.${j}.criteria`, message: `${id} is not in scope for system ${system.name}` });
    });
  }
  if (fields.length) throw new AppError('validation_failed', fields.map((f) => `${f.path}: ${f.message}`).join('; '), { fields });
}

function stateOf(row: VendorRow, systemIds: string[]): VendorState {
  const { service, ownerId, contractStart, contractEnd, subservice, csocs } = row;
  return { service, ownerId, contractStart, contractEnd, subservice, csocs, presentationMethod: row.presentationMethod as VendorState['presentationMethod'], systemIds };
}

const dedupe = (ids: string[]) => [...new Set(ids)];

export async function createVendor(deps: Deps, ctx: Ctx, input: CreateVendorRequest): Promise<VendorDetail> {
  const scope = authorize(ctx, 'vendor.write');
  const { systemIds, ...values } = { ...input, systemIds: dedupe(input.systemIds) };
  return deps.db.transaction(async (tx) => {
    await checkVendorInput(tx, scope, { ...values, systemIds });
    const row = await insertVendor(tx, scope, values);
    await replaceVendorSystems(tx, scope, row.id, systemIds);
    await recordAudit(tx, { org: scope.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'vendor.created', objectType: 'vendor', objectId: row.id, data: { name: row.name, criticality: values.criticality, subservice: values.subservice, systemIds }, at: deps.now() });
    return vendorDetail(tx, scope, row, isoDate(deps.now()));
  }).catch(rethrowDuplicateName);
}

/** Turning the subservice flag off clears the presentation method and CSOCs unless the change says otherwise. */
function normalizeChanges(changes: UpdateVendorRequest): UpdateVendorRequest {
  const given = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as UpdateVendorRequest;
  if (given.systemIds) given.systemIds = dedupe(given.systemIds);
  if (given.subservice === false) return { presentationMethod: null, csocs: [], ...given };
  return given;
}

function diffOf(current: Record<string, unknown>, given: Record<string, unknown>) {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  return Object.fromEntries(Object.entries(given).filter(([k, v]) => !same(current[k], v)).map(([k, v]) => [k, { from: current[k] ?? null, to: v }]));
}

export async function changeVendor(deps: Deps, ctx: Ctx, id: string, changes: UpdateVendorRequest): Promise<VendorDetail> {
  const scope = authorize(ctx, 'vendor.write');
  const given = normalizeChanges(changes);
  if (Object.keys(given).length === 0) throw new AppError('validation_failed', 'Nothing to change.');
  return deps.db.transaction(async (tx) => {
    const current = await loadVendor(tx, scope, id);
    const currentSystems = (await listVendorSystems(tx, scope, [id])).map((l) => l.systemId).sort();
    const before: Record<string, unknown> = { ...current, systemIds: currentSystems };
    await checkVendorInput(tx, scope, { ...stateOf(current, currentSystems), ...given } as VendorState);
    const diff = diffOf(before, { ...given, ...(given.systemIds ? { systemIds: [...given.systemIds].sort() } : {}) });
    if (Object.keys(diff).length === 0) return vendorDetail(tx, scope, current, isoDate(deps.now()));
    const { systemIds, ...values } = given;
    const row = await updateVendor(tx, scope, id, values, deps.now());
    if (systemIds) await replaceVendorSystems(tx, scope, id, systemIds);
    await recordAudit(tx, { org: scope.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'vendor.updated', objectType: 'vendor', objectId: id, data: { name: row.name, changes: diff }, at: deps.now() });
    return vendorDetail(tx, scope, row, isoDate(deps.now()));
  }).catch(rethrowDuplicateName);
}

function rethrowDuplicateName(err: unknown): never {
  const code = (err as { code?: string }).code ?? (err as { cause?: { code?: string } }).cause?.code;
  if (code === '23505') throw new AppError('conflict', 'Another vendor already has that name.', { fields: [{ path: 'name', message: 'already used by another vendor' }] });
  throw err;
}
