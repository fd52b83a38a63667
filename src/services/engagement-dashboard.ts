// The engagement dashboard: where the examination stands. The firm's team sees controls by test status, the
// engagement's requests, sign-offs pending, exceptions and a weekly burn-down; the service organization sees the
// counts of the requests made to it, nothing of the firm's workpapers.
import { addDays, isoDate } from '../domain/calendar/dates.ts';
import { CONTROL_TEST_STATUSES, type ControlTestStatus, type EngagementDashboard } from '../contract/engagement-dashboard.ts';
import type { EngagementRequestRow, PlanWithControl, SampleItemStatus, SignoffRow } from '../db/examination-status.ts';
import { listCurrentSignoffs, listEngagementRequests, listExceptions, listSampleItemStatus, listTestPlans } from '../db/examination-status.ts';
import type { Ctx, Deps } from './context.ts';
import { loadEngagement } from './engagements.ts';
import { listPlans } from '../db/test-plans.ts';
import { loadParts, presentPlan } from './workpapers.ts';
import type { Db } from '../db/client.ts';
import type { EngagementView } from '../db/engagements.ts';
import { authorizeEngagement } from './gate.ts';
import { systemControls } from './design-review.ts';

const WAITING_ON_CLIENT = new Set(['open', 'returned']);
/** At most this many weeks are charted (the most recent). */
export const BURNDOWN_MAX_WEEKS = 104;

export function requestCounts(rows: readonly Pick<EngagementRequestRow, 'status' | 'dueOn'>[], today: string): EngagementDashboard['requests'] {
  const open = rows.filter((r) => WAITING_ON_CLIENT.has(r.status));
  return {
    total: rows.length,
    open: open.length,
    overdue: open.filter((r) => r.dueOn !== null && r.dueOn < today).length,
    answered: rows.filter((r) => r.status === 'submitted' || r.status === 'accepted').length,
    accepted: rows.filter((r) => r.status === 'accepted').length,
  };
}

