// The engagement's documents: the engagement letter (and others), hashed and recorded in both ledgers; either party uploads.
import { Anchor, Button, FileButton, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload, IconUpload } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDateTime } from '../../../../components/format.ts';
import { notifyError, notifySuccess } from '../../../../components/notify.tsx';
import type { Engagement, EngagementDocument } from '../../../../contract.ts';
import { useActiveSession } from '../../../../session.ts';
import { can, engagementKeys, uploadDocument } from '../engagementData.ts';

const KIND_LABELS: Record<EngagementDocument['kind'], string> = {
  engagement_letter: 'Engagement letter',
  representation_letter: 'Representation letter',
  other: 'Other',
};

function sizeLabel(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function DocumentsCard({ e }: { e: Engagement }) {
  const session = useActiveSession();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<EngagementDocument['kind']>('engagement_letter');
  const upload = useMutation({
    mutationFn: (file: File) => uploadDocument(e.id, file, kind, session),
    onSuccess: (next) => {
      queryClient.setQueryData(engagementKeys.one(e.id), next);
      notifySuccess(`${KIND_LABELS[kind]} attached and recorded in both audit trails.`);
    },
    onError: (error) => notifyError(error, 'Could not attach the document'),
  });
  const canUpload = can(e, 'engagement.document') && e.status !== 'declined' && e.status !== 'withdrawn';
  const hasLetter = e.documents.some((d) => d.kind === 'engagement_letter');
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={2} fz="md" mb="sm">Documents</Title>
      <Stack gap="sm">
        {e.documents.length === 0 ? (
          <Text size="sm" c="dimmed">No documents yet.</Text>
        ) : (
          <Table>
            <Table.Thead>
              <Table.Tr><Table.Th>Document</Table.Th><Table.Th>Kind</Table.Th><Table.Th>Uploaded</Table.Th><Table.Th>SHA-256</Table.Th></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {e.documents.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>
                    <Anchor href={`/api/v1/engagements/${e.id}/documents/${d.id}/content`} download={d.fileName} size="sm" fw={500}>
                      <Group gap={4} wrap="nowrap" component="span"><IconDownload size={14} aria-hidden />{d.fileName}</Group>
                    </Anchor>
                    <Text size="xs" c="dimmed">{sizeLabel(d.size)}</Text>
                  </Table.Td>
                  <Table.Td><Text size="sm">{KIND_LABELS[d.kind]}</Text></Table.Td>
                  <Table.Td><Text size="sm">{d.uploadedByLabel}</Text><Text size="xs" c="dimmed">{formatDateTime(d.createdAt)}</Text></Table.Td>
                  <Table.Td><Text size="xs" ff="monospace" title={d.sha256}>{d.sha256.slice(0, 16)}…</Text></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {!hasLetter && e.status !== 'declined' && e.status !== 'withdrawn' && (
          <Text size="sm" c="dimmed">No engagement letter yet: attach the signed letter (PDF, DOCX, Markdown or text) once both parties have agreed the terms.</Text>
        )}
        {canUpload && (
          <Group gap="sm" align="flex-end">
            <Select label="Kind" w={220} allowDeselect={false} value={kind} onChange={(v) => v && setKind(v as EngagementDocument['kind'])}
              data={Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }))} />
            <FileButton onChange={(f) => f && upload.mutate(f)} accept=".pdf,.docx,.md,.txt,application/pdf,text/plain,text/markdown">
              {(props) => <Button {...props} variant="light" leftSection={<IconUpload size={16} />} loading={upload.isPending}>Upload document</Button>}
            </FileButton>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
