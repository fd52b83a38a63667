// Data access for policies and their numbered versions.
import { and, asc, desc, eq, getTableColumns, ilike, inArray, isNotNull, isNull, max, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from './client.ts';
import { controls, policies, policyVersions, users } from './schema.ts';
import type { Scope } from '../services/context.ts';

export type PolicyRow = typeof policies.$inferSelect;
export type PolicyValues = Omit<typeof policies.$inferInsert, 'id' | 'organizationId' | 'createdAt' | 'updatedAt'>;
export type VersionRow = typeof policyVersions.$inferSelect;
export type VersionValues = Omit<typeof policyVersions.$inferInsert, 'id' | 'organizationId' | 'createdAt' | 'updatedAt'>;
/** A version without its body, for lists and policy summaries. */
export type VersionMeta = Omit<VersionRow, 'body'>;

const inOrg = (scope: Scope) => eq(policies.organizationId, scope.organizationId);
const versionsInOrg = (scope: Scope) => eq(policyVersions.organizationId, scope.organizationId);
const { body: _body, ...versionMetaColumns } = getTableColumns(policyVersions);
void _body;

export interface PolicyFilter {
  retired: boolean | null;
  q?: string | undefined;
}

/** A page of policies ordered by title, then id; `after` is the (title, id) of the previous page's last policy. */
export async function listPoliciesPage(db: Db, scope: Scope, filter: PolicyFilter, page: { after?: { key: string; id: string } | undefined; limit: number }): Promise<PolicyRow[]> {
  const where: SQL[] = [inOrg(scope)];
  if (filter.retired === true) where.push(isNotNull(policies.retiredAt));
  if (filter.retired === false) where.push(isNull(policies.retiredAt));
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
    where.push(or(ilike(policies.title, like), ilike(policies.key, like), ilike(policies.description, like))!);
  }
  if (page.after) where.push(sql`(${policies.title}, ${policies.id}) > (${page.after.key}, ${page.after.id}::uuid)`);
  return db.select().from(policies).where(and(...where)).orderBy(asc(policies.title), asc(policies.id)).limit(page.limit);
}

/** Every policy that matches, read page by page (for readiness). */
export async function listPolicies(db: Db, scope: Scope, filter: PolicyFilter): Promise<PolicyRow[]> {
  const all: PolicyRow[] = [];
  for (let after: { key: string; id: string } | undefined; ;) {
    const rows = await listPoliciesPage(db, scope, filter, { after, limit: 1000 });
    all.push(...rows);
    if (rows.length < 1000) return all;
    after = { key: rows[rows.length - 1]!.title, id: rows[rows.length - 1]!.id };
  }
}

export async function getPolicy(db: Db, scope: Scope, id: string, lock = false): Promise<PolicyRow | undefined> {
  const query = db.select().from(policies).where(and(inOrg(scope), eq(policies.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function listPolicyKeys(db: Db, scope: Scope): Promise<string[]> {
  return (await db.select({ key: policies.key }).from(policies).where(inOrg(scope)).limit(5000)).map((r) => r.key);
}

export async function insertPolicy(db: Db, scope: Scope, values: PolicyValues): Promise<PolicyRow> {
  const [row] = await db.insert(policies).values({ ...values, organizationId: scope.organizationId }).returning();
  return row!;
}

export async function updatePolicy(db: Db, scope: Scope, id: string, values: Partial<PolicyValues>, at: Date): Promise<PolicyRow> {
  const [row] = await db.update(policies).set({ ...values, updatedAt: at }).where(and(inOrg(scope), eq(policies.id, id))).returning();
  return row!;
}

/** Versions that are not retired (the approved and the open one) and the latest number, for each policy. */
export async function versionSummaries(db: Db, scope: Scope, policyIds: string[]) {
  if (policyIds.length === 0) return { live: [] as VersionMeta[], latest: new Map<string, number>() };
  const within = and(versionsInOrg(scope), inArray(policyVersions.policyId, policyIds));
  const live = await db.select(versionMetaColumns).from(policyVersions).where(and(within, ne(policyVersions.status, 'retired')));
  const maxima = await db.select({ policyId: policyVersions.policyId, n: max(policyVersions.number) }).from(policyVersions).where(within).groupBy(policyVersions.policyId);
  return { live, latest: new Map(maxima.map((r) => [r.policyId, Number(r.n ?? 0)])) };
}

export async function listVersions(db: Db, scope: Scope, policyId: string): Promise<VersionMeta[]> {
  return db
    .select(versionMetaColumns)
    .from(policyVersions)
    .where(and(versionsInOrg(scope), eq(policyVersions.policyId, policyId)))
    .orderBy(desc(policyVersions.number))
    .limit(500);
}

export async function getVersion(db: Db, scope: Scope, policyId: string, n: number): Promise<VersionRow | undefined> {
  const [row] = await db
    .select()
    .from(policyVersions)
    .where(and(versionsInOrg(scope), eq(policyVersions.policyId, policyId), eq(policyVersions.number, n)));
  return row;
}

export async function latestVersion(db: Db, scope: Scope, policyId: string): Promise<VersionRow | undefined> {
  const [row] = await db
    .select()
    .from(policyVersions)
    .where(and(versionsInOrg(scope), eq(policyVersions.policyId, policyId)))
    .orderBy(desc(policyVersions.number))
    .limit(1);
  return row;
}

export async function insertVersion(db: Db, scope: Scope, values: VersionValues): Promise<VersionRow> {
  const [row] = await db.insert(policyVersions).values({ ...values, organizationId: scope.organizationId }).returning();
  return row!;
}

export async function updateVersion(db: Db, scope: Scope, id: string, values: Partial<VersionValues>, at: Date): Promise<VersionRow> {
  const [row] = await db
    .update(policyVersions)
    .set({ ...values, updatedAt: at })
    .where(and(versionsInOrg(scope), eq(policyVersions.id, id)))
    .returning();
  return row!;
}

/** Retires the policy's versions in the given statuses; returns the numbers retired. */
export async function retireVersions(db: Db, scope: Scope, policyId: string, statuses: VersionRow['status'][], at: Date): Promise<number[]> {
  const rows = await db
    .update(policyVersions)
    .set({ status: 'retired', retiredAt: at, updatedAt: at })
    .where(and(versionsInOrg(scope), eq(policyVersions.policyId, policyId), inArray(policyVersions.status, statuses)))
    .returning({ number: policyVersions.number });
  return rows.map((r) => r.number).sort((a, b) => a - b);
}

/** Which of the given ids are controls of this organization. */
export async function existingControlIds(db: Db, scope: Scope, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.select({ id: controls.id }).from(controls).where(and(eq(controls.organizationId, scope.organizationId), inArray(controls.id, ids)));
  return new Set(rows.map((r) => r.id));
}

/** Names and emails of users (authors, approvers); users are global, so no tenant filter applies. */
export async function getUserRefs(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(inArray(users.id, ids));
}
