// When each vendor is next due for review, whether its SOC report is current, and what to remind people of.
import type { ReportOpinion, ReportState, ReportType, ReviewOutcome, ReviewState, VendorCriticality, VendorStatus } from '../../contract/vendors.ts';
import { addMonths, daysBetween } from '../calendar/dates.ts';

/** Months between reviews, by criticality (the one table to change for another policy). */
export const REVIEW_CADENCE_MONTHS: Readonly<Record<VendorCriticality, number>> = { critical: 12, high: 12, medium: 24, low: 36 };
/** A review falls due "soon" this many days ahead. */
export const DUE_SOON_DAYS = 30;
/** A report whose period ended more than this many months ago no longer covers the vendor. */
export const REPORT_MAX_AGE_MONTHS = 12;

export interface CadenceVendor {
  name: string;
  criticality: VendorCriticality;
  subservice: boolean;
}
export interface CadenceReview {
  reviewedOn: string;
  outcome: ReviewOutcome;
}
export interface CadenceReport {
  type: ReportType;
  periodEnd: string;
  opinion: ReportOpinion | null;
}

function latestBy<T>(items: readonly T[], key: (t: T) => string): T | undefined {
  return items.reduce<T | undefined>((best, x) => (best === undefined || key(x) > key(best) ? x : best), undefined);
}

function reviewStateOf(nextDue: string | null, today: string): ReviewState {
  if (nextDue === null) return 'never_reviewed';
  const days = daysBetween(today, nextDue);
  if (days < 0) return 'overdue';
  return days <= DUE_SOON_DAYS ? 'due_soon' : 'current';
}

function reportStateOf(latest: CadenceReport | undefined, today: string): ReportState {
  if (!latest) return 'none';
  return latest.periodEnd < addMonths(today, -REPORT_MAX_AGE_MONTHS) ? 'outdated' : 'current';
}

function reviewReminder(v: CadenceVendor, state: ReviewState, nextDue: string | null, today: string): string[] {
  if (state === 'never_reviewed') return [`${v.name} has never been reviewed.`];
  if (state === 'overdue') return [`The review of ${v.name} was due on ${nextDue} (${daysBetween(nextDue!, today)} days overdue).`];
  if (state === 'due_soon') return [`The review of ${v.name} is due on ${nextDue}.`];
  return [];
}

function reportReminders(v: CadenceVendor, state: ReportState, latest: CadenceReport | undefined): string[] {
  if (state === 'none') return v.subservice ? [`${v.name} is a subservice organization with no SOC report on file.`] : [];
  const out = state === 'outdated' ? [`The latest report from ${v.name} covers a period that ended on ${latest!.periodEnd}; request a current one.`] : [];
  if (latest!.opinion && latest!.opinion !== 'unqualified') out.push(`The latest report from ${v.name} has a ${latest!.opinion} opinion; assess its effect.`);
  return out;
}

/** The vendor's review and report status on `today` (an ISO date). */
export function vendorStatus(
  vendor: CadenceVendor,
  reviews: readonly CadenceReview[],
  reports: readonly CadenceReport[],
  today: string,
  cadence: Readonly<Record<VendorCriticality, number>> = REVIEW_CADENCE_MONTHS,
): VendorStatus {
  const lastReview = latestBy(reviews, (r) => r.reviewedOn);
  const latestReport = latestBy(reports, (r) => r.periodEnd);
  const cadenceMonths = cadence[vendor.criticality];
  const nextReviewDue = lastReview ? addMonths(lastReview.reviewedOn, cadenceMonths) : null;
  const reviewState = reviewStateOf(nextReviewDue, today);
  const reportState = reportStateOf(latestReport, today);
  const rejected = lastReview?.outcome === 'rejected' ? [`The last review of ${vendor.name} (${lastReview.reviewedOn}) rejected the vendor.`] : [];
  return {
    reviewState,
    lastReviewedOn: lastReview?.reviewedOn ?? null,
    nextReviewDue,
    cadenceMonths,
    reportState,
    latestReportPeriodEnd: latestReport?.periodEnd ?? null,
    qualifiedOpinion: latestReport?.opinion != null && latestReport.opinion !== 'unqualified',
    reminders: [...reviewReminder(vendor, reviewState, nextReviewDue, today), ...rejected, ...reportReminders(vendor, reportState, latestReport)],
  };
}

/** Whether the vendor belongs on the reminders list: a review due, soon or overdue, or a missing or outdated report. */
export function needsAttention(status: VendorStatus): boolean {
  return status.reminders.length > 0;
}
