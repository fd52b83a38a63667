// Data access for test exceptions: the firm's evaluation of a test with deviations and the organization's response.
import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Db } from './client.ts';
import { controls, testExceptions, testPlans } from './schema.ts';

export type ExceptionRow = typeof testExceptions.$inferSelect;
export type ExceptionValues = Pick<typeof testExceptions.$inferInsert, 'description' | 'rootCause' | 'classification' | 'evaluation' | 'criteriaNotMet' | 'material'>;

export async function listExceptions(db: Db, engagementId: string, planIds?: string[]): Promise<ExceptionRow[]> {
  const where = [eq(testExceptions.engagementId, engagementId)];
  if (planIds) where.push(inArray(testExceptions.testPlanId, planIds.length ? planIds : ['00000000-0000-0000-0000-000000000000']));
  return db.select().from(testExceptions).where(and(...where));
}

/** Sent exceptions with their control, for the organization. */
export async function listSentExceptions(db: Db, engagementId: string) {
  return db
    .select({ exception: testExceptions, control: { id: controls.id, code: controls.code, title: controls.title } })
    .from(testExceptions)
    .innerJoin(testPlans, eq(testPlans.id, testExceptions.testPlanId))
    .innerJoin(controls, eq(controls.id, testPlans.controlId))
    .where(and(eq(testExceptions.engagementId, engagementId), isNotNull(testExceptions.sentAt)))
    .orderBy(asc(controls.code));
}

export async function getExceptionForPlan(db: Db, engagementId: string, planId: string): Promise<ExceptionRow | undefined> {
  const [row] = await db.select().from(testExceptions).where(and(eq(testExceptions.engagementId, engagementId), eq(testExceptions.testPlanId, planId))).for('update');
  return row;
}

export async function getException(db: Db, engagementId: string, id: string): Promise<ExceptionRow | undefined> {
  const [row] = await db.select().from(testExceptions).where(and(eq(testExceptions.engagementId, engagementId), eq(testExceptions.id, id))).for('update');
  return row;
}

export async function upsertException(db: Db, engagementId: string, planId: string, values: ExceptionValues, at: Date): Promise<ExceptionRow> {
  const [row] = await db
    .insert(testExceptions)
    .values({ engagementId, testPlanId: planId, ...values, createdAt: at, updatedAt: at })
    .onConflictDoUpdate({ target: testExceptions.testPlanId, set: { ...values, updatedAt: at } })
    .returning();
  return row!;
}

export async function updateException(db: Db, engagementId: string, id: string, values: Partial<Pick<ExceptionRow, 'sentAt' | 'managementResponse' | 'respondedByLabel' | 'respondedAt'>>, at: Date): Promise<ExceptionRow> {
  const [row] = await db.update(testExceptions).set({ ...values, updatedAt: at }).where(and(eq(testExceptions.engagementId, engagementId), eq(testExceptions.id, id))).returning();
  return row!;
}
