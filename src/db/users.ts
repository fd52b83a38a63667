// Data access for users (people; an account may belong to several organizations).
import { and, count, eq, isNull } from 'drizzle-orm';
import type { Db } from './client.ts';
import { recoveryCodes, users } from './schema.ts';

export type UserRow = typeof users.$inferSelect;

export async function getUserById(db: Db, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function getUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
  return row;
}

export async function countUsers(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users);
  return Number(row?.n ?? 0);
}

export async function insertUser(db: Db, values: { email: string; name: string; passwordHash: string }): Promise<UserRow> {
  const [row] = await db.insert(users).values({ ...values, email: values.email.toLowerCase() }).returning();
  return row!;
}

export async function updateUser(db: Db, id: string, changes: Partial<Pick<UserRow, 'totpSecret' | 'totpPending' | 'totpLastStep' | 'name' | 'passwordHash'>>) {
  await db.update(users).set(changes).where(eq(users.id, id));
}

export async function replaceRecoveryCodes(db: Db, userId: string, codeHashes: string[]) {
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  if (codeHashes.length) await db.insert(recoveryCodes).values(codeHashes.map((codeHash) => ({ userId, codeHash })));
}

/** Marks a matching unused recovery code as used; returns how many remain, or null when none matched. */
export async function useRecoveryCode(db: Db, userId: string, codeHash: string, at: Date): Promise<number | null> {
  const used = await db
    .update(recoveryCodes)
    .set({ usedAt: at })
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, codeHash), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  if (used.length === 0) return null;
  const [row] = await db
    .select({ n: count() })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return Number(row?.n ?? 0);
}
