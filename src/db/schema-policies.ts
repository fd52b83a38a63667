// Policies: the organization's policies, their numbered versions (draft → in_review → approved → retired),
// and acknowledgements of published versions by personnel.
import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organizations, people, users } from './schema-core.ts';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const policies = pgTable('policies', {
  id: uuid('id').primaryKey().defaultRandom(),
  organizationId: uuid('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
  key: text('key').notNull(),
  title: text('title').notNull(),
  description: text('description').notNull().default(''),
  ownerId: uuid('owner_id').references(() => people.id, { onDelete: 'set null' }),
  criteria: jsonb('criteria').$type<string[]>().notNull().default([]),
  controlIds: jsonb('control_ids').$type<string[]>().notNull().default([]),
  reviewIntervalMonths: integer('review_interval_months').notNull().default(12),
  sourceTemplate: text('source_template'),
  retiredAt: at('retired_at'),
  retiredReason: text('retired_reason'),
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
}, (t) => [index('policies_org_idx').on(t.organizationId), uniqueIndex('policies_org_key_key').on(t.organizationId, t.key)]);

export const policyVersions = pgTable('policy_versions', {
  id: uuid('id').primaryKey().defaultRandom(),
  organizationId: uuid('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
  policyId: uuid('policy_id').notNull().references(() => policies.id, { onDelete: 'cascade' }),
  number: integer('number').notNull(),
  status: text('status', { enum: ['draft', 'in_review', 'approved', 'retired'] }).notNull().default('draft'),
  body: text('body').notNull(),
  changeNote: text('change_note').notNull().default(''),
  authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
  submittedAt: at('submitted_at'),
  submittedBy: uuid('submitted_by').references(() => users.id, { onDelete: 'set null' }),
  approvedAt: at('approved_at'),
  approvedBy: uuid('approved_by').references(() => users.id, { onDelete: 'set null' }),
  publishedAt: at('published_at'),
  publishedBy: uuid('published_by').references(() => users.id, { onDelete: 'set null' }),
  retiredAt: at('retired_at'),
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
}, (t) => [
  index('policy_versions_org_idx').on(t.organizationId),
  uniqueIndex('policy_versions_policy_number_key').on(t.policyId, t.number),
  // At most one open (draft or in-review) version per policy, and at most one approved.
  uniqueIndex('policy_versions_one_open_key').on(t.policyId).where(sql`${t.status} in ('draft', 'in_review')`),
  uniqueIndex('policy_versions_one_approved_key').on(t.policyId).where(sql`${t.status} = 'approved'`),
]);

export const policyAcknowledgements = pgTable('policy_acknowledgements', {
  organizationId: uuid('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
  versionId: uuid('version_id').notNull().references(() => policyVersions.id, { onDelete: 'cascade' }),
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  acknowledgedAt: at('acknowledged_at').notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.versionId, t.userId] }), index('policy_acknowledgements_org_idx').on(t.organizationId)]);
