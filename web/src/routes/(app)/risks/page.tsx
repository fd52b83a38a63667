// /risks: the risk register with its 5×5 heat map (inherent or residual), counts by level, and the annual
// risk assessments. Clicking a heat-map cell filters the table to the risks in it.
import { Anchor, Badge, Button, Group, Modal, Paper, SegmentedControl, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconPlus, IconX } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api } from '../../../api.ts';
import { EmptyPanel } from '../../../components/EmptyPanel.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { formatDate } from '../../../components/format.ts';
import { LoadMore } from '../../../components/LoadMore.tsx';
import { SectionLoader } from '../../../components/FullPageLoader.tsx';
import { notifyError, notifySuccess } from '../../../components/notify.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { ProgramGate } from '../../../components/ProgramGate.tsx';
import { RISK_LEVELS, type CreateRiskRequest, type HeatCell, type Risk, type RiskBasis } from '../../../contract.ts';
import { canWriteProgram, useActiveSession } from '../../../session.ts';
import { Assessments } from './Assessments.tsx';
import { HeatMapGrid } from './HeatMapGrid.tsx';
import { ScoreCell } from './LevelBadge.tsx';
import { RiskForm } from './RiskForm.tsx';
import { CATEGORY_LABELS, LEVEL_COLORS, LEVEL_LABELS, riskKeys, TREATMENT_LABELS, useHeatMap, useRisks } from './riskData.ts';
import { QueryState } from '../../../components/QueryState.tsx';
import { ListTable } from '../../../components/ListTable.tsx';

const SUMMARY = 'The risks to your service commitments, rated before and after controls, and how each is treated.';

export default function RisksPage() {
  return (
    <ProgramGate title="Risks" summary={SUMMARY}>
      <Risks />
    </ProgramGate>
  );
}

function Risks() {
  const session = useActiveSession();
  const canWrite = canWriteProgram(session.activeOrganization);
  const [basis, setBasis] = useState<RiskBasis>('inherent');
  const [cell, setCell] = useState<HeatCell | null>(null);
  const [adding, setAdding] = useState(false);
  const risks = useRisks();
  const heat = useHeatMap(basis);
  const loaded = risks.data?.pages.flatMap((p) => p.risks) ?? [];

  const addButton = canWrite ? (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
      Add risk
    </Button>
  ) : undefined;

  let content;
  if (risks.isPending) content = <SectionLoader label="Loading risks" />;
  else if (risks.isError) content = <ErrorAlert error={risks.error} onRetry={() => void risks.refetch()} />;
  else if (loaded.length === 0)
    content = (
      <EmptyPanel icon={<IconAlertTriangle size={26} stroke={1.5} />} title="No risks registered yet" actions={addButton}>
        SOC 2 (CC3) expects you to identify risks to your service commitments, rate their likelihood and impact, and decide
        how to treat each. {canWrite ? 'Add your first risk, then link the controls that reduce it.' : 'An admin or compliance manager can add risks.'}
      </EmptyPanel>
    );
  else {
    const { summary } = risks.data.pages[0]!;
    const ids = cell ? new Set(cell.riskIds) : null;
    const shown = ids ? loaded.filter((r) => ids.has(r.id)) : loaded;
    content = (
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Paper withBorder radius="md" p="lg">
            <Group justify="space-between" mb="sm">
              <Title order={2} fz="md">Heat map</Title>
              <SegmentedControl
                size="xs"
                aria-label="Rating"
                value={basis}
                onChange={(v) => {
                  setBasis(v as RiskBasis);
                  setCell(null);
                }}
                data={[
                  { value: 'inherent', label: 'Inherent' },
                  { value: 'residual', label: 'Residual' },
                ]}
              />
            </Group>
            <QueryState query={heat} label="Loading the heat map">
              {(data) => (
                <HeatMapGrid map={data} selected={cell} onSelect={setCell} />
              )}
            </QueryState>
            <Text size="xs" c="dimmed" mt="xs">Open risks only. Select a cell to list its risks below.</Text>
          </Paper>
          <Paper withBorder radius="md" p="lg">
            <Title order={2} fz="md" mb="sm">Open risks by level ({basis})</Title>
            <SimpleGrid cols={2} spacing="sm">
              {RISK_LEVELS.slice().reverse().map((level) => (
                <Paper key={level} withBorder radius="sm" p="sm" style={{ borderLeft: `4px solid var(--mantine-color-${LEVEL_COLORS[level]}-5)` }}>
                  <Text size="xl" fw={700}>{summary[basis][level]}</Text>
                  <Text size="sm" c="dimmed">{LEVEL_LABELS[level]}</Text>
                </Paper>
              ))}
            </SimpleGrid>
            <Text size="sm" c="dimmed" mt="sm">
              {summary.open} open, {summary.closed} closed.
              {summary.overdueReviews.length > 0 && ` ${summary.overdueReviews.length} with an overdue review.`}
            </Text>
          </Paper>
        </SimpleGrid>
        <Stack gap="xs">
          {cell && (
            <Group gap="xs">
              <Text size="sm">
                Showing the {cell.count} open {cell.count === 1 ? 'risk' : 'risks'} rated likelihood {cell.likelihood} × impact {cell.impact} ({basis}).
              </Text>
              <Button size="compact-sm" variant="subtle" leftSection={<IconX size={14} />} onClick={() => setCell(null)}>
                Show all risks
              </Button>
            </Group>
          )}
          <RiskTable risks={shown} overdue={new Set(summary.overdueReviews)} />
          {cell && shown.length < cell.count && (
            <Text size="sm" c="dimmed">{cell.count - shown.length} more in this cell are further down the register: load more to see them.</Text>
          )}
          <LoadMore shown={loaded.length} noun={['risk', 'risks']} hasMore={risks.hasNextPage} loading={risks.isFetchingNextPage} onLoad={() => void risks.fetchNextPage()} />
        </Stack>
      </Stack>
    );
  }

  return (
    <>
      <PageHeader title="Risks" description={SUMMARY} actions={loaded.length ? addButton : undefined} />
      <Stack gap="lg">
        {content}
        <Assessments canWrite={canWrite} />
      </Stack>
      <AddRiskModal opened={adding} onClose={() => setAdding(false)} />
    </>
  );
}

