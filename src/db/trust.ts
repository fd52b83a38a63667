// Data access for the trust portal. Organization-side reads and writes are keyed by the organization id; the public
// page is found by its slug, and a prospect's access by the hash of its secret.
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from './client.ts';
import { bridgeLetters, trustAccessLog, trustAccessRequests, trustPages } from './schema.ts';

export type TrustPageRow = typeof trustPages.$inferSelect;
export type AccessRequestRow = typeof trustAccessRequests.$inferSelect;
export type AccessLogRow = typeof trustAccessLog.$inferSelect;
export type BridgeLetterRow = typeof bridgeLetters.$inferSelect;

export async function getTrustPage(db: Db, organizationId: string): Promise<TrustPageRow | undefined> {
  const [row] = await db.select().from(trustPages).where(eq(trustPages.organizationId, organizationId));
  return row;
}

export async function getTrustPageBySlug(db: Db, slug: string): Promise<TrustPageRow | undefined> {
  const [row] = await db.select().from(trustPages).where(sql`lower(${trustPages.slug}) = lower(${slug})`);
  return row;
}

export async function saveTrustPage(db: Db, organizationId: string, values: Omit<typeof trustPages.$inferInsert, 'organizationId'>): Promise<TrustPageRow> {
  const [row] = await db.insert(trustPages).values({ organizationId, ...values }).onConflictDoUpdate({ target: trustPages.organizationId, set: values }).returning();
  return row!;
}

export async function insertAccessRequest(db: Db, values: typeof trustAccessRequests.$inferInsert): Promise<AccessRequestRow> {
  const [row] = await db.insert(trustAccessRequests).values(values).returning();
  return row!;
}

export async function listAccessRequests(db: Db, organizationId: string, limit = 500): Promise<AccessRequestRow[]> {
  return db.select().from(trustAccessRequests).where(eq(trustAccessRequests.organizationId, organizationId)).orderBy(desc(trustAccessRequests.createdAt)).limit(limit);
}

export async function getAccessRequest(db: Db, organizationId: string, id: string): Promise<AccessRequestRow | undefined> {
  const [row] = await db.select().from(trustAccessRequests).where(and(eq(trustAccessRequests.organizationId, organizationId), eq(trustAccessRequests.id, id)));
  return row;
}

export async function getAccessByToken(db: Db, organizationId: string, tokenHash: string): Promise<AccessRequestRow | undefined> {
  const [row] = await db.select().from(trustAccessRequests).where(and(eq(trustAccessRequests.organizationId, organizationId), eq(trustAccessRequests.tokenHash, tokenHash)));
  return row;
}

export async function updateAccessRequest(db: Db, id: string, values: Partial<typeof trustAccessRequests.$inferInsert>): Promise<AccessRequestRow> {
  const [row] = await db.update(trustAccessRequests).set(values).where(eq(trustAccessRequests.id, id)).returning();
  return row!;
}

export async function insertAccessLog(db: Db, values: typeof trustAccessLog.$inferInsert): Promise<void> {
  await db.insert(trustAccessLog).values(values);
}

export async function listAccessLog(db: Db, organizationId: string, limit = 10_000): Promise<AccessLogRow[]> {
  return db.select().from(trustAccessLog).where(eq(trustAccessLog.organizationId, organizationId)).orderBy(desc(trustAccessLog.at)).limit(limit);
}

/** A recipient's copy by its SHA-256 (verification names who a leaked copy was prepared for). */
export async function getCopyBySha256(db: Db, sha256: string): Promise<AccessLogRow | undefined> {
  const [row] = await db.select().from(trustAccessLog).where(eq(trustAccessLog.copySha256, sha256)).limit(1);
  return row;
}

export async function insertBridgeLetter(db: Db, values: typeof bridgeLetters.$inferInsert): Promise<BridgeLetterRow> {
  const [row] = await db.insert(bridgeLetters).values(values).returning();
  return row!;
}

export async function listBridgeLetters(db: Db, organizationId: string): Promise<BridgeLetterRow[]> {
  return db.select().from(bridgeLetters).where(eq(bridgeLetters.organizationId, organizationId)).orderBy(desc(bridgeLetters.createdAt));
}

export async function getBridgeLetter(db: Db, organizationId: string, id: string): Promise<BridgeLetterRow | undefined> {
  const [row] = await db.select().from(bridgeLetters).where(and(eq(bridgeLetters.organizationId, organizationId), eq(bridgeLetters.id, id)));
  return row;
}

export async function updateBridgeLetter(db: Db, id: string, values: Partial<typeof bridgeLetters.$inferInsert>): Promise<BridgeLetterRow> {
  const [row] = await db.update(bridgeLetters).set(values).where(eq(bridgeLetters.id, id)).returning();
  return row!;
}
