// What evidence can be linked to: every active control of every system (by code), and the criteria of
// the categories in scope. Shared by the upload form and the evidence filters.
import { useQueries } from '@tanstack/react-query';
import { api } from '../api.ts';
import type { Control, ControlList, Criterion } from '../contract.ts';
import { programKeys, useCriteria, useSystems } from '../program.ts';

export interface ControlGroup {
  group: string;
  items: { value: string; label: string }[];
}

export function useEvidenceOptions() {
  const systems = useSystems();
  const list = systems.data ?? [];
  const filter = { status: 'active' as const };
  const controls = useQueries({
    queries: list.map((s) => ({
      queryKey: programKeys.controls(s.id, filter),
      queryFn: () => api.get<ControlList>(`/api/v1/systems/${s.id}/controls`, { ...filter }),
    })),
  });
  const catalog = useCriteria();

  const byId = new Map<string, Control>();
  const controlGroups: ControlGroup[] = list.map((s, i) => {
    const items = (controls[i]?.data?.controls ?? []).map((c) => {
      byId.set(c.id, c);
      return { value: c.id, label: `${c.code} · ${c.title}` };
    });
    return { group: s.name, items };
  });
  const categories = new Set<string>(['security', ...list.flatMap((s) => s.categories)]);
  const criteria: Criterion[] = (catalog.data?.criteria ?? []).filter((c) => categories.has(c.category));

  return {
    systems: list,
    /** Grouped by system when there is more than one. */
    controlData: list.length > 1 ? controlGroups : (controlGroups[0]?.items ?? []),
    controlsById: byId,
    criteria,
    loading: systems.isPending || controls.some((q) => q.isPending) || catalog.isPending,
  };
}
