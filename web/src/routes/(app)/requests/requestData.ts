// The request list's queries, keys, labels and the small helpers its pages share.
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '../../../api.ts';
import type { MemberList, SystemList, ControlList } from '../../../contract.ts';
import type { DueState, RequestDetail, RequestList, RequestStatus } from '../../../../../src/contract/requests.ts';

export type { DueState, PbcRequest, RequestDetail, RequestImportPreview, RequestImportResult, RequestStatus } from '../../../../../src/contract/requests.ts';
export { REQUEST_STATUSES } from '../../../../../src/contract/requests.ts';

export interface RequestFilter {
  status?: RequestStatus;
  assignee?: string;
  due?: 'overdue' | 'due_soon' | 'no_due_date';
  q?: string;
}

export const requestKeys = {
  all: ['requests'] as const,
  list: (f: RequestFilter) => ['requests', 'list', f] as const,
  one: (id: string) => ['requests', 'one', id] as const,
};

export function useRequests(filter: RequestFilter) {
  return useInfiniteQuery({
    queryKey: requestKeys.list(filter),
    queryFn: ({ pageParam }) => api.get<RequestList>('/api/v1/requests', { ...filter, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
export function useRequest(id: string) {
  return useQuery({ queryKey: requestKeys.one(id), queryFn: () => api.get<RequestDetail>(`/api/v1/requests/${id}`) });
}
export function useMembers() {
  return useQuery({ queryKey: ['members'], queryFn: () => api.get<MemberList>('/api/v1/members') });
}
/** Every active control of every system, for picking a request's controls (first page of each system). */
export function useControlOptions() {
  return useQuery({
    queryKey: ['requests', 'control-options'],
    queryFn: async () => {
      const { systems } = await api.get<SystemList>('/api/v1/systems');
      const lists = await Promise.all(systems.map(async (s) => ({ system: s, controls: (await api.get<ControlList>(`/api/v1/systems/${s.id}/controls`, { limit: 200 })).controls })));
      return lists.flatMap(({ system, controls }) => controls.map((c) => ({ value: c.id, label: systems.length > 1 ? `${c.code} · ${c.title} (${system.name})` : `${c.code} · ${c.title}` })));
    },
  });
}

export const STATUS: Record<RequestStatus, { label: string; color: string }> = {
  open: { label: 'Open', color: 'blue' },
  submitted: { label: 'Submitted', color: 'violet' },
  returned: { label: 'Returned', color: 'orange' },
  accepted: { label: 'Accepted', color: 'teal' },
};
export const DUE: Record<DueState, { label: string; color: string }> = {
  no_due_date: { label: 'No due date', color: 'gray' },
  on_track: { label: 'On track', color: 'gray' },
  due_soon: { label: 'Due soon', color: 'yellow' },
  overdue: { label: 'Overdue', color: 'red' },
  answered: { label: 'Answered', color: 'teal' },
};

/** A file as the import expects it: CSV as text, XLSX as base64. */
export async function readImportFile(file: File): Promise<{ format: 'csv' | 'xlsx'; content: string }> {
  if (file.name.toLowerCase().endsWith('.xlsx')) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { format: 'xlsx', content: btoa(binary) };
  }
  return { format: 'csv', content: await file.text() };
}
