import { Anchor, Paper, ScrollArea, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDate } from '../../../components/format.ts';
import type { SystemSummary } from '../../../contract.ts';
import { CategoryBadges } from './CategoryBadges.tsx';

export function SystemsTable({ systems }: { systems: SystemSummary[] }) {
  return (
    <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
      <ScrollArea type="auto">
        <Table miw={640}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>System</Table.Th>
              <Table.Th>Categories in scope</Table.Th>
              <Table.Th ta="right" w={130}>Active controls</Table.Th>
              <Table.Th w={130}>Updated</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {systems.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/scope/${s.id}`} fw={600} size="sm">
                    {s.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <CategoryBadges categories={s.categories} size="xs" />
                </Table.Td>
                <Table.Td ta="right">
                  {s.activeControls > 0 ? (
                    <Anchor component={Link} to={`/controls?system=${s.id}`} size="sm" aria-label={`${s.activeControls} active controls of ${s.name}`}>
                      {s.activeControls}
                    </Anchor>
                  ) : (
                    <Text size="sm" c="dimmed">
                      0
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDate(s.updatedAt)}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </Paper>
  );
}