function RiskTable({ risks, overdue }: { risks: Risk[]; overdue: Set<string> }) {
  return (
    <ListTable minWidth={900} columns={['Title', 'Category', 'Owner', 'Inherent', 'Residual', 'Treatment', 'Review date', 'Status']}>
      {risks.map((r) => (
        <Table.Tr key={r.id} style={r.status === 'closed' ? { opacity: 0.65 } : undefined}>
          <Table.Td>
            <Anchor component={Link} to={`/risks/${r.id}`} size="sm" fw={500}>{r.title}</Anchor>
          </Table.Td>
          <Table.Td>{CATEGORY_LABELS[r.category]}</Table.Td>
          <Table.Td><Text size="sm" c={r.owner ? undefined : 'dimmed'}>{r.owner?.name ?? 'No owner'}</Text></Table.Td>
          <Table.Td><ScoreCell rating={r.inherent} /></Table.Td>
          <Table.Td><ScoreCell rating={r.residual} /></Table.Td>
          <Table.Td>{TREATMENT_LABELS[r.treatment]}</Table.Td>
          <Table.Td>
            <Text size="sm" c={r.reviewOverdue || overdue.has(r.id) ? 'red' : undefined}>{formatDate(r.reviewDate)}</Text>
            {(r.reviewOverdue || overdue.has(r.id)) && <Text size="xs" c="red">Overdue</Text>}
          </Table.Td>
          <Table.Td>
            <Badge variant="light" color={r.status === 'open' ? 'blue' : 'gray'} radius="sm" tt="none">{r.status === 'open' ? 'Open' : 'Closed'}</Badge>
          </Table.Td>
        </Table.Tr>
      ))}
    </ListTable>
  );
}

function AddRiskModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const create = useMutation({
    mutationFn: (body: CreateRiskRequest) => api.post<Risk>('/api/v1/risks', body),
    onSuccess: (r) => {
      notifySuccess(`“${r.title}” was added to the register.`, 'Risk added');
      void queryClient.invalidateQueries({ queryKey: riskKeys.all });
      onClose();
      void navigate('/risks');
    },
    onError: (error) => notifyError(error, 'Could not add the risk'),
  });
  return (
    <Modal opened={opened} onClose={() => !create.isPending && onClose()} title={<Text fw={600}>Add a risk</Text>} size="xl">
      {opened && <RiskForm saving={create.isPending} submitLabel="Add risk" onSubmit={(b) => create.mutate(b)} onCancel={onClose} />}
    </Modal>
  );
}
