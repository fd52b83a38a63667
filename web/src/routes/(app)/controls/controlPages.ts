// The controls list a page at a time, under the system's control keys (so every write that refreshes them refreshes it).
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../api.ts';
import type { ControlList } from '../../../contract.ts';
import { programKeys, type ControlFilter } from '../../../program.ts';

export const CONTROL_PAGE_SIZE = 100;

export function useControlPages(systemId: string, filter: ControlFilter) {
  return useInfiniteQuery({
    queryKey: [...programKeys.systemControls(systemId), 'pages', filter],
    queryFn: ({ pageParam }) => api.get<ControlList>(`/api/v1/systems/${systemId}/controls`, { ...filter, limit: CONTROL_PAGE_SIZE, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}
