// Data access for the personnel roster.
import { and, asc, eq, gt, inArray } from 'drizzle-orm';
import type { Db } from './client.ts';
import { people } from './schema.ts';
import type { Scope } from '../services/context.ts';

export type PersonRow = typeof people.$inferSelect;

/** A page of people ordered by email; `after` is the last email of the previous page. */
export async function listPeople(db: Db, scope: Scope, page: { after?: string | undefined; limit: number }) {
  const where = page.after ? and(eq(people.organizationId, scope.organizationId), gt(people.email, page.after)) : eq(people.organizationId, scope.organizationId);
  return db.select().from(people).where(where).orderBy(asc(people.email)).limit(page.limit);
}

export async function getPerson(db: Db, scope: Scope, id: string): Promise<PersonRow | undefined> {
  const [row] = await db.select().from(people).where(and(eq(people.organizationId, scope.organizationId), eq(people.id, id)));
  return row;
}

export async function getPeopleByIds(db: Db, scope: Scope, ids: string[]): Promise<PersonRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(people).where(and(eq(people.organizationId, scope.organizationId), inArray(people.id, ids)));
}

export async function getPersonByEmail(db: Db, scope: Scope, email: string): Promise<PersonRow | undefined> {
  const [row] = await db.select().from(people).where(and(eq(people.organizationId, scope.organizationId), eq(people.email, email)));
  return row;
}

export async function insertPerson(db: Db, scope: Scope, values: { name: string; email: string; title: string; department: string; userId: string | null }): Promise<PersonRow> {
  const [row] = await db.insert(people).values({ ...values, organizationId: scope.organizationId }).returning();
  return row!;
}
