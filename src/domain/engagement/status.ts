// The life of an engagement: proposed, then accepted into planning, through design review and fieldwork to the report.
import { ENGAGEMENT_STATUSES, ENGAGEMENT_STATUS_LABELS, type EngagementStatus, type ReportType } from '../../contract/engagement-vocabulary.ts';

export { ENGAGEMENT_STATUSES, ENGAGEMENT_STATUS_LABELS, type EngagementStatus };

/** The phases the firm moves an accepted engagement through, in order. Type I has no fieldwork (no operating tests). */
export function phases(reportType: ReportType): EngagementStatus[] {
  return reportType === 'type1'
    ? ['planning', 'design_review', 'review', 'reporting']
    : ['planning', 'design_review', 'fieldwork', 'review', 'reporting'];
}

/** Where the firm may move an engagement from `status`: one phase on, or one back for rework. Issuing is the report's job. */
export function nextStatuses(status: EngagementStatus, reportType: ReportType): EngagementStatus[] {
  const order = phases(reportType);
  const i = order.indexOf(status);
  if (i < 0) return [];
  return [order[i + 1], order[i - 1]].filter((s): s is EngagementStatus => s !== undefined);
}

export const isClosed = (status: EngagementStatus): boolean => status === 'issued' || status === 'declined' || status === 'withdrawn';

/** An engagement gives its firm access to the client's data only once accepted and until it closes (issued stays readable). */
export const grantsAccess = (status: EngagementStatus): boolean => status !== 'proposed' && status !== 'declined' && status !== 'withdrawn';
