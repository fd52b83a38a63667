// /settings/organization: the organization's name and whether every member must use MFA (admin / partner).
import { Alert, Badge, Button, Group, Paper, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconInfoCircle } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api } from '../../../../api.ts';
import { ErrorAlert } from '../../../../components/ErrorAlert.tsx';
import { fieldErrors } from '../../../../components/fieldErrors.ts';
import { formatDate } from '../../../../components/format.ts';
import { SectionLoader } from '../../../../components/FullPageLoader.tsx';
import { notifyError, notifySuccess } from '../../../../components/notify.tsx';
import type { Organization, UpdateOrganizationRequest } from '../../../../contract.ts';
import { canManage, KIND_LABELS, sessionKey, useActiveSession } from '../../../../session.ts';
import { SettingsSection } from '../SettingsSection.tsx';
import { IntegritySection } from './IntegritySection.tsx';

export const organizationKey = ['organization'] as const;

export default function OrganizationSettingsPage() {
  const session = useActiveSession();
  const queryClient = useQueryClient();
  const editable = canManage(session.activeOrganization);
  const org = useQuery({ queryKey: organizationKey, queryFn: () => api.get<Organization>('/api/v1/organization') });

  const form = useForm({
    initialValues: { name: '', requireMfa: false },
    validate: { name: (v) => (v.trim().length < 2 ? 'Use at least 2 characters' : null) },
  });

  // Load the saved values into the form when they arrive (and after saving).
  useEffect(() => {
    if (org.data) {
      form.setInitialValues({ name: org.data.name, requireMfa: org.data.requireMfa });
      form.setValues({ name: org.data.name, requireMfa: org.data.requireMfa });
    }
  }, [org.data]);

  const save = useMutation({
    mutationFn: (body: UpdateOrganizationRequest) => api.patch<Organization>('/api/v1/organization', body),
    onSuccess: (updated) => {
      queryClient.setQueryData(organizationKey, updated);
      // The name shows in the switcher, and requiring MFA may change what this session may do.
      void queryClient.invalidateQueries({ queryKey: sessionKey });
      notifySuccess('Organization settings saved.');
    },
    onError: (error) => {
      form.setErrors(fieldErrors(error));
      notifyError(error, 'Could not save the organization settings');
    },
  });

  if (org.isPending) return <SectionLoader />;
  if (org.isError) return <ErrorAlert error={org.error} onRetry={() => void org.refetch()} />;

  const o = org.data;
  const submit = form.onSubmit((v) => {
    const body: UpdateOrganizationRequest = {};
    if (v.name.trim() !== o.name) body.name = v.name.trim();
    if (v.requireMfa !== o.requireMfa) body.requireMfa = v.requireMfa;
    if (Object.keys(body).length) save.mutate(body);
  });

  return (
    <Stack gap="lg" maw={720}>
      {!editable && (
        <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} />}>
          Only {o.kind === 'audit_firm' ? 'partners' : 'admins'} can change these settings.
        </Alert>
      )}
      <SettingsSection title="Organization" description="How your organization appears in attest.">
        <Paper withBorder radius="md" p="lg">
          <form onSubmit={submit} noValidate>
            <Stack gap="lg">
              <TextInput label="Organization name" required disabled={!editable} maw={420} {...form.getInputProps('name')} />
              <Group gap="xl">
                <div>
                  <Text size="sm" fw={500}>Type</Text>
                  <Badge variant="light" color="gray" radius="sm" tt="none" fw={500} mt={4}>
                    {KIND_LABELS[o.kind]}
                  </Badge>
                </div>
                <div>
                  <Text size="sm" fw={500}>Created</Text>
                  <Text size="sm" c="dimmed" mt={4}>{formatDate(o.createdAt)}</Text>
                </div>
              </Group>
              <Switch
                label="Require MFA for all members"
                description="Members without multi-factor authentication must set it up at their next sign-in before they can use attest."
                disabled={!editable}
                {...form.getInputProps('requireMfa', { type: 'checkbox' })}
              />
              {editable && form.values.requireMfa && !o.requireMfa && !session.user.mfaEnabled && (
                <Alert color="yellow" variant="light" icon={<IconInfoCircle size={18} />}>
                  You have not enabled MFA yourself. Once this is saved, you will need to set it up to keep using attest.
                </Alert>
              )}
              {editable && (
                <Group>
                  <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>
                    Save changes
                  </Button>
                  {form.isDirty() && (
                    <Button variant="subtle" color="gray" onClick={() => form.reset()}>
                      Discard
                    </Button>
                  )}
                </Group>
              )}
            </Stack>
          </form>
        </Paper>
      </SettingsSection>
      {o.kind === 'service_org' && <IntegritySection />}
    </Stack>
  );
}
