import { Alert, Button, Text } from '@mantine/core';
import { IconAlertTriangle, IconLock } from '@tabler/icons-react';
import { errorMessage, isApiError } from '../api.ts';

/** Shows why a request failed: a clear message for 403, the API's message otherwise. */
export function ErrorAlert({ error, title, onRetry }: { error: unknown; title?: string; onRetry?: () => void }) {
  if (isApiError(error) && error.isForbidden) {
    return (
      <Alert color="yellow" variant="light" icon={<IconLock size={18} />} title={title ?? 'Not allowed for your role'}>
        <Text size="sm">{errorMessage(error)}</Text>
      </Alert>
    );
  }
  const requestId = isApiError(error) ? error.requestId : undefined;
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={title ?? 'Something went wrong'}>
      <Text size="sm">{errorMessage(error)}</Text>
      {requestId && (
        <Text size="xs" c="dimmed" mt={4}>
          Request ID: {requestId}
        </Text>
      )}
      {onRetry && (
        <Button size="xs" variant="default" mt="sm" onClick={onRetry}>
          Try again
        </Button>
      )}
    </Alert>
  );
}
