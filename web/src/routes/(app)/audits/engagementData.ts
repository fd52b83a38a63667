// The audits area's queries, keys, labels and helpers: engagements, the counterparties and firm members, actions
// that answer with the updated engagement, and reads of the client's program through the engagement header.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, queryString, type FieldError, type Query } from '../../../api.ts';
import { notifyError, notifySuccess } from '../../../components/notify.tsx';
import {
  ENGAGEMENT_REPORT_TYPE_LABELS, ENGAGEMENT_STATUS_LABELS, ENGAGEMENT_VIEW_HEADER, type Counterparties, type Engagement,
  type EngagementList, type EngagementStatus, type EngagementSummary, type MemberList, type Session,
} from '../../../contract.ts';
import { formatDate } from '../../../components/format.ts';

export const engagementKeys = {
  all: ['engagements'] as const,
  list: ['engagements', 'list'] as const,
  one: (id: string) => ['engagements', 'one', id] as const,
  counterparties: ['engagements', 'counterparties'] as const,
  /** Reads of the client's program through one engagement (controls, evidence…). */
  view: (id: string, ...rest: unknown[]) => ['engagements', 'view', id, ...rest] as const,
};

export function useEngagements() {
  return useQuery({ queryKey: engagementKeys.list, queryFn: () => api.get<EngagementList>('/api/v1/engagements') });
}
export function useEngagement(id: string) {
  return useQuery({ queryKey: engagementKeys.one(id), queryFn: () => api.get<Engagement>(`/api/v1/engagements/${id}`) });
}
export function useCounterparties(enabled: boolean) {
  return useQuery({ queryKey: engagementKeys.counterparties, queryFn: () => api.get<Counterparties>('/api/v1/engagements/counterparties'), enabled });
}
/** The members of the viewer's own organization (a firm staffs its team from them). */
export function useOrgMembers(enabled: boolean) {
  return useQuery({ queryKey: ['members'], queryFn: () => api.get<MemberList>('/api/v1/members'), enabled });
}

/** A write on one engagement that answers with the engagement: the cache takes the answer, lists refresh. */
export function useEngagementWrite<B>(id: string, send: (body: B) => Promise<Engagement>, done?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (next) => {
      queryClient.setQueryData(engagementKeys.one(id), next);
      void queryClient.invalidateQueries({ queryKey: engagementKeys.list });
      if (done) notifySuccess(done);
    },
    onError: (error) => notifyError(error),
  });
}

export const can = (e: Engagement, action: string): boolean => e.viewer.actions.includes(action);

export const STATUS_COLORS: Record<EngagementStatus, string> = {
  proposed: 'yellow',
  planning: 'blue',
  design_review: 'indigo',
  fieldwork: 'violet',
  review: 'grape',
  reporting: 'cyan',
  issued: 'teal',
  declined: 'gray',
  withdrawn: 'gray',
};
export const statusLabel = (s: EngagementStatus): string => ENGAGEMENT_STATUS_LABELS[s];
export const reportTypeLabel = (t: Engagement['reportType']): string => ENGAGEMENT_REPORT_TYPE_LABELS[t];

/** "as of 31 Dec 2026" (Type I) or "1 Jan 2026 – 31 Dec 2026" (Type II). */
export function periodLabel(e: Pick<EngagementSummary, 'reportType' | 'asOfDate' | 'periodStart' | 'periodEnd'>): string {
  if (e.reportType === 'type1') return `as of ${formatDate(e.asOfDate)}`;
  return `${formatDate(e.periodStart)} – ${formatDate(e.periodEnd)}`;
}

/** The other party, as the viewer's organization sees it. */
export function counterpartyOf(e: Pick<EngagementSummary, 'firm' | 'serviceOrg'>, organizationId: string | undefined): { id: string; name: string } {
  return e.firm.id === organizationId ? e.serviceOrg : e.firm;
}

async function errorOf(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as { error?: { code?: unknown; message?: unknown; fields?: FieldError[]; requestId?: string } };
    const e = body.error;
    if (e && typeof e.code === 'string' && typeof e.message === 'string') return new ApiError(response.status, e.code, e.message, e.fields ?? [], e.requestId);
  } catch {
    // not JSON
  }
  return new ApiError(response.status, `http_${response.status}`, `The request failed (HTTP ${response.status}).`);
}

async function viewFetch(engagementId: string, path: string, query?: Query, accept = 'application/json'): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(`${path}${queryString(query)}`, { credentials: 'same-origin', headers: { accept, [ENGAGEMENT_VIEW_HEADER]: engagementId } });
  } catch {
    throw new ApiError(0, 'network_error', 'Could not reach the attest server. Check your connection and try again.');
  }
  if (!response.ok) throw await errorOf(response);
  return response;
}

/** A read of the client's program through the engagement: the program's own route, with the engagement header. */
export async function viewGet<T>(engagementId: string, path: string, query?: Query): Promise<T> {
  return (await (await viewFetch(engagementId, path, query)).json()) as T;
}

/** Downloads a file of the client's program through the engagement (fetch with the header, then a blob URL). */
export async function viewDownload(engagementId: string, path: string, fileName: string): Promise<void> {
  const blob = await (await viewFetch(engagementId, path, undefined, '*/*')).blob();
  const url = URL.createObjectURL(blob);
  try {
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    document.body.appendChild(a);
    a.click();
    a.remove();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

/** Opens a previewable file of the client's program (image, PDF, text) in a new tab, through the engagement header. */
export async function viewPreview(engagementId: string, path: string): Promise<void> {
  const tab = window.open('', '_blank');
  try {
    const blob = await (await viewFetch(engagementId, path, { disposition: 'inline' }, '*/*')).blob();
    const url = URL.createObjectURL(blob);
    if (tab) tab.location.href = url;
    else window.open(url, '_blank');
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  } catch (err) {
    tab?.close();
    throw err;
  }
}

/** Sends one document (multipart, one `file` part) with the session's CSRF token; answers the updated engagement. */
export async function uploadDocument(engagementId: string, file: File, kind: string, session: Session | null | undefined): Promise<Engagement> {
  const body = new FormData();
  body.append('file', file, file.name);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (session?.csrfToken) headers['x-csrf-token'] = session.csrfToken;
  let response: Response;
  try {
    response = await fetch(`/api/v1/engagements/${engagementId}/documents${queryString({ kind })}`, { method: 'POST', credentials: 'same-origin', headers, body });
  } catch {
    throw new ApiError(0, 'network_error', 'Could not reach the attest server. Check your connection and try again.');
  }
  if (!response.ok) throw await errorOf(response);
  return (await response.json()) as Engagement;
}
