// The footer of a paged list: how many items are shown, and a button for the next page while there is one.
import { Button, Group, Text } from '@mantine/core';

export function LoadMore({ shown, noun, hasMore, loading, onLoad }: {
  shown: number;
  /** Singular and plural, e.g. ['vendor', 'vendors']. */
  noun: readonly [string, string];
  hasMore: boolean;
  loading: boolean;
  onLoad: () => void;
}) {
  return (
    <Group justify="space-between" mt="sm">
      <Text size="sm" c="dimmed" aria-live="polite">
        {shown} {shown === 1 ? noun[0] : noun[1]} shown{hasMore ? '' : ' (all)'}
      </Text>
      {hasMore && (
        <Button variant="default" onClick={onLoad} loading={loading}>
          Load more
        </Button>
      )}
    </Group>
  );
}
