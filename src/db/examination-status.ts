// Read-only queries over an engagement's workpapers and requests, for the opinion's inputs, the dashboard and the
// test matrix export. The caller has passed the engagement gate; every query is keyed by the engagement id.
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from './client.ts';
import { controls, requestControls, requests, sampleItems, signoffs, testExceptions, testPlans } from './schema.ts';

export type TestPlanRow = typeof testPlans.$inferSelect;
export type ExceptionRow = typeof testExceptions.$inferSelect;
export type SignoffRow = typeof signoffs.$inferSelect;

export interface EngagementRequestRow {
  id: string;
  title: string;
  status: 'open' | 'submitted' | 'accepted' | 'returned';
  dueOn: string | null;
  createdAt: Date;
  acceptedAt: Date | null;
}

/** The requests the firm made through the engagement (they live in the service organization's data). */
export async function listEngagementRequests(db: Db, engagementId: string, serviceOrgId: string): Promise<EngagementRequestRow[]> {
  return db
    .select({ id: requests.id, title: requests.title, status: requests.status, dueOn: requests.dueOn, createdAt: requests.createdAt, acceptedAt: requests.acceptedAt })
    .from(requests)
    .where(and(eq(requests.organizationId, serviceOrgId), eq(requests.engagementId, engagementId)))
    .orderBy(asc(requests.createdAt), asc(requests.id));
}

/** The controls each request is linked to, directly or through the sample item it asks about. */
export async function requestControlCriteria(db: Db, engagementId: string, serviceOrgId: string, requestIds: string[]): Promise<Map<string, { controlId: string; code: string; criteria: string[] }[]>> {
  const out = new Map<string, { controlId: string; code: string; criteria: string[] }[]>();
  if (requestIds.length === 0) return out;
  const direct = await db
    .select({ requestId: requestControls.requestId, controlId: controls.id, code: controls.code, criteria: controls.criteria })
    .from(requestControls)
    .innerJoin(controls, eq(controls.id, requestControls.controlId))
    .where(and(eq(requestControls.organizationId, serviceOrgId), inArray(requestControls.requestId, requestIds)));
  const viaSample = await db
    .select({ requestId: sampleItems.requestId, controlId: controls.id, code: controls.code, criteria: controls.criteria })
    .from(sampleItems)
    .innerJoin(testPlans, eq(testPlans.id, sampleItems.testPlanId))
    .innerJoin(controls, eq(controls.id, testPlans.controlId))
    .where(and(eq(sampleItems.engagementId, engagementId), inArray(sampleItems.requestId, requestIds)));
  for (const r of [...direct, ...viaSample]) {
    if (!r.requestId) continue;
    const list = out.get(r.requestId) ?? [];
    if (!list.some((c) => c.controlId === r.controlId)) list.push({ controlId: r.controlId, code: r.code, criteria: r.criteria });
    out.set(r.requestId, list);
  }
  return out;
}

export interface PlanWithControl extends TestPlanRow {
  controlCode: string;
  controlTitle: string;
  controlCriteria: string[];
}

export async function listTestPlans(db: Db, engagementId: string): Promise<PlanWithControl[]> {
  const rows = await db
    .select({ plan: testPlans, code: controls.code, title: controls.title, criteria: controls.criteria })
    .from(testPlans)
    .innerJoin(controls, eq(controls.id, testPlans.controlId))
    .where(eq(testPlans.engagementId, engagementId))
    .orderBy(asc(controls.code), asc(testPlans.id));
  return rows.map((r) => ({ ...r.plan, controlCode: r.code, controlTitle: r.title, controlCriteria: r.criteria }));
}

export interface SampleItemStatus {
  testPlanId: string;
  result: 'pass' | 'deviation' | 'not_applicable' | null;
  updatedAt: Date;
}

export async function listSampleItemStatus(db: Db, engagementId: string): Promise<SampleItemStatus[]> {
  return db.select({ testPlanId: sampleItems.testPlanId, result: sampleItems.result, updatedAt: sampleItems.updatedAt }).from(sampleItems).where(eq(sampleItems.engagementId, engagementId));
}

export async function listExceptions(db: Db, engagementId: string): Promise<ExceptionRow[]> {
  return db.select().from(testExceptions).where(eq(testExceptions.engagementId, engagementId)).orderBy(asc(testExceptions.createdAt));
}

/** The sign-offs in force (not superseded by a later one of the same role). */
export async function listCurrentSignoffs(db: Db, engagementId: string): Promise<SignoffRow[]> {
  return db.select().from(signoffs).where(and(eq(signoffs.engagementId, engagementId), isNull(signoffs.supersededAt))).orderBy(asc(signoffs.signedAt));
}
