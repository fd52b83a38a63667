// Engagements: one examination of a service organization's system by an audit firm, and the firm's team on it.
// The two organizations of an engagement are the only ones that ever see it; the gate decides the rest.
import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations, systems, users } from './schema-core.ts';

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

export const engagements = pgTable('engagements', {
  id: uuid('id').primaryKey().defaultRandom(),
  firmId: uuid('firm_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
  serviceOrgId: uuid('service_org_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
  /** Chosen by the service organization: set when it proposes, or when it accepts the firm's proposal. */
  systemId: uuid('system_id').references(() => systems.id, { onDelete: 'restrict' }),
  name: text('name').notNull(),
  reportType: text('report_type', { enum: ['type1', 'type2'] }).notNull(),
  /** Type I: the date the description and design are examined as of. */
  asOfDate: date('as_of_date', { mode: 'string' }),
  /** Type II: the period over which operating effectiveness is examined. */
  periodStart: date('period_start', { mode: 'string' }),
  periodEnd: date('period_end', { mode: 'string' }),
  /** Why a Type II period is shorter than six months (required then, shown as a warning). */
  shortPeriodReason: text('short_period_reason'),
  categories: jsonb('categories').$type<string[]>().notNull().default([]),
  status: text('status', { enum: ['proposed', 'planning', 'design_review', 'fieldwork', 'review', 'reporting', 'issued', 'declined', 'withdrawn'] }).notNull().default('proposed'),
  proposedBy: text('proposed_by', { enum: ['firm', 'service_org'] }).notNull(),
  proposedByLabel: text('proposed_by_label').notNull(),
  acceptedAt: timestamp('accepted_at', { withTimezone: true, mode: 'date' }),
  acceptedByLabel: text('accepted_by_label'),
  /** The firm's sample sizes by frequency for this engagement (null: the defaults). */
  frequencyTable: jsonb('frequency_table').$type<Record<string, number>>(),
  /** The issued engagement this one was rolled forward from (the previous period). */
  rolledFromId: uuid('rolled_from_id'),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
}, (t) => [
  index('engagements_firm_idx').on(t.firmId, t.createdAt, t.id),
  index('engagements_service_org_idx').on(t.serviceOrgId, t.createdAt, t.id),
  index('engagements_name_idx').on(t.firmId, sql`lower(${t.name})`),
]);

/** The firm's people on an engagement: only they read the client's data through it. */
export const engagementTeam = pgTable('engagement_team', {
  engagementId: uuid('engagement_id').notNull().references(() => engagements.id, { onDelete: 'cascade' }),
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  role: text('role', { enum: ['engagement_partner', 'auditor'] }).notNull(),
  addedAt: createdAt(),
}, (t) => [primaryKey({ columns: [t.engagementId, t.userId] }), index('engagement_team_user_idx').on(t.userId)]);

/** Documents of the engagement itself (the engagement letter, representation letter); bytes in the blob store. */
export const engagementDocuments = pgTable('engagement_documents', {
  id: uuid('id').primaryKey().defaultRandom(),
  engagementId: uuid('engagement_id').notNull().references(() => engagements.id, { onDelete: 'cascade' }),
  kind: text('kind', { enum: ['engagement_letter', 'representation_letter', 'other'] }).notNull(),
  fileName: text('file_name').notNull(),
  contentType: text('content_type').notNull(),
  size: bigint('size', { mode: 'number' }).notNull(),
  sha256: text('sha256').notNull(),
  uploadedBySide: text('uploaded_by_side', { enum: ['firm', 'service_org'] }).notNull(),
  uploadedByLabel: text('uploaded_by_label').notNull(),
  /** Both sides have agreed to it (an engagement letter is countersigned by acceptance). */
  agreed: boolean('agreed').notNull().default(false),
  createdAt: createdAt(),
}, (t) => [index('engagement_documents_engagement_idx').on(t.engagementId)]);
