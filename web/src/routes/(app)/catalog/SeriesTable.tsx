import { Anchor, Badge, Group, Highlight, Paper, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { SeriesGroup } from './categories.ts';

/** One series (e.g. CC6 · Logical and physical access controls) as a table of its criteria. */
export function SeriesTable({ group, highlight }: { group: SeriesGroup; highlight: string }) {
  const id = `series-${group.series}`;
  return (
    <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
      <Group gap="xs" px="sm" py={8} bg="var(--mantine-color-gray-0)" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
        <Title order={3} fz="sm" fw={600} id={id}>
          <Text span inherit ff="monospace" c="dimmed" mr={6}>
            {group.series}
          </Text>
          {group.seriesTitle}
        </Title>
        <Text size="xs" c="dimmed">
          {group.criteria.length} {group.criteria.length === 1 ? 'criterion' : 'criteria'}
        </Text>
      </Group>
      <Table aria-labelledby={id} striped={false} layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={96}>ID</Table.Th>
            <Table.Th>Criterion</Table.Th>
            <Table.Th w={110} visibleFrom="sm">COSO principle</Table.Th>
            <Table.Th w={110} visibleFrom="sm" ta="right">Points of focus</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {group.criteria.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td style={{ verticalAlign: 'top' }}>
                <Anchor component={Link} to={`/catalog/${encodeURIComponent(c.id)}`} ff="monospace" size="sm" fw={600}>
                  {c.id}
                </Anchor>
              </Table.Td>
              <Table.Td style={{ verticalAlign: 'top' }}>
                <Highlight highlight={highlight} size="sm" fw={500}>
                  {c.title}
                </Highlight>
                <Highlight highlight={highlight} size="sm" c="dimmed" lineClamp={2}>
                  {c.description}
                </Highlight>
              </Table.Td>
              <Table.Td visibleFrom="sm" style={{ verticalAlign: 'top' }}>
                {c.cosoPrinciple !== null ? (
                  <Badge variant="outline" color="gray" radius="sm" size="sm" tt="none" fw={500}>
                    Principle {c.cosoPrinciple}
                  </Badge>
                ) : (
                  <Text size="sm" c="dimmed" aria-label="None">—</Text>
                )}
              </Table.Td>
              <Table.Td visibleFrom="sm" ta="right" style={{ verticalAlign: 'top' }}>
                <Text size="sm" c={c.pointsOfFocus.length ? undefined : 'dimmed'}>
                  {c.pointsOfFocus.length}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
