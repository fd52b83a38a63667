import { Badge, Paper, ScrollArea, Table, Text } from '@mantine/core';
import type { Person } from '../../../contract.ts';

export function PeopleTable({ people }: { people: Person[] }) {
  return (
    <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
      <ScrollArea type="auto">
        <Table miw={680}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Email</Table.Th>
              <Table.Th>Title</Table.Th>
              <Table.Th>Department</Table.Th>
              <Table.Th w={120}>Linked user</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {people.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {p.name}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{p.email}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={p.title ? undefined : 'dimmed'}>
                    {p.title || '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={p.department ? undefined : 'dimmed'}>
                    {p.department || '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {p.userId ? (
                    <Badge size="sm" variant="light" color="teal" radius="sm" tt="none" title="Has an attest account in this organization">
                      Yes
                    </Badge>
                  ) : (
                    <Badge size="sm" variant="light" color="gray" radius="sm" tt="none" title="No attest account in this organization">
                      No
                    </Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </Paper>
  );
}
