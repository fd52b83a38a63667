// Data access for the risk register and the controls linked to each risk.
import { and, asc, desc, eq, getTableColumns, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from './client.ts';
import { controls, riskAssessments, riskControls, risks } from './schema.ts';
import type { Scope } from '../services/context.ts';

export type RiskRow = typeof risks.$inferSelect;
export type RiskValues = Omit<typeof risks.$inferInsert, 'id' | 'organizationId' | 'createdAt' | 'updatedAt'>;
export type RiskAssessmentRow = typeof riskAssessments.$inferSelect;

export interface RiskFilter {
  status?: 'open' | 'closed' | undefined;
  category?: string | undefined;
}

const SCAN_PAGE = 2000;

/** The exact registration time as text (microseconds, UTC): the risks' sort key, carried by cursors. */
const registered = sql<string>`to_char(${risks.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

function riskWhere(scope: Scope, filter: RiskFilter, after: { key: string; id: string } | undefined): SQL[] {
  const where: SQL[] = [eq(risks.organizationId, scope.organizationId)];
  if (filter.status) where.push(eq(risks.status, filter.status));
  if (filter.category) where.push(eq(risks.category, filter.category));
  if (after) where.push(sql`(${risks.createdAt}, ${risks.id}) > (${after.key}::timestamptz, ${after.id}::uuid)`);
  return where;
}

export type RiskPageRow = RiskRow & { sortKey: string };

/** Risks, the oldest first (the order they were registered), then by id; `after` is the (sortKey, id) of the previous page's last risk. */
export async function listRisks(db: Db, scope: Scope, filter: RiskFilter, limit: number, after?: { key: string; id: string }): Promise<RiskPageRow[]> {
  return db
    .select({ ...getTableColumns(risks), sortKey: registered })
    .from(risks)
    .where(and(...riskWhere(scope, filter, after)))
    .orderBy(asc(risks.createdAt), asc(risks.id))
    .limit(limit);
}

export interface RiskScoring {
  id: string;
  inherentLikelihood: number;
  inherentImpact: number;
  residualLikelihood: number;
  residualImpact: number;
  status: RiskRow['status'];
  reviewDate: string | null;
}

/** The scoring fields of every risk that matches, in register order (for the summary and the heat map), read page by page. */
export async function listRiskScoring(db: Db, scope: Scope, filter: RiskFilter): Promise<RiskScoring[]> {
  const columns = { id: risks.id, inherentLikelihood: risks.inherentLikelihood, inherentImpact: risks.inherentImpact, residualLikelihood: risks.residualLikelihood, residualImpact: risks.residualImpact, status: risks.status, reviewDate: risks.reviewDate, sortKey: registered };
  const all: RiskScoring[] = [];
  for (let after: { key: string; id: string } | undefined; ;) {
    const rows = await db.select(columns).from(risks).where(and(...riskWhere(scope, filter, after))).orderBy(asc(risks.createdAt), asc(risks.id)).limit(SCAN_PAGE);
    all.push(...rows);
    if (rows.length < SCAN_PAGE) return all;
    const last = rows[rows.length - 1]!;
    after = { key: last.sortKey, id: last.id };
  }
}

export async function getRisk(db: Db, scope: Scope, id: string): Promise<RiskRow | undefined> {
  const [row] = await db.select().from(risks).where(and(eq(risks.organizationId, scope.organizationId), eq(risks.id, id)));
  return row;
}

export async function insertRisk(db: Db, scope: Scope, values: RiskValues): Promise<RiskRow> {
  const [row] = await db.insert(risks).values({ ...values, organizationId: scope.organizationId }).returning();
  return row!;
}

export async function updateRisk(db: Db, scope: Scope, id: string, values: Partial<RiskValues>, at: Date): Promise<RiskRow> {
  const [row] = await db
    .update(risks)
    .set({ ...values, updatedAt: at })
    .where(and(eq(risks.organizationId, scope.organizationId), eq(risks.id, id)))
    .returning();
  return row!;
}

/** The controls linked to each of the risks, by control code. */
export async function listRiskControls(db: Db, scope: Scope, riskIds: string[]) {
  if (riskIds.length === 0) return [];
  return db
    .select({ riskId: riskControls.riskId, id: controls.id, systemId: controls.systemId, code: controls.code, title: controls.title })
    .from(riskControls)
    .innerJoin(controls, eq(controls.id, riskControls.controlId))
    .where(and(eq(riskControls.organizationId, scope.organizationId), inArray(riskControls.riskId, riskIds)))
    .orderBy(asc(controls.code));
}

export async function replaceRiskControls(db: Db, scope: Scope, riskId: string, controlIds: string[]): Promise<void> {
  await db.delete(riskControls).where(and(eq(riskControls.organizationId, scope.organizationId), eq(riskControls.riskId, riskId)));
  if (controlIds.length === 0) return;
  await db.insert(riskControls).values(controlIds.map((controlId) => ({ organizationId: scope.organizationId, riskId, controlId })));
}

/** The ids among `ids` that are controls of this organization. */
export async function existingControlIds(db: Db, scope: Scope, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.select({ id: controls.id }).from(controls).where(and(eq(controls.organizationId, scope.organizationId), inArray(controls.id, ids)));
  return new Set(rows.map((r) => r.id));
}

/** Risk assessments, the latest first. */
export async function listRiskAssessments(db: Db, scope: Scope, limit: number): Promise<RiskAssessmentRow[]> {
  return db
    .select()
    .from(riskAssessments)
    .where(eq(riskAssessments.organizationId, scope.organizationId))
    .orderBy(desc(riskAssessments.performedOn), desc(riskAssessments.createdAt))
    .limit(limit);
}

export async function insertRiskAssessment(db: Db, scope: Scope, values: Omit<typeof riskAssessments.$inferInsert, 'id' | 'organizationId' | 'createdAt'>): Promise<RiskAssessmentRow> {
  const [row] = await db.insert(riskAssessments).values({ ...values, organizationId: scope.organizationId }).returning();
  return row!;
}
