// /freshness: "Evidence due": every control whose next evidence is overdue or due soon, filtered by
// system and owner (everyone, my controls, or one person) and by how far ahead "soon" reaches.
import { Group, NativeSelect, Paper, Stack } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { EmptyPanel } from '../../../components/EmptyPanel.tsx';
import { LoadMore } from '../../../components/LoadMore.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { ProgramGate } from '../../../components/ProgramGate.tsx';
import { DEFAULT_DUE_WITHIN_DAYS } from '../../../contract.ts';
import { usePeople, useSystems } from '../../../program.ts';
import { ReminderList } from './ReminderList.tsx';
import { useEvidenceReminders, type ReminderFilter } from './freshnessData.ts';
import { QueryState } from '../../../components/QueryState.tsx';

const SUMMARY = 'Controls whose evidence for a window is overdue or due soon, with their owners.';
const WITHIN = [7, 14, 30, 60, 90];

export default function FreshnessPage() {
  return (
    <ProgramGate title="Evidence due" summary={SUMMARY}>
      <EvidenceDue />
    </ProgramGate>
  );
}

function EvidenceDue() {
  const [params, setParams] = useSearchParams();
  const systems = useSystems();
  const people = usePeople();
  const within = Number(params.get('within')) || DEFAULT_DUE_WITHIN_DAYS;
  const filter: ReminderFilter = {
    systemId: params.get('system') ?? undefined,
    ownerId: params.get('owner') ?? undefined,
    withinDays: within,
  };
  const reminders = useEvidenceReminders(filter);
  const list = reminders.data?.pages.flatMap((p) => p.reminders) ?? [];
  const first = reminders.data?.pages[0];
  const setParam = (key: string, value: string) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });

  return (
    <>
      <PageHeader title="Evidence due" description={SUMMARY} />
      <Stack gap="lg">
        <Group gap="md" align="flex-end">
          <NativeSelect
            label="System"
            value={filter.systemId ?? ''}
            onChange={(e) => setParam('system', e.currentTarget.value)}
            data={[{ value: '', label: 'All systems' }, ...(systems.data ?? []).map((s) => ({ value: s.id, label: s.name }))]}
          />
          <NativeSelect
            label="Owner"
            value={filter.ownerId ?? ''}
            onChange={(e) => setParam('owner', e.currentTarget.value)}
            data={[
              { value: '', label: 'Everyone' },
              { value: 'me', label: 'My controls' },
              ...(people.data ?? []).map((p) => ({ value: p.id, label: p.name })),
            ]}
          />
          <NativeSelect
            label="Due within"
            value={String(within)}
            onChange={(e) => setParam('within', e.currentTarget.value === String(DEFAULT_DUE_WITHIN_DAYS) ? '' : e.currentTarget.value)}
            data={WITHIN.map((d) => ({ value: String(d), label: `${d} days` }))}
          />
        </Group>
        <QueryState query={reminders} label="Loading evidence due">
          {() => filter.ownerId === 'me' && first && !first.owner ? (
            <EmptyPanel icon={<IconCircleCheck size={26} stroke={1.5} />} title="No controls are linked to you">
              Your account is not linked to anyone on the People roster. Add yourself on the People page with the email you sign in with,
              and be named owner of your controls: their evidence due dates then show here.
            </EmptyPanel>
          ) : list.length === 0 ? (
            <EmptyPanel icon={<IconCircleCheck size={26} stroke={1.5} />} title="All evidence is fresh">
              No control {filter.ownerId ? 'of this owner ' : ''}is overdue or due in the next {within} days. Each periodic control expects evidence once
              per window of its frequency; when a window ends without any, the control appears here. Continuous and per-occurrence controls are
              judged on populations and are not listed.
            </EmptyPanel>
          ) : (
            <Paper withBorder radius="md" p="md">
              <ReminderList reminders={list} />
              <LoadMore shown={list.length} noun={['control', 'controls']} hasMore={!!reminders.hasNextPage} loading={reminders.isFetchingNextPage} onLoad={() => void reminders.fetchNextPage()} />
            </Paper>
          )}
        </QueryState>
      </Stack>
    </>
  );
}
