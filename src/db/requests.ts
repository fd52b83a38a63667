// Data access for requests (the PBC list): the requests, their controls, comment threads and attached evidence.
import { and, asc, count, desc, eq, ilike, inArray, isNull, lt, lte, gte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from './client.ts';
import { engagementLimit } from './limits.ts';
import { controls, evidenceItems, memberships, requestComments, requestControls, requestEvidence, requests, users } from './schema.ts';
import type { Scope } from '../services/context.ts';

export type RequestRow = typeof requests.$inferSelect;
export type RequestValues = Omit<typeof requests.$inferInsert, 'id' | 'organizationId'>;
export type CommentRow = typeof requestComments.$inferSelect;

export interface RequestFilter {
  status?: string | undefined;
  assigneeId?: string | undefined;
  due?: 'overdue' | 'due_soon' | 'no_due_date' | undefined;
  /** For the due filter: today and the last day that counts as "due soon". */
  today: string;
  soonUntil: string;
  controlId?: string | undefined;
  engagementId?: string | undefined;
  q?: string | undefined;
}

const UNANSWERED = ['open', 'returned'];

function requestWhere(scope: Scope, f: RequestFilter): SQL[] {
  const where: SQL[] = [eq(requests.organizationId, scope.organizationId)];
  const limit = engagementLimit(scope, requests.engagementId);
  if (limit) where.push(limit);
  if (f.status) where.push(eq(requests.status, f.status as RequestRow['status']));
  if (f.assigneeId) where.push(eq(requests.assigneeId, f.assigneeId));
  if (f.due === 'no_due_date') where.push(isNull(requests.dueOn));
  if (f.due === 'overdue') where.push(inArray(requests.status, UNANSWERED as RequestRow['status'][]), lt(requests.dueOn, f.today));
  if (f.due === 'due_soon') where.push(inArray(requests.status, UNANSWERED as RequestRow['status'][]), gte(requests.dueOn, f.today), lte(requests.dueOn, f.soonUntil));
  if (f.engagementId === 'none') where.push(isNull(requests.engagementId));
  else if (f.engagementId) where.push(eq(requests.engagementId, f.engagementId));
  if (f.controlId) {
    where.push(sql`exists (select 1 from ${requestControls} where ${requestControls.requestId} = ${requests.id} and ${requestControls.controlId} = ${f.controlId}::uuid)`);
  }
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
    where.push(or(ilike(requests.title, like), ilike(requests.description, like))!);
  }
  return where;
}

/** A page of requests, newest first; `after` is the (created_at, id) of the previous page's last request. */
export async function listRequests(db: Db, scope: Scope, filter: RequestFilter, page: { after?: { at: Date; id: string } | undefined; limit: number }): Promise<RequestRow[]> {
  const where = requestWhere(scope, filter);
  if (page.after) where.push(sql`(${requests.createdAt}, ${requests.id}) < (${page.after.at.toISOString()}::timestamptz, ${page.after.id}::uuid)`);
  return db.select().from(requests).where(and(...where)).orderBy(desc(requests.createdAt), desc(requests.id)).limit(page.limit);
}

export async function getRequest(db: Db, scope: Scope, id: string): Promise<RequestRow | undefined> {
  const [row] = await db.select().from(requests).where(and(eq(requests.organizationId, scope.organizationId), eq(requests.id, id), engagementLimit(scope, requests.engagementId)));
  return row;
}

/** Locks the request row for a status change (two reviewers accepting and returning at once queue). */
export async function getRequestForUpdate(db: Db, scope: Scope, id: string): Promise<RequestRow | undefined> {
  const [row] = await db.select().from(requests).where(and(eq(requests.organizationId, scope.organizationId), eq(requests.id, id))).for('update');
  return row;
}

export async function insertRequests(db: Db, scope: Scope, values: RequestValues[]): Promise<RequestRow[]> {
  if (values.length === 0) return [];
  return db.insert(requests).values(values.map((v) => ({ ...v, organizationId: scope.organizationId }))).returning();
}

export async function updateRequest(db: Db, scope: Scope, id: string, values: Partial<RequestValues>, at: Date): Promise<RequestRow> {
  const [row] = await db.update(requests).set({ ...values, updatedAt: at }).where(and(eq(requests.organizationId, scope.organizationId), eq(requests.id, id))).returning();
  return row!;
}

export interface ControlRef { requestId: string; id: string; code: string; title: string; systemId: string }

export async function listRequestControls(db: Db, scope: Scope, requestIds: string[]): Promise<ControlRef[]> {
  if (requestIds.length === 0) return [];
  return db
    .select({ requestId: requestControls.requestId, id: controls.id, code: controls.code, title: controls.title, systemId: controls.systemId })
    .from(requestControls)
    .innerJoin(controls, eq(controls.id, requestControls.controlId))
    .where(and(eq(requestControls.organizationId, scope.organizationId), inArray(requestControls.requestId, requestIds)))
    .orderBy(asc(controls.code));
}

export async function replaceRequestControls(db: Db, scope: Scope, requestId: string, controlIds: string[]): Promise<void> {
  await db.delete(requestControls).where(and(eq(requestControls.organizationId, scope.organizationId), eq(requestControls.requestId, requestId)));
  await insertRequestControls(db, scope, controlIds.map((controlId) => ({ requestId, controlId })));
}

export async function insertRequestControls(db: Db, scope: Scope, links: { requestId: string; controlId: string }[]): Promise<void> {
  if (links.length === 0) return;
  await db.insert(requestControls).values(links.map((l) => ({ ...l, organizationId: scope.organizationId })));
}

