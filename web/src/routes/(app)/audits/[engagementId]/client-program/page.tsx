// /audits/:engagementId/client-program (firm side): the client's controls and evidence for the engagement's system,
// read through the engagement header — read-only, and limited to the system and the evidence of the period.
import { Alert, Anchor, Badge, Button, Group, Paper, ScrollArea, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload, IconEye, IconLock } from '@tabler/icons-react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorAlert } from '../../../../../components/ErrorAlert.tsx';
import { formatDate } from '../../../../../components/format.ts';
import { SectionLoader } from '../../../../../components/FullPageLoader.tsx';
import { LoadMore } from '../../../../../components/LoadMore.tsx';
import { notifyError } from '../../../../../components/notify.tsx';
import { FREQUENCY_LABELS, type ControlList, type Engagement, type EvidenceItem, type EvidenceList } from '../../../../../contract.ts';
import { engagementKeys, periodLabel, viewDownload, viewGet } from '../../engagementData.ts';
import { useEngagementContext } from '../section.ts';

export default function ClientProgramPage() {
  const { engagement: e } = useEngagementContext();
  if (!e.system) return <Text size="sm" c="dimmed">The client has not chosen the system examined yet.</Text>;
  return (
    <Stack gap="lg">
      <Alert color="blue" variant="light" icon={<IconLock size={18} />} title="Read-only view of the client's program">
        You are reading {e.serviceOrg.name}'s program through this engagement: only the system <b>{e.system.name}</b> and the evidence
        that covers {e.reportType === 'type1' ? 'the year up to ' : ''}{periodLabel(e)}. Nothing here can be changed from the firm's side, and each
        evidence file you open is recorded in the client's audit trail.
      </Alert>
      <Controls e={e} systemId={e.system.id} />
    </Stack>
  );
}

function Controls({ e, systemId }: { e: Engagement; systemId: string }) {
  const controls = useQuery({
    queryKey: engagementKeys.view(e.id, 'controls', systemId),
    queryFn: () => viewGet<ControlList>(e.id, `/api/v1/systems/${systemId}/controls`, { limit: 500 }),
  });
  const [controlId, setControlId] = useState<string | null>(null);
  const list = controls.data?.controls ?? [];
  return (
    <>
      <Paper withBorder radius="md" p="md">
        <Title order={2} fz="md" mb="sm">Controls ({list.length})</Title>
        {controls.isPending ? <SectionLoader label="Loading the client's controls" /> : controls.isError ? <ErrorAlert error={controls.error} onRetry={() => void controls.refetch()} /> : list.length === 0 ? (
          <Text size="sm" c="dimmed">The system has no active controls.</Text>
        ) : (
          <ScrollArea type="auto" mah={520}>
            <Table miw={820} stickyHeader>
              <Table.Thead>
                <Table.Tr><Table.Th>Code</Table.Th><Table.Th>Control</Table.Th><Table.Th>Frequency</Table.Th><Table.Th>Criteria</Table.Th><Table.Th>Owner</Table.Th><Table.Th /></Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td><Text size="sm" fw={600}>{c.code}</Text></Table.Td>
                    <Table.Td><Text size="sm" fw={500}>{c.title}</Text><Text size="xs" c="dimmed" lineClamp={2}>{c.activity}</Text></Table.Td>
                    <Table.Td><Text size="sm">{FREQUENCY_LABELS[c.frequency]}</Text></Table.Td>
                    <Table.Td><Group gap={4}>{c.criteria.map((k) => <Badge key={k} size="xs" variant="outline" tt="none">{k}</Badge>)}</Group></Table.Td>
                    <Table.Td><Text size="sm" c={c.owner ? undefined : 'dimmed'}>{c.owner?.name ?? 'No owner'}</Text></Table.Td>
                    <Table.Td>
                      <Button size="compact-xs" variant="subtle" leftSection={<IconEye size={12} />} aria-label={`Evidence for ${c.code}`} onClick={() => setControlId(c.id)}>Evidence</Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        )}
      </Paper>
      <Evidence e={e} systemId={systemId} controlId={controlId} setControlId={setControlId} controls={list.map((c) => ({ value: c.id, label: `${c.code} · ${c.title}` }))} />
    </>
  );
}

function Evidence({ e, systemId, controlId, setControlId, controls }: {
  e: Engagement; systemId: string; controlId: string | null; setControlId: (id: string | null) => void; controls: { value: string; label: string }[];
}) {
  const evidence = useInfiniteQuery({
    queryKey: engagementKeys.view(e.id, 'evidence', systemId, controlId),
    queryFn: ({ pageParam }) => viewGet<EvidenceList>(e.id, '/api/v1/evidence', { systemId, controlId, cursor: pageParam, limit: 50 }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = evidence.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" align="flex-end" mb="sm">
        <Title order={2} fz="md">Evidence of the period</Title>
        <Select label="Control" w={340} searchable clearable placeholder="All controls" data={controls} value={controlId} onChange={setControlId} />
      </Group>
      {evidence.isPending ? <SectionLoader label="Loading the client's evidence" /> : evidence.isError ? <ErrorAlert error={evidence.error} onRetry={() => void evidence.refetch()} /> : items.length === 0 ? (
        <Text size="sm" c="dimmed">No evidence {controlId ? 'for this control ' : ''}covers the engagement's period.</Text>
      ) : (
        <Stack gap="sm">
          <ScrollArea type="auto">
            <Table miw={820}>
              <Table.Thead>
                <Table.Tr><Table.Th>Evidence</Table.Th><Table.Th>Covers</Table.Th><Table.Th>Controls</Table.Th><Table.Th>Collected</Table.Th><Table.Th /></Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((item) => <EvidenceRow key={item.id} e={e} item={item} />)}
              </Table.Tbody>
            </Table>
          </ScrollArea>
          <LoadMore shown={items.length} noun={['item', 'items']} hasMore={evidence.hasNextPage} loading={evidence.isFetchingNextPage} onLoad={() => void evidence.fetchNextPage()} />
        </Stack>
      )}
    </Paper>
  );
}

function EvidenceRow({ e, item }: { e: Engagement; item: EvidenceItem }) {
  const [busy, setBusy] = useState(false);
  const download = () => {
    setBusy(true);
    viewDownload(e.id, `/api/v1/evidence/${item.id}/content`, item.fileName).catch((err: unknown) => notifyError(err, 'Could not download the file')).finally(() => setBusy(false));
  };
  return (
    <Table.Tr>
      <Table.Td><Text size="sm" fw={500}>{item.title}</Text><Text size="xs" c="dimmed">{item.fileName}</Text></Table.Td>
      <Table.Td><Text size="sm">{formatDate(item.periodStart)} – {formatDate(item.periodEnd)}</Text></Table.Td>
      <Table.Td><Text size="sm">{item.controls.map((c) => c.code).join(', ') || '—'}</Text></Table.Td>
      <Table.Td><Text size="sm">{formatDate(item.collectedAt)}</Text><Text size="xs" c="dimmed">{item.collectedBy.label}</Text></Table.Td>
      <Table.Td>
        <Anchor component="button" type="button" size="sm" onClick={download} disabled={busy} aria-label={`Download ${item.title}`}>
          <Group gap={4} wrap="nowrap" component="span"><IconDownload size={14} aria-hidden />Download</Group>
        </Anchor>
      </Table.Td>
    </Table.Tr>
  );
}
