// Rows of controls whose next evidence is overdue or due soon: control (linking to its page), system,
// owner, and when the evidence is due.
import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { EvidenceReminder } from '../../../contract.ts';
import { dueText } from '../controls/[controlId]/ControlFreshness.tsx';

export function ReminderList({ reminders, compact = false }: { reminders: readonly EvidenceReminder[]; compact?: boolean }) {
  return (
    <Table verticalSpacing={compact ? 6 : 'sm'} highlightOnHover aria-label="Evidence due">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Control</Table.Th>
          {!compact && <Table.Th>System</Table.Th>}
          <Table.Th>Owner</Table.Th>
          <Table.Th>Due</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {reminders.map((r) => (
          <Table.Tr key={r.control.id}>
            <Table.Td>
              <Stack gap={0}>
                <Anchor component={Link} to={`/controls/${r.control.id}`} size="sm">
                  <Text span inherit ff="monospace" mr={6}>{r.control.code}</Text>
                  {r.control.title}
                </Anchor>
                {compact && <Text size="xs" c="dimmed">{r.control.systemName}</Text>}
              </Stack>
            </Table.Td>
            {!compact && <Table.Td><Text size="sm">{r.control.systemName}</Text></Table.Td>}
            <Table.Td>
              <Text size="sm" c={r.control.owner ? undefined : 'dimmed'}>{r.control.owner?.name ?? 'No owner'}</Text>
            </Table.Td>
            <Table.Td>
              <Group gap={6} wrap="nowrap">
                <Badge variant="light" color={r.state === 'overdue' ? 'red' : 'yellow'} radius="sm" tt="none">
                  {r.state === 'overdue' ? 'Overdue' : 'Due soon'}
                </Badge>
                <Text size="xs" c="dimmed">{dueText(r.nextDue)}{r.missingWindows > 1 ? ` · ${r.missingWindows} windows missing` : ''}</Text>
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
