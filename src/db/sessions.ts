// Data access for server-side sessions (the cookie holds a random token; the table its keyed hash).
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from './client.ts';
import { sessions } from './schema.ts';

export type SessionRow = typeof sessions.$inferSelect;

export async function insertSession(db: Db, values: typeof sessions.$inferInsert) {
  await db.insert(sessions).values(values);
}

export async function getLiveSession(db: Db, id: string, now: Date): Promise<SessionRow | undefined> {
  const [row] = await db.select().from(sessions).where(and(eq(sessions.id, id), gt(sessions.expiresAt, now)));
  return row;
}

export async function updateSession(db: Db, id: string, changes: Partial<Pick<SessionRow, 'activeOrganizationId' | 'mfaVerified' | 'lastSeenAt' | 'expiresAt'>>) {
  await db.update(sessions).set(changes).where(eq(sessions.id, id));
}

export async function deleteSession(db: Db, id: string) {
  await db.delete(sessions).where(eq(sessions.id, id));
}

export async function deleteExpiredSessions(db: Db, now: Date) {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}
