// Vendors: the inventory, the systems each serves, reviews and SOC reports on file.
import { sql } from 'drizzle-orm';
import { boolean, date, index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organizations, people, systems } from './schema-core.ts';

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
const orgId = () => uuid('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' });

export const vendors = pgTable('vendors', {
  id: uuid('id').primaryKey().defaultRandom(),
  organizationId: orgId(),
  name: text('name').notNull(),
  service: text('service').notNull().default(''),
  criticality: text('criticality').notNull(),
  dataShared: jsonb('data_shared').$type<Array<{ dataType: string; classification: string }>>().notNull().default([]),
  ownerId: uuid('owner_id').references(() => people.id, { onDelete: 'set null' }),
  contractStart: date('contract_start', { mode: 'string' }),
  contractEnd: date('contract_end', { mode: 'string' }),
  website: text('website'),
  notes: text('notes').notNull().default(''),
  subservice: boolean('subservice').notNull().default(false),
  presentationMethod: text('presentation_method'),
  csocs: jsonb('csocs').$type<Array<{ text: string; criteria: string[] }>>().notNull().default([]),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
}, (t) => [index('vendors_org_idx').on(t.organizationId), uniqueIndex('vendors_org_name_key').on(t.organizationId, sql`lower(${t.name})`)]);

/** The systems a vendor serves (a subservice vendor appears in those systems' DC7). */
export const vendorSystems = pgTable('vendor_systems', {
  organizationId: orgId(),
  vendorId: uuid('vendor_id').notNull().references(() => vendors.id, { onDelete: 'cascade' }),
  systemId: uuid('system_id').notNull().references(() => systems.id, { onDelete: 'cascade' }),
}, (t) => [primaryKey({ columns: [t.vendorId, t.systemId] }), index('vendor_systems_org_idx').on(t.organizationId), index('vendor_systems_system_idx').on(t.systemId)]);

export const vendorReviews = pgTable('vendor_reviews', {
  id: uuid('id').primaryKey().defaultRandom(),
  organizationId: orgId(),
  vendorId: uuid('vendor_id').notNull().references(() => vendors.id, { onDelete: 'cascade' }),
  reviewedOn: date('reviewed_on', { mode: 'string' }).notNull(),
  reviewerId: uuid('reviewer_id').references(() => people.id, { onDelete: 'set null' }),
  outcome: text('outcome').notNull(),
  notes: text('notes').notNull().default(''),
  createdAt: createdAt(),
}, (t) => [index('vendor_reviews_org_idx').on(t.organizationId), index('vendor_reviews_vendor_idx').on(t.vendorId, t.reviewedOn)]);

export const vendorReports = pgTable('vendor_reports', {
  id: uuid('id').primaryKey().defaultRandom(),
  organizationId: orgId(),
  vendorId: uuid('vendor_id').notNull().references(() => vendors.id, { onDelete: 'cascade' }),
  type: text('type').notNull(),
  periodStart: date('period_start', { mode: 'string' }),
  periodEnd: date('period_end', { mode: 'string' }).notNull(),
  opinion: text('opinion'),
  exceptionsNoted: text('exceptions_noted').notNull().default(''),
  bridgeLetter: boolean('bridge_letter').notNull().default(false),
  bridgeLetterDate: date('bridge_letter_date', { mode: 'string' }),
  createdAt: createdAt(),
}, (t) => [index('vendor_reports_org_idx').on(t.organizationId), index('vendor_reports_vendor_idx').on(t.vendorId, t.periodEnd)]);
