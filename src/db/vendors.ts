// Data access for vendors and the systems each serves.
import { and, asc, eq, getTableColumns, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from './client.ts';
import { systems, vendors, vendorSystems } from './schema.ts';
import type { Scope } from '../services/context.ts';

export type VendorRow = typeof vendors.$inferSelect;
export type VendorValues = Omit<typeof vendors.$inferInsert, 'id' | 'organizationId' | 'createdAt' | 'updatedAt'>;

export interface VendorFilter {
  criticality?: string | undefined;
  subservice?: boolean | undefined;
  /** The lower-cased name and the id of the last vendor of the previous page. */
  after?: { key: string; id: string } | undefined;
}

/** Vendors ordered by name (case-insensitive, unique within the organization), then id. */
export async function listVendors(db: Db, scope: Scope, filter: VendorFilter, limit: number): Promise<(VendorRow & { sortKey: string })[]> {
  const where: SQL[] = [eq(vendors.organizationId, scope.organizationId)];
  if (filter.criticality) where.push(eq(vendors.criticality, filter.criticality));
  if (filter.subservice !== undefined) where.push(eq(vendors.subservice, filter.subservice));
  if (filter.after !== undefined) where.push(sql`(lower(${vendors.name}), ${vendors.id}) > (${filter.after.key}, ${filter.after.id}::uuid)`);
  const sortKey = sql<string>`lower(${vendors.name})`;
  return db.select({ ...getTableColumns(vendors), sortKey }).from(vendors).where(and(...where)).orderBy(asc(sortKey), asc(vendors.id)).limit(limit);
}

export async function getVendor(db: Db, scope: Scope, id: string): Promise<VendorRow | undefined> {
  const [row] = await db.select().from(vendors).where(and(eq(vendors.organizationId, scope.organizationId), eq(vendors.id, id)));
  return row;
}

export async function insertVendor(db: Db, scope: Scope, values: VendorValues): Promise<VendorRow> {
  const [row] = await db.insert(vendors).values({ ...values, organizationId: scope.organizationId }).returning();
  return row!;
}

export async function updateVendor(db: Db, scope: Scope, id: string, values: Partial<VendorValues>, at: Date): Promise<VendorRow> {
  const [row] = await db
    .update(vendors)
    .set({ ...values, updatedAt: at })
    .where(and(eq(vendors.organizationId, scope.organizationId), eq(vendors.id, id)))
    .returning();
  return row!;
}

export interface VendorSystemRef {
  vendorId: string;
  systemId: string;
  name: string;
}

/** The systems each of the vendors serves, by system name. */
export async function listVendorSystems(db: Db, scope: Scope, vendorIds: string[]): Promise<VendorSystemRef[]> {
  if (vendorIds.length === 0) return [];
  return db
    .select({ vendorId: vendorSystems.vendorId, systemId: vendorSystems.systemId, name: systems.name })
    .from(vendorSystems)
    .innerJoin(systems, eq(systems.id, vendorSystems.systemId))
    .where(and(eq(vendorSystems.organizationId, scope.organizationId), inArray(vendorSystems.vendorId, vendorIds)))
    .orderBy(asc(systems.name));
}

export async function replaceVendorSystems(db: Db, scope: Scope, vendorId: string, systemIds: string[]): Promise<void> {
  await db.delete(vendorSystems).where(and(eq(vendorSystems.organizationId, scope.organizationId), eq(vendorSystems.vendorId, vendorId)));
  if (systemIds.length === 0) return;
  await db.insert(vendorSystems).values(systemIds.map((systemId) => ({ organizationId: scope.organizationId, vendorId, systemId })));
}

/** This organization's systems among the ids, with their categories (to check CSOC criteria against scope). */
export async function getSystemsByIds(db: Db, scope: Scope, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: systems.id, name: systems.name, categories: systems.categories })
    .from(systems)
    .where(and(eq(systems.organizationId, scope.organizationId), inArray(systems.id, ids)));
}

/** The vendors flagged as subservice organizations of a system (for its DC7). */
export async function listSubserviceVendors(db: Db, scope: Scope, systemId: string) {
  return db
    .select({ name: vendors.name, service: vendors.service, presentationMethod: vendors.presentationMethod, csocs: vendors.csocs })
    .from(vendorSystems)
    .innerJoin(vendors, eq(vendors.id, vendorSystems.vendorId))
    .where(and(eq(vendorSystems.organizationId, scope.organizationId), eq(vendorSystems.systemId, systemId), eq(vendors.subservice, true)))
    .orderBy(asc(vendors.name))
    .limit(500);
}
