// Data access for test plans of an engagement, their sign-offs and the notes on them.
// The caller has passed the engagement gate; every query is keyed by the engagement id.
import { and, asc, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from './client.ts';
import { controls, signoffs, testPlans, workpaperNotes } from './schema.ts';

export type TestPlanRow = typeof testPlans.$inferSelect;
export type TestPlanValues = Partial<Omit<typeof testPlans.$inferInsert, 'id' | 'engagementId' | 'controlId' | 'createdAt'>>;
export type SignoffRow = typeof signoffs.$inferSelect;
export type NoteRow = typeof workpaperNotes.$inferSelect;

export interface PlanControl {
  id: string;
  code: string;
  title: string;
  frequency: string;
  nature: string;
  criteria: string[];
  systemId: string;
  organizationId: string;
}

export interface PlanWithControl {
  plan: TestPlanRow;
  control: PlanControl;
}

const controlColumns = {
  id: controls.id, code: controls.code, title: controls.title, frequency: controls.frequency, nature: controls.nature,
  criteria: controls.criteria, systemId: controls.systemId, organizationId: controls.organizationId,
};

export async function listPlans(db: Db, engagementId: string): Promise<PlanWithControl[]> {
  return db
    .select({ plan: testPlans, control: controlColumns })
    .from(testPlans)
    .innerJoin(controls, eq(controls.id, testPlans.controlId))
    .where(eq(testPlans.engagementId, engagementId))
    .orderBy(asc(controls.code), asc(testPlans.id))
    .limit(5000);
}

export async function getPlan(db: Db, engagementId: string, id: string, lock = false): Promise<PlanWithControl | undefined> {
  const query = db
    .select({ plan: testPlans, control: controlColumns })
    .from(testPlans)
    .innerJoin(controls, eq(controls.id, testPlans.controlId))
    .where(and(eq(testPlans.engagementId, engagementId), eq(testPlans.id, id)));
  const [row] = lock ? await query.for('update', { of: testPlans }) : await query;
  return row;
}

/** The control ids that already have a plan in the engagement. */
export async function plannedControlIds(db: Db, engagementId: string): Promise<Set<string>> {
  const rows = await db.select({ id: testPlans.controlId }).from(testPlans).where(eq(testPlans.engagementId, engagementId));
  return new Set(rows.map((r) => r.id));
}

export async function insertPlans(db: Db, values: Array<{ engagementId: string; controlId: string; procedures: { type: string; text: string }[]; createdAt: Date }>): Promise<TestPlanRow[]> {
  if (values.length === 0) return [];
  return db.insert(testPlans).values(values.map((v) => ({ ...v, updatedAt: v.createdAt }))).onConflictDoNothing().returning();
}

export async function updatePlan(db: Db, engagementId: string, id: string, values: TestPlanValues, at: Date): Promise<TestPlanRow> {
  const [row] = await db.update(testPlans).set({ ...values, updatedAt: at }).where(and(eq(testPlans.engagementId, engagementId), eq(testPlans.id, id))).returning();
  return row!;
}

/** The active controls of a system (the client's), for planning. */
export async function listSystemControls(db: Db, organizationId: string, systemId: string, ids?: string[]): Promise<PlanControl[]> {
  const where = [eq(controls.organizationId, organizationId), eq(controls.systemId, systemId), eq(controls.status, 'active')];
  if (ids) where.push(inArray(controls.id, ids.length ? ids : ['00000000-0000-0000-0000-000000000000']));
  return db.select(controlColumns).from(controls).where(and(...where)).orderBy(asc(controls.code)).limit(5000);
}

// ---- sign-offs

/** The current (not superseded) sign-offs of the plans. */
export async function currentSignoffs(db: Db, planIds: string[]): Promise<SignoffRow[]> {
  if (planIds.length === 0) return [];
  return db.select().from(signoffs).where(and(inArray(signoffs.testPlanId, planIds), isNull(signoffs.supersededAt))).orderBy(desc(signoffs.signedAt));
}

/** Records a sign-off; the earlier one of the same role on the plan is superseded. */
export async function insertSignoff(db: Db, values: { engagementId: string; testPlanId: string; role: SignoffRow['role']; userId: string | null; label: string; digest: string; signedAt: Date }): Promise<SignoffRow> {
  await db.update(signoffs).set({ supersededAt: values.signedAt }).where(and(eq(signoffs.testPlanId, values.testPlanId), eq(signoffs.role, values.role), isNull(signoffs.supersededAt)));
  const [row] = await db.insert(signoffs).values(values).returning();
  return row!;
}

// ---- notes

export async function listNotes(db: Db, engagementId: string, filter: { testPlanId?: string | undefined; onlyShared: boolean }): Promise<NoteRow[]> {
  const where = [eq(workpaperNotes.engagementId, engagementId)];
  if (filter.testPlanId) where.push(eq(workpaperNotes.testPlanId, filter.testPlanId));
  if (filter.onlyShared) where.push(eq(workpaperNotes.shared, true));
  return db.select().from(workpaperNotes).where(and(...where)).orderBy(asc(workpaperNotes.createdAt), asc(workpaperNotes.id)).limit(5000);
}

export async function getNote(db: Db, engagementId: string, id: string): Promise<NoteRow | undefined> {
  const [row] = await db.select().from(workpaperNotes).where(and(eq(workpaperNotes.engagementId, engagementId), eq(workpaperNotes.id, id))).for('update');
  return row;
}

export async function insertNote(db: Db, values: typeof workpaperNotes.$inferInsert): Promise<NoteRow> {
  const [row] = await db.insert(workpaperNotes).values(values).returning();
  return row!;
}

export async function updateNote(db: Db, engagementId: string, id: string, values: { resolvedAt?: Date | null; shared?: boolean }): Promise<NoteRow> {
  const [row] = await db.update(workpaperNotes).set(values).where(and(eq(workpaperNotes.engagementId, engagementId), eq(workpaperNotes.id, id))).returning();
  return row!;
}

/** Unresolved review notes per plan. */
export async function countOpenReviewNotes(db: Db, engagementId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ planId: workpaperNotes.testPlanId, n: count() })
    .from(workpaperNotes)
    .where(and(eq(workpaperNotes.engagementId, engagementId), eq(workpaperNotes.kind, 'review_note'), isNull(workpaperNotes.resolvedAt)))
    .groupBy(workpaperNotes.testPlanId);
  return new Map(rows.filter((r) => r.planId !== null).map((r) => [r.planId!, Number(r.n)]));
}
