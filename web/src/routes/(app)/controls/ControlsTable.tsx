import { Anchor, Badge, Paper, ScrollArea, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { FREQUENCY_LABELS, NATURE_LABELS, TYPE_LABELS, type Control, type PersonRef } from '../../../contract.ts';
import { CriteriaBadges } from './CriteriaBadges.tsx';

function PersonCell({ person, empty = 'Unassigned' }: { person: PersonRef | null; empty?: string }) {
  return person ? (
    <Text size="sm" truncate title={person.email}>
      {person.name}
    </Text>
  ) : (
    <Text size="sm" c="dimmed">
      {empty}
    </Text>
  );
}

export function StatusBadge({ status }: { status: Control['status'] }) {
  return status === 'active' ? (
    <Badge size="sm" variant="light" color="teal" radius="sm" tt="none">
      Active
    </Badge>
  ) : (
    <Badge size="sm" variant="light" color="gray" radius="sm" tt="none">
      Retired
    </Badge>
  );
}

/**
 * The control list, dense. Wide screens get one column per attribute; narrower ones combine the owners and the
 * frequency / nature / type into two columns.
 */
export function ControlsTable({ controls }: { controls: Control[] }) {
  return (
    <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
      <ScrollArea type="auto">
        <Table miw={700} verticalSpacing={6} horizontalSpacing="xs" layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={84}>Code</Table.Th>
              <Table.Th>Title</Table.Th>
              <Table.Th w={130} visibleFrom="lg">Owner</Table.Th>
              <Table.Th w={130} visibleFrom="lg">Backup owner</Table.Th>
              <Table.Th w={130} hiddenFrom="lg">Owner / backup</Table.Th>
              <Table.Th w={104} visibleFrom="lg">Frequency</Table.Th>
              <Table.Th w={100} visibleFrom="lg">Nature</Table.Th>
              <Table.Th w={92} visibleFrom="lg">Type</Table.Th>
              <Table.Th w={130} hiddenFrom="lg">Frequency / nature</Table.Th>
              <Table.Th w={150}>Criteria</Table.Th>
              <Table.Th w={76}>Status</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {controls.map((c) => (
              <Table.Tr key={c.id} style={c.status === 'retired' ? { opacity: 0.65 } : undefined}>
                <Table.Td>
                  <Anchor component={Link} to={`/controls/${c.id}`} size="sm" ff="monospace" fw={600} className="nowrap">
                    {c.code}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2} title={c.title}>
                    {c.title}
                  </Text>
                </Table.Td>
                <Table.Td visibleFrom="lg">
                  <PersonCell person={c.owner} />
                </Table.Td>
                <Table.Td visibleFrom="lg">
                  <PersonCell person={c.backupOwner} empty="None" />
                </Table.Td>
                <Table.Td hiddenFrom="lg">
                  <PersonCell person={c.owner} />
                  <Text size="xs" c="dimmed" truncate>
                    {c.backupOwner ? `Backup: ${c.backupOwner.name}` : 'No backup'}
                  </Text>
                </Table.Td>
                <Table.Td visibleFrom="lg">
                  <Text size="sm">{FREQUENCY_LABELS[c.frequency]}</Text>
                </Table.Td>
                <Table.Td visibleFrom="lg">
                  <Text size="sm">{NATURE_LABELS[c.nature]}</Text>
                </Table.Td>
                <Table.Td visibleFrom="lg">
                  <Text size="sm">{TYPE_LABELS[c.type]}</Text>
                </Table.Td>
                <Table.Td hiddenFrom="lg">
                  <Text size="sm">{FREQUENCY_LABELS[c.frequency]}</Text>
                  <Text size="xs" c="dimmed">
                    {NATURE_LABELS[c.nature]} · {TYPE_LABELS[c.type]}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <CriteriaBadges criteria={c.criteria} />
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={c.status} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </Paper>
  );
}
