// Requests (the PBC list): what is asked, of whom, by when; its comment thread, linked controls and
// attached evidence. And in-app notifications (a user's messages about requests).
import { index, pgTable, primaryKey, text, timestamp, date, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { controls, organizations, systems, users } from './schema-core.ts';
import { evidenceItems } from './schema-evidence.ts';
import { engagements } from './schema-engagements.ts';

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
const orgId = () => uuid('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' });

export const requests = pgTable('requests', {
  id: uuid('id').primaryKey().defaultRandom(),
  organizationId: orgId(),
  title: text('title').notNull(),
  description: text('description').notNull().default(''),
  status: text('status', { enum: ['open', 'submitted', 'accepted', 'returned'] }).notNull().default('open'),
  dueOn: date('due_on', { mode: 'string' }),
  assigneeId: uuid('assignee_id').references(() => users.id, { onDelete: 'set null' }),
  systemId: uuid('system_id').references(() => systems.id, { onDelete: 'set null' }),
  /** Set when the firm asks through an engagement (a sample item, a population); null for the organization's own. */
  engagementId: uuid('engagement_id').references(() => engagements.id, { onDelete: 'cascade' }),
  createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
  createdByLabel: text('created_by_label').notNull(),
  submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }),
  acceptedAt: timestamp('accepted_at', { withTimezone: true, mode: 'date' }),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
}, (t) => [
  index('requests_org_idx').on(t.organizationId, t.createdAt, t.id),
  index('requests_org_status_idx').on(t.organizationId, t.status),
  index('requests_org_assignee_idx').on(t.organizationId, t.assigneeId),
  index('requests_due_idx').on(t.dueOn),
  index('requests_engagement_idx').on(t.engagementId),
]);

export const requestControls = pgTable('request_controls', {
  organizationId: orgId(),
  requestId: uuid('request_id').notNull().references(() => requests.id, { onDelete: 'cascade' }),
  controlId: uuid('control_id').notNull().references(() => controls.id, { onDelete: 'cascade' }),
}, (t) => [primaryKey({ columns: [t.requestId, t.controlId] }), index('request_controls_org_idx').on(t.organizationId), index('request_controls_control_idx').on(t.controlId)]);

/** The thread: comments are never edited; a status change's comment records the transition. */
export const requestComments = pgTable('request_comments', {
  id: uuid('id').primaryKey().defaultRandom(),
  organizationId: orgId(),
  requestId: uuid('request_id').notNull().references(() => requests.id, { onDelete: 'cascade' }),
  authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
  authorLabel: text('author_label').notNull(),
  body: text('body').notNull(),
  transition: text('transition'),
  createdAt: createdAt(),
}, (t) => [index('request_comments_org_idx').on(t.organizationId), index('request_comments_request_idx').on(t.requestId, t.createdAt)]);

export const requestEvidence = pgTable('request_evidence', {
  organizationId: orgId(),
  requestId: uuid('request_id').notNull().references(() => requests.id, { onDelete: 'cascade' }),
  evidenceId: uuid('evidence_id').notNull().references(() => evidenceItems.id),
  attachedAt: timestamp('attached_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  attachedById: uuid('attached_by_id').references(() => users.id, { onDelete: 'set null' }),
  attachedByLabel: text('attached_by_label').notNull(),
}, (t) => [primaryKey({ columns: [t.requestId, t.evidenceId] }), index('request_evidence_org_idx').on(t.organizationId), index('request_evidence_evidence_idx').on(t.evidenceId)]);

/** A user's in-app notification. `dedupe_key` makes reminders idempotent (one per request and day). */
export const notifications = pgTable('notifications', {
  id: uuid('id').primaryKey().defaultRandom(),
  organizationId: orgId(),
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  kind: text('kind').notNull(),
  title: text('title').notNull(),
  body: text('body').notNull().default(''),
  link: text('link'),
  dedupeKey: text('dedupe_key'),
  createdAt: createdAt(),
  readAt: timestamp('read_at', { withTimezone: true, mode: 'date' }),
}, (t) => [
  index('notifications_org_idx').on(t.organizationId),
  index('notifications_user_idx').on(t.userId, t.organizationId, t.createdAt, t.id),
  uniqueIndex('notifications_dedupe_key').on(t.organizationId, t.userId, t.dedupeKey),
]);
