import { Anchor, Badge, Group, Paper, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { CriterionCoverage } from './coverage.ts';

/** One series of criteria: the controls and complementary controls mapped to each; gaps in red. */
export function CoverageTable({ title, rows }: { title: string; rows: CriterionCoverage[] }) {
  return (
    <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
      <Text size="sm" fw={600} px="sm" py={8} bg="var(--mantine-color-gray-0)" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        {title}
      </Text>
      <ScrollArea type="auto">
        <Table miw={640} layout="fixed" striped={false} verticalSpacing={8}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="34%">Criterion</Table.Th>
              <Table.Th w="30%">Controls</Table.Th>
              <Table.Th>CUECs and CSOCs</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr
                key={r.criterion.id}
                bg={r.gap ? 'var(--mantine-color-red-0)' : undefined}
                style={r.gap ? { boxShadow: 'inset 3px 0 0 var(--mantine-color-red-6)' } : undefined}
              >
                <Table.Td style={{ verticalAlign: 'top' }}>
                  <Anchor component={Link} to={`/catalog/${encodeURIComponent(r.criterion.id)}`} size="sm" ff="monospace" fw={600}>
                    {r.criterion.id}
                  </Anchor>
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {r.criterion.title}
                  </Text>
                </Table.Td>
                <Table.Td style={{ verticalAlign: 'top' }}>
                  {r.controls.length > 0 ? (
                    <Group gap={4}>
                      {r.controls.map((c) => (
                        <Badge
                          key={c.id}
                          component={Link}
                          to={`/controls/${c.id}`}
                          size="sm"
                          variant="light"
                          radius="sm"
                          tt="none"
                          ff="monospace"
                          fw={500}
                          title={c.title}
                          style={{ cursor: 'pointer' }}
                        >
                          {c.code}
                        </Badge>
                      ))}
                    </Group>
                  ) : r.notRelevant !== null ? (
                    <Stack gap={2}>
                      <Badge size="sm" variant="light" color="gray" radius="sm" tt="none">
                        Not relevant
                      </Badge>
                      <Text size="xs" c="dimmed" lineClamp={2}>
                        {r.notRelevant}
                      </Text>
                    </Stack>
                  ) : (
                    <Badge size="sm" variant="filled" color="red" radius="sm" tt="none">
                      Gap: no control
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td style={{ verticalAlign: 'top' }}>
                  {r.cuecs.length + r.csocs.length === 0 ? (
                    <Text size="xs" c="dimmed">
                      None
                    </Text>
                  ) : (
                    <Stack gap={4}>
                      {r.cuecs.map((t, i) => (
                        <Text key={`u${i}`} size="xs" lineClamp={2}>
                          <Text span inherit fw={600}>
                            CUEC:
                          </Text>{' '}
                          {t}
                        </Text>
                      ))}
                      {r.csocs.map((c, i) => (
                        <Text key={`s${i}`} size="xs" lineClamp={2}>
                          <Text span inherit fw={600}>
                            CSOC ({c.organization}):
                          </Text>{' '}
                          {c.text}
                        </Text>
                      ))}
                    </Stack>
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
