// Evidence in react-query: the filtered list (cursor pages), one item, and the filter ↔ URL mapping.
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, type Query } from '../../../api.ts';
import { EVIDENCE_SOURCES, type EvidenceDetail, type EvidenceItem, type EvidenceList, type EvidenceSource } from '../../../contract.ts';

export const evidenceKeys = {
  all: ['evidence'] as const,
  list: (filter: EvidenceFilter) => ['evidence', 'list', filter] as const,
  item: (id: string) => ['evidence', 'item', id] as const,
};

/** The filters the list page reads from (and writes to) its URL. */
export interface EvidenceFilter {
  systemId?: string;
  controlId?: string;
  criterionId?: string;
  category?: string;
  from?: string;
  to?: string;
  source?: EvidenceSource;
  collectedBy?: string;
  q?: string;
  includeRemoved?: boolean;
}

export const FILTER_KEYS = ['systemId', 'controlId', 'criterionId', 'category', 'from', 'to', 'source', 'collectedBy', 'q'] as const;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the filter from URL parameters, dropping values the API would refuse. */
export function filterFromParams(params: URLSearchParams): EvidenceFilter {
  const get = (k: string) => params.get(k)?.trim() || undefined;
  const day = (k: string) => {
    const v = get(k);
    return v && DAY.test(v) ? v : undefined;
  };
  const source = get('source');
  return {
    systemId: get('systemId'),
    controlId: get('controlId'),
    criterionId: get('criterionId'),
    category: get('category'),
    from: day('from'),
    to: day('to'),
    source: EVIDENCE_SOURCES.find((s) => s === source),
    collectedBy: get('collectedBy'),
    q: get('q'),
    includeRemoved: params.get('includeRemoved') === 'true' ? true : undefined,
  };
}

function toQuery(filter: EvidenceFilter, cursor: string | null): Query {
  return { ...filter, includeRemoved: filter.includeRemoved ? 'true' : undefined, cursor, limit: 50 };
}

export function useEvidenceList(filter: EvidenceFilter, enabled = true) {
  return useInfiniteQuery({
    queryKey: evidenceKeys.list(filter),
    queryFn: ({ pageParam }) => api.get<EvidenceList>('/api/v1/evidence', toQuery(filter, pageParam)),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
    enabled,
  });
}

/**
 * The items to show. The API's includeRemoved=false hides removed items only; superseded versions are
 * hidden here too unless the person asked for the full history.
 */
export function visibleItems(pages: readonly EvidenceList[] | undefined, includeRemoved: boolean | undefined): EvidenceItem[] {
  const all = (pages ?? []).flatMap((p) => p.items);
  return includeRemoved ? all : all.filter((e) => e.status === 'current');
}

export function useEvidenceItem(id: string) {
  return useQuery({ queryKey: evidenceKeys.item(id), queryFn: () => api.get<EvidenceDetail>(`/api/v1/evidence/${id}`) });
}

export function contentUrl(id: string, inline = false): string {
  return `/api/v1/evidence/${id}/content${inline ? '?disposition=inline' : ''}`;
}
