// Policies of an organization: write custom ones, edit their metadata, map criteria and controls, retire.
// Versions and their workflow are in policy-versions.ts; adoption from templates in policy-library.ts.
import type { Policy, PolicyList, UserRef } from '../contract/policies.ts';
import { CRITERIA } from '../domain/catalog/index.ts';
import { keyFromTitle } from '../domain/policies/keys.ts';
import { reviewStatus } from '../domain/policies/review.ts';
import { policyStatus } from '../domain/policies/workflow.ts';
import type { Db } from '../db/client.ts';
import { existingControlIds, getPolicy, getUserRefs, insertPolicy, insertVersion, listPoliciesPage, listPolicyKeys, retireVersions, updatePolicy, versionSummaries, type PolicyRow, type PolicyValues } from '../db/policies.ts';
import { getPeopleByIds } from '../db/people.ts';
import type { Ctx, Deps, Scope } from './context.ts';
import { AppError, notFound, type FieldError } from './errors.ts';
import { authorize } from './gate.ts';
import { decodeCursor, pageOf } from './paging.ts';
import { actorOf, recordAudit } from './audit.ts';

const KNOWN_CRITERIA = new Set(CRITERIA.map((c) => c.id));
const today = (deps: Deps) => deps.now().toISOString().slice(0, 10);

export async function presentPolicies(db: Db, scope: Scope, rows: PolicyRow[], on: string): Promise<Policy[]> {
  const { live, latest } = await versionSummaries(db, scope, rows.map((r) => r.id));
  const owners = [...new Set(rows.map((r) => r.ownerId).filter((x): x is string => x !== null))];
  const people = new Map((await getPeopleByIds(db, scope, owners)).map((p) => [p.id, { id: p.id, name: p.name, email: p.email }]));
  return rows.map((r) => {
    const versions = live.filter((v) => v.policyId === r.id);
    const approved = versions.find((v) => v.status === 'approved');
    const open = versions.find((v) => v.status === 'draft' || v.status === 'in_review');
    return {
      id: r.id,
      key: r.key,
      title: r.title,
      description: r.description,
      owner: (r.ownerId && people.get(r.ownerId)) || null,
      criteria: r.criteria,
      controlIds: r.controlIds,
      reviewIntervalMonths: r.reviewIntervalMonths,
      sourceTemplate: r.sourceTemplate,
      status: policyStatus(r.retiredAt !== null, versions),
      currentVersion: approved ? { number: approved.number, approvedAt: approved.approvedAt!.toISOString(), publishedAt: approved.publishedAt?.toISOString() ?? null } : null,
      openVersion: open ? { number: open.number, status: open.status } : null,
      latestVersion: latest.get(r.id) ?? 0,
      review: r.retiredAt ? null : reviewStatus(approved?.approvedAt ?? null, r.reviewIntervalMonths, on),
      retiredAt: r.retiredAt?.toISOString() ?? null,
      retiredReason: r.retiredReason,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    };
  });
}

export async function presentPolicy(deps: Deps, db: Db, scope: Scope, row: PolicyRow): Promise<Policy> {
  return (await presentPolicies(db, scope, [row], today(deps)))[0]!;
}

/** Users named on versions (authors, approvers), by id. */
export async function userRefs(db: Db, ids: Array<string | null>): Promise<Map<string, UserRef>> {
  const wanted = [...new Set(ids.filter((x): x is string => x !== null))];
  return new Map((await getUserRefs(db, wanted)).map((u) => [u.id, u]));
}

/** The policy, locked for the rest of the transaction when `lock`; another tenant's is simply not found. */
export async function policyOr404(db: Db, scope: Scope, id: string, lock = false): Promise<PolicyRow> {
  const row = await getPolicy(db, scope, id, lock);
  if (!row) throw notFound('No such policy.');
  return row;
}

export function refuseIfRetired(row: PolicyRow) {
  if (row.retiredAt) throw new AppError('conflict', 'The policy is retired and can no longer change.');
}

interface Mapping {
  criteria?: string[] | undefined;
  ownerId?: string | null | undefined;
  controlIds?: string[] | undefined;
}

/** Criteria known to the catalog, an owner on the roster, controls of this organization; all problems at once. */
export async function checkMapping(db: Db, scope: Scope, input: Mapping) {
  const fields: FieldError[] = [];
  for (const id of input.criteria ?? []) if (!KNOWN_CRITERIA.has(id)) fields.push({ path: 'criteria', message: `${id} is not a Trust Services criterion` });
  if (input.criteria && new Set(input.criteria).size !== input.criteria.length) fields.push({ path: 'criteria', message: 'a criterion is listed twice' });
  if (input.ownerId && (await getPeopleByIds(db, scope, [input.ownerId])).length === 0) fields.push({ path: 'ownerId', message: 'no such person in this organization' });
  const found = await existingControlIds(db, scope, [...new Set(input.controlIds ?? [])]);
  for (const id of input.controlIds ?? []) if (!found.has(id)) fields.push({ path: 'controlIds', message: `${id} is not a control of this organization` });
  if (input.controlIds && new Set(input.controlIds).size !== input.controlIds.length) fields.push({ path: 'controlIds', message: 'a control is listed twice' });
  if (fields.length) throw new AppError('validation_failed', fields.map((f) => `${f.path}: ${f.message}`).join('; '), { fields });
}

export type PolicyFilter = { status: 'draft' | 'in_review' | 'approved' | 'retired' | 'all' | 'active'; q?: string | undefined };

