// The vendor inventory's queries, keys and labels.
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '../../../api.ts';
import type {
  DataClassification, ReportOpinion, ReportState, ReviewOutcome, VendorCriticality, VendorDetail, VendorList, VendorReminderList, VendorReportType,
  VendorReviewState,
} from '../../../contract.ts';

export interface VendorFilter {
  criticality?: VendorCriticality;
  subservice?: 'true' | 'false';
}

export const vendorKeys = {
  all: ['vendors'] as const,
  list: (f: VendorFilter) => ['vendors', 'list', f] as const,
  reminders: ['vendors', 'reminders'] as const,
  vendor: (id: string) => ['vendors', 'one', id] as const,
};

/** The inventory a page at a time (fetchNextPage for the next). */
export function useVendors(filter: VendorFilter) {
  return useInfiniteQuery({
    queryKey: vendorKeys.list(filter),
    queryFn: ({ pageParam }) => api.get<VendorList>('/api/v1/vendors', { ...filter, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
export function useReminders() {
  return useQuery({ queryKey: vendorKeys.reminders, queryFn: () => api.get<VendorReminderList>('/api/v1/vendors/reminders') });
}
export function useVendor(id: string) {
  return useQuery({ queryKey: vendorKeys.vendor(id), queryFn: () => api.get<VendorDetail>(`/api/v1/vendors/${id}`) });
}

export const CRITICALITY_LABELS: Record<VendorCriticality, string> = { low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' };
export const CRITICALITY_COLORS: Record<VendorCriticality, string> = { low: 'gray', medium: 'blue', high: 'orange', critical: 'red' };
export const CLASSIFICATION_LABELS: Record<DataClassification, string> = { public: 'Public', internal: 'Internal', confidential: 'Confidential', restricted: 'Restricted' };
export const METHOD_LABELS = { carve_out: 'Carve-out', inclusive: 'Inclusive' } as const;
export const REVIEW_STATE: Record<VendorReviewState, { label: string; color: string }> = {
  current: { label: 'Current', color: 'teal' },
  due_soon: { label: 'Due soon', color: 'yellow' },
  overdue: { label: 'Overdue', color: 'red' },
  never_reviewed: { label: 'Never reviewed', color: 'gray' },
};
export const REPORT_STATE: Record<ReportState, { label: string; color: string }> = {
  none: { label: 'No report', color: 'gray' },
  current: { label: 'Current', color: 'teal' },
  outdated: { label: 'Outdated', color: 'orange' },
};
export const REPORT_TYPE_LABELS: Record<VendorReportType, string> = {
  soc1_type1: 'SOC 1 Type I',
  soc1_type2: 'SOC 1 Type II',
  soc2_type1: 'SOC 2 Type I',
  soc2_type2: 'SOC 2 Type II',
  iso27001: 'ISO/IEC 27001 certificate',
  other: 'Other',
};
export const OPINION_LABELS: Record<ReportOpinion, string> = {
  unqualified: 'Unqualified',
  qualified: 'Qualified',
  adverse: 'Adverse',
  disclaimer: 'Disclaimer',
};
export const OUTCOME_LABELS: Record<ReviewOutcome, string> = {
  approved: 'Approved',
  approved_with_conditions: 'Approved with conditions',
  rejected: 'Rejected',
};
