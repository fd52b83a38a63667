// The SOC 2 report: the firm's wording and signing key, management's assertion, and issued reports.
// An issued report is immutable: its PDF is a blob, its SHA-256 and the firm's Ed25519 signature are here and
// in the ledger; a correction is a new row that names the one it replaces.
import { date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organizations, users } from './schema-core.ts';
import { engagements } from './schema-engagements.ts';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const createdAt = () => at('created_at').notNull().defaultNow();

/** A firm's report settings: the city its reports are signed in and its edits to the default wording. */
export const firmReportSettings = pgTable('firm_report_settings', {
  firmId: uuid('firm_id').primaryKey().references(() => organizations.id, { onDelete: 'cascade' }),
  city: text('city').notNull().default(''),
  /** Template key → text with {{placeholders}}; keys absent here use attest's default wording. */
  templates: jsonb('templates').$type<Record<string, string>>().notNull().default({}),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

/**
 * An organization's Ed25519 signing key (an audit firm signs its issued reports with it). Created on first use.
 * The private key is kept in the database so that several app processes sign with one key; an HSM or KMS is
 * the stronger home for it and the column is the one place to change.
 */
export const organizationSigningKeys = pgTable('organization_signing_keys', {
  organizationId: uuid('organization_id').primaryKey().references(() => organizations.id, { onDelete: 'cascade' }),
  keyId: text('key_id').notNull(),
  publicKeyPem: text('public_key_pem').notNull(),
  privateKeyPem: text('private_key_pem').notNull(),
  createdAt: createdAt(),
});

/** Management's assertion (Section II) as accepted by the organization's admin; the latest acceptance counts. */
export const managementAssertions = pgTable('management_assertions', {
  id: uuid('id').primaryKey().defaultRandom(),
  engagementId: uuid('engagement_id').notNull().references(() => engagements.id, { onDelete: 'cascade' }),
  /** The assertion's paragraphs exactly as accepted, and their SHA-256, so a later change is visible. */
  text: text('text').notNull(),
  sha256: text('sha256').notNull(),
  acceptedBy: uuid('accepted_by').references(() => users.id, { onDelete: 'set null' }),
  acceptedByLabel: text('accepted_by_label').notNull(),
  acceptedAt: at('accepted_at').notNull().defaultNow(),
}, (t) => [index('management_assertions_engagement_idx').on(t.engagementId, t.acceptedAt)]);

/** One issued version of an engagement's SOC 2 report. */
export const reports = pgTable('reports', {
  id: uuid('id').primaryKey().defaultRandom(),
  engagementId: uuid('engagement_id').notNull().references(() => engagements.id, { onDelete: 'restrict' }),
  firmId: uuid('firm_id').notNull().references(() => organizations.id, { onDelete: 'restrict' }),
  serviceOrgId: uuid('service_org_id').notNull().references(() => organizations.id, { onDelete: 'restrict' }),
  version: integer('version').notNull(),
  /** The version this one corrects, with the reason; null for the first issue. */
  replacesReportId: uuid('replaces_report_id'),
  correctionReason: text('correction_reason'),
  reportType: text('report_type', { enum: ['type1', 'type2'] }).notNull(),
  asOfDate: date('as_of_date', { mode: 'string' }),
  periodStart: date('period_start', { mode: 'string' }),
  periodEnd: date('period_end', { mode: 'string' }),
  reportDate: date('report_date', { mode: 'string' }).notNull(),
  organizationName: text('organization_name').notNull(),
  firmName: text('firm_name').notNull(),
  systemName: text('system_name').notNull(),
  opinion: text('opinion', { enum: ['unqualified', 'qualified', 'adverse', 'disclaimer'] }).notNull(),
  /** The report's inputs as issued: the DOCX and HTML are rendered again from them, byte for byte. */
  input: jsonb('input').$type<Record<string, unknown>>().notNull(),
  templates: jsonb('templates').$type<Record<string, string>>().notNull(),
  pdfSha256: text('pdf_sha256').notNull(),
  pdfSize: integer('pdf_size').notNull(),
  /** Base64 Ed25519 signature of the PDF's bytes by the firm's key `keyId`. */
  signature: text('signature').notNull(),
  keyId: text('key_id').notNull(),
  issuedBy: uuid('issued_by').references(() => users.id, { onDelete: 'set null' }),
  issuedByLabel: text('issued_by_label').notNull(),
  issuedAt: at('issued_at').notNull().defaultNow(),
}, (t) => [
  uniqueIndex('reports_version_key').on(t.engagementId, t.version),
  uniqueIndex('reports_pdf_sha256_key').on(t.pdfSha256),
  index('reports_service_org_idx').on(t.serviceOrgId, t.issuedAt),
  index('reports_firm_idx').on(t.firmId, t.issuedAt),
]);
