// The core tables: tenancy, identity, the ledger, systems, people and controls.
// (PostgreSQL 15 compatible; PGlite and node-postgres share it.)
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

export const organizations = pgTable('organizations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  kind: text('kind', { enum: ['service_org', 'audit_firm'] }).notNull(),
  requireMfa: boolean('require_mfa').notNull().default(false),
  /** Business days after a person's end date within which their access must be revoked. */
  accessRevocationSlaDays: integer('access_revocation_sla_days').notNull().default(1),
  createdAt: createdAt(),
}, (t) => [uniqueIndex('organizations_name_key').on(sql`lower(${t.name})`)]);

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  email: text('email').notNull(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  /** TOTP secret, encrypted with the instance secret (AES-256-GCM); null when MFA is off. */
  totpSecret: text('totp_secret'),
  /** A secret being enrolled, not yet confirmed with a code. */
  totpPending: text('totp_pending'),
  totpLastStep: bigint('totp_last_step', { mode: 'number' }),
  createdAt: createdAt(),
}, (t) => [uniqueIndex('users_email_key').on(t.email)]);

export const recoveryCodes = pgTable('recovery_codes', {
  id: uuid('id').primaryKey().defaultRandom(),
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  codeHash: text('code_hash').notNull(),
  usedAt: timestamp('used_at', { withTimezone: true, mode: 'date' }),
}, (t) => [index('recovery_codes_user_idx').on(t.userId)]);

