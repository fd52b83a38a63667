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

export type PersonValues = Omit<typeof people.$inferInsert, 'id' | 'organizationId' | 'createdAt' | 'updatedAt'>;

export async function insertPerson(db: Db, scope: Scope, values: PersonValues): Promise<PersonRow> {
  const [row] = await db.insert(people).values({ ...values, organizationId: scope.organizationId }).returning();
  return row!;
}

export async function insertPeople(db: Db, scope: Scope, values: PersonValues[]): Promise<PersonRow[]> {
  const rows: PersonRow[] = [];
  for (let i = 0; i < values.length; i += 1000) {
    rows.push(...(await db.insert(people).values(values.slice(i, i + 1000).map((v) => ({ ...v, organizationId: scope.organizationId }))).returning()));
  }
  return rows;
}

export async function updatePerson(db: Db, scope: Scope, id: string, values: Partial<PersonValues>, at: Date): Promise<PersonRow> {
  const [row] = await db
    .update(people)
    .set({ ...values, updatedAt: at })
    .where(and(eq(people.organizationId, scope.organizationId), eq(people.id, id)))
    .returning();
  return row!;
}

export const ROSTER_LIMIT = 20_000;

/** The whole roster (bounded), for the import and the flag summary. */
export async function listRoster(db: Db, scope: Scope): Promise<PersonRow[]> {
  return db.select().from(people).where(eq(people.organizationId, scope.organizationId)).orderBy(asc(people.email)).limit(ROSTER_LIMIT);
}

export async function listReports(db: Db, scope: Scope, managerId: string): Promise<PersonRow[]> {
  return db.select().from(people).where(and(eq(people.organizationId, scope.organizationId), eq(people.managerId, managerId))).orderBy(asc(people.email)).limit(1000);
}
