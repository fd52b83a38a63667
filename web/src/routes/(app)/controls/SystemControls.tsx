import { Badge, Button, Group, Paper, Stack, Tabs, Text } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { IconBooks, IconFilterOff, IconListCheck, IconPlus, IconShieldHalf, IconTargetArrow } from '@tabler/icons-react';
import { useMemo, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyPanel } from '../../../components/EmptyPanel.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { LoadMore } from '../../../components/LoadMore.tsx';
import { SectionLoader } from '../../../components/FullPageLoader.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { criteriaIn, useControls, useCriteria, usePeople, useSystem } from '../../../program.ts';
import { AdoptModal } from './AdoptModal.tsx';
import { useControlPages } from './controlPages.ts';
import { ByCriterion } from './ByCriterion.tsx';
import { ControlFilters, EMPTY_FILTERS, isFiltered, type Filters } from './ControlFilters.tsx';
import { ControlsTable } from './ControlsTable.tsx';
import { coverage } from './coverage.ts';
import { ExportMenu } from './ExportMenu.tsx';
import { NewControlModal } from './NewControlModal.tsx';
import { QueryState } from '../../../components/QueryState.tsx';

export const CONTROLS_SUMMARY = 'The controls of a system: who operates them, how often, and the criteria they meet.';

/** The controls of one system: the list with its filters, and the coverage of the criteria in scope. */
export function SystemControls({ systemId, picker, canWrite }: { systemId: string; picker: ReactNode; canWrite: boolean }) {
  const [params, setParams] = useSearchParams();
  const view = params.get('view') === 'criteria' ? 'criteria' : 'list';
  const system = useSystem(systemId);
  const all = useControls(systemId, { status: 'all' });
  const people = usePeople();
  const catalog = useCriteria();
  const [filters, setFilters] = useState<Filters>(EMPTY_FILTERS);
  const [q] = useDebouncedValue(filters.q.trim(), 250);
  const filtered = useControlPages(systemId, {
    status: filters.status, criterion: filters.criterion ?? undefined, ownerId: filters.ownerId ?? undefined, q: q || undefined,
  });
  const shown = filtered.data?.pages.flatMap((p) => p.controls) ?? [];
  const [adopting, adoptModal] = useDisclosure(false);
  const [creating, createModal] = useDisclosure(false);

  const existingCodes = useMemo(() => new Set((all.data ?? []).map((c) => c.code)), [all.data]);
  const inScope = criteriaIn(catalog.data?.criteria, system.data?.criteriaInScope ?? []);
  const active = (all.data ?? []).filter((c) => c.status === 'active');
  const gaps = system.data ? coverage(inScope, system.data, active).filter((r) => r.gap).length : 0;
  const empty = all.data !== undefined && all.data.length === 0;

  const adoptButton = (
    <Button leftSection={<IconBooks size={16} />} onClick={adoptModal.open} aria-hidden={adopting || undefined}>
      Adopt from library
    </Button>
  );
  const newButton = (
    <Button variant="default" leftSection={<IconPlus size={16} />} onClick={createModal.open} aria-hidden={creating || undefined}>
      New control
    </Button>
  );
  const actions = all.data && !empty ? (
    <>
      {canWrite && adoptButton}
      {canWrite && newButton}
      <ExportMenu systemId={systemId} />
    </>
  ) : undefined;

  const setView = (v: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (v === 'criteria') next.set('view', 'criteria');
        else next.delete('view');
        return next;
      },
      { replace: true },
    );

  let body: ReactNode;
  if (all.isPending || system.isPending) body = <SectionLoader label="Loading controls" />;
  else if (all.isError || system.isError) {
    const error = all.error ?? system.error;
    body = <ErrorAlert error={error} onRetry={() => void Promise.all([all.refetch(), system.refetch()])} />;
  } else if (empty) {
    body = (
      <EmptyPanel
        icon={<IconShieldHalf size={26} stroke={1.5} />}
        title="No controls in this system yet"
        actions={canWrite ? <>{adoptButton}{newButton}</> : undefined}
      >
        Controls are the activities that make the system meet the criteria in scope: reviewing access, encrypting data,
        testing backups. Start from the library of starter controls written as a SOC 2 report states them, then adjust
        them and assign an owner to each.
        {!canWrite && ' An admin or a compliance manager of your organization can adopt them.'}
      </EmptyPanel>
    );
  } else {
    body = (
      <Tabs value={view} onChange={setView} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="list" leftSection={<IconListCheck size={16} />}>
            Controls
          </Tabs.Tab>
          <Tabs.Tab
            value="criteria"
            leftSection={<IconTargetArrow size={16} />}
            rightSection={
              gaps > 0 ? (
                <Badge size="xs" color="red" variant="light" radius="sm" aria-label={`${gaps} gaps`}>
                  {gaps}
                </Badge>
              ) : undefined
            }
          >
            By criterion
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="list">
          <Stack gap="md">
            <ControlFilters value={filters} onChange={setFilters} criteria={inScope} people={people.data ?? []} />
            <QueryState query={filtered} label="Loading controls">
              {() => shown.length === 0 ? (
                <Paper withBorder radius="md" p="xl" ta="center">
                  <Text fw={600}>No controls match these filters</Text>
                  <Text size="sm" c="dimmed" mt={4} mb="md">
                    Try another word, criterion or owner, or include retired controls.
                  </Text>
                  <Button variant="default" leftSection={<IconFilterOff size={16} />} onClick={() => setFilters(EMPTY_FILTERS)}>
                    Clear filters
                  </Button>
                </Paper>
              ) : (
                <div style={{ opacity: filtered.isPlaceholderData ? 0.6 : 1, transition: 'opacity 120ms' }}>
                  <Text size="sm" c="dimmed" mb={6} aria-live="polite">
                    {isFiltered(filters)
                      ? `${shown.length}${filtered.hasNextPage ? '+' : ''} of ${all.data.length} controls match`
                      : `${active.length} active controls`}
                  </Text>
                  <ControlsTable controls={shown} />
                  {filtered.hasNextPage && (
                    <LoadMore shown={shown.length} noun={['control', 'controls']} hasMore loading={filtered.isFetchingNextPage} onLoad={() => void filtered.fetchNextPage()} />
                  )}
                </div>
              )}
            </QueryState>
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="criteria">
          <ByCriterion system={system.data} criteria={inScope} controls={active} />
        </Tabs.Panel>
      </Tabs>
    );
  }

  return (
    <>
      <PageHeader title="Controls" description={CONTROLS_SUMMARY} />
      <Stack gap="md">
        {/* The actions sit beside the system they act on, not in the header (room for the description at 1024 px). */}
        <Group gap="sm" align="flex-end" justify="space-between">
          {picker}
          {actions && (
            <Group gap="xs" wrap="nowrap">
              {actions}
            </Group>
          )}
        </Group>
        {body}
      </Stack>
      {canWrite && system.data && (
        <>
          <AdoptModal
            opened={adopting}
            onClose={adoptModal.close}
            systemId={systemId}
            criteriaInScope={system.data.criteriaInScope}
            existingCodes={existingCodes}
          />
          <NewControlModal opened={creating} onClose={createModal.close} systemId={systemId} criteria={inScope} people={people.data ?? []} />
        </>
      )}
    </>
  );
}
