import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { Logo } from '../components/Logo.tsx';
import { useDocumentTitle } from '../components/useDocumentTitle.ts';

export default function NotFoundPage() {
  const location = useLocation();
  useDocumentTitle('Page not found');
  return (
    <Center mih="100vh" p="md" component="main">
      <Stack maw={460} gap="md" align="center" ta="center">
        <Logo size="lg" />
        <Text c="dimmed" fw={600} size="sm">
          404
        </Text>
        <Title order={1} fz={24}>
          Page not found
        </Title>
        <Text c="dimmed" size="sm">
          There is no page at <Text span ff="monospace" size="sm">{location.pathname}</Text>. It may have moved, or the
          link may be mistyped.
        </Text>
        <Button component={Link} to="/">
          Go to home
        </Button>
      </Stack>
    </Center>
  );
}
