// /settings/members: who belongs to the organization. Admins / partners change roles and remove members.
import { Badge, Group, NativeSelect, Table, Text, Tooltip } from '@mantine/core';
import { IconShieldCheck, IconShieldOff } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ROLE_LABELS, ROLES_BY_KIND } from '../../../../contract.ts';
import { api } from '../../../../api.ts';
import { DangerRowAction } from '../../../../components/DangerRowAction.tsx';
import { ConfirmModal } from '../../../../components/ConfirmModal.tsx';
import { ErrorAlert } from '../../../../components/ErrorAlert.tsx';
import { formatDate } from '../../../../components/format.ts';
import { SectionLoader } from '../../../../components/FullPageLoader.tsx';
import { notifyError, notifySuccess } from '../../../../components/notify.tsx';
import type { Member, MemberList, Role } from '../../../../contract.ts';
import { canManage, useActiveSession } from '../../../../session.ts';
import { SettingsSection } from '../SettingsSection.tsx';
import { ListTable } from '../../../../components/ListTable.tsx';

const membersKey = ['members'] as const;

export default function MembersPage() {
  const session = useActiveSession();
  const queryClient = useQueryClient();
  const membership = session.activeOrganization;
  const manage = canManage(membership);
  const kind = membership?.organization.kind ?? 'service_org';
  const [removing, setRemoving] = useState<Member | null>(null);

  const members = useQuery({ queryKey: membersKey, queryFn: () => api.get<MemberList>('/api/v1/members') });

  const changeRole = useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: Role }) => api.patch<unknown>(`/api/v1/members/${userId}`, { role }),
    onSuccess: (_, { userId, role }) => {
      const m = members.data?.members.find((x) => x.userId === userId);
      notifySuccess(`${m?.name ?? 'The member'} is now ${ROLE_LABELS[role]}.`);
    },
    onError: (error) => notifyError(error, 'Could not change the role'),
    onSettled: () => queryClient.invalidateQueries({ queryKey: membersKey }),
  });

  const remove = useMutation({
    mutationFn: (userId: string) => api.delete(`/api/v1/members/${userId}`),
    onSuccess: () => {
      notifySuccess(`${removing?.name ?? 'The member'} was removed from ${membership?.organization.name ?? 'the organization'}.`);
      setRemoving(null);
    },
    onError: (error) => notifyError(error, 'Could not remove the member'),
    onSettled: () => queryClient.invalidateQueries({ queryKey: membersKey }),
  });

  if (members.isPending) return <SectionLoader label="Loading members" />;
  if (members.isError) return <ErrorAlert error={members.error} onRetry={() => void members.refetch()} />;

  const list = members.data.members;
  const withoutMfa = list.filter((m) => !m.mfaEnabled).length;

  return (
    <SettingsSection
      title="Members"
      description={
        `${list.length} ${list.length === 1 ? 'member' : 'members'}` +
        (withoutMfa ? `, ${withoutMfa} without MFA` : ', all with MFA') +
        (manage ? '. Change roles here; invite people from the Invitations tab.' : '.')
      }
    >
      <ListTable minWidth={680} columns={['Name', 'Email', { label: 'Role', w: 210 }, { label: 'MFA', w: 110 }, { label: 'Joined', w: 120 }, manage && { label: 'Actions', w: 60, hidden: true }]}>
        {list.map((m) => {
          const self = m.userId === session.user.id;
          return (
            <Table.Tr key={m.userId}>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Text size="sm" fw={500}>{m.name}</Text>
                  {self && <Badge size="xs" variant="light" radius="sm" tt="none">You</Badge>}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{m.email}</Text>
              </Table.Td>
              <Table.Td>
                {manage && !self ? (
                  <NativeSelect
                    size="xs"
                    aria-label={`Role of ${m.name}`}
                    value={m.role}
                    disabled={changeRole.isPending && changeRole.variables?.userId === m.userId}
                    data={ROLES_BY_KIND[kind].map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
                    onChange={(e) => {
                      const role = e.currentTarget.value as Role;
                      if (role !== m.role) changeRole.mutate({ userId: m.userId, role });
                    }}
                  />
                ) : (
                  <Tooltip label="You can't change your own role" disabled={!(manage && self)} withArrow>
                    <Text size="sm" span>{ROLE_LABELS[m.role]}</Text>
                  </Tooltip>
                )}
              </Table.Td>
              <Table.Td>
                {m.mfaEnabled ? (
                  <Badge color="teal" variant="light" radius="sm" tt="none" leftSection={<IconShieldCheck size={12} />}>
                    Enabled
                  </Badge>
                ) : (
                  <Badge color="gray" variant="light" radius="sm" tt="none" leftSection={<IconShieldOff size={12} />}>
                    Off
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">{formatDate(m.joinedAt)}</Text>
              </Table.Td>
              {manage && (
                <Table.Td>
                  {!self && (
                    <DangerRowAction tooltip="Remove from organization" label={`Remove ${m.name}`} onClick={() => setRemoving(m)} />
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          );
        })}
      </ListTable>
      <ConfirmModal
        opened={removing !== null}
        title="Remove member"
        confirmLabel="Remove member"
        loading={remove.isPending}
        onClose={() => setRemoving(null)}
        onConfirm={() => removing && remove.mutate(removing.userId)}
      >
        Remove <b>{removing?.name}</b> ({removing?.email}) from {membership?.organization.name}? They lose access to this
        organization right away. Their account and past audit log entries stay.
      </ConfirmModal>
    </SettingsSection>
  );
}
