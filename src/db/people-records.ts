// Data access for a person's records: background checks, training completions, access events.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from './client.ts';
import { accessEvents, backgroundChecks, trainings } from './schema.ts';
import type { Scope } from '../services/context.ts';

export type BackgroundCheckRow = typeof backgroundChecks.$inferSelect;
export type TrainingRow = typeof trainings.$inferSelect;
export type AccessEventRow = typeof accessEvents.$inferSelect;
type Values<T extends { $inferInsert: unknown }> = Omit<T['$inferInsert'], 'id' | 'organizationId' | 'createdAt'>;

export interface PersonRecords {
  backgroundChecks: BackgroundCheckRow[];
  trainings: TrainingRow[];
  accessEvents: AccessEventRow[];
}

const RECORDS_LIMIT = 100_000;

/** All records of the given people (of this organization), oldest first. */
export async function listRecords(db: Db, scope: Scope, personIds: string[]): Promise<PersonRecords> {
  if (personIds.length === 0) return { backgroundChecks: [], trainings: [], accessEvents: [] };
  const org = scope.organizationId;
  const checks = await db.select().from(backgroundChecks).where(and(eq(backgroundChecks.organizationId, org), inArray(backgroundChecks.personId, personIds))).orderBy(asc(backgroundChecks.createdAt)).limit(RECORDS_LIMIT);
  const done = await db.select().from(trainings).where(and(eq(trainings.organizationId, org), inArray(trainings.personId, personIds))).orderBy(asc(trainings.completedOn), asc(trainings.createdAt)).limit(RECORDS_LIMIT);
  const events = await db.select().from(accessEvents).where(and(eq(accessEvents.organizationId, org), inArray(accessEvents.personId, personIds))).orderBy(asc(accessEvents.on), asc(accessEvents.createdAt)).limit(RECORDS_LIMIT);
  return { backgroundChecks: checks, trainings: done, accessEvents: events };
}

export async function insertBackgroundCheck(db: Db, scope: Scope, values: Values<typeof backgroundChecks>): Promise<BackgroundCheckRow> {
  const [row] = await db.insert(backgroundChecks).values({ ...values, organizationId: scope.organizationId }).returning();
  return row!;
}

export async function insertTraining(db: Db, scope: Scope, values: Values<typeof trainings>): Promise<TrainingRow> {
  const [row] = await db.insert(trainings).values({ ...values, organizationId: scope.organizationId }).returning();
  return row!;
}

export async function insertAccessEvent(db: Db, scope: Scope, values: Values<typeof accessEvents>): Promise<AccessEventRow> {
  const [row] = await db.insert(accessEvents).values({ ...values, organizationId: scope.organizationId }).returning();
  return row!;
}
