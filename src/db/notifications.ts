// Data access for in-app notifications: always one user's own, within one organization.
import { and, count, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from './client.ts';
import { notifications, users } from './schema.ts';
import type { Scope } from '../services/context.ts';

export type NotificationRow = typeof notifications.$inferSelect;
export type NotificationValues = Omit<typeof notifications.$inferInsert, 'id' | 'organizationId' | 'readAt'>;

/** Inserts notifications; one whose dedupe key the user already has is skipped. Returns those inserted. */
export async function insertNotifications(db: Db, scope: Scope, values: NotificationValues[]): Promise<NotificationRow[]> {
  if (values.length === 0) return [];
  return db
    .insert(notifications)
    .values(values.map((v) => ({ ...v, organizationId: scope.organizationId })))
    .onConflictDoNothing({ target: [notifications.organizationId, notifications.userId, notifications.dedupeKey] })
    .returning();
}

/** A page of the user's notifications, newest first; `after` is the (created_at, id) of the previous page's last one. */
export async function listNotifications(db: Db, scope: Scope, userId: string, filter: { unreadOnly: boolean }, page: { after?: { at: Date; id: string } | undefined; limit: number }): Promise<NotificationRow[]> {
  const where: SQL[] = [eq(notifications.organizationId, scope.organizationId), eq(notifications.userId, userId)];
  if (filter.unreadOnly) where.push(isNull(notifications.readAt));
  if (page.after) where.push(sql`(${notifications.createdAt}, ${notifications.id}) < (${page.after.at.toISOString()}::timestamptz, ${page.after.id}::uuid)`);
  return db.select().from(notifications).where(and(...where)).orderBy(desc(notifications.createdAt), desc(notifications.id)).limit(page.limit);
}

export async function countUnread(db: Db, scope: Scope, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.organizationId, scope.organizationId), eq(notifications.userId, userId), isNull(notifications.readAt)));
  return Number(row?.n ?? 0);
}

/** Marks one notification read (keeping the first read time). */
export async function markRead(db: Db, scope: Scope, userId: string, id: string, at: Date): Promise<NotificationRow | undefined> {
  const [row] = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, ${at.toISOString()}::timestamptz)` })
    .where(and(eq(notifications.organizationId, scope.organizationId), eq(notifications.userId, userId), eq(notifications.id, id)))
    .returning();
  return row;
}

export async function markAllRead(db: Db, scope: Scope, userId: string, at: Date): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: at })
    .where(and(eq(notifications.organizationId, scope.organizationId), eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

/** The email addresses of users (for sending notifications by mail). */
export async function getUserEmails(db: Db, userIds: string[]): Promise<Map<string, { email: string; name: string }>> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: users.id, email: users.email, name: users.name }).from(users).where(inArray(users.id, ids));
  return new Map(rows.map((r) => [r.id, { email: r.email, name: r.name }]));
}
