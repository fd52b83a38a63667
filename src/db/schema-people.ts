// The personnel records kept on each person: background checks, training completions, access grants and revocations.
import { date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations, people } from './schema-core.ts';

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
const tenant = () => uuid('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' });
const person = () => uuid('person_id').notNull().references(() => people.id, { onDelete: 'cascade' });

export const backgroundChecks = pgTable('person_background_checks', {
  id: uuid('id').primaryKey().defaultRandom(),
  organizationId: tenant(),
  personId: person(),
  status: text('status', { enum: ['not_started', 'in_progress', 'passed', 'failed', 'waived'] }).notNull(),
  completedOn: date('completed_on', { mode: 'string' }),
  provider: text('provider').notNull().default(''),
  notes: text('notes').notNull().default(''),
  createdAt: createdAt(),
}, (t) => [index('person_background_checks_org_idx').on(t.organizationId), index('person_background_checks_person_idx').on(t.personId)]);

export const trainings = pgTable('person_trainings', {
  id: uuid('id').primaryKey().defaultRandom(),
  organizationId: tenant(),
  personId: person(),
  course: text('course').notNull(),
  completedOn: date('completed_on', { mode: 'string' }).notNull(),
  dueNext: date('due_next', { mode: 'string' }).notNull(),
  createdAt: createdAt(),
}, (t) => [index('person_trainings_org_idx').on(t.organizationId), index('person_trainings_person_idx').on(t.personId)]);

export const accessEvents = pgTable('person_access_events', {
  id: uuid('id').primaryKey().defaultRandom(),
  organizationId: tenant(),
  personId: person(),
  kind: text('kind', { enum: ['granted', 'revoked'] }).notNull(),
  system: text('system').notNull(),
  on: date('on', { mode: 'string' }).notNull(),
  notes: text('notes').notNull().default(''),
  createdAt: createdAt(),
}, (t) => [index('person_access_events_org_idx').on(t.organizationId), index('person_access_events_person_idx').on(t.personId)]);
