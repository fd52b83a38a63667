// The trust portal: an organization's public trust page, prospects' access requests (approved, or granted on
// accepting the NDA), every view and download, and management's bridge letters.
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organizations } from './schema-core.ts';
import { reports } from './schema-reports.ts';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** One page per organization at /trust/<slug>; nothing is public until published, and no report is listed until chosen. */
export const trustPages = pgTable('trust_pages', {
  organizationId: uuid('organization_id').primaryKey().references(() => organizations.id, { onDelete: 'cascade' }),
  slug: text('slug').notNull(),
  published: boolean('published').notNull().default(false),
  headline: text('headline').notNull().default(''),
  description: text('description').notNull().default(''),
  showCategories: boolean('show_categories').notNull().default(true),
  showControlSummary: boolean('show_control_summary').notNull().default(false),
  /** Issued reports offered on the page (ids); each needs approved access or the NDA to download. */
  reportIds: jsonb('report_ids').$type<string[]>().notNull().default([]),
  /** 'approval': the organization approves each request; 'nda': accepting the NDA grants access at once. */
  accessMode: text('access_mode', { enum: ['approval', 'nda'] }).notNull().default('approval'),
  ndaText: text('nda_text').notNull().default(''),
  accessDays: integer('access_days').notNull().default(30),
  updatedAt: at('updated_at').notNull().defaultNow(),
}, (t) => [uniqueIndex('trust_pages_slug_key').on(sql`lower(${t.slug})`)]);

/** A prospect's request for the restricted reports; the secret of its access link is stored hashed. */
export const trustAccessRequests = pgTable('trust_access_requests', {
  id: uuid('id').primaryKey().defaultRandom(),
  organizationId: uuid('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  email: text('email').notNull(),
  company: text('company').notNull(),
  reason: text('reason').notNull().default(''),
  status: text('status', { enum: ['pending', 'granted', 'denied', 'revoked'] }).notNull().default('pending'),
  /** The NDA as accepted: its text's SHA-256, when and from where. */
  ndaSha256: text('nda_sha256'),
  ndaAcceptedAt: at('nda_accepted_at'),
  ndaIp: text('nda_ip'),
  tokenHash: text('token_hash').notNull(),
  grantedAt: at('granted_at'),
  expiresAt: at('expires_at'),
  decidedByLabel: text('decided_by_label'),
  requestIp: text('request_ip'),
  createdAt: at('created_at').notNull().defaultNow(),
}, (t) => [index('trust_access_requests_org_idx').on(t.organizationId, t.createdAt), uniqueIndex('trust_access_requests_token_key').on(t.tokenHash)]);

/** Every view of a restricted item and every download, for the organization's export. */
export const trustAccessLog = pgTable('trust_access_log', {
  id: uuid('id').primaryKey().defaultRandom(),
  organizationId: uuid('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
  accessRequestId: uuid('access_request_id').references(() => trustAccessRequests.id, { onDelete: 'set null' }),
  kind: text('kind', { enum: ['page_view', 'report_download', 'bridge_letter_download'] }).notNull(),
  reportId: uuid('report_id').references(() => reports.id, { onDelete: 'set null' }),
  /** SHA-256 of the watermarked copy handed out (so a leaked copy names its recipient). */
  copySha256: text('copy_sha256'),
  recipient: text('recipient'),
  ip: text('ip'),
  userAgent: text('user_agent'),
  at: at('at').notNull().defaultNow(),
}, (t) => [index('trust_access_log_org_idx').on(t.organizationId, t.at), index('trust_access_log_copy_idx').on(t.copySha256)]);

/** Management's letter covering the gap from a report's period end to the letter's date; signed in the app. */
export const bridgeLetters = pgTable('bridge_letters', {
  id: uuid('id').primaryKey().defaultRandom(),
  organizationId: uuid('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
  reportId: uuid('report_id').notNull().references(() => reports.id, { onDelete: 'restrict' }),
  coversFrom: date('covers_from', { mode: 'string' }).notNull(),
  coversTo: date('covers_to', { mode: 'string' }).notNull(),
  changes: text('changes').notNull().default(''),
  incidents: text('incidents').notNull().default(''),
  signedByLabel: text('signed_by_label'),
  signedAt: at('signed_at'),
  /** SHA-256 of the signed letter's text. */
  sha256: text('sha256'),
  published: boolean('published').notNull().default(false),
  createdAt: at('created_at').notNull().defaultNow(),
}, (t) => [index('bridge_letters_org_idx').on(t.organizationId, t.createdAt)]);
