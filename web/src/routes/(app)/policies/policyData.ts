// The policies area's queries and query keys (list, one policy, its versions, acknowledgements, templates).
import { useInfiniteQuery, useQueries, useQuery, type QueryClient } from '@tanstack/react-query';
import { api } from '../../../api.ts';
import { fetchAllControls } from '../../../program.ts';
import type {
  AcknowledgementStatus, Policy, PolicyList, PolicyTemplateList, PolicyVersion, PolicyVersionList, SystemSummary,
} from '../../../contract.ts';

export type StatusFilter = 'active' | 'all' | 'draft' | 'in_review' | 'approved' | 'retired';

export const policyKeys = {
  all: ['policies'] as const,
  list: (status: StatusFilter) => ['policies', 'list', status] as const,
  policy: (id: string) => ['policies', id] as const,
  versions: (id: string) => ['policies', id, 'versions'] as const,
  version: (id: string, n: number) => ['policies', id, 'versions', n] as const,
  acks: (id: string, n: number) => ['policies', id, 'acks', n] as const,
  library: ['library', 'policies'] as const,
};

/** Every policy with the status (the API answers pages; this reads them all, 500 at a time). */
async function fetchAllPolicies(status: StatusFilter): Promise<Policy[]> {
  const policies: Policy[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 100; page++) {
    const res: PolicyList = await api.get<PolicyList>('/api/v1/policies', { status, limit: 500, cursor });
    policies.push(...res.policies);
    cursor = res.nextCursor;
    if (!cursor) break;
  }
  return policies;
}

export function usePolicies(status: StatusFilter) {
  return useQuery({ queryKey: policyKeys.list(status), queryFn: () => fetchAllPolicies(status) });
}

export const POLICY_PAGE_SIZE = 100;

/** The policies list a page at a time (fetchNextPage for the next). */
export function usePolicyPages(status: StatusFilter) {
  return useInfiniteQuery({
    queryKey: [...policyKeys.list(status), 'pages'],
    queryFn: ({ pageParam }) => api.get<PolicyList>('/api/v1/policies', { status, limit: POLICY_PAGE_SIZE, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function usePolicy(id: string) {
  return useQuery({ queryKey: policyKeys.policy(id), queryFn: () => api.get<Policy>(`/api/v1/policies/${id}`) });
}

export function useVersions(id: string) {
  return useQuery({
    queryKey: policyKeys.versions(id),
    queryFn: () => api.get<PolicyVersionList>(`/api/v1/policies/${id}/versions`),
    select: (d) => d.versions,
  });
}

export function useVersion(id: string, n: number | null) {
  return useQuery({
    queryKey: policyKeys.version(id, n ?? 0),
    queryFn: () => api.get<PolicyVersion>(`/api/v1/policies/${id}/versions/${n}`),
    enabled: n !== null,
  });
}

export function useAcknowledgements(id: string, n: number | null) {
  return useQuery({
    queryKey: policyKeys.acks(id, n ?? 0),
    queryFn: () => api.get<AcknowledgementStatus>(`/api/v1/policies/${id}/versions/${n}/acknowledgements`),
    enabled: n !== null,
  });
}

/** The acknowledgement status of the published version of each policy given (published ones only). */
export function useAcknowledgementsOf(policies: readonly Policy[]) {
  const published = policies.filter((p) => p.currentVersion?.publishedAt && p.status !== 'retired');
  const results = useQueries({
    queries: published.map((p) => ({
      queryKey: policyKeys.acks(p.id, p.currentVersion!.number),
      queryFn: () => api.get<AcknowledgementStatus>(`/api/v1/policies/${p.id}/versions/${p.currentVersion!.number}/acknowledgements`),
    })),
  });
  const byPolicy = new Map<string, AcknowledgementStatus>();
  results.forEach((r) => {
    if (r.data) byPolicy.set(r.data.policyId, r.data);
  });
  return byPolicy;
}

export function usePolicyLibrary(enabled = true) {
  return useQuery({
    queryKey: policyKeys.library,
    queryFn: () => api.get<PolicyTemplateList>('/api/v1/library/policies'),
    staleTime: Infinity,
    enabled,
  });
}

export interface ControlOption {
  id: string;
  code: string;
  title: string;
  systemId: string;
  systemName: string;
}

/** The active controls of every system, for linking a policy or a risk to controls. */
export function useAllControls(systems: readonly SystemSummary[]) {
  const results = useQueries({
    queries: systems.map((s) => ({
      queryKey: ['systems', s.id, 'controls', { status: 'active' }],
      queryFn: () => fetchAllControls(s.id, { status: 'active' }),
    })),
  });
  const options: ControlOption[] = [];
  results.forEach((r, i) => {
    const system = systems[i]!;
    for (const c of r.data?.controls ?? []) {
      options.push({ id: c.id, code: c.code, title: c.title, systemId: system.id, systemName: system.name });
    }
  });
  return { options, pending: results.some((r) => r.isPending) };
}

export async function refreshPolicy(queryClient: QueryClient, id: string): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: policyKeys.policy(id) }),
    queryClient.invalidateQueries({ queryKey: ['policies', 'list'] }),
  ]);
}
