// Data access for evidence items and the controls and criteria they cover. Items are inserted once;
// afterwards only the supersede link and the removal columns are set, each at most once.
import { and, asc, desc, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from './client.ts';
import { periodLimit } from './limits.ts';

/**
 * Through an engagement: evidence of the period, and whatever the organization attached to the engagement's own
 * requests (an answer to the auditor is the auditor's to read, whatever its period).
 */
function evidenceLimit(scope: Scope): SQL | undefined {
  const period = periodLimit(scope, evidenceItems.periodStart, evidenceItems.periodEnd);
  if (!period || !scope.limits) return undefined;
  return or(period, sql`exists (select 1 from ${requestEvidence} join ${requests} on ${requests.id} = ${requestEvidence.requestId}
    where ${requestEvidence.evidenceId} = ${evidenceItems.id} and ${requests.engagementId} = ${scope.limits.engagementId})`);
}
import { controls, engagementDocuments, evidenceControls, evidenceCriteria, evidenceItems, requestEvidence, reports, requests, testPlans } from './schema.ts';
import type { Scope } from '../services/context.ts';

export type EvidenceRow = typeof evidenceItems.$inferSelect;
export type EvidenceValues = Omit<typeof evidenceItems.$inferInsert, 'organizationId' | 'supersededById' | 'removedAt' | 'removedBy' | 'removedReason'>;

export interface EvidenceFilter {
  systemId?: string | undefined;
  controlId?: string | undefined;
  criterionId?: string | undefined;
  /** The ids of the criteria in a category (the caller resolves the category from the catalog). */
  categoryCriteria?: readonly string[] | undefined;
  from?: string | undefined;
  to?: string | undefined;
  source?: string | undefined;
  collectedBy?: string | undefined;
  q?: string | undefined;
  includeRemoved: boolean;
}

/** Items linked to one of the criteria directly, or through a linked control mapped to one of them. */
function coversCriteria(ids: readonly string[]): SQL {
  const list = sql.join(ids.map((id) => sql`${id}`), sql`, `);
  return sql`(exists (select 1 from ${evidenceCriteria} where ${evidenceCriteria.evidenceId} = ${evidenceItems.id} and ${evidenceCriteria.criterionId} in (${list}))
    or exists (select 1 from ${evidenceControls} join ${controls} on ${controls.id} = ${evidenceControls.controlId}
      where ${evidenceControls.evidenceId} = ${evidenceItems.id} and ${controls.criteria} ?| array[${list}]::text[]))`;
}

function evidenceWhere(scope: Scope, f: EvidenceFilter): SQL[] {
  const where: SQL[] = [eq(evidenceItems.organizationId, scope.organizationId)];
  const limit = evidenceLimit(scope);
  if (limit) where.push(limit);
  if (!f.includeRemoved) where.push(isNull(evidenceItems.removedAt));
  if (f.controlId) {
    where.push(sql`exists (select 1 from ${evidenceControls} where ${evidenceControls.evidenceId} = ${evidenceItems.id} and ${evidenceControls.controlId} = ${f.controlId})`);
  }
  if (f.systemId) {
    where.push(sql`exists (select 1 from ${evidenceControls} join ${controls} on ${controls.id} = ${evidenceControls.controlId}
      where ${evidenceControls.evidenceId} = ${evidenceItems.id} and ${controls.systemId} = ${f.systemId})`);
  }
  if (f.criterionId) where.push(coversCriteria([f.criterionId]));
  if (f.categoryCriteria) where.push(f.categoryCriteria.length ? coversCriteria(f.categoryCriteria) : sql`false`);
  if (f.from) where.push(sql`${evidenceItems.periodEnd} >= ${f.from}`);
  if (f.to) where.push(sql`${evidenceItems.periodStart} <= ${f.to}`);
  if (f.source) where.push(eq(evidenceItems.source, f.source));
  if (f.collectedBy) where.push(eq(evidenceItems.collectedByUserId, f.collectedBy));
  if (f.q) where.push(ilike(evidenceItems.title, `%${f.q.replace(/[\\%_]/g, (c) => '\\' + c)}%`));
  return where;
}

/** A page of items, newest first; `after` is the (created_at ISO, id) of the previous page's last item. */
export async function listEvidencePage(db: Db, scope: Scope, filter: EvidenceFilter, page: { after?: { key: string; id: string } | undefined; limit: number }): Promise<EvidenceRow[]> {
  const where = evidenceWhere(scope, filter);
  if (page.after) where.push(sql`(${evidenceItems.createdAt}, ${evidenceItems.id}) < (${page.after.key}::timestamptz, ${page.after.id}::uuid)`);
  return db.select().from(evidenceItems).where(and(...where)).orderBy(desc(evidenceItems.createdAt), desc(evidenceItems.id)).limit(page.limit);
}

export async function getEvidence(db: Db, scope: Scope, id: string): Promise<EvidenceRow | undefined> {
  const [row] = await db.select().from(evidenceItems).where(and(eq(evidenceItems.organizationId, scope.organizationId), eq(evidenceItems.id, id), evidenceLimit(scope)));
  return row;
}

/** The same, locking the row until the transaction ends (to supersede or remove it). */
export async function getEvidenceForUpdate(db: Db, scope: Scope, id: string): Promise<EvidenceRow | undefined> {
  const [row] = await db.select().from(evidenceItems).where(and(eq(evidenceItems.organizationId, scope.organizationId), eq(evidenceItems.id, id))).for('update');
  return row;
}

export async function getEvidenceByIds(db: Db, scope: Scope, ids: string[]): Promise<EvidenceRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(evidenceItems).where(and(eq(evidenceItems.organizationId, scope.organizationId), inArray(evidenceItems.id, ids), evidenceLimit(scope)));
}

