// The SOC 2 program's data in react-query: systems, controls, people, the control library and the criteria.
// One place for the query keys, so a write can refresh everything that shows what it changed.
import { keepPreviousData, useQuery, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { api } from './api.ts';
import type {
  AuditPage, Control, ControlList, ControlTemplateList, Criterion, CriterionList, Person, PersonList, System,
  SystemDescription, SystemList,
} from './contract.ts';

export const programKeys = {
  systems: ['systems'] as const,
  system: (id: string) => ['systems', id] as const,
  description: (id: string) => ['systems', id, 'description'] as const,
  /** Every control list of a system (any filter). */
  systemControls: (systemId: string) => ['systems', systemId, 'controls'] as const,
  controls: (systemId: string, filter: ControlFilter) => ['systems', systemId, 'controls', filter] as const,
  control: (id: string) => ['controls', id] as const,
  history: (id: string) => ['controls', id, 'history'] as const,
  people: ['people'] as const,
  library: ['library', 'controls'] as const,
  criteria: ['criteria', 'all'] as const,
};

export interface ControlFilter {
  status?: 'active' | 'retired' | 'all';
  criterion?: string;
  ownerId?: string;
  q?: string;
}

export function useSystems(enabled = true) {
  return useQuery({
    queryKey: programKeys.systems,
    queryFn: () => api.get<SystemList>('/api/v1/systems'),
    select: (d) => d.systems,
    enabled,
  });
}

/**
 * The system chosen in the URL (`?system=`). When none is chosen, `fallback` decides: the only system
 * ('only'), or the first one ('first'). The choice is written back to the URL so links and reloads keep it.
 */
export function useSystemParam(fallback: 'only' | 'first') {
  const [params, setParams] = useSearchParams();
  const systems = useSystems();
  const list = systems.data ?? [];
  const param = params.get('system');
  const implied = fallback === 'first' ? (list[0]?.id ?? null) : list.length === 1 ? list[0]!.id : null;
  const selectedId = list.some((s) => s.id === param) ? param : implied;

  useEffect(() => {
    if (selectedId && param !== selectedId) setParams((prev) => withParam(prev, 'system', selectedId), { replace: true });
  }, [selectedId, param, setParams]);

  const setParam = (key: string, value: string) => setParams((prev) => withParam(prev, key, value));
  return { systems, list, selectedId, params, setParam };
}

function withParam(prev: URLSearchParams, key: string, value: string): URLSearchParams {
  const next = new URLSearchParams(prev);
  if (value) next.set(key, value);
  else next.delete(key);
  return next;
}

export function useSystem(id: string | null | undefined) {
  return useQuery({
    queryKey: programKeys.system(id ?? ''),
    queryFn: () => api.get<System>(`/api/v1/systems/${id}`),
    enabled: !!id,
  });
}

/** Every control of the system that matches (the API answers pages; this reads them all, 500 at a time). */
export async function fetchAllControls(systemId: string, filter: ControlFilter): Promise<ControlList> {
  const controls: Control[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 100; page++) {
    const res: ControlList = await api.get<ControlList>(`/api/v1/systems/${systemId}/controls`, { ...filter, limit: 500, cursor });
    controls.push(...res.controls);
    cursor = res.nextCursor;
    if (!cursor) break;
  }
  return { controls, nextCursor: null };
}

export function useControls(systemId: string | null | undefined, filter: ControlFilter = { status: 'active' }, keepPrevious = false) {
  return useQuery({
    queryKey: programKeys.controls(systemId ?? '', filter),
    queryFn: () => fetchAllControls(systemId!, filter),
    select: (d) => d.controls,
    enabled: !!systemId,
    placeholderData: keepPrevious ? keepPreviousData : undefined,
  });
}

export function useControl(id: string) {
  return useQuery({ queryKey: programKeys.control(id), queryFn: () => api.get<Control>(`/api/v1/controls/${id}`) });
}

export function useControlHistory(id: string) {
  return useQuery({ queryKey: programKeys.history(id), queryFn: () => api.get<AuditPage>(`/api/v1/controls/${id}/history`) });
}

export function useDescription(systemId: string) {
  return useQuery({
    queryKey: programKeys.description(systemId),
    queryFn: () => api.get<SystemDescription>(`/api/v1/systems/${systemId}/description`),
  });
}

/** The whole roster (the API answers pages of 200, ordered by email). */
async function fetchAllPeople(): Promise<Person[]> {
  const people: Person[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 50; page++) {
    const res: PersonList = await api.get<PersonList>('/api/v1/people', { cursor });
    people.push(...res.people);
    cursor = res.nextCursor;
    if (!cursor) break;
  }
  return people;
}

export function usePeople(enabled = true) {
  return useQuery({ queryKey: programKeys.people, queryFn: fetchAllPeople, enabled });
}

export function useLibrary(enabled = true) {
  return useQuery({
    queryKey: programKeys.library,
    queryFn: () => api.get<ControlTemplateList>('/api/v1/library/controls'),
    staleTime: Infinity,
    enabled,
  });
}

/** Every criterion of the catalog (the same entry the catalog page uses). */
export function useCriteria() {
  return useQuery({
    queryKey: programKeys.criteria,
    queryFn: () => api.get<CriterionList>('/api/v1/catalog/criteria'),
    staleTime: Infinity,
  });
}

/** The catalog's criteria limited to the given ids (a system's criteria in scope), in catalog order. */
export function criteriaIn(all: readonly Criterion[] | undefined, ids: readonly string[]): Criterion[] {
  const wanted = new Set(ids);
  const known = (all ?? []).filter((c) => wanted.has(c.id));
  // Before the catalog has loaded (or for an id it lacks), fall back to the bare id.
  const missing = ids.filter((id) => !known.some((c) => c.id === id));
  return [...known, ...missing.map((id) => placeholderCriterion(id))];
}

function placeholderCriterion(id: string): Criterion {
  return {
    id, category: 'security', series: '', seriesTitle: '', title: '', description: '', pointsOfFocus: [], cosoPrinciple: null,
    source: 'attest',
  };
}

/** Stores a system the API answered, and refreshes what shows it: the list on Scope, the description. */
export async function applySystem(queryClient: QueryClient, system: System): Promise<void> {
  queryClient.setQueryData(programKeys.system(system.id), system);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: programKeys.description(system.id) }),
    queryClient.invalidateQueries({ queryKey: programKeys.systems, exact: true }),
  ]);
}

/** After controls of a system changed: the lists, the counts on Scope, the description (DC5). */
export async function invalidateControls(queryClient: QueryClient, systemId: string): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: programKeys.systemControls(systemId) }),
    queryClient.invalidateQueries({ queryKey: programKeys.description(systemId) }),
    queryClient.invalidateQueries({ queryKey: programKeys.systems, exact: true }),
  ]);
}
