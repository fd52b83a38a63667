// Licensed criteria text imported by the operator; instance-wide reference data, not tenant data.
import { asc } from 'drizzle-orm';
import type { Db } from './client.ts';
import { catalogOverrides } from './schema.ts';

export interface CatalogOverride {
  id: string;
  title: string;
  description: string;
  pointsOfFocus: string[];
}

export async function listCatalogOverrides(db: Db): Promise<CatalogOverride[]> {
  const rows = await db.select().from(catalogOverrides).orderBy(asc(catalogOverrides.criterionId)).limit(1000);
  return rows.map((r) => ({ id: r.criterionId, title: r.title, description: r.description, pointsOfFocus: r.pointsOfFocus }));
}

export async function upsertCatalogOverrides(db: Db, overrides: CatalogOverride[], at: Date) {
  for (const o of overrides) {
    const values = { title: o.title, description: o.description, pointsOfFocus: o.pointsOfFocus, importedAt: at };
    await db.insert(catalogOverrides).values({ criterionId: o.id, ...values }).onConflictDoUpdate({ target: catalogOverrides.criterionId, set: values });
  }
}
