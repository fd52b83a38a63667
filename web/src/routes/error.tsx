// Shown when a page throws while rendering: a message and a way out, never a blank screen.
import { Button, Center, Code, Group, Stack, Text, Title } from '@mantine/core';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { errorMessage } from '../api.ts';
import { Logo } from '../components/Logo.tsx';

export default function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : errorMessage(error);
  return (
    <Center mih="100vh" p="md" component="main">
      <Stack maw={520} gap="md" align="center" ta="center">
        <Logo size="lg" />
        <Title order={1} fz={22}>
          This page ran into a problem
        </Title>
        <Text c="dimmed" size="sm">
          Reload the page to try again. If it keeps happening, report it with the message below.
        </Text>
        <Code block w="100%" ta="left">
          {message}
        </Code>
        <Group>
          <Button onClick={() => window.location.reload()}>Reload</Button>
          <Button variant="default" component="a" href="/">
            Go to home
          </Button>
        </Group>
      </Stack>
    </Center>
  );
}
