import { Badge, Table, Text } from '@mantine/core';
import type { Person } from '../../../contract.ts';
import { ListTable } from '../../../components/ListTable.tsx';

export function PeopleTable({ people }: { people: Person[] }) {
  return (
    <ListTable minWidth={680} columns={['Name', 'Email', 'Title', 'Department', { label: 'Linked user', w: 120 }]}>
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
    </ListTable>
  );
}
