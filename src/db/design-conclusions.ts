// Data access for Stage 1 design conclusions of an engagement (one row per criterion, control or description section).
// The caller has passed the engagement gate; every query is keyed by the engagement id.
import { and, asc, eq, inArray, isNotNull, isNull, ne } from 'drizzle-orm';
import type { Db } from './client.ts';
import { designConclusions } from './schema.ts';

export type DesignConclusionRow = typeof designConclusions.$inferSelect;
export type SubjectKind = DesignConclusionRow['subjectKind'];

export async function listConclusions(db: Db, engagementId: string, onlySent = false): Promise<DesignConclusionRow[]> {
  const where = onlySent ? and(eq(designConclusions.engagementId, engagementId), isNotNull(designConclusions.sentAt)) : eq(designConclusions.engagementId, engagementId);
  return db.select().from(designConclusions).where(where).orderBy(asc(designConclusions.subjectKind), asc(designConclusions.subject));
}

export async function getConclusion(db: Db, engagementId: string, kind: SubjectKind, subject: string, lock = false): Promise<DesignConclusionRow | undefined> {
  const query = db.select().from(designConclusions).where(and(eq(designConclusions.engagementId, engagementId), eq(designConclusions.subjectKind, kind), eq(designConclusions.subject, subject)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function getConclusionById(db: Db, engagementId: string, id: string, lock = false): Promise<DesignConclusionRow | undefined> {
  const query = db.select().from(designConclusions).where(and(eq(designConclusions.engagementId, engagementId), eq(designConclusions.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export interface ConclusionValues {
  conclusion: DesignConclusionRow['conclusion'];
  observation: string;
  material: boolean;
  recordedByLabel: string;
}

/** Records (or replaces) the conclusion on one subject. A sent observation stays sent; the response is kept. */
export async function upsertConclusion(db: Db, engagementId: string, kind: SubjectKind, subject: string, values: ConclusionValues, at: Date): Promise<DesignConclusionRow> {
  const [row] = await db
    .insert(designConclusions)
    .values({ engagementId, subjectKind: kind, subject, ...values, createdAt: at, updatedAt: at })
    .onConflictDoUpdate({ target: [designConclusions.engagementId, designConclusions.subjectKind, designConclusions.subject], set: { ...values, updatedAt: at } })
    .returning();
  return row!;
}

/** Marks unsent conclusions with an observation as sent (all of them, or those listed); returns the rows sent. */
export async function markSent(db: Db, engagementId: string, ids: string[] | undefined, at: Date): Promise<DesignConclusionRow[]> {
  const where = [eq(designConclusions.engagementId, engagementId), isNull(designConclusions.sentAt), ne(designConclusions.observation, '')];
  if (ids) where.push(inArray(designConclusions.id, ids.length ? ids : ['00000000-0000-0000-0000-000000000000']));
  return db.update(designConclusions).set({ sentAt: at }).where(and(...where)).returning();
}

export async function recordResponse(db: Db, engagementId: string, id: string, response: string, label: string, at: Date): Promise<DesignConclusionRow> {
  const [row] = await db
    .update(designConclusions)
    .set({ response, respondedByLabel: label, respondedAt: at })
    .where(and(eq(designConclusions.engagementId, engagementId), eq(designConclusions.id, id)))
    .returning();
  return row!;
}
