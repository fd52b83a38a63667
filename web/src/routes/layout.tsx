// The root of every route: sends a fresh install to /setup, and keeps /setup closed once it's done.
import { Box, Center, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Navigate, Outlet, useLocation } from 'react-router';
import { api } from '../api.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { FullPageLoader } from '../components/FullPageLoader.tsx';
import { Logo } from '../components/Logo.tsx';
import { setupKey } from '../session.ts';

export default function RootLayout() {
  const location = useLocation();
  const setup = useQuery({
    queryKey: setupKey,
    queryFn: () => api.get<{ needed: boolean }>('/api/v1/setup'),
    staleTime: Infinity,
  });

  if (setup.isPending) return <FullPageLoader />;
  if (setup.isError) {
    return (
      <Center mih="100vh" p="md">
        <Stack w="100%" maw={480} gap="lg" align="stretch">
          <Center>
            <Logo size="lg" />
          </Center>
          <ErrorAlert title="attest is not reachable" error={setup.error} onRetry={() => void setup.refetch()} />
        </Stack>
      </Center>
    );
  }

  const onSetup = location.pathname === '/setup';
  if (setup.data.needed && !onSetup) return <Navigate to="/setup" replace />;
  if (!setup.data.needed && onSetup) return <Navigate to="/" replace />;

  return (
    <Box>
      <Outlet />
    </Box>
  );
}