export const memberships = pgTable('memberships', {
  organizationId: uuid('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  role: text('role').notNull(),
  createdAt: createdAt(),
}, (t) => [primaryKey({ columns: [t.organizationId, t.userId] }), index('memberships_user_idx').on(t.userId)]);

export const sessions = pgTable('sessions', {
  /** HMAC of the cookie value: a database leak does not reveal usable cookies. */
  id: text('id').primaryKey(),
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  activeOrganizationId: uuid('active_organization_id').references(() => organizations.id, { onDelete: 'set null' }),
  csrfToken: text('csrf_token').notNull(),
  mfaVerified: boolean('mfa_verified').notNull(),
  ip: text('ip'),
  userAgent: text('user_agent'),
  createdAt: createdAt(),
  lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
}, (t) => [index('sessions_user_idx').on(t.userId)]);

export const loginFailures = pgTable('login_failures', {
  id: uuid('id').primaryKey().defaultRandom(),
  email: text('email').notNull(),
  ip: text('ip').notNull(),
  at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
}, (t) => [index('login_failures_email_idx').on(t.email, t.at), index('login_failures_ip_idx').on(t.ip, t.at)]);

export const invitations = pgTable('invitations', {
  id: uuid('id').primaryKey().defaultRandom(),
  organizationId: uuid('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
  email: text('email').notNull(),
  role: text('role').notNull(),
  tokenHash: text('token_hash').notNull(),
  invitedBy: uuid('invited_by').notNull().references(() => users.id),
  createdAt: createdAt(),
  expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
  acceptedAt: timestamp('accepted_at', { withTimezone: true, mode: 'date' }),
  revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
}, (t) => [uniqueIndex('invitations_token_key').on(t.tokenHash), index('invitations_org_idx').on(t.organizationId)]);

export const apiTokens = pgTable('api_tokens', {
  id: uuid('id').primaryKey().defaultRandom(),
  organizationId: uuid('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  role: text('role').notNull(),
  prefix: text('prefix').notNull(),
  tokenHash: text('token_hash').notNull(),
  createdAt: createdAt(),
  lastUsedAt: timestamp('last_used_at', { withTimezone: true, mode: 'date' }),
  revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
}, (t) => [uniqueIndex('api_tokens_hash_key').on(t.tokenHash), index('api_tokens_org_idx').on(t.organizationId)]);

/**
 * The append-only, hash-chained ledger (DESIGN.md "Ledger"): one chain per organization.
 * Column names are part of the specification so tools outside attest can verify it.
 */
export const ledger = pgTable('ledger', {
  org: uuid('org').notNull().references(() => organizations.id),
  seq: integer('seq').notNull(),
  at: text('at').notNull(),
  kind: text('kind').notNull(),
  subject: text('subject').notNull(),
  payload: jsonb('payload').notNull(),
  prev: text('prev').notNull(),
  hash: text('hash').notNull(),
}, (t) => [primaryKey({ columns: [t.org, t.seq] }), index('ledger_org_kind_idx').on(t.org, t.kind)]);

/** Licensed criteria text imported by the instance operator (`attest catalog import`). */
export const catalogOverrides = pgTable('catalog_overrides', {
  criterionId: text('criterion_id').primaryKey(),
  title: text('title').notNull(),
  description: text('description').notNull(),
  pointsOfFocus: jsonb('points_of_focus').$type<string[]>().notNull(),
  importedAt: createdAt(),
});

/** The system under examination (DC1–DC4, DC6–DC9 as structured data; DC5 is derived from controls). */
export const systems = pgTable('systems', {
  id: uuid('id').primaryKey().defaultRandom(),
  organizationId: uuid('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  servicesProvided: text('services_provided').notNull().default(''),
  boundaries: text('boundaries').notNull().default(''),
  categories: jsonb('categories').$type<string[]>().notNull().default([]),
  commitments: jsonb('commitments').$type<unknown[]>().notNull().default([]),
  components: jsonb('components').$type<Record<string, unknown[]>>().notNull(),
  incidents: text('incidents').notNull().default(''),
  cuecs: jsonb('cuecs').$type<unknown[]>().notNull().default([]),
  subserviceOrganizations: jsonb('subservice_organizations').$type<unknown[]>().notNull().default([]),
  notRelevant: jsonb('not_relevant').$type<unknown[]>().notNull().default([]),
  significantChanges: jsonb('significant_changes').$type<unknown[]>().notNull().default([]),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
}, (t) => [index('systems_org_idx').on(t.organizationId), uniqueIndex('systems_org_name_key').on(t.organizationId, sql`lower(${t.name})`)]);

/** The organization's personnel roster; people own controls. */
export const people = pgTable('people', {
  id: uuid('id').primaryKey().defaultRandom(),
  organizationId: uuid('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  email: text('email').notNull(),
  title: text('title').notNull().default(''),
  department: text('department').notNull().default(''),
  userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
  managerId: uuid('manager_id').references((): AnyPgColumn => people.id, { onDelete: 'set null' }),
  employmentType: text('employment_type', { enum: ['employee', 'contractor', 'intern'] }).notNull().default('employee'),
  startDate: date('start_date', { mode: 'string' }),
  endDate: date('end_date', { mode: 'string' }),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
}, (t) => [uniqueIndex('people_org_email_key').on(t.organizationId, t.email)]);

/** A control activity adopted into a system, with its owners; retired controls are kept. */
export const controls = pgTable('controls', {
  id: uuid('id').primaryKey().defaultRandom(),
  organizationId: uuid('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
  systemId: uuid('system_id').notNull().references(() => systems.id, { onDelete: 'cascade' }),
  code: text('code').notNull(),
  title: text('title').notNull(),
  activity: text('activity').notNull(),
  frequency: text('frequency').notNull(),
  nature: text('nature').notNull(),
  type: text('type').notNull(),
  evidenceGuidance: text('evidence_guidance').notNull().default(''),
  criteria: jsonb('criteria').$type<string[]>().notNull(),
  ownerId: uuid('owner_id').references(() => people.id, { onDelete: 'set null' }),
  backupOwnerId: uuid('backup_owner_id').references(() => people.id, { onDelete: 'set null' }),
  sourceTemplate: text('source_template'),
  status: text('status', { enum: ['active', 'retired'] }).notNull().default('active'),
  retiredAt: timestamp('retired_at', { withTimezone: true, mode: 'date' }),
  retiredReason: text('retired_reason'),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
}, (t) => [index('controls_org_system_idx').on(t.organizationId, t.systemId), uniqueIndex('controls_system_code_key').on(t.systemId, t.code)]);
