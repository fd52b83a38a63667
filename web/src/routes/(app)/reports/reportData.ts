// The report area's queries, keys and file links: issued reports (the org's list), one engagement's draft and
// management's assertion, the firm's report settings. The files are plain links: the session cookie carries them.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api.ts';
import type { FirmReportSettings, Membership, ReportAssertion, ReportDraft, ReportFormat, ReportList, ReportSummary } from '../../../contract.ts';
import { engagementKeys } from '../audits/engagementData.ts';

export const reportKeys = {
  list: ['reports', 'list'] as const,
  // Under the engagement's key, so whatever refreshes the engagement refreshes its report too.
  draft: (engagementId: string) => [...engagementKeys.one(engagementId), 'report', 'draft'] as const,
  assertion: (engagementId: string) => [...engagementKeys.one(engagementId), 'report', 'assertion'] as const,
  settings: ['report-settings'] as const,
};

export function useReports() {
  return useQuery({ queryKey: reportKeys.list, queryFn: () => api.get<ReportList>('/api/v1/reports') });
}
export function useReportDraft(engagementId: string) {
  return useQuery({ queryKey: reportKeys.draft(engagementId), queryFn: () => api.get<ReportDraft>(`/api/v1/engagements/${engagementId}/report/draft`) });
}
export function useAssertion(engagementId: string) {
  return useQuery({ queryKey: reportKeys.assertion(engagementId), queryFn: () => api.get<ReportAssertion>(`/api/v1/engagements/${engagementId}/assertion`) });
}
export function useFirmReportSettings(enabled: boolean) {
  return useQuery({ queryKey: reportKeys.settings, queryFn: () => api.get<FirmReportSettings>('/api/v1/report-settings'), enabled });
}

export const FORMAT_LABELS: Record<ReportFormat, string> = { pdf: 'PDF', docx: 'DOCX', html: 'HTML' };

export const draftFileUrl = (engagementId: string, format: ReportFormat) => `/api/v1/engagements/${engagementId}/report/draft/file?format=${format}`;
export const reportFileUrl = (reportId: string, format: ReportFormat) => `/api/v1/reports/${reportId}/file?format=${format}`;

/** The first 12 hex digits: enough to tell versions apart on screen; the copy button gives the whole digest. */
export const shortSha = (sha256: string) => sha256.slice(0, 12);

/** The version in force: the newest one nothing replaced (the list may come in any order). */
export function latestReport(reports: readonly ReportSummary[]): ReportSummary | null {
  const current = reports.filter((r) => !r.replacedBy);
  const pool = current.length ? current : reports;
  return pool.reduce<ReportSummary | null>((best, r) => (!best || r.version > best.version ? r : best), null);
}

/** Only a firm's partner reads and edits the firm's report settings (the API's report.settings). */
export function canEditReportSettings(m: Membership | null | undefined): boolean {
  return !!m && m.organization.kind === 'audit_firm' && m.role === 'partner';
}
