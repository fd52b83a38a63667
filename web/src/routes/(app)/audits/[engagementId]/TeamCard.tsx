// The firm's team on an engagement: engagement partner(s) and auditors. A partner of the firm adds and removes members.
import { Badge, Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { api } from '../../../../api.ts';
import { ConfirmModal } from '../../../../components/ConfirmModal.tsx';
import { DangerRowAction } from '../../../../components/DangerRowAction.tsx';
import type { Engagement, TeamMember, TeamRole } from '../../../../contract.ts';
import { can, useEngagementWrite, useOrgMembers } from '../engagementData.ts';

export const TEAM_ROLE_LABELS: Record<TeamRole, string> = { engagement_partner: 'Engagement partner', auditor: 'Auditor' };

export function TeamCard({ e }: { e: Engagement }) {
  const manages = can(e, 'engagement.manage') && e.status !== 'declined' && e.status !== 'withdrawn';
  const [removing, setRemoving] = useState<TeamMember | null>(null);
  const remove = useEngagementWrite<string>(e.id, (userId) => api.delete<Engagement>(`/api/v1/engagements/${e.id}/team/${userId}`), 'Taken off the team.');
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={2} fz="md" mb="sm">Team</Title>
      <Stack gap="sm">
        {e.team.length === 0 ? (
          <Text size="sm" c="dimmed">
            {e.viewer.side === 'firm' ? 'Nobody is on the team yet. A partner of the firm puts an engagement partner and auditors on it.' : `${e.firm.name} has not named its team yet.`}
          </Text>
        ) : (
          <Table>
            <Table.Thead>
              <Table.Tr><Table.Th>Name</Table.Th><Table.Th>Email</Table.Th><Table.Th>Role on the engagement</Table.Th>{manages && <Table.Th w={50} />}</Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {e.team.map((m) => (
                <Table.Tr key={m.userId}>
                  <Table.Td><Text size="sm" fw={500}>{m.name}</Text></Table.Td>
                  <Table.Td><Text size="sm">{m.email}</Text></Table.Td>
                  <Table.Td><Badge variant="light" color={m.role === 'engagement_partner' ? 'indigo' : 'gray'} tt="none">{TEAM_ROLE_LABELS[m.role]}</Badge></Table.Td>
                  {manages && <Table.Td><DangerRowAction tooltip="Take off the team" label={`Remove ${m.name} from the team`} icon="x" onClick={() => setRemoving(m)} /></Table.Td>}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {manages && <AddMember e={e} />}
      </Stack>
      <ConfirmModal opened={!!removing} title="Take off the team" confirmLabel="Remove from team" loading={remove.isPending}
        onClose={() => setRemoving(null)} onConfirm={() => removing && remove.mutate(removing.userId, { onSuccess: () => setRemoving(null) })}>
        {removing?.name} will no longer read the client's program or the workpapers of this engagement.
      </ConfirmModal>
    </Paper>
  );
}

function AddMember({ e }: { e: Engagement }) {
  const members = useOrgMembers(true);
  const [userId, setUserId] = useState<string | null>(null);
  const [role, setRole] = useState<TeamRole>('auditor');
  const add = useEngagementWrite<{ userId: string; role: TeamRole }>(e.id, (body) => api.post<Engagement>(`/api/v1/engagements/${e.id}/team`, body), 'Added to the team.');
  const onTeam = new Set(e.team.map((m) => m.userId));
  const candidates = (members.data?.members ?? []).filter((m) => !onTeam.has(m.userId));
  const chosen = candidates.find((m) => m.userId === userId);
  return (
    <form onSubmit={(ev) => { ev.preventDefault(); if (userId) add.mutate({ userId, role }, { onSuccess: () => setUserId(null) }); }}>
      <Group align="flex-end" gap="sm">
        <Select label="Member of the firm" searchable w={300} data={candidates.map((m) => ({ value: m.userId, label: `${m.name} (${m.email})` }))}
          value={userId} onChange={setUserId} placeholder={members.isPending ? 'Loading members…' : candidates.length === 0 ? 'Everyone is on the team' : 'Choose a member'} />
        <Select label="Team role" w={200} allowDeselect={false} value={role} onChange={(v) => v && setRole(v as TeamRole)}
          data={[{ value: 'auditor', label: 'Auditor' }, { value: 'engagement_partner', label: 'Engagement partner', disabled: !!chosen && chosen.role !== 'partner' }]} />
        <Button type="submit" variant="light" leftSection={<IconUserPlus size={16} />} loading={add.isPending} disabled={!userId}>Add to team</Button>
      </Group>
    </form>
  );
}
