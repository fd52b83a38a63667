// The organization switcher: a select of the user's memberships. Switching starts a session in
// the other organization, so everything cached for the previous one is dropped.
import { Badge, Group, NativeSelect, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ROLE_LABELS } from '../../contract.ts';
import { api } from '../../api.ts';
import type { Session } from '../../contract.ts';
import { notifyError, notifySuccess } from '../../components/notify.tsx';
import { applySession, KIND_LABELS, sessionKey } from '../../session.ts';

export function OrgSwitcher({ session }: { session: Session }) {
  const queryClient = useQueryClient();
  const active = session.activeOrganization;

  const switchOrg = useMutation({
    mutationFn: (organizationId: string) => api.post<Session>('/api/v1/session/organization', { organizationId }),
    onSuccess: (s) => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionKey[0] && q.queryKey[0] !== 'setup' });
      applySession(queryClient, s);
      if (s.activeOrganization) notifySuccess(`You are now working in ${s.activeOrganization.organization.name}.`);
    },
    onError: (error) => notifyError(error, 'Could not switch organization'),
  });

  const data = session.memberships.map((m) => ({
    value: m.organization.id,
    label: `${m.organization.name} · ${KIND_LABELS[m.organization.kind]}`,
  }));
  if (!active) data.unshift({ value: '', label: 'Choose an organization' });

  return (
    <Group gap={8} wrap="nowrap" visibleFrom="xs">
      <Text component="label" htmlFor="org-switcher" size="xs" c="dimmed" fw={500}>
        Organization
      </Text>
      <NativeSelect
        id="org-switcher"
        size="xs"
        w={280}
        data={data}
        value={active?.organization.id ?? ''}
        disabled={switchOrg.isPending}
        onChange={(e) => {
          const id = e.currentTarget.value;
          if (id && id !== active?.organization.id) switchOrg.mutate(id);
        }}
      />
      {active && (
        <Badge variant="light" color="gray" size="sm" radius="sm" tt="none" fw={500} visibleFrom="md">
          {ROLE_LABELS[active.role]}
        </Badge>
      )}
    </Group>
  );
}
