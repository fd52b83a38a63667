import { Button, CloseButton, Group, Modal, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../../../api.ts';
import { notifyError, notifySuccess } from '../../../components/notify.tsx';
import { areaLabel, CONTROL_AREAS, type AdoptControlsRequest, type AdoptControlsResult, type ControlTemplate } from '../../../contract.ts';
import { invalidateControls, useLibrary } from '../../../program.ts';
import { AdoptArea, type AreaGroup, type TemplateState } from './AdoptArea.tsx';
import { QueryState } from '../../../components/QueryState.tsx';

const AREA_ORDER = Object.keys(CONTROL_AREAS);

function groupByArea(templates: ControlTemplate[]): AreaGroup[] {
  const byArea = new Map<string, ControlTemplate[]>();
  for (const t of templates) byArea.set(t.area, [...(byArea.get(t.area) ?? []), t]);
  const rank = (a: string) => (AREA_ORDER.includes(a) ? AREA_ORDER.indexOf(a) : AREA_ORDER.length);
  return [...byArea.keys()]
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((area) => ({ area, label: areaLabel(area), templates: byArea.get(area) ?? [] }));
}

function matches(t: ControlTemplate, q: string): boolean {
  return [t.code, t.title, t.activity, areaLabel(t.area), ...t.topics, ...t.criteria].some((s) => s.toLowerCase().includes(q));
}

/** Adopts starter controls from the library: grouped by area, searchable, already adopted ones shown disabled. */
export function AdoptModal({ opened, onClose, systemId, criteriaInScope, existingCodes }: {
  opened: boolean;
  onClose: () => void;
  systemId: string;
  criteriaInScope: readonly string[];
  /** Codes the system already has (adopted or written, active or retired). */
  existingCodes: ReadonlySet<string>;
}) {
  const queryClient = useQueryClient();
  const library = useLibrary(opened);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [search, setSearch] = useState('');
  const viewport = useRef<HTMLDivElement>(null);

  // A new search starts at the top of the list.
  useEffect(() => {
    viewport.current?.scrollTo({ top: 0 });
  }, [search]);

  const templates = useMemo(() => library.data?.templates ?? [], [library.data]);
  const inScope = useMemo(() => new Set(criteriaInScope), [criteriaInScope]);
  const stateOf = (code: string): TemplateState => {
    if (existingCodes.has(code)) return 'adopted';
    const t = templates.find((x) => x.code === code);
    return t && !t.criteria.some((c) => inScope.has(c)) ? 'out_of_scope' : 'available';
  };
  const q = search.trim().toLowerCase();
  const visible = q ? templates.filter((t) => matches(t, q)) : templates;
  const groups = groupByArea(visible);
  const availableVisible = visible.filter((t) => stateOf(t.code) === 'available').map((t) => t.code);
  const availableTotal = templates.filter((t) => stateOf(t.code) === 'available').length;
  const adoptedTotal = templates.filter((t) => existingCodes.has(t.code)).length;

  const update = (codes: string[], on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      for (const c of codes) {
        if (on) next.add(c);
        else next.delete(c);
      }
      return next;
    });

  const adopt = useMutation({
    mutationFn: (body: AdoptControlsRequest) => api.post<AdoptControlsResult>(`/api/v1/systems/${systemId}/controls/adopt`, body),
    onSuccess: (result) => {
      const n = result.adopted.length;
      const skipped = result.alreadyAdopted.length + (result.outOfScope?.length ?? 0);
      notifySuccess(
        `Adopted ${n} control${n === 1 ? '' : 's'}${skipped ? ` (${skipped} skipped: already adopted or out of scope)` : ''}. Assign their owners next.`,
      );
      void invalidateControls(queryClient, systemId);
      setSelected(new Set());
      setSearch('');
      onClose();
    },
    onError: (error) => notifyError(error, 'Could not adopt the controls'),
  });

  const close = () => {
    if (!adopt.isPending) onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={<Text fw={600}>Adopt controls from the library</Text>} size="xl">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {library.data
            ? `The starter library (version ${library.data.version}) has ${templates.length} controls written as they would read in a SOC 2 report. `
            : ''}
          Adopted controls are copied into the system, mapped to the criteria in scope; edit them afterwards to fit how you
          work.
        </Text>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            label="Search the library"
            placeholder="Code, title, topic or criterion"
            leftSection={<IconSearch size={15} />}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            rightSectionPointerEvents="all"
            rightSection={search ? <CloseButton size="sm" aria-label="Clear search" onClick={() => setSearch('')} /> : undefined}
            style={{ flex: 1, minWidth: 220 }}
            data-autofocus
          />
          <Button variant="default" onClick={() => update(availableVisible, true)} disabled={availableVisible.length === 0}>
            Select all
          </Button>
          <Button variant="subtle" color="gray" onClick={() => setSelected(new Set())} disabled={selected.size === 0}>
            Clear selection
          </Button>
        </Group>
        <Text size="sm" aria-live="polite">
          <b>{selected.size}</b> selected of {availableTotal} available
          {adoptedTotal > 0 && ` · ${adoptedTotal} already adopted`}
          {q && ` · ${visible.length} match “${search.trim()}”`}
        </Text>

        <QueryState query={library} label="Loading the library">
          {() => (
            <ScrollArea.Autosize mah="52vh" type="auto" offsetScrollbars viewportRef={viewport}>
              {groups.length === 0 ? (
                <Text size="sm" c="dimmed" py="lg" ta="center">
                  No control in the library matches. Try a shorter word, a code prefix such as AC, or a criterion such as CC6.1.
                </Text>
              ) : (
                <Stack gap="md">
                  {groups.map((g) => (
                    <AdoptArea
                      key={g.area}
                      group={g}
                      stateOf={stateOf}
                      selected={selected}
                      onToggle={(code, on) => update([code], on)}
                      onToggleArea={update}
                    />
                  ))}
                </Stack>
              )}
            </ScrollArea.Autosize>
          )}
        </QueryState>

        <Group justify="flex-end" gap="sm" pt="xs" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
          <Button variant="default" onClick={close} disabled={adopt.isPending}>
            Cancel
          </Button>
          <Button onClick={() => adopt.mutate({ codes: [...selected] })} loading={adopt.isPending} disabled={selected.size === 0}>
            Adopt selected
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
