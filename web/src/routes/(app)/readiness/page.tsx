// /readiness?system=…&type=type1|type2: how ready a system is for its examination, by category and series,
// with the gap list grouped by criterion and a link to fix each gap.
import '@mantine/charts/styles.css';
import {
  Alert, Anchor, Badge, Button, Group, NativeSelect, Paper, Progress, RingProgress, SegmentedControl, SimpleGrid, Stack,
  Text, Title,
} from '@mantine/core';
import { BarChart } from '@mantine/charts';
import { IconArrowRight, IconDownload, IconInfoCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../../api.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { SectionLoader } from '../../../components/FullPageLoader.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { ProgramGate } from '../../../components/ProgramGate.tsx';
import { SystemsState } from '../../../components/SystemsState.tsx';
import type { Gap, Readiness, ReadinessReportType } from '../../../contract.ts';
import { useSystemParam } from '../../../program.ts';

const SUMMARY = 'How ready each system is for its SOC 2 examination, and what is left to do.';

export default function ReadinessPage() {
  return (
    <ProgramGate title="Readiness" summary={SUMMARY}>
      <ReadinessArea />
    </ProgramGate>
  );
}

function ReadinessArea() {
  const { systems, list, selectedId, params, setParam } = useSystemParam('first');
  const reportType: ReadinessReportType = params.get('type') === 'type2' ? 'type2' : 'type1';

  if (systems.isPending || systems.isError || list.length === 0 || !selectedId) {
    return (
      <SystemsState title="Readiness" description={SUMMARY} systems={systems}>
        Readiness is measured per system: the services and components your SOC 2 report covers. Define one in Scope,
        adopt controls for its criteria, and come back here to see what is left before the examination.
      </SystemsState>
    );
  }

  return (
    <>
      <PageHeader
        title="Readiness"
        description={SUMMARY}
        actions={
          <Button
            component="a"
            variant="default"
            leftSection={<IconDownload size={16} />}
            href={`/api/v1/systems/${selectedId}/readiness/gaps.csv?reportType=${reportType}`}
            download
          >
            Export gaps (CSV)
          </Button>
        }
      />
      <Stack gap="lg">
        <Group align="flex-end" gap="md">
          <NativeSelect
            label="System"
            w={320}
            value={selectedId}
            onChange={(e) => setParam('system', e.currentTarget.value)}
            data={list.map((s) => ({ value: s.id, label: s.name }))}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="report-type-label">
              Report type
            </Text>
            <SegmentedControl
              aria-labelledby="report-type-label"
              value={reportType}
              onChange={(v) => setParam('type', v)}
              data={[
                { value: 'type1', label: 'Type I' },
                { value: 'type2', label: 'Type II' },
              ]}
            />
          </Stack>
        </Group>
        <SystemReadiness key={`${selectedId}-${reportType}`} systemId={selectedId} reportType={reportType} />
      </Stack>
    </>
  );
}

function percentColor(percent: number): string {
  if (percent >= 90) return 'teal';
  if (percent >= 60) return 'yellow';
  return 'red';
}

function SystemReadiness({ systemId, reportType }: { systemId: string; reportType: ReadinessReportType }) {
  const readiness = useQuery({
    queryKey: ['systems', systemId, 'readiness', reportType],
    queryFn: () => api.get<Readiness>(`/api/v1/systems/${systemId}/readiness`, { reportType }),
  });
  if (readiness.isPending) return <SectionLoader label="Loading readiness" />;
  if (readiness.isError) return <ErrorAlert error={readiness.error} onRetry={() => void readiness.refetch()} />;
  const r = readiness.data;
  const percent = Math.round(r.percent);
  const notes: string[] = [];
  if (!r.assessed.policies) notes.push('Policies are not assessed yet: criteria that need a policy are judged on their controls only.');
  if (!r.assessed.people) notes.push('People-related criteria (onboarding, training, background checks) are not assessed yet.');
  if (!r.assessed.operating)
    notes.push(
      reportType === 'type2'
        ? 'Type II operating effectiveness is assessed once the system\'s controls have evidence: add evidence on a control\'s page or in Evidence.'
        : 'Operating effectiveness is not part of a Type I report; switch to Type II to see what it will need.',
    );
  else if (reportType === 'type2')
    notes.push('Type II: every owned periodic control needs evidence for each of its windows that ended in the last 6 months (continuous and per-occurrence controls are judged on populations later).');

  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        <Paper withBorder radius="md" p="lg">
          <Group gap="lg" wrap="nowrap">
            <RingProgress
              size={120}
              thickness={12}
              roundCaps
              sections={[{ value: r.percent, color: percentColor(r.percent) }]}
              label={
                <Text ta="center" fw={700} fz={22}>
                  {percent}%
                </Text>
              }
              aria-label={`${percent}% ready`}
            />
            <Stack gap={4}>
              <Text fw={600}>Overall readiness</Text>
              <Text size="sm" c="dimmed">
                {r.ready} of {r.total} criteria ready for a {reportType === 'type1' ? 'Type I' : 'Type II'} report.
              </Text>
              <Text size="sm" c="dimmed">
                {r.gaps.length === 0 ? 'No gaps found.' : `${r.gaps.length} ${r.gaps.length === 1 ? 'gap' : 'gaps'} to close.`}
              </Text>
            </Stack>
          </Group>
        </Paper>
        <Paper withBorder radius="md" p="lg" style={{ gridColumn: 'span 2' }}>
          <Text fw={600} mb="xs">
            By category
          </Text>
          <BarChart
            h={170}
            data={r.byCategory.map((g) => ({ category: g.title, Ready: Math.round(g.percent) }))}
            dataKey="category"
            series={[{ name: 'Ready', color: 'brand.6', label: 'Ready (%)' }]}
            yAxisProps={{ domain: [0, 100] }}
            valueFormatter={(v) => `${v}%`}
            withBarValueLabel
            tickLine="y"
          />
        </Paper>
      </SimpleGrid>

      {notes.length > 0 && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />} title="What this assessment covers">
          <Stack gap={2}>
            {notes.map((n) => (
              <Text key={n} size="sm">
                {n}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}

      <Paper withBorder radius="md" p="lg">
        <Title order={2} fz="md" mb="sm">
          By series
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="sm">
          {r.bySeries.map((s) => (
            <Stack key={s.key} gap={4}>
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text size="sm" lineClamp={1} title={s.title}>
                  <Text span ff="monospace" fw={600} size="sm">
                    {s.key}
                  </Text>{' '}
                  {s.title}
                </Text>
                <Text size="sm" fw={600} style={{ flexShrink: 0 }}>
                  {Math.round(s.percent)}%
                </Text>
              </Group>
              <Progress value={s.percent} color={percentColor(s.percent)} aria-label={`${s.key} ${Math.round(s.percent)}% ready`} />
              <Text size="xs" c="dimmed">
                {s.ready} of {s.total} criteria ready
              </Text>
            </Stack>
          ))}
        </SimpleGrid>
      </Paper>

      <GapList systemId={systemId} readiness={r} />
    </Stack>
  );
}

const FIX_LABELS: Record<Gap['fix'], string> = {
  controls: 'Fix in Controls',
  policies: 'Fix in Policies',
  people: 'Fix in People',
  evidence: 'Add evidence',
};

function FixLink({ gap, systemId }: { gap: Gap; systemId: string }) {
  const to =
    gap.fix === 'evidence'
      ? gap.controlId ? `/controls/${gap.controlId}` : '/evidence'
      : gap.fix === 'controls'
      ? `/controls?system=${encodeURIComponent(systemId)}&criterion=${encodeURIComponent(gap.criterionId)}`
      : gap.fix === 'policies'
        ? '/policies'
        : '/people';
  return (
    <Anchor component={Link} to={to} size="sm" style={{ whiteSpace: 'nowrap' }}>
      {FIX_LABELS[gap.fix]}
      <IconArrowRight size={13} style={{ verticalAlign: 'middle', marginLeft: 2 }} />
    </Anchor>
  );
}

function GapList({ systemId, readiness }: { systemId: string; readiness: Readiness }) {
  const withGaps = readiness.criteria.filter((c) => c.gaps.length > 0);
  return (
    <Paper withBorder radius="md" p="lg">
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="md">
          Gaps
        </Title>
        <Badge variant="light" color={withGaps.length ? 'red' : 'teal'} tt="none" radius="sm">
          {withGaps.length} {withGaps.length === 1 ? 'criterion' : 'criteria'} with gaps
        </Badge>
      </Group>
      {withGaps.length === 0 ? (
        <Text size="sm" c="dimmed">
          Every criterion in scope is ready for this report type. Keep controls owned and policies reviewed to stay there.
        </Text>
      ) : (
        <Stack gap={0} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {withGaps.map((c) => (
            <li key={c.id} style={{ borderTop: '1px solid var(--mantine-color-gray-2)', padding: '10px 0' }}>
              <Group align="flex-start" gap="md" wrap="nowrap">
                <Anchor component={Link} to={`/catalog/${c.id}`} ff="monospace" fw={600} size="sm" w={70} style={{ flexShrink: 0 }}>
                  {c.id}
                </Anchor>
                <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
                  {c.gaps.map((g, i) => (
                    <Group key={`${g.kind}-${i}`} justify="space-between" gap="md" wrap="nowrap" align="flex-start">
                      <Text size="sm">{g.message}</Text>
                      <FixLink gap={g} systemId={systemId} />
                    </Group>
                  ))}
                </Stack>
              </Group>
            </li>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
