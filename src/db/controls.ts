// Data access for controls adopted into a system.
import { and, asc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from './client.ts';
import { systemLimit } from './limits.ts';
import { controls } from './schema.ts';
import type { Scope } from '../services/context.ts';

export type ControlRow = typeof controls.$inferSelect;
export type ControlValues = Omit<typeof controls.$inferInsert, 'id' | 'organizationId' | 'createdAt' | 'updatedAt'>;

export interface ControlFilter {
  status: 'active' | 'retired' | 'all';
  criterion?: string | undefined;
  ownerId?: string | undefined;
  q?: string | undefined;
}

function controlWhere(scope: Scope, systemId: string, filter: ControlFilter): SQL[] {
  const where: SQL[] = [eq(controls.organizationId, scope.organizationId), eq(controls.systemId, systemId)];
  const limit = systemLimit(scope, controls.systemId);
  if (limit) where.push(limit);
  if (filter.status !== 'all') where.push(eq(controls.status, filter.status));
  if (filter.criterion) where.push(sql`${controls.criteria} @> ${JSON.stringify([filter.criterion])}::jsonb`);
  if (filter.ownerId) where.push(or(eq(controls.ownerId, filter.ownerId), eq(controls.backupOwnerId, filter.ownerId))!);
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
    where.push(or(ilike(controls.code, like), ilike(controls.title, like), ilike(controls.activity, like))!);
  }
  return where;
}

/** A page of a system's controls ordered by code, then id; `after` is the (code, id) of the previous page's last control. */
export async function listControlsPage(db: Db, scope: Scope, systemId: string, filter: ControlFilter, page: { after?: { key: string; id: string } | undefined; limit: number }): Promise<ControlRow[]> {
  const where = controlWhere(scope, systemId, filter);
  if (page.after) where.push(sql`(${controls.code}, ${controls.id}) > (${page.after.key}, ${page.after.id}::uuid)`);
  return db.select().from(controls).where(and(...where)).orderBy(asc(controls.code), asc(controls.id)).limit(page.limit);
}

const SCAN_PAGE = 1000;

/** Every control of the system that matches, read page by page (for readiness, the matrix, the description). */
export async function listControls(db: Db, scope: Scope, systemId: string, filter: ControlFilter): Promise<ControlRow[]> {
  const all: ControlRow[] = [];
  for (let after: { key: string; id: string } | undefined; ;) {
    const rows = await listControlsPage(db, scope, systemId, filter, { after, limit: SCAN_PAGE });
    all.push(...rows);
    if (rows.length < SCAN_PAGE) return all;
    const last = rows[rows.length - 1]!;
    after = { key: last.code, id: last.id };
  }
}

export async function getControl(db: Db, scope: Scope, id: string): Promise<ControlRow | undefined> {
  const [row] = await db.select().from(controls).where(and(eq(controls.organizationId, scope.organizationId), eq(controls.id, id), systemLimit(scope, controls.systemId)));
  return row;
}

export async function listControlCodes(db: Db, scope: Scope, systemId: string): Promise<string[]> {
  const rows = await db
    .select({ code: controls.code })
    .from(controls)
    .where(and(eq(controls.organizationId, scope.organizationId), eq(controls.systemId, systemId)))
    .limit(5000);
  return rows.map((r) => r.code);
}

export async function insertControls(db: Db, scope: Scope, values: ControlValues[]): Promise<ControlRow[]> {
  if (values.length === 0) return [];
  return db.insert(controls).values(values.map((v) => ({ ...v, organizationId: scope.organizationId }))).returning();
}

export async function updateControl(db: Db, scope: Scope, id: string, values: Partial<ControlValues>, at: Date): Promise<ControlRow> {
  const [row] = await db
    .update(controls)
    .set({ ...values, updatedAt: at })
    .where(and(eq(controls.organizationId, scope.organizationId), eq(controls.id, id)))
    .returning();
  return row!;
}
