// Vendor reviews, SOC reports on file, and the reminders list (reviews due or overdue, reports missing or outdated).
import type { CreateVendorReportRequest, CreateVendorReviewRequest, VendorCriticality, VendorDetail, VendorReminderList } from '../contract/vendors.ts';
import { isoDate } from '../domain/calendar/dates.ts';
import { needsAttention } from '../domain/vendors/cadence.ts';
import { checkReport } from '../domain/vendors/validate.ts';
import { listVendors } from '../db/vendors.ts';
import { insertReport, insertReview, latestReports, latestReviews } from '../db/vendor-reviews.ts';
import type { Ctx, Deps } from './context.ts';
import { AppError, type FieldError } from './errors.ts';
import { authorize } from './gate.ts';
import { actorOf, recordAudit } from './audit.ts';
import { isPerson } from './people-refs.ts';
import { statusOf } from './vendor-present.ts';
import { loadVendor, vendorDetail } from './vendors.ts';

/** The reminders list considers at most this many vendors (the inventory of one organization). */
const REMINDER_SCAN = 5000;

const invalid = (fields: FieldError[]) => new AppError('validation_failed', fields.map((f) => `${f.path}: ${f.message}`).join('; '), { fields });

export async function recordVendorReview(deps: Deps, ctx: Ctx, vendorId: string, input: CreateVendorReviewRequest): Promise<VendorDetail> {
  const scope = authorize(ctx, 'vendor.write');
  const today = isoDate(deps.now());
  return deps.db.transaction(async (tx) => {
    const vendor = await loadVendor(tx, scope, vendorId);
    const fields: FieldError[] = [];
    if (input.reviewedOn > today) fields.push({ path: 'reviewedOn', message: 'must not be in the future' });
    if (!(await isPerson(tx, scope, input.reviewerId))) fields.push({ path: 'reviewerId', message: 'no such person in this organization' });
    if (fields.length) throw invalid(fields);
    const review = await insertReview(tx, scope, vendorId, input);
    const data = { name: vendor.name, reviewId: review.id, reviewedOn: review.reviewedOn, reviewerId: input.reviewerId, outcome: review.outcome };
    await recordAudit(tx, { org: scope.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'vendor.reviewed', objectType: 'vendor', objectId: vendorId, data, at: deps.now() });
    return vendorDetail(tx, scope, vendor, today);
  });
}

export async function addVendorReport(deps: Deps, ctx: Ctx, vendorId: string, input: CreateVendorReportRequest): Promise<VendorDetail> {
  const scope = authorize(ctx, 'vendor.write');
  const today = isoDate(deps.now());
  return deps.db.transaction(async (tx) => {
    const vendor = await loadVendor(tx, scope, vendorId);
    const problems = checkReport(input, today);
    if (problems.length) throw invalid(problems);
    const report = await insertReport(tx, scope, vendorId, input);
    const data = { name: vendor.name, reportId: report.id, type: report.type, periodStart: report.periodStart, periodEnd: report.periodEnd, opinion: report.opinion, bridgeLetter: report.bridgeLetter };
    await recordAudit(tx, { org: scope.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'vendor.report_added', objectType: 'vendor', objectId: vendorId, data, at: deps.now() });
    return vendorDetail(tx, scope, vendor, today);
  });
}

/** Every vendor that needs attention today, the overdue and never-reviewed first, then by name. */
export async function vendorReminders(deps: Deps, ctx: Ctx): Promise<VendorReminderList> {
  const scope = authorize(ctx, 'vendor.read');
  const today = isoDate(deps.now());
  const rows = await listVendors(deps.db, scope, {}, REMINDER_SCAN);
  const ids = rows.map((r) => r.id);
  const reviews = new Map((await latestReviews(deps.db, scope, ids)).map((x) => [x.vendorId, x]));
  const reports = new Map((await latestReports(deps.db, scope, ids)).map((x) => [x.vendorId, x]));
  const one = <T>(x: T | undefined) => (x ? [x] : []);
  const urgency = { overdue: 0, never_reviewed: 1, due_soon: 2, current: 3 } as const;
  const reminders = rows
    .map((r) => ({ vendor: { id: r.id, name: r.name, criticality: r.criticality as VendorCriticality }, status: statusOf(r, one(reviews.get(r.id)), one(reports.get(r.id)), today) }))
    .filter((x) => needsAttention(x.status))
    .sort((a, b) => urgency[a.status.reviewState] - urgency[b.status.reviewState]);
  return { today, reminders };
}
