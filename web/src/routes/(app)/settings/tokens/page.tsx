// /settings/tokens: API tokens for scripts and integrations. The secret is shown once, at creation.
import { Alert, Badge, Code, Paper, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../../../api.ts';
import { DangerRowAction } from '../../../../components/DangerRowAction.tsx';
import { ConfirmModal } from '../../../../components/ConfirmModal.tsx';
import { formatDate, formatDateTime } from '../../../../components/format.ts';
import { notifyError, notifySuccess } from '../../../../components/notify.tsx';
import { SecretReveal } from '../../../../components/SecretReveal.tsx';
import { ROLE_LABELS, type ApiToken, type ApiTokenList, type CreatedApiToken } from '../../../../contract.ts';
import { canManage, useActiveSession } from '../../../../session.ts';
import { SettingsSection } from '../SettingsSection.tsx';
import { TokenForm } from './TokenForm.tsx';
import { QueryState } from '../../../../components/QueryState.tsx';
import { ListTable } from '../../../../components/ListTable.tsx';

const tokensKey = ['tokens'] as const;

export default function TokensPage() {
  const session = useActiveSession();
  const queryClient = useQueryClient();
  const membership = session.activeOrganization;
  const allowed = canManage(membership);
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);

  const tokens = useQuery({ queryKey: tokensKey, queryFn: () => api.get<ApiTokenList>('/api/v1/tokens'), enabled: allowed });

  const revoke = useMutation({
    mutationFn: (id: string) => api.delete(`/api/v1/tokens/${id}`),
    onSuccess: () => {
      notifySuccess(`The token “${revoking?.name ?? ''}” was revoked. Requests using it are refused from now on.`);
      setRevoking(null);
    },
    onError: (error) => notifyError(error, 'Could not revoke the token'),
    onSettled: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });

  if (!allowed || !membership) {
    return (
      <Alert color="yellow" variant="light" icon={<IconLock size={18} />} title="Not available for your role">
        Only admins and partners can manage API tokens.
      </Alert>
    );
  }

  const list = tokens.data?.tokens ?? [];

  return (
    <Stack gap="xl">
      <SettingsSection
        title="Create a token"
        description="A token acts on the API with the role you give it, in this organization only. Give it the least role it needs."
      >
        <Paper withBorder radius="md" p="lg">
          <Stack gap="md">
            <TokenForm
              kind={membership.organization.kind}
              onCreated={(c) => {
                setCreated(c);
                void queryClient.invalidateQueries({ queryKey: tokensKey });
              }}
            />
            {created && (
              <SecretReveal
                title={`Token “${created.token.name}” created`}
                value={created.secret}
                testId="token-secret"
                copyLabel="Copy token"
                onDismiss={() => setCreated(null)}
              >
                Copy the token now and store it in your secret manager. It is shown only once and cannot be retrieved later.
              </SecretReveal>
            )}
          </Stack>
        </Paper>
      </SettingsSection>

      <SettingsSection title="Tokens" description="Tokens of this organization. Revoke any you no longer use.">
        <QueryState query={tokens} label="Loading tokens">
          {() => list.length === 0 ? (
            <Paper withBorder radius="md" p="lg">
              <Text size="sm" c="dimmed">
                No API tokens yet. Create one above for a script or an integration.
              </Text>
            </Paper>
          ) : (
            <ListTable minWidth={700} columns={['Name', 'Role', 'Prefix', 'Created', 'Last used', 'Status', { label: 'Actions', w: 60, hidden: true }]}>
              {list.map((t) => (
                <Table.Tr key={t.id} style={t.revokedAt ? { opacity: 0.6 } : undefined}>
                  <Table.Td><Text size="sm" fw={500}>{t.name}</Text></Table.Td>
                  <Table.Td><Text size="sm">{ROLE_LABELS[t.role]}</Text></Table.Td>
                  <Table.Td><Code fz="xs">{t.prefix}…</Code></Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDate(t.createdAt)}</Text>
                    <Text size="xs" c="dimmed">by {t.createdBy.name}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c={t.lastUsedAt ? undefined : 'dimmed'}>{formatDateTime(t.lastUsedAt, 'Never')}</Text>
                  </Table.Td>
                  <Table.Td>
                    {t.revokedAt ? (
                      <Tooltip label={`Revoked ${formatDateTime(t.revokedAt)}`} withArrow>
                        <Badge variant="light" color="gray" radius="sm" tt="none">Revoked</Badge>
                      </Tooltip>
                    ) : (
                      <Badge variant="light" color="teal" radius="sm" tt="none">Active</Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {!t.revokedAt && (
                      <DangerRowAction tooltip="Revoke token" label={`Revoke token ${t.name}`} onClick={() => setRevoking(t)} />
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </ListTable>
          )}
        </QueryState>
      </SettingsSection>

      <ConfirmModal
        opened={revoking !== null}
        title="Revoke token"
        confirmLabel="Revoke token"
        loading={revoke.isPending}
        onClose={() => setRevoking(null)}
        onConfirm={() => revoking && revoke.mutate(revoking.id)}
      >
        Revoke <b>{revoking?.name}</b> ({revoking?.prefix}…)? Anything using it stops working right away. This cannot be undone.
      </ConfirmModal>
    </Stack>
  );
}
