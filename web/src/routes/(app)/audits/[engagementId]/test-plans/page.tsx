// /audits/:engagementId/test-plans (firm team): one test plan per control — procedures, population, sample size,
// selection, results, conclusion and sign-offs at a glance; plan every in-scope control at once, or one.
import { Anchor, Badge, Button, Group, Select, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconListCheck, IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../../../../api.ts';
import { EmptyPanel } from '../../../../../components/EmptyPanel.tsx';
import { ErrorAlert } from '../../../../../components/ErrorAlert.tsx';
import { SectionLoader } from '../../../../../components/FullPageLoader.tsx';
import { ListTable } from '../../../../../components/ListTable.tsx';
import { notifyError, notifySuccess } from '../../../../../components/notify.tsx';
import { CONTROL_CONCLUSION_LABELS, type ControlList, type Engagement, type TestPlan } from '../../../../../contract.ts';
import { can, engagementKeys, viewGet } from '../../engagementData.ts';
import { useEngagementContext } from '../section.ts';
import { planKeys, planPaths, useTestPlans } from './planData.ts';

export default function TestPlansPage() {
  const { engagement: e } = useEngagementContext();
  const plans = useTestPlans(e.id);
  const queryClient = useQueryClient();
  const writes = can(e, 'workpaper.write');
  const createAll = useMutation({
    mutationFn: () => api.post<{ created: number }>(planPaths.createAll(e.id), {}),
    onSuccess: (r) => { notifySuccess(`${r.created} test plan${r.created === 1 ? '' : 's'} created with the library's procedures.`); void queryClient.invalidateQueries({ queryKey: planKeys.all(e.id) }); },
    onError: (error) => notifyError(error, 'Could not create the test plans'),
  });
  if (plans.isPending) return <SectionLoader label="Loading test plans" />;
  if (plans.isError) return <ErrorAlert error={plans.error} onRetry={() => void plans.refetch()} />;
  const list = plans.data.testPlans;
  return (
    <Stack gap="lg">
      {writes && (
        <Group>
          <Button leftSection={<IconListCheck size={16} />} loading={createAll.isPending} onClick={() => createAll.mutate()}>Plan all in-scope controls</Button>
          <AddPlan e={e} planned={new Set(list.map((p) => p.control.id))} />
        </Group>
      )}
      {list.length === 0 ? (
        <EmptyPanel icon={<IconListCheck size={26} stroke={1.5} />} title="No test plans yet">
          A test plan says how one control is tested: its procedures (inquiry, observation, inspection, re-performance), the population, the
          sample size and its rationale, and the re-performable selection. {writes ? 'Start with "Plan all in-scope controls": procedures come from the library and stay editable.' : 'The team prepares them.'}
        </EmptyPanel>
      ) : (
        <ListTable minWidth={980} columns={['Control', 'Procedures', 'Population', 'Sample', 'Results', 'Conclusion', 'Sign-off']}>
          {list.map((p) => <PlanRow key={p.id} e={e} p={p} />)}
        </ListTable>
      )}
    </Stack>
  );
}

function PlanRow({ e, p }: { e: Engagement; p: TestPlan }) {
  const g = p.progress;
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor component={Link} to={`/audits/${e.id}/test-plans/${p.id}`} size="sm" fw={600}>{p.control.code}</Anchor>
        <Text size="xs" c="dimmed" lineClamp={1}>{p.control.title}</Text>
      </Table.Td>
      <Table.Td><Text size="sm">{p.procedures.length}</Text></Table.Td>
      <Table.Td><Text size="sm">{p.population ? `${p.population.size} items` : '—'}</Text></Table.Td>
      <Table.Td>
        <Text size="sm">{p.sampling ? `${p.sampling.size} (${p.sampling.method.replace('_', ' ')})` : '—'}</Text>
        {p.selection && <Text size="xs" c="dimmed" ff="monospace">seed {p.selection.seed.slice(0, 8)}…</Text>}
      </Table.Td>
      <Table.Td><Text size="sm">{g.selected ? `${g.pass} pass · ${g.deviation} dev. · ${g.pending} pending` : '—'}</Text></Table.Td>
      <Table.Td>{p.conclusion ? <Badge variant="light" tt="none" color={p.conclusion === 'operating_effectively' ? 'teal' : p.conclusion === 'exceptions_noted' ? 'red' : 'yellow'}>{CONTROL_CONCLUSION_LABELS[p.conclusion]}</Badge> : <Text size="sm" c="dimmed">—</Text>}</Table.Td>
      <Table.Td><SignoffBadges p={p} /></Table.Td>
    </Table.Tr>
  );
}

export function SignoffBadges({ p }: { p: TestPlan }) {
  const s = p.signoffs;
  return (
    <Group gap={4}>
      <Tooltip label={s.preparer ? `Prepared by ${s.preparer.label}` : 'Not prepared'}><Badge size="sm" variant={s.preparer ? 'filled' : 'outline'} color={s.changedSincePreparation ? 'orange' : 'gray'}>P</Badge></Tooltip>
      <Tooltip label={s.reviewer ? `Reviewed by ${s.reviewer.label}` : 'Not reviewed'}><Badge size="sm" variant={s.reviewer ? 'filled' : 'outline'} color={s.changedSinceReview ? 'orange' : 'gray'}>R</Badge></Tooltip>
      {s.changedSinceReview && <Badge size="sm" color="orange" variant="light" tt="none">Changed since review</Badge>}
      {p.openReviewNotes > 0 && <Badge size="sm" color="blue" variant="light" tt="none">{p.openReviewNotes} open note{p.openReviewNotes === 1 ? '' : 's'}</Badge>}
    </Group>
  );
}

function AddPlan({ e, planned }: { e: Engagement; planned: Set<string> }) {
  const queryClient = useQueryClient();
  const [controlId, setControlId] = useState<string | null>(null);
  const controls = useQuery({
    queryKey: engagementKeys.view(e.id, 'controls', e.system?.id),
    queryFn: () => viewGet<ControlList>(e.id, `/api/v1/systems/${e.system!.id}/controls`, { limit: 500 }),
    enabled: !!e.system,
  });
  const create = useMutation({
    mutationFn: (id: string) => api.post<TestPlan>(planPaths.list(e.id), { controlId: id }),
    onSuccess: (p) => { setControlId(null); notifySuccess(`Test plan for ${p.control.code} created.`); void queryClient.invalidateQueries({ queryKey: planKeys.all(e.id) }); },
    onError: (error) => notifyError(error, 'Could not create the test plan'),
  });
  const options = (controls.data?.controls ?? []).filter((c) => !planned.has(c.id)).map((c) => ({ value: c.id, label: `${c.code} · ${c.title}` }));
  return (
    <Group gap="xs">
      <Select aria-label="Control to plan" placeholder={controls.isPending ? 'Loading controls…' : 'Or plan one control'} searchable w={320} data={options} value={controlId} onChange={setControlId} />
      <Button variant="default" leftSection={<IconPlus size={16} />} disabled={!controlId} loading={create.isPending} onClick={() => controlId && create.mutate(controlId)}>Plan control</Button>
    </Group>
  );
}
