// Data access for the selected items of test plans: the ranked selection, each item's request and result.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from './client.ts';
import { requests, sampleItems } from './schema.ts';

export type SampleItemRow = typeof sampleItems.$inferSelect;
export type SampleItemView = SampleItemRow & { requestStatus: string | null };

export async function listItems(db: Db, engagementId: string, planIds: string[]): Promise<SampleItemView[]> {
  if (planIds.length === 0) return [];
  const rows = await db
    .select({ item: sampleItems, requestStatus: requests.status })
    .from(sampleItems)
    .leftJoin(requests, eq(requests.id, sampleItems.requestId))
    .where(and(eq(sampleItems.engagementId, engagementId), inArray(sampleItems.testPlanId, planIds)))
    .orderBy(asc(sampleItems.testPlanId), asc(sampleItems.rank));
  return rows.map((r) => ({ ...r.item, requestStatus: r.requestStatus }));
}

export async function getItem(db: Db, engagementId: string, planId: string, id: string): Promise<SampleItemRow | undefined> {
  const [row] = await db.select().from(sampleItems).where(and(eq(sampleItems.engagementId, engagementId), eq(sampleItems.testPlanId, planId), eq(sampleItems.id, id))).for('update');
  return row;
}

/** Inserts a selection, a thousand rows per statement. */
export async function insertItems(db: Db, engagementId: string, planId: string, items: Array<{ key: string; rank: number; hmac: string }>, at: Date): Promise<void> {
  const chunk = 1000;
  for (let i = 0; i < items.length; i += chunk) {
    const part = items.slice(i, i + chunk);
    await db.insert(sampleItems).values(part.map((it) => ({ engagementId, testPlanId: planId, key: it.key, rank: it.rank, hmac: it.hmac, updatedAt: at })));
  }
}

export async function deleteItems(db: Db, engagementId: string, planId: string): Promise<SampleItemRow[]> {
  return db.delete(sampleItems).where(and(eq(sampleItems.engagementId, engagementId), eq(sampleItems.testPlanId, planId))).returning();
}

export async function updateItem(db: Db, engagementId: string, id: string, values: Partial<Pick<SampleItemRow, 'requestId' | 'result' | 'notes' | 'evidenceIds'>>, at: Date): Promise<SampleItemRow> {
  const [row] = await db.update(sampleItems).set({ ...values, updatedAt: at }).where(and(eq(sampleItems.engagementId, engagementId), eq(sampleItems.id, id))).returning();
  return row!;
}
