// /requests/:requestId: one request — what is asked, its status and the actions that move it (submit,
// accept, return with a comment), the comment thread, and the evidence attached to it.
import { Anchor, Badge, Button, Group, Modal, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconArrowBackUp, IconCheck, IconPaperclip, IconSend, IconX } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../../../api.ts';
import { ErrorAlert } from '../../../../components/ErrorAlert.tsx';
import { formatDate, formatDateTime } from '../../../../components/format.ts';
import { SectionLoader } from '../../../../components/FullPageLoader.tsx';
import { Markdown } from '../../../../components/Markdown.tsx';
import { notifyError, notifySuccess } from '../../../../components/notify.tsx';
import { canWriteProgram, useActiveSession } from '../../../../session.ts';
import { DueBadge, StatusBadge } from '../RequestBadges.tsx';
import { requestKeys, useMembers, useRequest, type RequestDetail } from '../requestData.ts';

export default function RequestPage() {
  const { requestId = '' } = useParams();
  const request = useRequest(requestId);
  if (request.isPending) return <SectionLoader label="Loading the request" />;
  if (request.isError) return <ErrorAlert error={request.error} onRetry={() => void request.refetch()} />;
  return <RequestView r={request.data} />;
}

function useRequestAction<B>(r: RequestDetail, path: string, done: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: B) => api.post<RequestDetail>(`/api/v1/requests/${r.id}/${path}`, body),
    onSuccess: (next) => {
      queryClient.setQueryData(requestKeys.one(r.id), next);
      void queryClient.invalidateQueries({ queryKey: requestKeys.all });
      if (done) notifySuccess(done);
    },
    onError: (error) => notifyError(error),
  });
}

function RequestView({ r }: { r: RequestDetail }) {
  const session = useActiveSession();
  const canWrite = canWriteProgram(session.activeOrganization);
  const role = session.activeOrganization?.role;
  const canRespond = canWrite || role === 'control_owner' || r.assignee?.id === session.user.id;
  const [returning, setReturning] = useState(false);
  const [returnNote, setReturnNote] = useState('');
  const [comment, setComment] = useState('');
  const submit = useRequestAction<{ comment?: string }>(r, 'submit', 'Submitted for review.');
  const accept = useRequestAction<{ comment?: string }>(r, 'accept', 'Request accepted.');
  const giveBack = useRequestAction<{ comment: string }>(r, 'return', 'Returned to the assignee.');
  const addComment = useRequestAction<{ body: string }>(r, 'comments', '');

  return (
    <Stack gap="lg">
      <div>
        <Anchor component={Link} to="/requests" size="sm">← Requests</Anchor>
        <Group justify="space-between" align="flex-start" mt="xs">
          <div>
            <Title order={2}>{r.title}</Title>
            <Group gap="xs" mt={6}>
              <StatusBadge value={r.status} />
              <DueBadge value={r.dueState} />
              <Text size="sm" c="dimmed">Due {formatDate(r.dueOn, 'whenever')} · asked by {r.createdBy?.label ?? 'unknown'} on {formatDate(r.createdAt)}</Text>
            </Group>
          </div>
          <Group gap="xs">
            {canRespond && (r.status === 'open' || r.status === 'returned') && (
              <Button leftSection={<IconSend size={16} />} loading={submit.isPending} onClick={() => submit.mutate({})}>Submit for review</Button>
            )}
            {r.engagementId && r.status === 'submitted' && (
              <Text size="sm" c="dimmed">Waiting for your auditor to accept or return it</Text>
            )}
            {canWrite && !r.engagementId && r.status === 'submitted' && (
              <>
                <Button variant="default" leftSection={<IconArrowBackUp size={16} />} onClick={() => setReturning(true)}>Return</Button>
                <Button color="teal" leftSection={<IconCheck size={16} />} loading={accept.isPending} onClick={() => accept.mutate({})}>Accept</Button>
              </>
            )}
          </Group>
        </Group>
      </div>

      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          <Markdown empty="No description.">{r.description}</Markdown>
          <Group gap="xs">
            <Text size="sm" fw={500}>Controls:</Text>
            {r.controls.length === 0 ? <Text size="sm" c="dimmed">none linked</Text> : r.controls.map((c) => (
              <Badge key={c.id} variant="outline" component={Link} to={`/controls/${c.id}`} style={{ cursor: 'pointer' }}>{c.code}</Badge>
            ))}
          </Group>
          <Assignee r={r} canWrite={canWrite} />
        </Stack>
      </Paper>

      <Attachments r={r} canRespond={canRespond} />

      <Paper withBorder radius="md" p="md">
        <Title order={4} mb="sm">Conversation</Title>
        <Stack gap="md">
          {r.comments.length === 0 && <Text size="sm" c="dimmed">No comments yet. {canRespond ? 'Ask a question or explain what you are attaching below.' : ''}</Text>}
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
          {canRespond && (
            <form onSubmit={(e) => { e.preventDefault(); addComment.mutate({ body: comment }, { onSuccess: () => setComment('') }); }}>
              <Stack gap="xs">
                <Textarea aria-label="New comment" placeholder="Write a comment (Markdown)" autosize minRows={2} value={comment} onChange={(e) => setComment(e.currentTarget.value)} />
                <Group justify="flex-end"><Button type="submit" variant="light" loading={addComment.isPending} disabled={!comment.trim()}>Comment</Button></Group>
              </Stack>
            </form>
          )}
        </Stack>
      </Paper>

      <Modal opened={returning} onClose={() => setReturning(false)} title={<Text fw={600}>Return to the assignee</Text>}>
        <form onSubmit={(e) => { e.preventDefault(); giveBack.mutate({ comment: returnNote }, { onSuccess: () => { setReturning(false); setReturnNote(''); } }); }}>
          <Stack gap="sm">
            <Textarea label="What is missing or wrong?" required autosize minRows={3} value={returnNote} onChange={(e) => setReturnNote(e.currentTarget.value)} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setReturning(false)}>Cancel</Button>
              <Button type="submit" loading={giveBack.isPending} disabled={!returnNote.trim()}>Return request</Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}