/** The Monday (UTC) of the week `at` falls in, as an ISO date. */
export function weekStartOf(at: Date): string {
  const day = isoDate(at);
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

export interface BurndownInput {
  /** Sample items with the time their plan's selection was made. */
  items: readonly { selectedAt: Date; result: string | null; updatedAt: Date }[];
  requests: readonly { createdAt: Date; acceptedAt: Date | null }[];
  now: Date;
}

/**
 * One point per week from the week of the first selection or request to the current week: the sample items without
 * a result and the requests not accepted at the end of that week (or now, for the current week). A result counts
 * from the item's last update, the closest timestamp recorded for it.
 */
export function burndown({ items, requests, now }: BurndownInput): EngagementDashboard['burndown'] & object {
  const starts = [...items.map((i) => i.selectedAt), ...requests.map((r) => r.createdAt)].map((d) => d.getTime());
  if (starts.length === 0) return [];
  const first = weekStartOf(new Date(Math.min(...starts)));
  const last = weekStartOf(now);
  const weeks: string[] = [];
  for (let w = first; w <= last; w = addDays(w, 7)) weeks.push(w);
  return weeks.slice(-BURNDOWN_MAX_WEEKS).map((weekStart) => {
    const end = Math.min(new Date(`${addDays(weekStart, 7)}T00:00:00Z`).getTime(), now.getTime());
    const openSampleItems = items.filter((i) => i.selectedAt.getTime() < end && !(i.result !== null && i.updatedAt.getTime() < end)).length;
    const openRequests = requests.filter((r) => r.createdAt.getTime() < end && !(r.acceptedAt !== null && r.acceptedAt.getTime() < end)).length;
    return { weekStart, openSampleItems, openRequests };
  });
}

export function controlTestStatus(plan: Pick<PlanWithControl, 'conclusion'> | undefined, items: readonly Pick<SampleItemStatus, 'result'>[]): ControlTestStatus {
  if (!plan) return 'not_planned';
  if (plan.conclusion) return plan.conclusion;
  if (items.length === 0) return 'planned';
  return items.some((i) => i.result !== null) ? 'in_progress' : 'sampled';
}

/** Sign-offs pending, and reviews whose digest no longer matches what the plan holds now (the test plans' own rule). */
async function signoffState(db: Db, e: EngagementView, plans: readonly PlanWithControl[], signoffs: readonly SignoffRow[]): Promise<NonNullable<EngagementDashboard['signoffs']>> {
  let awaitingPreparer = 0;
  let awaitingReviewer = 0;
  for (const plan of plans) {
    const current = signoffs.filter((s) => s.testPlanId === plan.id);
    if (!current.some((s) => s.role === 'preparer')) awaitingPreparer += 1;
    else if (!current.some((s) => s.role === 'reviewer')) awaitingReviewer += 1;
  }
  const rows = await listPlans(db, e.id);
  const parts = await loadParts(db, e, rows);
  const changedSinceReview = rows.filter((r) => presentPlan(e, r, parts).signoffs.changedSinceReview).length;
  return { tests: plans.length, awaitingPreparer, awaitingReviewer, changedSinceReview };
}

export async function readEngagementDashboard(deps: Deps, ctx: Ctx, id: string): Promise<EngagementDashboard> {
  const { engagement: e, access } = await loadEngagement(deps.db, ctx, id, 'engagement.read');
  const now = deps.now();
  const requests = await listEngagementRequests(deps.db, e.id, e.serviceOrgId);
  const base = { engagementId: e.id, side: access.side, asOf: now.toISOString(), requests: requestCounts(requests, isoDate(now)) };
  if (access.side === 'service_org') return { ...base, controls: null, signoffs: null, exceptions: null, burndown: null };
  authorizeEngagement(ctx, e, 'workpaper.read');

  const [controls, plans, items, exceptions, signoffs] = await Promise.all([
    systemControls(deps.db, e), listTestPlans(deps.db, e.id), listSampleItemStatus(deps.db, e.id), listExceptions(deps.db, e.id), listCurrentSignoffs(deps.db, e.id),
  ]);
  const planByControl = new Map(plans.map((p) => [p.controlId, p]));
  const listed = [...controls.map((c) => ({ id: c.id, code: c.code, title: c.title })), ...plans.filter((p) => !controls.some((c) => c.id === p.controlId)).map((p) => ({ id: p.controlId, code: p.controlCode, title: p.controlTitle }))];
  const rows = listed.sort((a, b) => a.code.localeCompare(b.code)).map((c) => {
    const plan = planByControl.get(c.id);
    const mine = plan ? items.filter((i) => i.testPlanId === plan.id) : [];
    const count = (r: string | null) => mine.filter((i) => i.result === r).length;
    return {
      ...c,
      status: controlTestStatus(plan, mine),
      sampleSize: plan?.sampleSize ?? null,
      results: { pass: count('pass'), deviation: count('deviation'), notApplicable: count('not_applicable'), pending: count(null) },
    };
  });
  const counts = Object.fromEntries(CONTROL_TEST_STATUSES.map((s) => [s, rows.filter((r) => r.status === s).length])) as Record<ControlTestStatus, number>;
  const planById = new Map(plans.map((p) => [p.id, p]));
  return {
    ...base,
    controls: { counts, items: rows },
    signoffs: await signoffState(deps.db, e, plans, signoffs),
    exceptions: {
      count: exceptions.length,
      sent: exceptions.filter((x) => x.sentAt).length,
      responded: exceptions.filter((x) => x.managementResponse !== null && x.managementResponse !== '').length,
      material: exceptions.filter((x) => x.material).length,
    },
    burndown: burndown({
      items: items.map((i) => { const p = planById.get(i.testPlanId)!; return { selectedAt: p.selectedAt ?? p.createdAt, result: i.result, updatedAt: i.updatedAt }; }),
      requests,
      now,
    }),
  };
}
