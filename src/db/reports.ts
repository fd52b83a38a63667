// Data access for the SOC 2 report: firm settings, signing keys, management's assertions and issued reports.
// Reads of issued reports are keyed by a party's organization id (the firm's or the service organization's);
// the public verification asks by SHA-256 only, and gets what the verification page shows.
import { and, asc, desc, eq, or } from 'drizzle-orm';
import type { Db } from './client.ts';
import { firmReportSettings, managementAssertions, organizationSigningKeys, reports } from './schema.ts';

export type ReportRow = typeof reports.$inferSelect;
export type AssertionRow = typeof managementAssertions.$inferSelect;
export type SigningKeyRow = typeof organizationSigningKeys.$inferSelect;
export type FirmSettingsRow = typeof firmReportSettings.$inferSelect;

export async function getFirmSettings(db: Db, firmId: string): Promise<FirmSettingsRow | undefined> {
  const [row] = await db.select().from(firmReportSettings).where(eq(firmReportSettings.firmId, firmId));
  return row;
}

export async function saveFirmSettings(db: Db, firmId: string, values: { city: string; templates: Record<string, string> }, at: Date): Promise<FirmSettingsRow> {
  const [row] = await db
    .insert(firmReportSettings)
    .values({ firmId, ...values, updatedAt: at })
    .onConflictDoUpdate({ target: firmReportSettings.firmId, set: { ...values, updatedAt: at } })
    .returning();
  return row!;
}

export async function getSigningKey(db: Db, organizationId: string): Promise<SigningKeyRow | undefined> {
  const [row] = await db.select().from(organizationSigningKeys).where(eq(organizationSigningKeys.organizationId, organizationId));
  return row;
}

/** Stores a new key unless one exists already (two first issues at once keep the first key); returns the one in force. */
export async function insertSigningKey(db: Db, values: typeof organizationSigningKeys.$inferInsert): Promise<SigningKeyRow> {
  await db.insert(organizationSigningKeys).values(values).onConflictDoNothing();
  return (await getSigningKey(db, values.organizationId))!;
}

export async function latestAssertion(db: Db, engagementId: string): Promise<AssertionRow | undefined> {
  const [row] = await db.select().from(managementAssertions).where(eq(managementAssertions.engagementId, engagementId)).orderBy(desc(managementAssertions.acceptedAt)).limit(1);
  return row;
}

export async function insertAssertion(db: Db, values: typeof managementAssertions.$inferInsert): Promise<AssertionRow> {
  const [row] = await db.insert(managementAssertions).values(values).returning();
  return row!;
}

export async function insertReport(db: Db, values: typeof reports.$inferInsert): Promise<ReportRow> {
  const [row] = await db.insert(reports).values(values).returning();
  return row!;
}

/** Reports the organization is party to (as the firm or as the service organization), newest first. */
export async function listReportsFor(db: Db, organizationId: string): Promise<ReportRow[]> {
  return db.select().from(reports).where(or(eq(reports.firmId, organizationId), eq(reports.serviceOrgId, organizationId))).orderBy(desc(reports.issuedAt), desc(reports.version));
}

export async function getReportFor(db: Db, organizationId: string, id: string): Promise<ReportRow | undefined> {
  const [row] = await db.select().from(reports).where(and(eq(reports.id, id), or(eq(reports.firmId, organizationId), eq(reports.serviceOrgId, organizationId))));
  return row;
}

export async function listEngagementReports(db: Db, engagementId: string): Promise<ReportRow[]> {
  return db.select().from(reports).where(eq(reports.engagementId, engagementId)).orderBy(asc(reports.version));
}

export async function getReportBySha256(db: Db, sha256: string): Promise<ReportRow | undefined> {
  const [row] = await db.select().from(reports).where(eq(reports.pdfSha256, sha256));
  return row;
}

export async function getReportById(db: Db, id: string): Promise<ReportRow | undefined> {
  const [row] = await db.select().from(reports).where(eq(reports.id, id));
  return row;
}

/** The version that replaced this one, if any. */
export async function getReplacement(db: Db, id: string): Promise<ReportRow | undefined> {
  const [row] = await db.select().from(reports).where(eq(reports.replacesReportId, id)).limit(1);
  return row;
}

/** Every issued report on the instance (the operator's `attest report list`). */
export async function listAllReports(db: Db): Promise<ReportRow[]> {
  return db.select().from(reports).orderBy(asc(reports.issuedAt), asc(reports.version));
}
