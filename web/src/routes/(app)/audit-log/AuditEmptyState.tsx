import { Box, Button, EmptyState, List, Paper, Text } from '@mantine/core';
import { IconListDetails } from '@tabler/icons-react';

export function AuditEmptyState({ filtered, onClear }: { filtered: boolean; onClear: () => void }) {
  if (filtered) {
    return (
      <Paper withBorder radius="md" p="xl">
        <EmptyState
          icon={<IconListDetails size={26} stroke={1.5} />}
          title="No entries match these filters"
          description="Try a shorter actor or action, or a wider date range."
        >
          <EmptyState.Actions>
            <Button variant="default" onClick={onClear}>
              Clear filters
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      </Paper>
    );
  }
  return (
    <Paper withBorder radius="md" p="xl">
      <EmptyState
        icon={<IconListDetails size={26} stroke={1.5} />}
        withIndicatorBackground
        title="Nothing recorded yet"
        description="attest records every change made in this organization as it happens, for example:"
      >
        <Box maw={520} mx="auto">
          <List size="sm" c="dimmed" mt={4} mb="xs" withPadding>
            <List.Item>sign-ins, logouts and MFA changes;</List.Item>
            <List.Item>members joining, role changes and removals;</List.Item>
            <List.Item>invitations sent, accepted and revoked; API tokens created and revoked;</List.Item>
            <List.Item>changes to organization settings.</List.Item>
          </List>
          <Text size="sm" c="dimmed">
            Each entry keeps who did it, when, the IP address and the request ID, and is chained to the previous entry by its
            hash, so later changes to the log can be detected.
          </Text>
        </Box>
      </EmptyState>
    </Paper>
  );
}
