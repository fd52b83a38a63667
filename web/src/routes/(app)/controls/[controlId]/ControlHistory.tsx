import { Code, List, Paper, Text, Timeline } from '@mantine/core';
import { ErrorAlert } from '../../../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../../../components/format.ts';
import { SectionLoader } from '../../../../components/FullPageLoader.tsx';
import { FREQUENCY_LABELS, NATURE_LABELS, TYPE_LABELS, type AuditEntry, type Person } from '../../../../contract.ts';
import { useControlHistory } from '../../../../program.ts';

const ACTIONS: Record<string, string> = {
  'control.created': 'Created',
  'control.adopted': 'Adopted from the library',
  'control.updated': 'Changed',
  'control.retired': 'Retired',
};

const FIELD_LABELS: Record<string, string> = {
  title: 'Title',
  activity: 'Control activity',
  frequency: 'Frequency',
  nature: 'Nature',
  type: 'Type',
  evidenceGuidance: 'Evidence guidance',
  criteria: 'Criteria',
  ownerId: 'Owner',
  backupOwnerId: 'Backup owner',
};

/** A changed value, readable: people by name, vocabulary by label, lists joined, long text shortened. */
function show(field: string, value: unknown, people: ReadonlyMap<string, string>): string {
  if (value === null || value === undefined || value === '') return 'none';
  if (Array.isArray(value)) return value.length ? value.map(String).join(', ') : 'none';
  const s = String(value);
  if (field === 'ownerId' || field === 'backupOwnerId') return people.get(s) ?? 'a person no longer on the roster';
  if (field === 'frequency') return FREQUENCY_LABELS[s as keyof typeof FREQUENCY_LABELS] ?? s;
  if (field === 'nature') return NATURE_LABELS[s as keyof typeof NATURE_LABELS] ?? s;
  if (field === 'type') return TYPE_LABELS[s as keyof typeof TYPE_LABELS] ?? s;
  return s.length > 140 ? `${s.slice(0, 140)}…` : s;
}

function Details({ entry, people }: { entry: AuditEntry; people: ReadonlyMap<string, string> }) {
  const data = entry.data;
  const changes = data.changes;
  if (entry.kind === 'control.updated' && changes && typeof changes === 'object') {
    const rows = Object.entries(changes as Record<string, { from?: unknown; to?: unknown }>);
    return (
      <List size="xs" spacing={2} mt={2}>
        {rows.map(([field, change]) => (
          <List.Item key={field}>
            <Text span size="xs" fw={600}>
              {FIELD_LABELS[field] ?? field}
            </Text>
            : {show(field, change?.from, people)} → {show(field, change?.to, people)}
          </List.Item>
        ))}
      </List>
    );
  }
  if (entry.kind === 'control.retired' && typeof data.reason === 'string') {
    return (
      <Text size="xs" mt={2}>
        Reason: {data.reason}
      </Text>
    );
  }
  if (entry.kind === 'control.adopted' && typeof data.template === 'string') {
    return (
      <Text size="xs" c="dimmed" mt={2}>
        Template {data.template}
        {typeof data.libraryVersion === 'string' ? ` of library version ${data.libraryVersion}` : ''}
      </Text>
    );
  }
  if (entry.kind === 'control.created' && Array.isArray(data.criteria)) {
    return (
      <Text size="xs" c="dimmed" mt={2}>
        Mapped to {data.criteria.map(String).join(', ')}
      </Text>
    );
  }
  return null;
}

/** The control's history: every recorded change, newest first. */
export function ControlHistory({ controlId, people }: { controlId: string; people: readonly Person[] }) {
  const history = useControlHistory(controlId);
  const names = new Map(people.map((p) => [p.id, p.name]));
  if (history.isPending) return <SectionLoader label="Loading history" />;
  if (history.isError) return <ErrorAlert error={history.error} onRetry={() => void history.refetch()} />;
  const entries = history.data.entries;
  if (entries.length === 0) {
    return (
      <Paper withBorder radius="md" p="md">
        <Text size="sm" c="dimmed">
          Nothing recorded yet. Every change to this control will be listed here with who made it and when.
        </Text>
      </Paper>
    );
  }
  return (
    <Paper withBorder radius="md" p="lg">
      <Timeline bulletSize={12} lineWidth={2} active={-1}>
        {entries.map((e) => (
          <Timeline.Item
            key={e.seq}
            title={
              <Text size="sm" fw={600}>
                {ACTIONS[e.kind] ?? <Code fz="xs">{e.kind}</Code>}
              </Text>
            }
          >
            <Text size="xs" c="dimmed">
              {formatDateTime(e.at)} · {e.actor.label}
            </Text>
            <Details entry={e} people={names} />
          </Timeline.Item>
        ))}
      </Timeline>
    </Paper>
  );
}
