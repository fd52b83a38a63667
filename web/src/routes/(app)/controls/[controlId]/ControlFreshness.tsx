// The control page's Freshness section: a timeline of the windows the control should have evidence
// for (green has evidence, red missing, amber due now, grey not started), each linking to the evidence
// list filtered by this control and the window's dates.
import { Anchor, Badge, Box, Group, Paper, SegmentedControl, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../../components/ErrorAlert.tsx';
import { SectionLoader } from '../../../../components/FullPageLoader.tsx';
import { FREQUENCY_LABELS, type Control, type ControlFreshness as Freshness, type NextDue } from '../../../../contract.ts';
import {
  formatDay, STATUS_COLORS, STATUS_LABELS, timelineCells, useControlFreshness, windowLabel, type FreshnessPeriod, type TimelineCell,
} from '../../freshness/freshnessData.ts';

/** Last 12 months, this year and last year; "this year" is the server's (its `today`) once known. */
function periodOptions(today: string | undefined): { value: string; label: string; period: FreshnessPeriod }[] {
  const year = Number((today ?? new Date().toISOString()).slice(0, 4));
  return [
    { value: 'last12', label: 'Last 12 months', period: {} },
    { value: String(year), label: String(year), period: { from: `${year}-01-01`, to: `${year}-12-31` } },
    { value: String(year - 1), label: String(year - 1), period: { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` } },
  ];
}

export function dueText(next: NextDue): string {
  const when = `Evidence for ${windowLabel(next.label)}`;
  const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;
  if (next.overdue) {
    const oneDay = /^\d{4}-\d{2}-\d{2}$/.test(next.label);
    return oneDay ? `${when} overdue (${days(-next.daysLeft)})` : `${when} overdue since ${formatDay(next.dueDate)} (${days(-next.daysLeft)})`;
  }
  if (next.daysLeft === 0) return `${when} due today`;
  return `${when} due by ${formatDay(next.dueDate)} (in ${days(next.daysLeft)})`;
}

function CellTip({ cell }: { cell: TimelineCell }) {
  const evidence = [...new Map(cell.windows.flatMap((w) => w.evidence).map((e) => [e.id, e])).values()];
  const counts = cell.windows.length > 1 ? `${cell.windows.filter((w) => w.status === 'covered').length} of ${cell.windows.length} windows have evidence` : null;
  return (
    <Stack gap={2} maw={280}>
      <Text size="xs" fw={600}>{cell.label}{cell.partial ? ' (partly in the period)' : ''}</Text>
      <Text size="xs">{formatDay(cell.from)} – {formatDay(cell.to)} · {STATUS_LABELS[cell.status]}</Text>
      {counts && <Text size="xs">{counts}</Text>}
      {evidence.slice(0, 5).map((e) => (
        <Text size="xs" key={e.id} truncate>• {e.title}</Text>
      ))}
      {evidence.length > 5 && <Text size="xs">and {evidence.length - 5} more</Text>}
      {evidence.length === 0 && <Text size="xs" c="dimmed">No evidence</Text>}
    </Stack>
  );
}

function Timeline({ control, f }: { control: Control; f: Freshness }) {
  const cells = timelineCells(f.control.frequency, f.windows);
  const grouped = f.control.frequency === 'daily' || f.control.frequency === 'weekly';
  return (
    <Stack gap="sm">
      <Box
        role="list"
        aria-label={`Evidence windows of ${control.code}`}
        style={{ display: 'grid', gridTemplateColumns: `repeat(auto-fill, minmax(${cells.length > 6 ? 74 : 110}px, 1fr))`, gap: 6 }}
      >
        {cells.map((cell) => (
          <Tooltip key={cell.key} label={<CellTip cell={cell} />} withArrow multiline>
            <Anchor
              role="listitem"
              component={Link}
              to={`/evidence?controlId=${control.id}&from=${cell.from}&to=${cell.to}`}
              underline="never"
              aria-label={`${cell.label}: ${STATUS_LABELS[cell.status]}`}
              data-status={cell.status}
            >
              <Paper
                radius="sm"
                p={6}
                bg={`var(--mantine-color-${STATUS_COLORS[cell.status]}-light)`}
                style={{ borderLeft: `4px solid var(--mantine-color-${STATUS_COLORS[cell.status]}-filled)`, opacity: cell.partial ? 0.85 : 1 }}
              >
                <Text size="xs" fw={600} c="var(--mantine-color-text)">{cell.label}</Text>
                <Text size="xs" c="dimmed">{STATUS_LABELS[cell.status]}</Text>
              </Paper>
            </Anchor>
          </Tooltip>
        ))}
      </Box>
      <Group gap="md">
        {(['covered', 'missing', 'due', 'future'] as const).map((s) => (
          <Group key={s} gap={4}>
            <Box w={10} h={10} style={{ borderRadius: 2, background: `var(--mantine-color-${STATUS_COLORS[s]}-filled)` }} />
            <Text size="xs" c="dimmed">{STATUS_LABELS[s]}</Text>
          </Group>
        ))}
        {grouped && <Text size="xs" c="dimmed">One cell per month; hover for the {f.control.frequency === 'daily' ? 'days' : 'weeks'} in it.</Text>}
      </Group>
    </Stack>
  );
}

export function ControlFreshness({ control }: { control: Control }) {
  const [today, setToday] = useState<string | undefined>(undefined);
  const options = periodOptions(today);
  const [choice, setChoice] = useState('last12');
  const period = options.find((o) => o.value === choice)?.period ?? {};
  const freshness = useControlFreshness(control.id, period);
  const f = freshness.data;
  if (f && f.today !== today) setToday(f.today);

  return (
    <section aria-labelledby="control-freshness">
      <Group justify="space-between" mb="sm" gap="xs">
        <Group gap="xs">
          <Title order={2} fz="md" fw={600} id="control-freshness">Freshness</Title>
          <Badge variant="light" color="gray" radius="sm" tt="none" fw={500}>{FREQUENCY_LABELS[control.frequency]}</Badge>
        </Group>
        <SegmentedControl size="xs" value={choice} onChange={setChoice} data={options.map(({ value, label }) => ({ value, label }))} aria-label="Period" />
      </Group>
      {freshness.isPending ? (
        <SectionLoader label="Loading freshness" />
      ) : freshness.isError || !f ? (
        <ErrorAlert error={freshness.error} onRetry={() => void freshness.refetch()} />
      ) : f.kind === 'population' ? (
        <Paper withBorder radius="md" p="lg">
          <Group gap="sm" wrap="nowrap" align="flex-start">
            <IconInfoCircle size={18} style={{ flexShrink: 0, marginTop: 2 }} aria-hidden />
            <Text size="sm" c="dimmed">
              A {FREQUENCY_LABELS[control.frequency].toLowerCase()} control has no calendar windows: it is judged on the population of its occurrences
              (every change, hire or alert of the period), from which an auditor samples. Add evidence for the period each file covers; population
              testing arrives with engagements.
            </Text>
          </Group>
        </Paper>
      ) : (
        <Paper withBorder radius="md" p="lg">
          <Stack gap="sm">
            <Group justify="space-between" gap="xs">
              <Text size="sm">
                {f.summary!.covered} of {f.summary!.expected} windows have evidence
                {f.summary!.missing > 0 && <Text span inherit c="red" fw={600}> · {f.summary!.missing} missing</Text>}
                <Text span inherit c="dimmed"> · {formatDay(f.period.from)} – {formatDay(f.period.to)}</Text>
              </Text>
              {f.nextDue && (
                <Badge variant="light" color={f.nextDue.overdue ? 'red' : f.nextDue.daysLeft <= 14 ? 'yellow' : 'gray'} radius="sm" tt="none">
                  {dueText(f.nextDue)}
                </Badge>
              )}
            </Group>
            <Timeline control={control} f={f} />
            {f.summary!.covered === 0 && (
              <Text size="sm" c="dimmed">
                No window has evidence yet. Add evidence below and set the period it covers (the dates it is about, not the upload date):
                the windows it overlaps turn green.
              </Text>
            )}
          </Stack>
        </Paper>
      )}
    </section>
  );
}
