// While the organization requires MFA and the user has not set it up, this is all there is:
// the MFA enrolment page and a way to log out.
import { Alert, AppShell, Box } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import type { Session } from '../../contract.ts';
import { AppHeader } from './AppHeader.tsx';
import SecurityPage from './settings/security/page.tsx';

export function EnrolmentShell({ session }: { session: Session }) {
  const org = session.activeOrganization?.organization.name ?? 'Your organization';
  return (
    <AppShell header={{ height: 52 }} padding={0}>
      <AppShell.Header>
        <AppHeader session={session} />
      </AppShell.Header>
      <AppShell.Main bg="var(--mantine-color-gray-0)">
        <Box id="main" px={{ base: 'md', md: 'xl' }} py="lg" maw={824} mx="auto">
          <Alert color="brand" variant="light" icon={<IconShieldLock size={18} />} title="Set up multi-factor authentication to continue" mb="lg">
            {org} requires every member to use multi-factor authentication. Set it up below; the rest of attest opens once
            it is enabled.
          </Alert>
          <SecurityPage />
        </Box>
      </AppShell.Main>
    </AppShell>
  );
}
