// /settings/security (My security): set up MFA (QR + secret, confirm with a code, recovery codes once),
// or, when it is on, regenerate recovery codes or turn it off. Also the only page while enrolment is required.
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Session } from '../../../../contract.ts';
import { sessionKey, useActiveSession } from '../../../../session.ts';
import { SettingsSection } from '../SettingsSection.tsx';
import { MfaEnabled } from './MfaEnabled.tsx';
import { MfaEnrolment } from './MfaEnrolment.tsx';
import { RecoveryCodes } from './RecoveryCodes.tsx';

export default function SecurityPage() {
  const session = useActiveSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [codes, setCodes] = useState<{ codes: string[]; reason: 'enabled' | 'regenerated' } | null>(null);
  const [justDisabled, setJustDisabled] = useState(false);
  const forced = session.state === 'mfa_enrolment_required';

  // The session is refreshed only once the codes are put away: refreshing earlier would swap the page
  // (enrolment-only shell → full shell) and lose the codes before they are saved.
  const finish = async () => {
    setCodes(null);
    await queryClient.invalidateQueries({ queryKey: sessionKey });
    if (forced) void navigate('/', { replace: true });
  };

  let body: React.ReactNode;
  if (codes) {
    body = <RecoveryCodes codes={codes.codes} reason={codes.reason} onDone={() => void finish()} />;
  } else if (!session.user.mfaEnabled) {
    body = (
      <MfaEnrolment
        autoStart={!justDisabled}
        onEnabled={(recoveryCodes) => {
          setCodes({ codes: recoveryCodes, reason: 'enabled' });
          // Mark MFA on right away (so nothing starts a new enrolment), but keep the session state
          // as it is until the codes are put away.
          queryClient.setQueryData<Session | null>(sessionKey, (s) => s && { ...s, user: { ...s.user, mfaEnabled: true } });
        }}
      />
    );
  } else {
    body = (
      <MfaEnabled
        onRegenerated={(recoveryCodes) => setCodes({ codes: recoveryCodes, reason: 'regenerated' })}
        onDisabled={() => {
          setJustDisabled(true);
          void queryClient.invalidateQueries({ queryKey: sessionKey });
        }}
      />
    );
  }

  const enabled = session.user.mfaEnabled;

  return (
    <Stack gap="xl" maw={760}>
      <SettingsSection title="Account" description="The account you are signed in with.">
        <Paper withBorder radius="md" p="md">
          <Group gap="xl">
            <div>
              <Text size="xs" c="dimmed">Name</Text>
              <Text size="sm" fw={500}>{session.user.name}</Text>
            </div>
            <div>
              <Text size="xs" c="dimmed">Email</Text>
              <Text size="sm" fw={500}>{session.user.email}</Text>
            </div>
          </Group>
        </Paper>
      </SettingsSection>
      <SettingsSection
        title="Multi-factor authentication"
        description="A code from an authenticator app at every login, so a password alone cannot open your account."
        actions={
          enabled ? (
            <Badge color="teal" variant="light" radius="sm" tt="none" size="lg">MFA enabled</Badge>
          ) : (
            <Badge color="gray" variant="light" radius="sm" tt="none" size="lg">MFA not enabled</Badge>
          )
        }
      >
        {body}
      </SettingsSection>
    </Stack>
  );
}
