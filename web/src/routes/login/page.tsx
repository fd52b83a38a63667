// /login: email and password. An MFA-enabled account continues at /login/mfa.
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import type { SessionState } from '../../contract.ts';
import { api, errorMessage, setCsrfToken } from '../../api.ts';
import { AuthLayout } from '../../components/AuthLayout.tsx';
import { fieldErrors } from '../../components/fieldErrors.ts';
import { safeNextPath } from '../../components/nextPath.ts';
import { validateEmail } from '../../components/validation.ts';
import { sessionKey, useSession } from '../../session.ts';

export default function LoginPage() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const session = useSession();

  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: validateEmail,
      password: (v) => (v ? null : 'Enter your password'),
    },
  });

  const login = useMutation({
    mutationFn: (body: { email: string; password: string }) =>
      api.post<{ state: SessionState }>('/api/v1/auth/login', body),
    onSuccess: async ({ state }) => {
      setCsrfToken(null); // a new session: its token comes with the next GET /session
      if (state === 'mfa_required') {
        void navigate(`/login/mfa${next !== '/' ? `?next=${encodeURIComponent(next)}` : ''}`);
        return;
      }
      await queryClient.refetchQueries({ queryKey: sessionKey });
      void navigate(next, { replace: true });
    },
    onError: (error) => {
      form.setErrors(fieldErrors(error));
      form.setFieldValue('password', '');
    },
  });

  if (session.data?.state === 'active' && !login.isPending) return <Navigate to={next} replace />;

  return (
    <AuthLayout title="Log in to attest" description="Use the email and password of your attest account.">
      <form onSubmit={form.onSubmit((v) => login.mutate({ email: v.email.trim(), password: v.password }))} noValidate>
        <Stack gap="md">
          {login.isError && (
            <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
              {errorMessage(login.error)}
            </Alert>
          )}
          <TextInput label="Email" type="email" autoComplete="username" required autoFocus {...form.getInputProps('email')} />
          <PasswordInput label="Password" autoComplete="current-password" required {...form.getInputProps('password')} />
          <Button type="submit" loading={login.isPending} fullWidth mt="xs">
            Log in
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
