// Enrolment: the API issues a new secret; the user adds it to an authenticator app (QR or by hand)
// and proves it with a first code.
import { Alert, Anchor, Button, Code, CopyButton, Group, Image, List, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCheck, IconCopy, IconShieldLock } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { api } from '../../../../api.ts';
import { ErrorAlert } from '../../../../components/ErrorAlert.tsx';
import { fieldErrors } from '../../../../components/fieldErrors.ts';
import { SectionLoader } from '../../../../components/FullPageLoader.tsx';
import type { MfaEnrolment as Enrolment, RecoveryCodes } from '../../../../contract.ts';

/** Groups the base32 secret in fours so it can be typed by hand. */
function grouped(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}

export function MfaEnrolment({ autoStart, onEnabled }: { autoStart: boolean; onEnabled: (codes: string[]) => void }) {
  const [started, setStarted] = useState(autoStart);
  const enrol = useMutation({ mutationFn: () => api.post<Enrolment>('/api/v1/me/mfa/enrol') });
  const requested = useRef(false);

  // Start once (the ref keeps React's development double-effects from issuing two secrets).
  useEffect(() => {
    if (started && !requested.current) {
      requested.current = true;
      enrol.mutate();
    }
  }, [started]);

  if (!started) {
    return (
      <Paper withBorder radius="md" p="lg">
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm">MFA is off for your account. Turn it on with any authenticator app.</Text>
          <Button leftSection={<IconShieldLock size={16} />} onClick={() => setStarted(true)}>
            Set up MFA
          </Button>
        </Group>
      </Paper>
    );
  }
  if (enrol.isPending || enrol.isIdle) return <SectionLoader label="Preparing MFA enrolment" />;
  if (enrol.isError) return <ErrorAlert error={enrol.error} onRetry={() => enrol.mutate()} />;

  return <EnrolmentSteps enrolment={enrol.data} onRestart={() => enrol.mutate()} onEnabled={onEnabled} />;
}

function EnrolmentSteps({ enrolment, onRestart, onEnabled }: {
  enrolment: Enrolment;
  onRestart: () => void;
  onEnabled: (codes: string[]) => void;
}) {
  const form = useForm({
    initialValues: { code: '' },
    validate: { code: (v) => (/^\d{6}$/.test(v.trim()) ? null : 'Enter the 6-digit code shown in your app') },
  });
  const confirm = useMutation({
    mutationFn: (code: string) => api.post<RecoveryCodes>('/api/v1/me/mfa/confirm', { code }),
    onSuccess: (r) => onEnabled(r.recoveryCodes),
    onError: (error) => {
      const errors = fieldErrors(error);
      form.setErrors(Object.keys(errors).length ? errors : { code: error.message });
      form.setFieldValue('code', '');
    },
  });

  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="lg">
        <div>
          <Title order={3} fz="sm" fw={600} mb={6}>
            1. Add attest to your authenticator app
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            Scan the QR code with an app such as 1Password, Google Authenticator, Microsoft Authenticator or Aegis.
          </Text>
          <Group align="flex-start" gap="xl" wrap="wrap">
            <Paper withBorder radius="sm" p={6} bg="white">
              <Image src={enrolment.qrDataUrl} alt="QR code to add attest to your authenticator app" w={176} h={176} fit="contain" />
            </Paper>
            <Stack gap={6} style={{ flex: 1, minWidth: 240 }}>
              <Text size="sm" fw={500}>
                Can't scan? Enter this key by hand:
              </Text>
              <Group gap="xs" wrap="nowrap">
                <Code data-testid="mfa-secret" fz="sm" px="sm" py={6} style={{ letterSpacing: '0.06em', overflowWrap: 'anywhere' }}>
                  {enrolment.secret}
                </Code>
                <CopyButton value={enrolment.secret} timeout={2000}>
                  {({ copied, copy }) => (
                    <Button size="xs" variant="default" onClick={copy} leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />}>
                      {copied ? 'Copied' : 'Copy key'}
                    </Button>
                  )}
                </CopyButton>
              </Group>
              <Text size="xs" c="dimmed">
                Grouped for reading: {grouped(enrolment.secret)}. Time-based (TOTP), 6 digits, 30 seconds.
              </Text>
              <Anchor component="button" type="button" size="xs" onClick={onRestart} w="fit-content">
                Generate a new key
              </Anchor>
            </Stack>
          </Group>
        </div>

        <form onSubmit={form.onSubmit((v) => confirm.mutate(v.code.trim()))} noValidate>
          <Title order={3} fz="sm" fw={600} mb={6}>
            2. Enter the code from the app
          </Title>
          <Group align="flex-start" gap="sm">
            <TextInput
              label="Code"
              placeholder="123456"
              autoComplete="one-time-code"
              inputMode="numeric"
              maxLength={6}
              w={180}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', letterSpacing: '0.2em' } }}
              {...form.getInputProps('code')}
            />
            <Button type="submit" mt={25} loading={confirm.isPending}>
              Enable MFA
            </Button>
          </Group>
        </form>

        <Alert variant="light" color="gray" p="sm">
          <List size="xs" spacing={2}>
            <List.Item>After enabling, you get recovery codes: each one replaces an app code once if you lose your device.</List.Item>
            <List.Item>From then on, logging in asks for a code after your password.</List.Item>
          </List>
        </Alert>
      </Stack>
    </Paper>
  );
}
