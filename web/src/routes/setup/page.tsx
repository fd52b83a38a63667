// /setup: the first run. Creates the first organization and its admin, then signs the admin in.
import { Alert, Button, Divider, NativeSelect, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { Session, SetupRequest } from '../../contract.ts';
import { ORGANIZATION_KINDS, type OrganizationKind } from '../../contract.ts';
import { api, errorMessage } from '../../api.ts';
import { AuthLayout } from '../../components/AuthLayout.tsx';
import { fieldErrors } from '../../components/fieldErrors.ts';
import { applySession, KIND_DESCRIPTIONS, KIND_LABELS, setupKey } from '../../session.ts';
import { validateEmail, validateNewPassword } from '../../components/validation.ts';

interface Values {
  orgName: string;
  kind: OrganizationKind;
  name: string;
  email: string;
  password: string;
  confirm: string;
}

export default function SetupPage() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useForm<Values>({
    initialValues: { orgName: '', kind: 'service_org', name: '', email: '', password: '', confirm: '' },
    validate: {
      orgName: (v) => (v.trim().length < 2 ? 'Enter the organization name (at least 2 characters)' : null),
      name: (v) => (v.trim() ? null : 'Enter your name'),
      email: validateEmail,
      password: validateNewPassword,
      confirm: (v, values) => (v === values.password ? null : 'The passwords do not match'),
    },
  });

  const setup = useMutation({
    mutationFn: (body: SetupRequest) => api.post<Session>('/api/v1/setup', body),
    onSuccess: (session) => {
      applySession(queryClient, session);
      queryClient.setQueryData(setupKey, { needed: false });
      void navigate('/', { replace: true });
    },
    onError: (error) =>
      form.setErrors(
        fieldErrors(error, {
          'organization.name': 'orgName',
          'organization.kind': 'kind',
          'admin.name': 'name',
          'admin.email': 'email',
          'admin.password': 'password',
        }),
      ),
  });

  const demo = useMutation({
    mutationFn: () => api.post<Session>('/api/v1/setup/demo', {}),
    onSuccess: (session) => {
      applySession(queryClient, session);
      queryClient.setQueryData(setupKey, { needed: false });
      void navigate('/', { replace: true });
    },
  });

  const submit = form.onSubmit((v) =>
    setup.mutate({
      organization: { name: v.orgName.trim(), kind: v.kind },
      admin: { name: v.name.trim(), email: v.email.trim(), password: v.password },
    }),
  );

  return (
    <AuthLayout
      width={480}
      title="Set up attest"
      description="Create your organization and its first administrator. You can invite your team afterwards."
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {setup.isError && (
            <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title="Setup failed">
              {errorMessage(setup.error)}
            </Alert>
          )}
          <TextInput label="Organization name" placeholder="Acme Inc." required autoFocus {...form.getInputProps('orgName')} />
          <NativeSelect
            label="Organization type"
            required
            data={ORGANIZATION_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
            description={
              <Stack gap={0} component="span">
                {ORGANIZATION_KINDS.map((k) => (
                  <Text key={k} span size="xs" c="dimmed" display="block">
                    <Text span inherit fw={form.values.kind === k ? 600 : 400}>{KIND_LABELS[k]}:</Text> {KIND_DESCRIPTIONS[k]}
                  </Text>
                ))}
              </Stack>
            }
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            {...form.getInputProps('kind')}
          />
          <Divider label="Administrator" labelPosition="left" />
          <TextInput label="Your name" autoComplete="name" required {...form.getInputProps('name')} />
          <TextInput label="Email" type="email" autoComplete="email" required {...form.getInputProps('email')} />
          <PasswordInput
            label="Password"
            description="At least 12 characters."
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
          <PasswordInput label="Confirm password" autoComplete="new-password" required {...form.getInputProps('confirm')} />
          <Button type="submit" loading={setup.isPending} disabled={demo.isPending} fullWidth mt="xs">
            Create organization
          </Button>
        </Stack>
      </form>
      <Divider label="or" labelPosition="center" my="md" />
      <Stack gap={6}>
        {demo.isError && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title="The demo could not be created">
            {errorMessage(demo.error)}
          </Alert>
        )}
        <Button variant="default" fullWidth loading={demo.isPending} disabled={setup.isPending} onClick={() => demo.mutate()}>
          Explore with demo data
        </Button>
        <Text size="xs" c="dimmed">
          Creates Northwind Payroll (demo), a fictional company with a system, controls, policies, people, vendors and risks, and logs
          you in as its admin. Its users' password is northwind-demo-2026.
        </Text>
      </Stack>
    </AuthLayout>
  );
}
