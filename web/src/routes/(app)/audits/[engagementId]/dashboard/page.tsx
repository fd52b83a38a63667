// /audits/:engagementId/dashboard: where the examination stands. The firm sees controls by test status, requests,
// sign-offs pending, exceptions and a weekly burn-down over fieldwork; the organization sees its request counts.
import '@mantine/charts/styles.css';
import { BarChart, LineChart } from '@mantine/charts';
import { Anchor, Badge, Paper, ScrollArea, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../../../../api.ts';
import { ErrorAlert } from '../../../../../components/ErrorAlert.tsx';
import { formatDate, formatDateTime } from '../../../../../components/format.ts';
import { SectionLoader } from '../../../../../components/FullPageLoader.tsx';
import { CONTROL_TEST_STATUSES, type ControlTestStatus, type EngagementDashboard } from '../../../../../contract.ts';
import { engagementKeys } from '../../engagementData.ts';
import { Figure } from '../design-review/page.tsx';
import { useEngagementContext } from '../section.ts';

export const CONTROL_TEST_STATUS_LABELS: Record<ControlTestStatus, string> = {
  not_planned: 'Not planned',
  planned: 'Planned',
  sampled: 'Sampled',
  in_progress: 'In progress',
  operating_effectively: 'Operating effectively',
  exceptions_noted: 'Exceptions noted',
  not_tested: 'Not tested',
};
const STATUS_COLORS: Record<ControlTestStatus, string> = {
  not_planned: 'gray', planned: 'blue', sampled: 'indigo', in_progress: 'violet', operating_effectively: 'teal', exceptions_noted: 'red', not_tested: 'yellow',
};

export default function DashboardPage() {
  const { engagement: e } = useEngagementContext();
  const dashboard = useQuery({ queryKey: [...engagementKeys.one(e.id), 'dashboard'], queryFn: () => api.get<EngagementDashboard>(`/api/v1/engagements/${e.id}/dashboard`) });
  if (dashboard.isPending) return <SectionLoader label="Loading the dashboard" />;
  if (dashboard.isError) return <ErrorAlert error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  const d = dashboard.data;
  return (
    <Stack gap="lg">
      <Text size="xs" c="dimmed">As of {formatDateTime(d.asOf)}</Text>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Figure label="Requests open" value={String(d.requests.open)} />
        <Figure label="Requests overdue" value={String(d.requests.overdue)} color={d.requests.overdue ? 'red' : undefined} />
        <Figure label="Requests answered" value={`${d.requests.answered} / ${d.requests.total}`} />
        <Figure label="Requests accepted" value={String(d.requests.accepted)} />
        {d.signoffs && <Figure label="Awaiting preparer" value={`${d.signoffs.awaitingPreparer} / ${d.signoffs.tests}`} />}
        {d.signoffs && <Figure label="Awaiting reviewer" value={String(d.signoffs.awaitingReviewer)} />}
        {d.signoffs && <Figure label="Changed since review" value={String(d.signoffs.changedSinceReview)} color={d.signoffs.changedSinceReview ? 'orange' : undefined} />}
        {d.exceptions && <Figure label="Exceptions (material)" value={`${d.exceptions.count} (${d.exceptions.material})`} color={d.exceptions.count ? 'red' : undefined} />}
      </SimpleGrid>
      {d.side === 'service_org' && (
        <Text size="sm" c="dimmed">The firm's workpapers stay with the firm; you see the requests it sent you. Answer them under <Anchor component={Link} to="/requests">Requests</Anchor>.</Text>
      )}
      {d.controls && (
        <Paper withBorder radius="md" p="md">
          <Title order={2} fz="md" mb="sm">Controls by test status</Title>
          <BarChart h={220} dataKey="status" tickLine="y" withBarValueLabel
            data={CONTROL_TEST_STATUSES.map((s) => ({ status: CONTROL_TEST_STATUS_LABELS[s], Controls: d.controls!.counts[s] ?? 0 }))}
            series={[{ name: 'Controls', color: 'indigo.6' }]} />
        </Paper>
      )}
      {d.burndown && (
        <Paper withBorder radius="md" p="md">
          <Title order={2} fz="md" mb="sm">Burn-down by week</Title>
          {d.burndown.length === 0 ? <Text size="sm" c="dimmed">The burn-down starts with the first sample selected or request sent.</Text> : (
            <LineChart h={240} dataKey="week" curveType="linear" withLegend
              data={d.burndown.map((b) => ({ week: formatDate(b.weekStart), 'Open sample items': b.openSampleItems, 'Open requests': b.openRequests }))}
              series={[{ name: 'Open sample items', color: 'violet.6' }, { name: 'Open requests', color: 'orange.6' }]} />
          )}
        </Paper>
      )}
      {d.controls && d.controls.items.length > 0 && (
        <Paper withBorder radius="md" p="md">
          <Title order={2} fz="md" mb="sm">Controls</Title>
          <ScrollArea type="auto">
            <Table miw={700}>
              <Table.Thead><Table.Tr><Table.Th>Control</Table.Th><Table.Th>Status</Table.Th><Table.Th>Sample</Table.Th><Table.Th>Pass · deviation · n/a · pending</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>
                {d.controls.items.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td><Text size="sm"><b>{c.code}</b> {c.title}</Text></Table.Td>
                    <Table.Td><Badge variant="light" color={STATUS_COLORS[c.status]} tt="none">{CONTROL_TEST_STATUS_LABELS[c.status]}</Badge></Table.Td>
                    <Table.Td><Text size="sm">{c.sampleSize ?? '—'}</Text></Table.Td>
                    <Table.Td><Text size="sm">{c.results.pass} · {c.results.deviation} · {c.results.notApplicable} · {c.results.pending}</Text></Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        </Paper>
      )}
    </Stack>
  );
}
