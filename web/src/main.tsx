import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './global.css';

import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { isApiError } from './api.ts';
import { router } from './router.tsx';
import { sessionKey } from './session.ts';
import { theme } from './theme.ts';

function onUnauthenticated(error: unknown, key: readonly unknown[] | undefined): void {
  // The session ended (expired, logged out in another tab) or now needs MFA: refresh it, and the shell
  // sends the user where they must go (log in, MFA code, MFA enrolment).
  const sessionChanged = isApiError(error) && (error.status === 401 || error.code === 'mfa_enrolment_required');
  if (sessionChanged && key?.[0] !== 'session') {
    void queryClient.invalidateQueries({ queryKey: sessionKey });
  }
}

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: (error, query) => onUnauthenticated(error, query.queryKey) }),
  mutationCache: new MutationCache({
    onError: (error) => onUnauthenticated(error, undefined),
    // Readiness is derived from the whole program (controls, policies, people…): any write may change it.
    onSuccess: () => queryClient.invalidateQueries({ predicate: (q) => q.queryKey.includes('readiness') }),
  }),
  defaultOptions: {
    queries: {
      // Client errors won't fix themselves; retry only network and server errors.
      retry: (count, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
      staleTime: 10_000,
    },
  },
});

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');

createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Notifications position="bottom-right" limit={4} />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