export async function insertEvidence(db: Db, scope: Scope, values: EvidenceValues, links: { controlIds: string[]; criterionIds: string[] }): Promise<EvidenceRow> {
  const [row] = await db.insert(evidenceItems).values({ ...values, organizationId: scope.organizationId }).returning();
  const org = scope.organizationId;
  if (links.controlIds.length) await db.insert(evidenceControls).values(links.controlIds.map((controlId) => ({ organizationId: org, evidenceId: row!.id, controlId })));
  if (links.criterionIds.length) await db.insert(evidenceCriteria).values(links.criterionIds.map((criterionId) => ({ organizationId: org, evidenceId: row!.id, criterionId })));
  return row!;
}

/** Links the old item to its successor; false when it was no longer current (a concurrent change). */
export async function markSuperseded(db: Db, scope: Scope, id: string, supersededById: string): Promise<boolean> {
  const rows = await db
    .update(evidenceItems)
    .set({ supersededById })
    .where(and(eq(evidenceItems.organizationId, scope.organizationId), eq(evidenceItems.id, id), isNull(evidenceItems.supersededById), isNull(evidenceItems.removedAt)))
    .returning({ id: evidenceItems.id });
  return rows.length === 1;
}

/** Tombstones the item; false when it was no longer current. */
export async function markRemoved(db: Db, scope: Scope, id: string, removal: { at: Date; by: string; reason: string }): Promise<EvidenceRow | undefined> {
  const [row] = await db
    .update(evidenceItems)
    .set({ removedAt: removal.at, removedBy: removal.by, removedReason: removal.reason })
    .where(and(eq(evidenceItems.organizationId, scope.organizationId), eq(evidenceItems.id, id), isNull(evidenceItems.supersededById), isNull(evidenceItems.removedAt)))
    .returning();
  return row;
}

export interface EvidenceControlLink {
  evidenceId: string;
  id: string;
  code: string;
  title: string;
  systemId: string;
}

export async function listEvidenceControls(db: Db, scope: Scope, evidenceIds: string[]): Promise<EvidenceControlLink[]> {
  if (evidenceIds.length === 0) return [];
  return db
    .select({ evidenceId: evidenceControls.evidenceId, id: controls.id, code: controls.code, title: controls.title, systemId: controls.systemId })
    .from(evidenceControls)
    .innerJoin(controls, eq(controls.id, evidenceControls.controlId))
    .where(and(eq(evidenceControls.organizationId, scope.organizationId), inArray(evidenceControls.evidenceId, evidenceIds)))
    .orderBy(asc(controls.code), asc(controls.id));
}

export async function listEvidenceCriteria(db: Db, scope: Scope, evidenceIds: string[]): Promise<Array<{ evidenceId: string; criterionId: string }>> {
  if (evidenceIds.length === 0) return [];
  return db
    .select({ evidenceId: evidenceCriteria.evidenceId, criterionId: evidenceCriteria.criterionId })
    .from(evidenceCriteria)
    .where(and(eq(evidenceCriteria.organizationId, scope.organizationId), inArray(evidenceCriteria.evidenceId, evidenceIds)));
}

/** This organization's controls among the ids. */
export async function getControlsByIds(db: Db, scope: Scope, ids: string[]): Promise<Array<{ id: string; code: string; systemId: string }>> {
  if (ids.length === 0) return [];
  return db
    .select({ id: controls.id, code: controls.code, systemId: controls.systemId })
    .from(controls)
    .where(and(eq(controls.organizationId, scope.organizationId), inArray(controls.id, ids)));
}

/**
 * Whether any item, of any organization, records these bytes. The blob store is shared and
 * deduplicated across tenants, so a blob may only be deleted when no row at all names it.
 */
/**
 * Serializes, per blob hash, recording an item against stored bytes and discarding bytes nobody recorded:
 * without it a failed upload could remove a blob that a concurrent upload of the same bytes is recording.
 * Held until the caller's transaction ends.
 */
export async function lockBlob(tx: Db, sha256: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${'blob:' + sha256}))`);
}

/** Whether any record keeps these bytes: an evidence item, an engagement document, or a test plan's population. */
export async function isBlobReferenced(db: Db, sha256: string): Promise<boolean> {
  const [item] = await db.select({ id: evidenceItems.id }).from(evidenceItems).where(eq(evidenceItems.sha256, sha256)).limit(1);
  if (item) return true;
  const [doc] = await db.select({ id: engagementDocuments.id }).from(engagementDocuments).where(eq(engagementDocuments.sha256, sha256)).limit(1);
  if (doc) return true;
  const [plan] = await db.select({ id: testPlans.id }).from(testPlans).where(eq(testPlans.populationSha256, sha256)).limit(1);
  if (plan) return true;
  const [report] = await db.select({ id: reports.id }).from(reports).where(eq(reports.pdfSha256, sha256)).limit(1);
  return report !== undefined;
}

/**
 * What relies on an item staying in the record: requests that accepted it. Engagements that used it
 * join this list once engagements exist (their table arrives with the engagement slice).
 */
export async function listEvidenceUsages(db: Db, scope: Scope, evidenceId: string): Promise<Array<{ kind: 'request'; id: string; label: string }>> {
  const rows = await db
    .select({ id: requests.id, label: requests.title })
    .from(requestEvidence)
    .innerJoin(requests, eq(requests.id, requestEvidence.requestId))
    .where(and(eq(requestEvidence.organizationId, scope.organizationId), eq(requestEvidence.evidenceId, evidenceId), eq(requests.status, 'accepted')))
    .orderBy(asc(requests.title))
    .limit(20);
  return rows.map((r) => ({ kind: 'request' as const, ...r }));
}
