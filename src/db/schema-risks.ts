// The risk register, the controls that treat each risk, and the annual risk assessments (CC3).
import { date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { controls, organizations, people } from './schema-core.ts';

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
const orgId = () => uuid('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' });

export const risks = pgTable('risks', {
  id: uuid('id').primaryKey().defaultRandom(),
  organizationId: orgId(),
  title: text('title').notNull(),
  description: text('description').notNull().default(''),
  category: text('category').notNull(),
  ownerId: uuid('owner_id').references(() => people.id, { onDelete: 'set null' }),
  inherentLikelihood: integer('inherent_likelihood').notNull(),
  inherentImpact: integer('inherent_impact').notNull(),
  residualLikelihood: integer('residual_likelihood').notNull(),
  residualImpact: integer('residual_impact').notNull(),
  treatment: text('treatment').notNull(),
  treatmentNotes: text('treatment_notes').notNull().default(''),
  reviewDate: date('review_date', { mode: 'string' }),
  status: text('status', { enum: ['open', 'closed'] }).notNull().default('open'),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
}, (t) => [index('risks_org_idx').on(t.organizationId)]);

export const riskControls = pgTable('risk_controls', {
  organizationId: orgId(),
  riskId: uuid('risk_id').notNull().references(() => risks.id, { onDelete: 'cascade' }),
  controlId: uuid('control_id').notNull().references(() => controls.id, { onDelete: 'cascade' }),
}, (t) => [primaryKey({ columns: [t.riskId, t.controlId] }), index('risk_controls_org_idx').on(t.organizationId), index('risk_controls_control_idx').on(t.controlId)]);

export const riskAssessments = pgTable('risk_assessments', {
  id: uuid('id').primaryKey().defaultRandom(),
  organizationId: orgId(),
  performedOn: date('performed_on', { mode: 'string' }).notNull(),
  performedById: uuid('performed_by_id').references(() => people.id, { onDelete: 'set null' }),
  scope: text('scope').notNull(),
  changes: text('changes').notNull(),
  createdAt: createdAt(),
}, (t) => [index('risk_assessments_org_idx').on(t.organizationId, t.performedOn)]);
