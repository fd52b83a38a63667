// /settings/invitations: invite people by link (shown once), see every invitation, revoke pending ones.
import { Alert, Badge, Paper, Stack, Table, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ROLE_LABELS } from '../../../../contract.ts';
import { api } from '../../../../api.ts';
import { DangerRowAction } from '../../../../components/DangerRowAction.tsx';
import { ConfirmModal } from '../../../../components/ConfirmModal.tsx';
import { formatDate, formatDateTime } from '../../../../components/format.ts';
import { notifyError, notifySuccess } from '../../../../components/notify.tsx';
import { SecretReveal } from '../../../../components/SecretReveal.tsx';
import type { CreatedInvitation, Invitation, InvitationList } from '../../../../contract.ts';
import { canListInvitations, canManage, useActiveSession } from '../../../../session.ts';
import { SettingsSection } from '../SettingsSection.tsx';
import { InviteForm } from './InviteForm.tsx';
import { QueryState } from '../../../../components/QueryState.tsx';
import { ListTable } from '../../../../components/ListTable.tsx';

export const invitationsKey = ['invitations'] as const;

const STATUS_COLORS: Record<Invitation['status'], string> = {
  pending: 'blue',
  accepted: 'teal',
  revoked: 'gray',
  expired: 'orange',
};

/** The server may answer a path ("/invite/…") or a full URL; show a link people can paste anywhere. */
function absolute(link: string): string {
  try {
    return new URL(link, window.location.origin).href;
  } catch {
    return link;
  }
}

export default function InvitationsPage() {
  const session = useActiveSession();
  const queryClient = useQueryClient();
  const membership = session.activeOrganization;
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const [revoking, setRevoking] = useState<Invitation | null>(null);
  const manage = canManage(membership);
  const allowed = canListInvitations(membership);

  const invitations = useQuery({
    queryKey: invitationsKey,
    queryFn: () => api.get<InvitationList>('/api/v1/invitations'),
    enabled: allowed,
  });

  const revoke = useMutation({
    mutationFn: (id: string) => api.delete(`/api/v1/invitations/${id}`),
    onSuccess: () => {
      notifySuccess(`The invitation for ${revoking?.email ?? 'this person'} was revoked. Its link no longer works.`);
      setRevoking(null);
    },
    onError: (error) => notifyError(error, 'Could not revoke the invitation'),
    onSettled: () => queryClient.invalidateQueries({ queryKey: invitationsKey }),
  });

  if (!allowed || !membership) {
    return (
      <Alert color="yellow" variant="light" icon={<IconLock size={18} />} title="Not available for your role">
        Only admins, partners and compliance managers can see invitations.
      </Alert>
    );
  }

  return (
    <Stack gap="xl">
      {manage && (
        <SettingsSection
          title="Invite someone"
          description={`Creates a single-use link to join ${membership.organization.name} with the role you choose.`}
        >
          <Paper withBorder radius="md" p="lg">
            <Stack gap="md">
              <InviteForm
                kind={membership.organization.kind}
                onCreated={(c) => {
                  setCreated(c);
                  void queryClient.invalidateQueries({ queryKey: invitationsKey });
                }}
              />
              {created && (
                <SecretReveal
                  title={`Invitation created for ${created.invitation.email}`}
                  value={absolute(created.link)}
                  testId="invite-link"
                  copyLabel="Copy link"
                  onDismiss={() => setCreated(null)}
                >
                  Send this link to {created.invitation.email}. It is shown only once and expires{' '}
                  {formatDateTime(created.invitation.expiresAt)}. Anyone with the link can accept it, so share it privately.
                </SecretReveal>
              )}
            </Stack>
          </Paper>
        </SettingsSection>
      )}

      <SettingsSection
        title="Invitations"
        description={manage ? 'Every invitation sent from this organization.' : 'Every invitation sent from this organization. Only admins can send or revoke invitations.'}
      >
        <QueryState query={invitations} label="Loading invitations">
          {(data) => data.invitations.length === 0 ? (
            <Paper withBorder radius="md" p="lg">
              <Text size="sm" c="dimmed">
                No invitations yet. Invite a colleague above; the invitation appears here with its status.
              </Text>
            </Paper>
          ) : (
            <ListTable minWidth={700} columns={['Email', 'Role', 'Status', 'Invited by', 'Sent', 'Expires', manage && { label: 'Actions', w: 60, hidden: true }]}>
              {data.invitations.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td><Text size="sm">{i.email}</Text></Table.Td>
                  <Table.Td><Text size="sm">{ROLE_LABELS[i.role]}</Text></Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={STATUS_COLORS[i.status]} radius="sm" tt="none">
                      {i.status[0]?.toUpperCase() + i.status.slice(1)}
                    </Badge>
                  </Table.Td>
                  <Table.Td><Text size="sm">{i.invitedBy.name}</Text></Table.Td>
                  <Table.Td><Text size="sm" c="dimmed">{formatDate(i.createdAt)}</Text></Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {i.status === 'accepted' ? `Accepted ${formatDate(i.acceptedAt)}` : i.status === 'revoked' ? `Revoked ${formatDate(i.revokedAt)}` : formatDate(i.expiresAt)}
                    </Text>
                  </Table.Td>
                  {manage && (
                    <Table.Td>
                      {i.status === 'pending' && (
                        <DangerRowAction tooltip="Revoke invitation" label={`Revoke invitation for ${i.email}`} icon="x" onClick={() => setRevoking(i)} />
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </ListTable>
          )}
        </QueryState>
      </SettingsSection>

      <ConfirmModal
        opened={revoking !== null}
        title="Revoke invitation"
        confirmLabel="Revoke invitation"
        loading={revoke.isPending}
        onClose={() => setRevoking(null)}
        onConfirm={() => revoking && revoke.mutate(revoking.id)}
      >
        Revoke the invitation for <b>{revoking?.email}</b>? The link stops working right away. You can invite them again later.
      </ConfirmModal>
    </Stack>
  );
}
