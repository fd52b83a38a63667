// The versions of a policy, and a line diff between any two of them.
import { Badge, Box, Button, Group, NativeSelect, Paper, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../../../api.ts';
import { ErrorAlert } from '../../../../components/ErrorAlert.tsx';
import { formatDate } from '../../../../components/format.ts';
import { SectionLoader } from '../../../../components/FullPageLoader.tsx';
import type { PolicyDiff, PolicyVersionSummary } from '../../../../contract.ts';
import { StatusBadge } from '../PolicyBadges.tsx';
import { useVersions } from '../policyData.ts';
import { QueryState } from '../../../../components/QueryState.tsx';

export function VersionsSection({ policyId }: { policyId: string }) {
  const versions = useVersions(policyId);
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="md">
        <Title order={2} fz="md">
          Versions
        </Title>
        <QueryState query={versions} label="Loading versions">
          {(data) => (
            <>
              <ScrollArea type="auto">
                <Table miw={820}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Version</Table.Th>
                      <Table.Th>Status</Table.Th>
                      <Table.Th>Change note</Table.Th>
                      <Table.Th>Author</Table.Th>
                      <Table.Th>Approved by</Table.Th>
                      <Table.Th>Created</Table.Th>
                      <Table.Th>Approved</Table.Th>
                      <Table.Th>Published</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.map((v) => (
                      <Table.Tr key={v.number}>
                        <Table.Td>v{v.number}</Table.Td>
                        <Table.Td>
                          <StatusBadge status={v.status} />
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" lineClamp={2} c={v.changeNote ? undefined : 'dimmed'}>
                            {v.changeNote || '—'}
                          </Text>
                        </Table.Td>
                        <Table.Td>{v.author?.name ?? '—'}</Table.Td>
                        <Table.Td>{v.approvedBy?.name ?? '—'}</Table.Td>
                        <Table.Td>{formatDate(v.createdAt)}</Table.Td>
                        <Table.Td>{formatDate(v.approvedAt)}</Table.Td>
                        <Table.Td>{formatDate(v.publishedAt)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollArea>
              <Compare policyId={policyId} versions={data} />
            </>
          )}
        </QueryState>
      </Stack>
    </Paper>
  );
}

function Compare({ policyId, versions }: { policyId: string; versions: PolicyVersionSummary[] }) {
  const numbers = versions.map((v) => v.number).sort((a, b) => a - b);
  const [from, setFrom] = useState(String(numbers[numbers.length - 2] ?? numbers[0] ?? 1));
  const [to, setTo] = useState(String(numbers[numbers.length - 1] ?? 1));
  const [asked, setAsked] = useState<{ from: string; to: string } | null>(null);
  const diff = useQuery({
    queryKey: ['policies', policyId, 'diff', asked?.from, asked?.to],
    queryFn: () => api.get<PolicyDiff>(`/api/v1/policies/${policyId}/diff`, { from: asked!.from, to: asked!.to }),
    enabled: asked !== null,
  });
  if (numbers.length < 2) {
    return (
      <Text size="sm" c="dimmed">
        Once there is a second version you can compare any two versions here.
      </Text>
    );
  }
  const options = numbers.map((n) => ({ value: String(n), label: `Version ${n}` }));
  return (
    <Stack gap="sm">
      <Title order={3} fz="sm">
        Compare versions
      </Title>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setAsked({ from, to });
        }}
      >
        <Group align="flex-end" gap="sm">
          <NativeSelect label="From version" w={160} data={options} value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
          <NativeSelect label="To version" w={160} data={options} value={to} onChange={(e) => setTo(e.currentTarget.value)} />
          <Button type="submit" variant="default" disabled={from === to}>
            Compare
          </Button>
        </Group>
      </form>
      {asked && (diff.isPending ? (
        <SectionLoader label="Comparing versions" />
      ) : diff.isError ? (
        <ErrorAlert error={diff.error} />
      ) : (
        <Stack gap="xs">
          <Group gap="xs">
            <Badge variant="light" color="teal" tt="none" radius="sm">+{diff.data.added} added</Badge>
            <Badge variant="light" color="red" tt="none" radius="sm">−{diff.data.removed} removed</Badge>
            <Badge variant="light" color="gray" tt="none" radius="sm">{diff.data.unchanged} unchanged</Badge>
          </Group>
          <Paper withBorder radius="sm" style={{ overflow: 'hidden' }}>
            <ScrollArea.Autosize mah={480} type="auto">
              <Box component="pre" m={0} ff="monospace" fz={12} aria-label={`Differences from version ${diff.data.from} to version ${diff.data.to}`}>
                {diff.data.lines.map((l, i) => (
                  <Box
                    key={i}
                    px="sm"
                    style={{
                      whiteSpace: 'pre-wrap',
                      wordBreak: 'break-word',
                      background: l.kind === 'added' ? 'var(--mantine-color-teal-0)' : l.kind === 'removed' ? 'var(--mantine-color-red-0)' : undefined,
                      color: l.kind === 'added' ? 'var(--mantine-color-teal-9)' : l.kind === 'removed' ? 'var(--mantine-color-red-9)' : 'var(--mantine-color-gray-7)',
                    }}
                  >
                    {l.kind === 'added' ? '+ ' : l.kind === 'removed' ? '− ' : '  '}
                    {l.text}
                  </Box>
                ))}
              </Box>
            </ScrollArea.Autosize>
          </Paper>
        </Stack>
      ))}
    </Stack>
  );
}
