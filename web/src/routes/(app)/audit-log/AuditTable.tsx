import { ActionIcon, Code, Modal, Paper, ScrollArea, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { formatDate, formatTime, formatTimestamp } from '../../../components/format.ts';
import type { AuditEntry } from '../../../contract.ts';

const ACTOR_TYPES = { user: 'User', token: 'API token', system: 'System' } as const;

/** Lets long action names ("member.role_changed") wrap after "." and "_" instead of mid-word. */
function breakable(kind: string): React.ReactNode {
  return kind.split(/(?<=[._])/).map((part, i) => (
    <Fragment key={i}>
      {i > 0 && <wbr />}
      {part}
    </Fragment>
  ));
}

export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const [open, setOpen] = useState<AuditEntry | null>(null);
  return (
    <>
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        <ScrollArea type="auto">
          <Table miw={700} layout="fixed">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={110}>Time</Table.Th>
                <Table.Th>Actor</Table.Th>
                <Table.Th>Action</Table.Th>
                <Table.Th>Object</Table.Th>
                <Table.Th w={120} visibleFrom="lg">IP</Table.Th>
                <Table.Th w={120} visibleFrom="lg">Request ID</Table.Th>
                {/* Narrower screens: IP and request ID share one column. */}
                <Table.Th w={124} hiddenFrom="lg">IP / Request ID</Table.Th>
                <Table.Th w={44}>
                  <VisuallyHidden>Details</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((e) => (
                <Table.Tr key={e.seq}>
                  <Table.Td title={e.at}>
                    <Text size="sm" className="nowrap">{formatDate(e.at)}</Text>
                    <Text size="xs" c="dimmed" className="nowrap">{formatTime(e.at)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" truncate title={e.actor.label}>
                      {e.actor.label}
                    </Text>
                    <Text size="xs" c="dimmed">{ACTOR_TYPES[e.actor.type]}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Code fz="xs">{breakable(e.kind)}</Code>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" truncate>{e.objectType}</Text>
                    <Text size="xs" c="dimmed" className="mono" truncate title={e.subject}>
                      {e.subject}
                    </Text>
                  </Table.Td>
                  <Table.Td visibleFrom="lg">
                    <Text size="xs" className="mono" truncate title={e.ip ?? undefined}>{e.ip ?? '—'}</Text>
                  </Table.Td>
                  <Table.Td visibleFrom="lg">
                    <Text size="xs" className="mono" truncate title={e.requestId ?? undefined}>
                      {e.requestId ?? '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td hiddenFrom="lg">
                    <Text size="xs" className="mono" truncate title={e.ip ?? undefined}>{e.ip ?? '—'}</Text>
                    <Text size="xs" c="dimmed" className="mono" truncate title={e.requestId ?? undefined}>
                      {e.requestId ?? '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Tooltip label="Details" withArrow>
                      <ActionIcon variant="subtle" color="gray" aria-label={`Details of entry ${e.seq}`} onClick={() => setOpen(e)}>
                        <IconEye size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      </Paper>
      <Modal opened={open !== null} onClose={() => setOpen(null)} title={open ? `Entry #${open.seq}` : ''} size="lg">
        {open && <EntryDetails entry={open} />}
      </Modal>
    </>
  );
}

function EntryDetails({ entry }: { entry: AuditEntry }) {
  const rows: [string, React.ReactNode][] = [
    ['Time', `${formatTimestamp(entry.at)} (${entry.at})`],
    ['Actor', `${entry.actor.label} (${ACTOR_TYPES[entry.actor.type]}${entry.actor.id ? `, ${entry.actor.id}` : ''})`],
    ['Action', <Code key="k">{entry.kind}</Code>],
    ['Object', `${entry.objectType} ${entry.subject}`],
    ['IP', entry.ip ?? '—'],
    ['Request ID', entry.requestId ?? '—'],
    ['Hash', <Text key="h" size="xs" className="mono" style={{ wordBreak: 'break-all' }}>{entry.hash}</Text>],
  ];
  return (
    <Stack gap="md">
      <Table striped={false} highlightOnHover={false} withRowBorders={false} verticalSpacing={4}>
        <Table.Tbody>
          {rows.map(([k, v]) => (
            <Table.Tr key={k}>
              <Table.Th w={110} fw={500} c="dimmed">{k}</Table.Th>
              <Table.Td>{v}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <div>
        <Text size="sm" fw={600} mb={4}>
          Data
        </Text>
        <Code block fz="xs">
          {JSON.stringify(entry.data, null, 2)}
        </Code>
      </div>
    </Stack>
  );
}
