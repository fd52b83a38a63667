import { Box, Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Logo } from './Logo.tsx';
import { useDocumentTitle } from './useDocumentTitle.ts';

/** The centered card of the signed-out pages (setup, login, MFA, invitation). */
export function AuthLayout({ title, description, children, width = 420, footer }: {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  width?: number;
  footer?: ReactNode;
}) {
  useDocumentTitle(title);
  return (
    <Box mih="100vh" bg="var(--mantine-color-gray-0)" py={48} px="md" component="main">
      <Center>
        <Stack w="100%" maw={width} gap="lg">
          <Center>
            <Logo size="lg" />
          </Center>
          <Paper withBorder radius="md" p="xl" shadow="xs">
            <Stack gap={4} mb="lg">
              <Title order={1} fz={20} fw={650}>
                {title}
              </Title>
              {description && (
                <Text size="sm" c="dimmed">
                  {description}
                </Text>
              )}
            </Stack>
            {children}
          </Paper>
          {footer}
          <Text size="xs" c="dimmed" ta="center">
            attest: open-source SOC 2 attestation
          </Text>
        </Stack>
      </Center>
    </Box>
  );
}
