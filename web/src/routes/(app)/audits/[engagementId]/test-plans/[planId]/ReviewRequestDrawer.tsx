// The organization's answer to one sampled item's request, as the firm reviews it: the comment thread and the
// evidence attached (read through the engagement header), then Accept (comment optional) or Return (comment required).
import { Alert, Anchor, Badge, Button, Drawer, Group, Paper, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { IconArrowBackUp, IconCheck, IconDownload, IconEye } from '@tabler/icons-react';
import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../../../../../api.ts';
import { ErrorAlert } from '../../../../../../components/ErrorAlert.tsx';
import { formatBytes } from '../../../../../../components/EvidenceUploadFormat.ts';
import { formatDate, formatDateTime } from '../../../../../../components/format.ts';
import { SectionLoader } from '../../../../../../components/FullPageLoader.tsx';
import { Markdown } from '../../../../../../components/Markdown.tsx';
import { notifyError, notifySuccess } from '../../../../../../components/notify.tsx';
import type { Engagement, EvidenceDetail, SampleItem } from '../../../../../../contract.ts';
import { isPreviewable } from '../../../../../../../../src/domain/evidence/content-type.ts';
import type { RequestDetail } from '../../../../requests/requestData.ts';
import type { RequestAttachment } from '../../../../../../../../src/contract/requests.ts';
import { StatusBadge } from '../../../../requests/RequestBadges.tsx';
import { engagementKeys, viewDownload, viewGet, viewPreview } from '../../../engagementData.ts';
import { planKeys } from '../planData.ts';

const requestKey = (engagementId: string, requestId: string) => engagementKeys.view(engagementId, 'request', requestId);

export function ReviewRequestDrawer({ e, planId, item, writes, onClose }: {
  e: Engagement; planId: string; item: SampleItem | null; writes: boolean; onClose: () => void;
}) {
  return (
    <Drawer opened={!!item} onClose={onClose} position="right" size="xl" title={<Text fw={600}>{item ? `Answer for ${item.key}` : ''}</Text>}>
      {item?.requestId && <Review e={e} planId={planId} item={item} requestId={item.requestId} writes={writes} onClose={onClose} />}
    </Drawer>
  );
}

function Review({ e, planId, item, requestId, writes, onClose }: {
  e: Engagement; planId: string; item: SampleItem; requestId: string; writes: boolean; onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const request = useQuery({ queryKey: requestKey(e.id, requestId), queryFn: () => viewGet<RequestDetail>(e.id, `/api/v1/requests/${requestId}`) });
  const [acceptNote, setAcceptNote] = useState('');
  const [returnNote, setReturnNote] = useState('');
  const move = useMutation({
    mutationFn: ({ to, comment }: { to: 'accept' | 'return'; comment: string }) =>
      api.post<RequestDetail>(`/api/v1/engagements/${e.id}/requests/${requestId}/${to}`, to === 'accept' && !comment.trim() ? {} : { comment }),
    onSuccess: (next, { to }) => {
      queryClient.setQueryData(requestKey(e.id, requestId), next);
      void queryClient.invalidateQueries({ queryKey: planKeys.one(e.id, planId) });
      void queryClient.invalidateQueries({ queryKey: planKeys.all(e.id) });
      void queryClient.invalidateQueries({ queryKey: [...engagementKeys.one(e.id), 'dashboard'] });
      notifySuccess(to === 'accept' ? `Answer for ${item.key} accepted.` : `Request for ${item.key} returned to ${e.serviceOrg.name}.`);
      onClose();
    },
    onError: (error) => notifyError(error, 'Could not record the review'),
  });
  if (request.isPending) return <SectionLoader label="Loading the answer" />;
  if (request.isError) return <ErrorAlert error={request.error} onRetry={() => void request.refetch()} />;
  const r = request.data;
  const reviewable = writes && r.status === 'submitted';
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={3} fz="md">{r.title}</Title>
        <Group gap="xs">
          <StatusBadge value={r.status} />
          {r.dueOn && <Text size="xs" c="dimmed">due {formatDate(r.dueOn)}</Text>}
          {r.submittedAt && <Text size="xs" c="dimmed">submitted {formatDateTime(r.submittedAt)}</Text>}
          {r.acceptedAt && <Text size="xs" c="dimmed">accepted {formatDateTime(r.acceptedAt)}</Text>}
        </Group>
      </Stack>
      {r.status === 'open' && <Alert color="blue" variant="light">{e.serviceOrg.name} has not submitted an answer yet.</Alert>}
      {r.status === 'returned' && <Alert color="orange" variant="light">Returned to {e.serviceOrg.name}: waiting for a new answer.</Alert>}

      <Attachments e={e} attachments={r.attachments} />

      <Paper withBorder radius="md" p="sm">
        <Title order={4} fz="sm" mb="xs">Conversation</Title>
        {r.comments.length === 0 ? <Text size="sm" c="dimmed">No comments.</Text> : (
          <Stack gap="sm">
            {r.comments.map((c) => (
              <div key={c.id}>
                <Group gap="xs">
                  <Text size="sm" fw={600}>{c.author?.label ?? 'unknown'}</Text>
                  <Text size="xs" c="dimmed">{formatDateTime(c.at)}</Text>
                  {c.transition && <StatusBadge value={c.transition} />}
                </Group>
                <Markdown>{c.body}</Markdown>
              </div>
            ))}
          </Stack>
        )}
      </Paper>

      {reviewable && (
        <Paper withBorder radius="md" p="sm">
          <Stack gap="sm">
            <Title order={4} fz="sm">Your review</Title>
            <Textarea label="Comment on acceptance (optional)" autosize minRows={1} value={acceptNote} onChange={(ev) => setAcceptNote(ev.currentTarget.value)} />
            <Group justify="flex-end">
              <Button color="teal" leftSection={<IconCheck size={16} />} loading={move.isPending && move.variables.to === 'accept'} disabled={move.isPending}
                onClick={() => move.mutate({ to: 'accept', comment: acceptNote })}>Accept answer</Button>
            </Group>
            <Textarea label="What is missing or wrong? (to return it)" autosize minRows={2} value={returnNote} onChange={(ev) => setReturnNote(ev.currentTarget.value)} />
            <Group justify="flex-end">
              <Button variant="default" leftSection={<IconArrowBackUp size={16} />} loading={move.isPending && move.variables.to === 'return'} disabled={move.isPending || !returnNote.trim()}
                onClick={() => move.mutate({ to: 'return', comment: returnNote })}>Return to {e.serviceOrg.name}</Button>
            </Group>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}

function Attachments({ e, attachments }: { e: Engagement; attachments: RequestAttachment[] }) {
  // The size and type come from the evidence item itself (read through the engagement, like its content).
  const details = useQueries({
    queries: attachments.map((a) => ({
      queryKey: engagementKeys.view(e.id, 'evidence-item', a.evidenceId),
      queryFn: () => viewGet<EvidenceDetail>(e.id, `/api/v1/evidence/${a.evidenceId}`),
      retry: false,
    })),
  });
  return (
    <Paper withBorder radius="md" p="sm">
      <Title order={4} fz="sm" mb="xs">Evidence attached ({attachments.length})</Title>
      {attachments.length === 0 ? <Text size="sm" c="dimmed">No evidence attached.</Text> : (
        <Table>
          <Table.Thead><Table.Tr><Table.Th>Evidence</Table.Th><Table.Th>Size</Table.Th><Table.Th>Attached</Table.Th><Table.Th /></Table.Tr></Table.Thead>
          <Table.Tbody>
            {attachments.map((a, i) => <AttachmentRow key={a.evidenceId} e={e} a={a} detail={details[i]?.data} unreadable={!!details[i]?.isError} />)}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

function AttachmentRow({ e, a, detail, unreadable }: { e: Engagement; a: RequestAttachment; detail: EvidenceDetail | undefined; unreadable: boolean }) {
  const [busy, setBusy] = useState(false);
  const content = `/api/v1/evidence/${a.evidenceId}/content`;
  const run = (work: () => Promise<void>, failure: string) => {
    setBusy(true);
    work().catch((err: unknown) => notifyError(err, failure)).finally(() => setBusy(false));
  };
  return (
    <Table.Tr>
      <Table.Td>
        <Group gap={6}><Text size="sm" fw={500}>{a.title}</Text>{a.status !== 'current' && <Badge size="xs" variant="light" color="gray" tt="none">{a.status}</Badge>}</Group>
        <Text size="xs" c="dimmed">{a.fileName}</Text>
      </Table.Td>
      <Table.Td><Text size="sm" c={detail ? undefined : 'dimmed'}>{detail ? formatBytes(detail.size) : unreadable ? 'not readable' : '…'}</Text></Table.Td>
      <Table.Td><Text size="xs">{formatDateTime(a.attachedAt)}</Text><Text size="xs" c="dimmed">{a.attachedBy?.label ?? ''}</Text></Table.Td>
      <Table.Td>
        <Group gap="sm" wrap="nowrap">
          {detail && isPreviewable(detail.contentType) && (
            <Anchor component="button" type="button" size="sm" disabled={busy} aria-label={`Preview ${a.title}`} onClick={() => run(() => viewPreview(e.id, content), 'Could not open the file')}>
              <Group gap={4} wrap="nowrap" component="span"><IconEye size={14} aria-hidden />Preview</Group>
            </Anchor>
          )}
          <Anchor component="button" type="button" size="sm" disabled={busy} aria-label={`Download ${a.title}`} onClick={() => run(() => viewDownload(e.id, content, a.fileName), 'Could not download the file')}>
            <Group gap={4} wrap="nowrap" component="span"><IconDownload size={14} aria-hidden />Download</Group>
          </Anchor>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
