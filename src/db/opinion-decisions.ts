// Data access for the partner's opinion decisions: append-only rows, the latest is the one in force.
import { desc, eq } from 'drizzle-orm';
import type { Db } from './client.ts';
import { opinionDecisions } from './schema.ts';

export type OpinionDecisionRow = typeof opinionDecisions.$inferSelect;

export async function insertDecision(db: Db, values: Omit<typeof opinionDecisions.$inferInsert, 'id'> & { createdAt: Date }): Promise<OpinionDecisionRow> {
  const [row] = await db.insert(opinionDecisions).values(values).returning();
  return row!;
}

/** Every decision of the engagement, newest first. */
export async function listDecisions(db: Db, engagementId: string, limit = 200): Promise<OpinionDecisionRow[]> {
  return db.select().from(opinionDecisions).where(eq(opinionDecisions.engagementId, engagementId)).orderBy(desc(opinionDecisions.createdAt), desc(opinionDecisions.id)).limit(limit);
}
