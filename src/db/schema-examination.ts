// The firm's workpapers of an engagement: design conclusions, test plans with their populations and selections,
// sample results, exceptions with management responses, sign-offs, notes, and opinion decisions.
// The service organization never writes these; it answers observations and exceptions through their response columns.
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { controls, users } from './schema-core.ts';
import { engagements } from './schema-engagements.ts';
import { evidenceItems } from './schema-evidence.ts';
import { requests } from './schema-requests.ts';

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
const engagementId = () => uuid('engagement_id').notNull().references(() => engagements.id, { onDelete: 'cascade' });
const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Stage 1: one conclusion per in-scope criterion, per related control, and per description section (DC1–DC9). */
export const designConclusions = pgTable('design_conclusions', {
  id: uuid('id').primaryKey().defaultRandom(),
  engagementId: engagementId(),
  subjectKind: text('subject_kind', { enum: ['criterion', 'control', 'description'] }).notNull(),
  /** A criterion id (CC6.1), a control id, or a description section (DC1). */
  subject: text('subject').notNull(),
  conclusion: text('conclusion', { enum: ['suitably_designed', 'design_deficiency', 'fairly_presented', 'misstatement'] }).notNull(),
  observation: text('observation').notNull().default(''),
  material: boolean('material').notNull().default(false),
  /** Set when the observation is sent to the organization; before that it is the firm's alone. */
  sentAt: at('sent_at'),
  response: text('response'),
  respondedByLabel: text('responded_by_label'),
  respondedAt: at('responded_at'),
  recordedByLabel: text('recorded_by_label').notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [uniqueIndex('design_conclusions_subject_key').on(t.engagementId, t.subjectKind, t.subject)]);

/** Per control in an engagement: procedures, population, sample size with its rationale, the selection, the conclusion. */
export const testPlans = pgTable('test_plans', {
  id: uuid('id').primaryKey().defaultRandom(),
  engagementId: engagementId(),
  controlId: uuid('control_id').notNull().references(() => controls.id, { onDelete: 'restrict' }),
  /** [{ type: inquiry | observation | inspection | reperformance, text }] */
  procedures: jsonb('procedures').$type<{ type: string; text: string }[]>().notNull().default([]),
  populationSource: text('population_source', { enum: ['evidence', 'manual'] }),
  /** The evidence item whose file is the population (CSV/XLSX), or the stored list entered by hand. */
  populationEvidenceId: uuid('population_evidence_id').references(() => evidenceItems.id),
  populationKeyColumn: text('population_key_column'),
  /** SHA-256 of the population's bytes (the evidence blob, or the hand-entered list stored as a blob). */
  populationSha256: text('population_sha256'),
  populationSize: integer('population_size'),
  samplingMethod: text('sampling_method', { enum: ['frequency', 'statistical', 'all_items', 'judgmental'] }),
  samplingParams: jsonb('sampling_params').$type<Record<string, unknown>>(),
  sampleSize: integer('sample_size'),
  /** Deviations that can be found while still supporting reliance (statistical sampling). */
  allowedDeviations: integer('allowed_deviations'),
  sizeRationale: text('size_rationale'),
  seed: text('seed'),
  selectedAt: at('selected_at'),
  conclusion: text('conclusion', { enum: ['operating_effectively', 'exceptions_noted', 'not_tested'] }),
  conclusionNotes: text('conclusion_notes').notNull().default(''),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [uniqueIndex('test_plans_control_key').on(t.engagementId, t.controlId)]);

/** One selected item of a test plan's sample, its request to the organization, and the auditor's result. */
export const sampleItems = pgTable('sample_items', {
  id: uuid('id').primaryKey().defaultRandom(),
  engagementId: engagementId(),
  testPlanId: uuid('test_plan_id').notNull().references(() => testPlans.id, { onDelete: 'cascade' }),
  key: text('key').notNull(),
  rank: integer('rank').notNull(),
  hmac: text('hmac').notNull(),
  requestId: uuid('request_id').references(() => requests.id, { onDelete: 'set null' }),
  result: text('result', { enum: ['pass', 'deviation', 'not_applicable'] }),
  notes: text('notes').notNull().default(''),
  evidenceIds: jsonb('evidence_ids').$type<string[]>().notNull().default([]),
  updatedAt: updatedAt(),
}, (t) => [uniqueIndex('sample_items_plan_key').on(t.testPlanId, t.key), index('sample_items_engagement_idx').on(t.engagementId)]);

/** The evaluation of a test with deviations, the organization's management response, and the criteria then not met. */
export const testExceptions = pgTable('test_exceptions', {
  id: uuid('id').primaryKey().defaultRandom(),
  engagementId: engagementId(),
  testPlanId: uuid('test_plan_id').notNull().references(() => testPlans.id, { onDelete: 'cascade' }),
  description: text('description').notNull(),
  rootCause: text('root_cause').notNull().default(''),
  classification: text('classification', { enum: ['isolated', 'systematic'] }),
  /** { deviationRate, upperDeviationLimit, tolerableRate, exceedsTolerable } */
  evaluation: jsonb('evaluation').$type<Record<string, unknown>>(),
  criteriaNotMet: jsonb('criteria_not_met').$type<string[]>().notNull().default([]),
  material: boolean('material').notNull().default(false),
  /** When the organization was asked for its response (the exception is visible to it from then). */
  sentAt: at('sent_at'),
  managementResponse: text('management_response'),
  respondedByLabel: text('responded_by_label'),
  respondedAt: at('responded_at'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [uniqueIndex('test_exceptions_plan_key').on(t.testPlanId), index('test_exceptions_engagement_idx').on(t.engagementId)]);

/** A preparer's or reviewer's sign-off, with the digest of what it covered (a changed digest means "changed since review"). */
export const signoffs = pgTable('signoffs', {
  id: uuid('id').primaryKey().defaultRandom(),
  engagementId: engagementId(),
  testPlanId: uuid('test_plan_id').notNull().references(() => testPlans.id, { onDelete: 'cascade' }),
  role: text('role', { enum: ['preparer', 'reviewer'] }).notNull(),
  userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
  label: text('label').notNull(),
  digest: text('digest').notNull(),
  signedAt: at('signed_at').notNull(),
  /** A later sign-off of the same role replaces this one. */
  supersededAt: at('superseded_at'),
}, (t) => [index('signoffs_plan_idx').on(t.testPlanId, t.role)]);

/** Notes on a workpaper: review notes threaded on a test, or the firm's internal notes; shared only when the firm says so. */
export const workpaperNotes = pgTable('workpaper_notes', {
  id: uuid('id').primaryKey().defaultRandom(),
  engagementId: engagementId(),
  testPlanId: uuid('test_plan_id').references(() => testPlans.id, { onDelete: 'cascade' }),
  kind: text('kind', { enum: ['review_note', 'internal'] }).notNull(),
  body: text('body').notNull(),
  shared: boolean('shared').notNull().default(false),
  authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
  authorLabel: text('author_label').notNull(),
  resolvedAt: at('resolved_at'),
  createdAt: createdAt(),
}, (t) => [index('workpaper_notes_engagement_idx').on(t.engagementId, t.createdAt)]);

/** The opinion: each decision (the proposal as computed, the partner's choice, the rationale) is a new row. */
export const opinionDecisions = pgTable('opinion_decisions', {
  id: uuid('id').primaryKey().defaultRandom(),
  engagementId: engagementId(),
  proposal: jsonb('proposal').$type<Record<string, unknown>>().notNull(),
  opinion: text('opinion', { enum: ['unqualified', 'qualified', 'adverse', 'disclaimer'] }).notNull(),
  overridden: boolean('overridden').notNull(),
  rationale: text('rationale').notNull().default(''),
  basis: text('basis').notNull(),
  decidedById: uuid('decided_by_id').references(() => users.id, { onDelete: 'set null' }),
  decidedByLabel: text('decided_by_label').notNull(),
  createdAt: createdAt(),
}, (t) => [index('opinion_decisions_engagement_idx').on(t.engagementId, t.createdAt)]);

/** Last period's exceptions carried into a rolled-forward engagement: the auditor closes each before issuing. */
export const followUpItems = pgTable('follow_up_items', {
  id: uuid('id').primaryKey().defaultRandom(),
  engagementId: engagementId(),
  /** The previous engagement's exception it follows up (kept as text too: the old rows stay, this one reads alone). */
  sourceExceptionId: uuid('source_exception_id').references(() => testExceptions.id, { onDelete: 'set null' }),
  controlId: uuid('control_id').references(() => controls.id, { onDelete: 'set null' }),
  controlCode: text('control_code').notNull(),
  description: text('description').notNull(),
  managementResponse: text('management_response'),
  resolution: text('resolution'),
  closedByLabel: text('closed_by_label'),
  closedAt: at('closed_at'),
  createdAt: createdAt(),
}, (t) => [index('follow_up_items_engagement_idx').on(t.engagementId, t.createdAt)]);
