// The signed-in shell. Sends visitors to log in, finishes a pending MFA login, and, when the
// organization requires MFA and the user has none, allows nothing but MFA enrolment.
import { AppShell, Box, Center, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FullPageLoader } from '../../components/FullPageLoader.tsx';
import { Logo } from '../../components/Logo.tsx';
import { useSession } from '../../session.ts';
import { AppHeader } from './AppHeader.tsx';
import { AppNavbar } from './AppNavbar.tsx';
import { EnrolmentShell } from './EnrolmentShell.tsx';

export const SECURITY_PATH = '/settings/security';

export default function AppLayout() {
  const session = useSession();
  const location = useLocation();
  const [navOpened, nav] = useDisclosure(false);

  // Close the mobile navigation after following a link.
  const closeNav = nav.close;
  useEffect(() => {
    closeNav();
  }, [location.pathname, closeNav]);

  if (session.isPending) return <FullPageLoader />;
  if (session.isError) {
    return (
      <Center mih="100vh" p="md">
        <Stack w="100%" maw={480} gap="lg">
          <Center>
            <Logo size="lg" />
          </Center>
          <ErrorAlert title="Could not load your session" error={session.error} onRetry={() => void session.refetch()} />
        </Stack>
      </Center>
    );
  }

  const s = session.data;
  if (!s) {
    const here = location.pathname + location.search;
    return <Navigate to={here === '/' ? '/login' : `/login?next=${encodeURIComponent(here)}`} replace />;
  }
  if (s.state === 'mfa_required') return <Navigate to="/login/mfa" replace />;
  if (s.state === 'mfa_enrolment_required') {
    if (location.pathname !== SECURITY_PATH) return <Navigate to={SECURITY_PATH} replace />;
    return <EnrolmentShell session={s} />;
  }

  return (
    <AppShell
      header={{ height: 52 }}
      navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding={0}
    >
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <AppShell.Header>
        <AppHeader session={s} navOpened={navOpened} onToggleNav={nav.toggle} />
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main">
        <AppNavbar session={s} />
      </AppShell.Navbar>
      <AppShell.Main bg="var(--mantine-color-gray-0)">
        <Box id="main" tabIndex={-1} component="div" px={{ base: 'md', md: 'xl' }} py="lg" maw={1240} style={{ outline: 'none' }}>
          <Outlet />
        </Box>
      </AppShell.Main>
    </AppShell>
  );
}