function Assignee({ r, canWrite }: { r: RequestDetail; canWrite: boolean }) {
  const queryClient = useQueryClient();
  const members = useMembers();
  const change = useMutation({
    mutationFn: (assigneeId: string | null) => api.patch<RequestDetail>(`/api/v1/requests/${r.id}`, { assigneeId }),
    onSuccess: (next) => {
      queryClient.setQueryData(requestKeys.one(r.id), next);
      void queryClient.invalidateQueries({ queryKey: requestKeys.all });
      notifySuccess(next.assignee ? `${next.assignee.label} was notified.` : 'The request is unassigned.', 'Assignee changed');
    },
    onError: (error) => notifyError(error, 'Could not change the assignee'),
  });
  if (!canWrite) return <Text size="sm"><b>Assignee:</b> {r.assignee?.label ?? 'nobody yet'}</Text>;
  return (
    <Select label="Assignee" w={320} clearable searchable disabled={change.isPending} value={r.assignee?.id ?? null} onChange={(v) => change.mutate(v)}
      data={(members.data?.members ?? []).map((m) => ({ value: m.userId, label: m.name }))} placeholder="Nobody yet" />
  );
}

interface EvidenceOption { id: string; title: string; fileName: string; status: string }

function Attachments({ r, canRespond }: { r: RequestDetail; canRespond: boolean }) {
  const queryClient = useQueryClient();
  const [picked, setPicked] = useState<string | null>(null);
  const options = useQuery({
    queryKey: ['requests', 'evidence-options'],
    queryFn: () => api.get<{ items: EvidenceOption[] }>('/api/v1/evidence', { limit: 100 }),
    enabled: canRespond,
  });
  const update = (next: RequestDetail) => {
    queryClient.setQueryData(requestKeys.one(r.id), next);
    void queryClient.invalidateQueries({ queryKey: requestKeys.all });
  };
  const attach = useMutation({
    mutationFn: (evidenceId: string) => api.post<RequestDetail>(`/api/v1/requests/${r.id}/evidence`, { evidenceId }),
    onSuccess: (next) => { update(next); setPicked(null); },
    onError: (error) => notifyError(error, 'Could not attach the evidence'),
  });
  const detach = useMutation({
    mutationFn: (evidenceId: string) => api.delete<RequestDetail>(`/api/v1/requests/${r.id}/evidence/${evidenceId}`),
    onSuccess: update,
    onError: (error) => notifyError(error, 'Could not detach the evidence'),
  });
  const attached = new Set(r.attachments.map((a) => a.evidenceId));
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={4} mb="sm">Evidence</Title>
      <Stack gap="xs">
        {r.attachments.length === 0 && (
          <Text size="sm" c="dimmed">
            Nothing attached yet. {canRespond ? <>Upload the files on the <Anchor component={Link} to="/evidence">Evidence</Anchor> page, then attach them here.</> : ''}
          </Text>
        )}
        {r.attachments.map((a) => (
          <Group key={a.evidenceId} gap="xs" justify="space-between">
            <Group gap="xs">
              <IconPaperclip size={14} />
              <Anchor component={Link} to={`/evidence/${a.evidenceId}`} size="sm">{a.title}</Anchor>
              <Text size="xs" c="dimmed">{a.fileName} · attached by {a.attachedBy?.label ?? 'unknown'} {formatDate(a.attachedAt)}</Text>
              {a.status !== 'current' && <Badge size="xs" color="gray">{a.status}</Badge>}
            </Group>
            {canRespond && <Button size="compact-xs" variant="subtle" color="red" leftSection={<IconX size={12} />} loading={detach.isPending && detach.variables === a.evidenceId} onClick={() => detach.mutate(a.evidenceId)}>Detach</Button>}
          </Group>
        ))}
        {canRespond && (
          <Group gap="xs" align="flex-end" mt="xs">
            <Select label="Attach evidence" w={360} searchable clearable value={picked} onChange={setPicked} placeholder={options.isPending ? 'Loading evidence…' : 'Pick an evidence item'}
              data={(options.data?.items ?? []).filter((e) => !attached.has(e.id)).map((e) => ({ value: e.id, label: `${e.title} (${e.fileName})` }))} nothingFoundMessage="No evidence item matches" />
            <Button variant="light" disabled={!picked} loading={attach.isPending} onClick={() => picked && attach.mutate(picked)}>Attach</Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
