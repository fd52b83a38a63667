// The next period: from an issued engagement the partner rolls forward (system, scope, team, frequency table and test
// plans carried; the organization accepts the proposal); in the new engagement, last period's exceptions are
// follow-up items the auditor closes, with a resolution, before the report can be issued.
import { Badge, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconArrowForward } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../../../../api.ts';
import { formatDate } from '../../../../../components/format.ts';
import { notifyError, notifySuccess } from '../../../../../components/notify.tsx';
import type { Engagement } from '../../../../../contract.ts';
import { can } from '../../engagementData.ts';
import { reportKeys } from '../../../reports/reportData.ts';

interface FollowUp { id: string; controlCode: string; description: string; managementResponse: string | null; resolution: string | null; closedByLabel: string | null; closedAt: string | null }

export function RollForwardButton({ e }: { e: Engagement }) {
  const navigate = useNavigate();
  const roll = useMutation({
    mutationFn: () => api.post<Engagement>(`/api/v1/engagements/${e.id}/roll-forward`, {}),
    onSuccess: (next) => { notifySuccess(`Proposed to ${next.serviceOrg.name}: it accepts the next period's engagement.`, 'Rolled forward'); void navigate(`/audits/${next.id}`); },
    onError: (err) => notifyError(err, 'Could not roll forward'),
  });
  if (e.status !== 'issued' || !can(e, 'report.issue')) return null;
  return <Button variant="light" leftSection={<IconArrowForward size={16} />} loading={roll.isPending} onClick={() => roll.mutate()}>Roll forward to the next period</Button>;
}

function FollowUpRow({ e, item }: { e: Engagement; item: FollowUp }) {
  const queryClient = useQueryClient();
  const [resolution, setResolution] = useState('');
  const close = useMutation({
    mutationFn: () => api.post<FollowUp>(`/api/v1/engagements/${e.id}/follow-ups/${item.id}/close`, { resolution }),
    onSuccess: () => { void queryClient.invalidateQueries({ queryKey: ['follow-ups', e.id] }); void queryClient.invalidateQueries({ queryKey: reportKeys.draft(e.id) }); },
    onError: (err) => notifyError(err),
  });
  return (
    <Paper withBorder p="sm" radius="sm" data-testid="follow-up">
      <Group gap="xs" mb={4}><Badge variant="light">{item.controlCode}</Badge>{item.closedAt ? <Badge color="teal" variant="light">Closed</Badge> : <Badge color="orange" variant="light">Open</Badge>}</Group>
      <Text size="sm">{item.description}</Text>
      {item.managementResponse && <Text size="xs" c="dimmed">Management's response: {item.managementResponse}</Text>}
      {item.closedAt ? <Text size="xs" mt={4}>Closed by {item.closedByLabel} on {formatDate(item.closedAt)}: {item.resolution}</Text> : can(e, 'workpaper.write') && (
        <Group align="flex-end" mt="xs">
          <Textarea label="Resolution" placeholder="What was done about it, and how you checked" autosize minRows={1} style={{ flex: 1 }} value={resolution} onChange={(ev) => setResolution(ev.currentTarget.value)} />
          <Button size="sm" disabled={!resolution.trim()} loading={close.isPending} onClick={() => close.mutate()}>Close</Button>
        </Group>
      )}
    </Paper>
  );
}

export function FollowUps({ e }: { e: Engagement }) {
  const items = useQuery({ queryKey: ['follow-ups', e.id], queryFn: () => api.get<{ items: FollowUp[] }>(`/api/v1/engagements/${e.id}/follow-ups`), enabled: can(e, 'workpaper.read') });
  if (!items.data || items.data.items.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={2} fz="md" mb={4}>Follow-up from the last period</Title>
      <Text size="xs" c="dimmed" mb="sm">Last period's exceptions, carried forward when the engagement was rolled forward. Each is closed with a resolution before the report is issued.</Text>
      <Stack gap="xs">{items.data.items.map((item) => <FollowUpRow key={item.id} e={e} item={item} />)}</Stack>
    </Paper>
  );
}
