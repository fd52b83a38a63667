// Read-only queries for evidence freshness: which evidence periods each control has. Only SELECTs.
import { and, eq, gte, inArray, isNull, lte } from 'drizzle-orm';
import type { Db } from './client.ts';
import { evidenceControls, evidenceItems, people } from './schema.ts';
import type { Scope } from '../services/context.ts';

export interface ControlEvidencePeriod {
  controlId: string;
  id: string;
  title: string;
  periodStart: string;
  periodEnd: string;
}

/** The most rows read for one freshness computation (a year of daily evidence for about 130 controls). */
export const COVERAGE_READ_LIMIT = 50_000;

/**
 * The current (not superseded, not removed) evidence items linked to any of the controls whose period
 * overlaps [from, to], by control. Superseded and removed items never count toward freshness.
 */
export async function currentEvidencePeriods(db: Db, scope: Scope, controlIds: readonly string[], range: { from: string; to: string }): Promise<ControlEvidencePeriod[]> {
  if (controlIds.length === 0) return [];
  return db
    .select({
      controlId: evidenceControls.controlId,
      id: evidenceItems.id,
      title: evidenceItems.title,
      periodStart: evidenceItems.periodStart,
      periodEnd: evidenceItems.periodEnd,
    })
    .from(evidenceControls)
    .innerJoin(evidenceItems, and(eq(evidenceItems.id, evidenceControls.evidenceId), eq(evidenceItems.organizationId, scope.organizationId)))
    .where(and(
      eq(evidenceControls.organizationId, scope.organizationId),
      inArray(evidenceControls.controlId, [...controlIds]),
      isNull(evidenceItems.supersededById),
      isNull(evidenceItems.removedAt),
      lte(evidenceItems.periodStart, range.to),
      gte(evidenceItems.periodEnd, range.from),
    ))
    .orderBy(evidenceItems.periodStart, evidenceItems.id)
    .limit(COVERAGE_READ_LIMIT);
}

/** Whether any evidence item (whatever its period or status) was ever linked to one of the controls. */
export async function anyEvidenceForControls(db: Db, scope: Scope, controlIds: readonly string[]): Promise<boolean> {
  if (controlIds.length === 0) return false;
  const rows = await db
    .select({ id: evidenceControls.evidenceId })
    .from(evidenceControls)
    .where(and(eq(evidenceControls.organizationId, scope.organizationId), inArray(evidenceControls.controlId, [...controlIds])))
    .limit(1);
  return rows.length > 0;
}

/** The person on the roster linked to a user account, if any. */
export async function personOfUser(db: Db, scope: Scope, userId: string) {
  const [row] = await db
    .select({ id: people.id, name: people.name, email: people.email })
    .from(people)
    .where(and(eq(people.organizationId, scope.organizationId), eq(people.userId, userId)))
    .limit(1);
  return row;
}
