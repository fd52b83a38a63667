// Failed logins, counted per account and per IP address for throttling.
import { and, count, eq, gt, lt } from 'drizzle-orm';
import type { Db } from './client.ts';
import { loginFailures } from './schema.ts';

export async function recordLoginFailure(db: Db, email: string, ip: string, at: Date) {
  await db.insert(loginFailures).values({ email, ip, at });
}

export async function countRecentFailures(db: Db, since: Date, by: { email: string } | { ip: string }): Promise<number> {
  const where = 'email' in by ? eq(loginFailures.email, by.email) : eq(loginFailures.ip, by.ip);
  const [row] = await db.select({ n: count() }).from(loginFailures).where(and(where, gt(loginFailures.at, since)));
  return Number(row?.n ?? 0);
}

export async function clearFailures(db: Db, email: string) {
  await db.delete(loginFailures).where(eq(loginFailures.email, email));
}

export async function pruneFailures(db: Db, before: Date) {
  await db.delete(loginFailures).where(lt(loginFailures.at, before));
}