/** This organization's controls among the ids. */
export async function getControlRefs(db: Db, scope: Scope, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: controls.id, code: controls.code, title: controls.title, systemId: controls.systemId })
    .from(controls)
    .where(and(eq(controls.organizationId, scope.organizationId), inArray(controls.id, ids)));
}

/** This organization's active controls (optionally of one system), for resolving codes in an import. */
export async function listActiveControlRefs(db: Db, scope: Scope, systemId: string | null) {
  const where: SQL[] = [eq(controls.organizationId, scope.organizationId), eq(controls.status, 'active')];
  if (systemId) where.push(eq(controls.systemId, systemId));
  return db.select({ id: controls.id, code: controls.code, title: controls.title, systemId: controls.systemId }).from(controls).where(and(...where)).limit(20_000);
}

/** This organization's members among the user ids, with their names and emails. */
export async function getMemberRefs(db: Db, scope: Scope, userIds: string[]) {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return [];
  return db
    .select({ id: users.id, label: users.name, email: users.email, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, scope.organizationId), inArray(memberships.userId, ids)));
}

/** Names of users (members or former members) by id, for labels. */
export async function getUserLabels(db: Db, userIds: string[]): Promise<Map<string, string>> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function insertComment(db: Db, scope: Scope, values: Omit<typeof requestComments.$inferInsert, 'id' | 'organizationId'>): Promise<CommentRow> {
  const [row] = await db.insert(requestComments).values({ ...values, organizationId: scope.organizationId }).returning();
  return row!;
}

export async function listComments(db: Db, scope: Scope, requestId: string, limit: number): Promise<CommentRow[]> {
  return db
    .select()
    .from(requestComments)
    .where(and(eq(requestComments.organizationId, scope.organizationId), eq(requestComments.requestId, requestId)))
    .orderBy(asc(requestComments.createdAt), asc(requestComments.id))
    .limit(limit);
}

async function countBy(db: Db, scope: Scope, table: typeof requestComments | typeof requestEvidence, requestIds: string[]): Promise<Map<string, number>> {
  if (requestIds.length === 0) return new Map();
  const rows = await db
    .select({ requestId: table.requestId, n: count() })
    .from(table)
    .where(and(eq(table.organizationId, scope.organizationId), inArray(table.requestId, requestIds)))
    .groupBy(table.requestId);
  return new Map(rows.map((r) => [r.requestId, Number(r.n)]));
}
export const countComments = (db: Db, scope: Scope, ids: string[]) => countBy(db, scope, requestComments, ids);
export const countAttachments = (db: Db, scope: Scope, ids: string[]) => countBy(db, scope, requestEvidence, ids);

/** This organization's evidence item, or undefined. */
export async function getEvidenceRef(db: Db, scope: Scope, evidenceId: string) {
  const [row] = await db
    .select({ id: evidenceItems.id, title: evidenceItems.title })
    .from(evidenceItems)
    .where(and(eq(evidenceItems.organizationId, scope.organizationId), eq(evidenceItems.id, evidenceId)));
  return row;
}

/** Attaches evidence; false when it was attached already. */
export async function insertAttachment(db: Db, scope: Scope, values: { requestId: string; evidenceId: string; attachedById: string | null; attachedByLabel: string; attachedAt: Date }): Promise<boolean> {
  const rows = await db.insert(requestEvidence).values({ ...values, organizationId: scope.organizationId }).onConflictDoNothing().returning({ id: requestEvidence.evidenceId });
  return rows.length > 0;
}

/** Detaches evidence; false when it was not attached. */
export async function deleteAttachment(db: Db, scope: Scope, requestId: string, evidenceId: string): Promise<boolean> {
  const rows = await db
    .delete(requestEvidence)
    .where(and(eq(requestEvidence.organizationId, scope.organizationId), eq(requestEvidence.requestId, requestId), eq(requestEvidence.evidenceId, evidenceId)))
    .returning({ id: requestEvidence.evidenceId });
  return rows.length > 0;
}

export async function listAttachments(db: Db, scope: Scope, requestId: string, limit: number) {
  return db
    .select({
      evidenceId: requestEvidence.evidenceId,
      attachedAt: requestEvidence.attachedAt,
      attachedById: requestEvidence.attachedById,
      attachedByLabel: requestEvidence.attachedByLabel,
      title: evidenceItems.title,
      fileName: evidenceItems.fileName,
      supersededById: evidenceItems.supersededById,
      removedAt: evidenceItems.removedAt,
    })
    .from(requestEvidence)
    .innerJoin(evidenceItems, eq(evidenceItems.id, requestEvidence.evidenceId))
    .where(and(eq(requestEvidence.organizationId, scope.organizationId), eq(requestEvidence.requestId, requestId)))
    .orderBy(asc(requestEvidence.attachedAt))
    .limit(limit);
}

/**
 * Housekeeping (every organization): unanswered requests with an assignee due on or before `until`,
 * in pages by id (`after` is the previous page's last id).
 */
export async function listRequestsDueBy(db: Db, until: string, after: string | null, limit: number): Promise<RequestRow[]> {
  const where: SQL[] = [inArray(requests.status, UNANSWERED as RequestRow['status'][]), lte(requests.dueOn, until), sql`${requests.assigneeId} is not null`];
  if (after) where.push(sql`${requests.id} > ${after}::uuid`);
  return db.select().from(requests).where(and(...where)).orderBy(asc(requests.id)).limit(limit);
}
