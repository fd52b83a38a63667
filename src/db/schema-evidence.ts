// Evidence: immutable items (one stored blob each, by SHA-256) with the controls and criteria they cover.
// After insert only `superseded_by_id` and the removal columns are ever set, each once.
import { sql } from 'drizzle-orm';
import { type AnyPgColumn, bigint, date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { controls, organizations, users } from './schema-core.ts';

const orgId = () => uuid('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' });

export const evidenceItems = pgTable('evidence_items', {
  id: uuid('id').primaryKey().defaultRandom(),
  organizationId: orgId(),
  title: text('title').notNull(),
  description: text('description').notNull().default(''),
  source: text('source').notNull(),
  fileName: text('file_name').notNull(),
  contentType: text('content_type').notNull(),
  size: bigint('size', { mode: 'number' }).notNull(),
  sha256: text('sha256').notNull(),
  collectedAt: timestamp('collected_at', { withTimezone: true, mode: 'date' }).notNull(),
  collectedByUserId: uuid('collected_by_user_id').references(() => users.id, { onDelete: 'set null' }),
  collectedByLabel: text('collected_by_label').notNull(),
  periodStart: date('period_start', { mode: 'string' }).notNull(),
  periodEnd: date('period_end', { mode: 'string' }).notNull(),
  supersedesId: uuid('supersedes_id').references((): AnyPgColumn => evidenceItems.id),
  supersededById: uuid('superseded_by_id').references((): AnyPgColumn => evidenceItems.id),
  removedAt: timestamp('removed_at', { withTimezone: true, mode: 'date' }),
  removedBy: text('removed_by'),
  removedReason: text('removed_reason'),
  ledgerSeq: integer('ledger_seq').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
}, (t) => [
  index('evidence_items_org_created_idx').on(t.organizationId, t.createdAt, t.id),
  index('evidence_items_org_period_idx').on(t.organizationId, t.periodStart, t.periodEnd),
  index('evidence_items_org_source_idx').on(t.organizationId, t.source),
  index('evidence_items_org_collector_idx').on(t.organizationId, t.collectedByUserId),
  index('evidence_items_sha256_idx').on(t.sha256),
  index('evidence_items_title_idx').on(t.organizationId, sql`lower(${t.title})`),
]);

export const evidenceControls = pgTable('evidence_controls', {
  organizationId: orgId(),
  evidenceId: uuid('evidence_id').notNull().references(() => evidenceItems.id, { onDelete: 'cascade' }),
  controlId: uuid('control_id').notNull().references(() => controls.id, { onDelete: 'cascade' }),
}, (t) => [primaryKey({ columns: [t.evidenceId, t.controlId] }), index('evidence_controls_org_idx').on(t.organizationId), index('evidence_controls_control_idx').on(t.controlId)]);

export const evidenceCriteria = pgTable('evidence_criteria', {
  organizationId: orgId(),
  evidenceId: uuid('evidence_id').notNull().references(() => evidenceItems.id, { onDelete: 'cascade' }),
  criterionId: text('criterion_id').notNull(),
}, (t) => [primaryKey({ columns: [t.evidenceId, t.criterionId] }), index('evidence_criteria_org_idx').on(t.organizationId), index('evidence_criteria_criterion_idx').on(t.organizationId, t.criterionId)]);
