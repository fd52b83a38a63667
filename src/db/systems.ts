// Data access for systems under examination.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from './client.ts';
import { systemLimit } from './limits.ts';
import { systems } from './schema.ts';
import type { Scope } from '../services/context.ts';

export type SystemRow = typeof systems.$inferSelect;
export type SystemValues = Omit<typeof systems.$inferInsert, 'id' | 'organizationId' | 'createdAt' | 'updatedAt'>;

export async function listSystems(db: Db, scope: Scope) {
  return db
    .select({
      id: systems.id,
      name: systems.name,
      categories: systems.categories,
      updatedAt: systems.updatedAt,
      // Qualified by hand: inside a raw subquery drizzle renders bare column names, which would bind to the inner table.
      activeControls: sql<number>`(select count(*)::int from controls c where c.system_id = "systems"."id" and c.status = 'active')`,
    })
    .from(systems)
    .where(and(eq(systems.organizationId, scope.organizationId), systemLimit(scope, systems.id)))
    .orderBy(asc(systems.name))
    .limit(500);
}

export async function getSystem(db: Db, scope: Scope, id: string): Promise<SystemRow | undefined> {
  const [row] = await db.select().from(systems).where(and(eq(systems.organizationId, scope.organizationId), eq(systems.id, id), systemLimit(scope, systems.id)));
  return row;
}

export async function insertSystem(db: Db, scope: Scope, values: SystemValues): Promise<SystemRow> {
  const [row] = await db.insert(systems).values({ ...values, organizationId: scope.organizationId }).returning();
  return row!;
}

export async function updateSystem(db: Db, scope: Scope, id: string, values: Partial<SystemValues>, at: Date): Promise<SystemRow> {
  const [row] = await db
    .update(systems)
    .set({ ...values, updatedAt: at })
    .where(and(eq(systems.organizationId, scope.organizationId), eq(systems.id, id)))
    .returning();
  return row!;
}
