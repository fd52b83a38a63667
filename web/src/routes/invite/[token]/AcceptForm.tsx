import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { Session } from '../../../contract.ts';
import { api, errorMessage } from '../../../api.ts';
import { fieldErrors } from '../../../components/fieldErrors.ts';
import { validateNewPassword } from '../../../components/validation.ts';
import { applySession, clearSessionData } from '../../../session.ts';
import type { Preview } from './page.tsx';

export function AcceptForm({ token, preview }: { token: string; preview: Preview }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const isNew = !preview.existingUser;
  const form = useForm({
    initialValues: { name: '', password: '', confirm: '' },
    validate: {
      name: (v) => (isNew && !v.trim() ? 'Enter your name' : null),
      password: (v) => (isNew ? validateNewPassword(v) : v ? null : 'Enter your password'),
      confirm: (v, values) => (isNew && v !== values.password ? 'The passwords do not match' : null),
    },
  });

  const accept = useMutation({
    mutationFn: (v: { name: string; password: string }) =>
      api.post<Session>('/api/v1/invitations/accept', {
        token,
        ...(isNew ? { name: v.name.trim() } : {}),
        password: v.password,
      }),
    onSuccess: (session) => {
      clearSessionData(queryClient); // whoever was signed in before, the accepting user is now
      applySession(queryClient, session);
      void navigate('/', { replace: true });
    },
    onError: (error) => form.setErrors(fieldErrors(error)),
  });

  return (
    <form onSubmit={form.onSubmit((v) => accept.mutate(v))} noValidate>
      <Stack gap="md">
        {accept.isError && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
            {errorMessage(accept.error)}
          </Alert>
        )}
        {/* Lets password managers pair the new password with the invited email. */}
        <input type="hidden" name="username" autoComplete="username" value={preview.email} readOnly />
        {isNew && <TextInput label="Your name" autoComplete="name" required autoFocus {...form.getInputProps('name')} />}
        <PasswordInput
          label="Password"
          description={isNew ? 'At least 12 characters.' : `The password of ${preview.email}.`}
          autoComplete={isNew ? 'new-password' : 'current-password'}
          required
          autoFocus={!isNew}
          {...form.getInputProps('password')}
        />
        {isNew && (
          <PasswordInput label="Confirm password" autoComplete="new-password" required {...form.getInputProps('confirm')} />
        )}
        <Button type="submit" loading={accept.isPending} fullWidth mt="xs">
          Accept invitation
        </Button>
      </Stack>
    </form>
  );
}
