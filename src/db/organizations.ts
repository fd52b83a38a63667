// Data access for organizations.
import { eq, sql } from 'drizzle-orm';
import type { Db } from './client.ts';
import { organizations } from './schema.ts';
import type { Scope } from '../services/context.ts';

export type OrganizationRow = typeof organizations.$inferSelect;

export async function getOrganization(db: Db, scope: Scope): Promise<OrganizationRow | undefined> {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, scope.organizationId));
  return row;
}

export async function findOrganizationByName(db: Db, name: string): Promise<OrganizationRow | undefined> {
  const [row] = await db.select().from(organizations).where(sql`lower(${organizations.name}) = lower(${name})`);
  return row;
}

export async function insertOrganization(db: Db, values: { name: string; kind: OrganizationRow['kind'] }): Promise<OrganizationRow> {
  const [row] = await db.insert(organizations).values(values).returning();
  return row!;
}

export async function updateOrganization(db: Db, scope: Scope, changes: { name?: string; requireMfa?: boolean; accessRevocationSlaDays?: number }): Promise<OrganizationRow> {
  const [row] = await db.update(organizations).set(changes).where(eq(organizations.id, scope.organizationId)).returning();
  return row!;
}

export async function listOrganizationIds(db: Db): Promise<string[]> {
  const rows = await db.select({ id: organizations.id }).from(organizations);
  return rows.map((r) => r.id);
}
