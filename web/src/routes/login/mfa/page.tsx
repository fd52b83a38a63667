// /login/mfa: the second step for accounts with MFA: a TOTP code or a recovery code.
import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import type { Session } from '../../../contract.ts';
import { api, errorMessage, isApiError } from '../../../api.ts';
import { AuthLayout } from '../../../components/AuthLayout.tsx';
import { fieldErrors } from '../../../components/fieldErrors.ts';
import { safeNextPath } from '../../../components/nextPath.ts';
import { applySession, clearSessionData, useSession } from '../../../session.ts';

export default function LoginMfaPage() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const session = useSession();

  const form = useForm({
    initialValues: { code: '' },
    validate: {
      code: (v) => {
        const c = v.trim();
        if (!c) return 'Enter the code from your authenticator app, or a recovery code';
        return c.length < 6 ? 'The code is too short' : null;
      },
    },
  });

  const verify = useMutation({
    mutationFn: (code: string) => api.post<Session>('/api/v1/auth/mfa', { code }),
    onSuccess: (s) => {
      applySession(queryClient, s);
      void navigate(next, { replace: true });
    },
    onError: (error) => {
      form.setErrors(fieldErrors(error));
      form.setFieldValue('code', '');
    },
  });

  const restart = useMutation({
    mutationFn: () => api.post<void>('/api/v1/auth/logout'),
    onSettled: () => {
      clearSessionData(queryClient);
      void navigate('/login', { replace: true });
    },
  });

  if (session.data?.state === 'active' && !verify.isPending) return <Navigate to={next} replace />;

  const noPendingLogin = verify.isError && isApiError(verify.error) && verify.error.status === 401 && verify.error.code === 'unauthenticated';

  return (
    <AuthLayout
      title="Two-factor authentication"
      description="Enter the 6-digit code from your authenticator app. Lost your device? Use one of your recovery codes instead."
      footer={
        <Text size="sm" ta="center">
          <Anchor component="button" type="button" size="sm" onClick={() => restart.mutate()}>
            Log in as someone else
          </Anchor>
        </Text>
      }
    >
      <form onSubmit={form.onSubmit((v) => verify.mutate(v.code.trim()))} noValidate>
        <Stack gap="md">
          {verify.isError && (
            <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
              {noPendingLogin ? 'Your login has expired. Log in again with your email and password.' : errorMessage(verify.error)}
            </Alert>
          )}
          <TextInput
            label="Code"
            placeholder="123456 or xxxx-xxxx-xxxx"
            autoComplete="one-time-code"
            inputMode="text"
            spellCheck={false}
            required
            autoFocus
            maxLength={32}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', letterSpacing: '0.08em' } }}
            {...form.getInputProps('code')}
          />
          <Button type="submit" loading={verify.isPending} fullWidth mt="xs">
            Verify
          </Button>
          {noPendingLogin && (
            <Button variant="default" onClick={() => restart.mutate()} fullWidth>
              Back to log in
            </Button>
          )}
        </Stack>
      </form>
    </AuthLayout>
  );
}
