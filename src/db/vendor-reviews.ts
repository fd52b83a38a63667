// Data access for vendor reviews and the SOC reports on file.
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from './client.ts';
import { vendorReports, vendorReviews } from './schema.ts';
import type { Scope } from '../services/context.ts';

export type VendorReviewRow = typeof vendorReviews.$inferSelect;
export type VendorReportRow = typeof vendorReports.$inferSelect;
export type VendorReviewValues = Omit<typeof vendorReviews.$inferInsert, 'id' | 'organizationId' | 'vendorId' | 'createdAt'>;
export type VendorReportValues = Omit<typeof vendorReports.$inferInsert, 'id' | 'organizationId' | 'vendorId' | 'createdAt'>;

/** The reviews of one vendor, newest first. */
export async function listReviews(db: Db, scope: Scope, vendorId: string, limit: number): Promise<VendorReviewRow[]> {
  return db
    .select()
    .from(vendorReviews)
    .where(and(eq(vendorReviews.organizationId, scope.organizationId), eq(vendorReviews.vendorId, vendorId)))
    .orderBy(desc(vendorReviews.reviewedOn), desc(vendorReviews.createdAt))
    .limit(limit);
}

/** The reports of one vendor, the latest period first. */
export async function listReports(db: Db, scope: Scope, vendorId: string, limit: number): Promise<VendorReportRow[]> {
  return db
    .select()
    .from(vendorReports)
    .where(and(eq(vendorReports.organizationId, scope.organizationId), eq(vendorReports.vendorId, vendorId)))
    .orderBy(desc(vendorReports.periodEnd), desc(vendorReports.createdAt))
    .limit(limit);
}

/** The latest review of each of the vendors (those never reviewed are absent). */
export async function latestReviews(db: Db, scope: Scope, vendorIds: string[]): Promise<VendorReviewRow[]> {
  if (vendorIds.length === 0) return [];
  return db
    .selectDistinctOn([vendorReviews.vendorId])
    .from(vendorReviews)
    .where(and(eq(vendorReviews.organizationId, scope.organizationId), inArray(vendorReviews.vendorId, vendorIds)))
    .orderBy(vendorReviews.vendorId, desc(vendorReviews.reviewedOn), desc(vendorReviews.createdAt));
}

/** The report with the latest period of each of the vendors. */
export async function latestReports(db: Db, scope: Scope, vendorIds: string[]): Promise<VendorReportRow[]> {
  if (vendorIds.length === 0) return [];
  return db
    .selectDistinctOn([vendorReports.vendorId])
    .from(vendorReports)
    .where(and(eq(vendorReports.organizationId, scope.organizationId), inArray(vendorReports.vendorId, vendorIds)))
    .orderBy(vendorReports.vendorId, desc(vendorReports.periodEnd), desc(vendorReports.createdAt));
}

export async function insertReview(db: Db, scope: Scope, vendorId: string, values: VendorReviewValues): Promise<VendorReviewRow> {
  const [row] = await db.insert(vendorReviews).values({ ...values, vendorId, organizationId: scope.organizationId }).returning();
  return row!;
}

export async function insertReport(db: Db, scope: Scope, vendorId: string, values: VendorReportValues): Promise<VendorReportRow> {
  const [row] = await db.insert(vendorReports).values({ ...values, vendorId, organizationId: scope.organizationId }).returning();
  return row!;
}
