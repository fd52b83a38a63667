// The vocabulary of engagements: report types and the statuses an engagement moves through.
export const REPORT_TYPES = ['type1', 'type2'] as const;
export type ReportType = (typeof REPORT_TYPES)[number];
export const REPORT_TYPE_LABELS: Record<ReportType, string> = { type1: 'Type I', type2: 'Type II' };

export const ENGAGEMENT_STATUSES = ['proposed', 'planning', 'design_review', 'fieldwork', 'review', 'reporting', 'issued', 'declined', 'withdrawn'] as const;
export type EngagementStatus = (typeof ENGAGEMENT_STATUSES)[number];

export const ENGAGEMENT_STATUS_LABELS: Record<EngagementStatus, string> = {
  proposed: 'Proposed',
  planning: 'Planning',
  design_review: 'Design review',
  fieldwork: 'Fieldwork',
  review: 'Review',
  reporting: 'Reporting',
  issued: 'Issued',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
};