/**
 * One page of policies by title (the list endpoint). Statuses other than all and active depend on the versions,
 * so those filters read on, a page's worth at a time, until the page is full or the policies run out.
 */
export async function pageOrganizationPolicies(deps: Deps, ctx: Ctx, query: PolicyFilter & { cursor?: string | undefined; limit: number }): Promise<PolicyList> {
  const scope = authorize(ctx, 'policy.read');
  let after = decodeCursor('policies', query.cursor);
  const retired = query.status === 'all' ? null : query.status === 'retired';
  const byStatus = query.status !== 'all' && query.status !== 'active';
  const batch = query.limit + 1;
  const matches: Policy[] = [];
  for (;;) {
    const rows = await listPoliciesPage(deps.db, scope, { retired, q: query.q }, { after, limit: batch });
    const presented = await presentPolicies(deps.db, scope, rows, today(deps));
    matches.push(...(byStatus ? presented.filter((p) => p.status === query.status) : presented));
    if (matches.length > query.limit || rows.length < batch) break;
    after = { key: rows[rows.length - 1]!.title, id: rows[rows.length - 1]!.id };
  }
  const { page, nextCursor } = pageOf(matches, query.limit, 'policies', (p) => ({ key: p.title, id: p.id }));
  return { policies: page, nextCursor };
}

export async function readPolicy(deps: Deps, ctx: Ctx, id: string): Promise<Policy> {
  const scope = authorize(ctx, 'policy.read');
  return presentPolicy(deps, deps.db, scope, await policyOr404(deps.db, scope, id));
}

export interface NewPolicy {
  title: string;
  key?: string | undefined;
  description: string;
  ownerId: string | null;
  criteria: string[];
  controlIds: string[];
  reviewIntervalMonths: number;
  body?: string | undefined;
  changeNote: string;
}

export async function createPolicy(deps: Deps, ctx: Ctx, input: NewPolicy): Promise<Policy> {
  const scope = authorize(ctx, 'policy.write');
  const key = input.key ?? keyFromTitle(input.title);
  return deps.db.transaction(async (tx) => {
    await checkMapping(tx, scope, input);
    if ((await listPolicyKeys(tx, scope)).includes(key)) throw new AppError('conflict', `The organization already has a policy ${key}.`, { fields: [{ path: 'key', message: 'already used in this organization' }] });
    const values: PolicyValues = { key, title: input.title, description: input.description, ownerId: input.ownerId, criteria: input.criteria, controlIds: input.controlIds, reviewIntervalMonths: input.reviewIntervalMonths, sourceTemplate: null };
    const row = await insertPolicy(tx, scope, values);
    await insertVersion(tx, scope, { policyId: row.id, number: 1, body: input.body ?? `# ${input.title}\n`, changeNote: input.changeNote, authorId: ctx.actor.userId });
    const at = deps.now();
    await recordAudit(tx, { org: scope.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'policy.created', objectType: 'policy', objectId: row.id, data: { key, title: row.title, template: null }, at });
    await recordAudit(tx, { org: scope.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'policy.version_created', objectType: 'policy', objectId: row.id, data: { key, version: 1, fromVersion: null, changeNote: input.changeNote }, at });
    return presentPolicy(deps, tx, scope, row);
  });
}

export type PolicyChanges = Partial<Pick<NewPolicy, 'title' | 'description' | 'ownerId' | 'criteria' | 'controlIds' | 'reviewIntervalMonths'>>;

export async function changePolicy(deps: Deps, ctx: Ctx, id: string, changes: PolicyChanges): Promise<Policy> {
  const scope = authorize(ctx, 'policy.write');
  const given = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as PolicyChanges;
  if (Object.keys(given).length === 0) throw new AppError('validation_failed', 'Nothing to change.');
  return deps.db.transaction(async (tx) => {
    const current = await policyOr404(tx, scope, id, true);
    refuseIfRetired(current);
    await checkMapping(tx, scope, given);
    const diff = Object.fromEntries(
      Object.entries(given)
        .filter(([k, v]) => JSON.stringify(current[k as keyof PolicyRow]) !== JSON.stringify(v))
        .map(([k, v]) => [k, { from: current[k as keyof PolicyRow], to: v }]),
    );
    if (Object.keys(diff).length === 0) return presentPolicy(deps, tx, scope, current);
    const row = await updatePolicy(tx, scope, id, given, deps.now());
    await recordAudit(tx, { org: scope.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'policy.updated', objectType: 'policy', objectId: id, data: { key: row.key, changes: diff }, at: deps.now() });
    return presentPolicy(deps, tx, scope, row);
  });
}

/** Retires the whole policy: its approved version and any open draft are retired with it. */
export async function retirePolicy(deps: Deps, ctx: Ctx, id: string, reason: string): Promise<Policy> {
  const scope = authorize(ctx, 'policy.write');
  return deps.db.transaction(async (tx) => {
    const current = await policyOr404(tx, scope, id, true);
    if (current.retiredAt) throw new AppError('conflict', 'The policy is already retired.');
    const at = deps.now();
    const retiredVersions = await retireVersions(tx, scope, id, ['draft', 'in_review', 'approved'], at);
    const row = await updatePolicy(tx, scope, id, { retiredAt: at, retiredReason: reason }, at);
    await recordAudit(tx, { org: scope.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'policy.retired', objectType: 'policy', objectId: id, data: { key: row.key, reason, retiredVersions }, at });
    return presentPolicy(deps, tx, scope, row);
  });
}
