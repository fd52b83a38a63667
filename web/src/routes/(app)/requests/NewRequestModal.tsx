// Creating a request: title, description (Markdown), controls, due date, assignee.
import { Button, Group, Modal, MultiSelect, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api, isApiError } from '../../../api.ts';
import { notifyError, notifySuccess } from '../../../components/notify.tsx';
import { requestKeys, useControlOptions, useMembers, type RequestDetail } from './requestData.ts';

export function NewRequestModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const members = useMembers();
  const controls = useControlOptions();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [controlIds, setControlIds] = useState<string[]>([]);
  const [dueOn, setDueOn] = useState('');
  const [assigneeId, setAssigneeId] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: () => api.post<RequestDetail>('/api/v1/requests', { title, description, controlIds, dueOn: dueOn || null, assigneeId }),
    onSuccess: (r) => {
      notifySuccess(r.assignee ? `${r.assignee.label} was notified.` : 'Assign it to someone so they are notified.', 'Request created');
      void queryClient.invalidateQueries({ queryKey: requestKeys.all });
      setTitle(''); setDescription(''); setControlIds([]); setDueOn(''); setAssigneeId(null);
      onClose();
      void navigate(`/requests/${r.id}`);
    },
    onError: (error) => notifyError(error, 'Could not create the request'),
  });
  const fieldError = (path: string) => (isApiError(create.error) ? create.error.field(path) : undefined);
  return (
    <Modal opened={opened} onClose={() => !create.isPending && onClose()} title={<Text fw={600}>New request</Text>} size="lg">
      <form onSubmit={(e) => { e.preventDefault(); create.mutate(); }}>
        <Stack gap="sm">
          <TextInput label="Title" required maxLength={300} value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={fieldError('title')} placeholder="e.g. Q1 user access review export" />
          <Textarea label="Description" description="What exactly is needed, for which period (Markdown)." autosize minRows={3} value={description} onChange={(e) => setDescription(e.currentTarget.value)} />
          <MultiSelect label="Controls" searchable clearable data={controls.data ?? []} value={controlIds} onChange={setControlIds} placeholder={controls.isPending ? 'Loading controls…' : 'Pick the controls this evidences'} error={fieldError('controlIds')} />
          <Group grow>
            <TextInput label="Due date" type="date" value={dueOn} onChange={(e) => setDueOn(e.currentTarget.value)} error={fieldError('dueOn')} />
            <Select label="Assignee" searchable clearable data={(members.data?.members ?? []).map((m) => ({ value: m.userId, label: `${m.name} (${m.email})` }))} value={assigneeId} onChange={setAssigneeId} error={fieldError('assigneeId')} />
          </Group>
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose} disabled={create.isPending}>Cancel</Button>
            <Button type="submit" loading={create.isPending} disabled={!title.trim()}>Create request</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
