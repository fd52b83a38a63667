import { Alert, Button, Group, List, Text } from '@mantine/core';
import { IconAlertTriangle, IconDeviceFloppy } from '@tabler/icons-react';

/**
 * The foot of an editable section: Save (submits the surrounding form), Discard, whether anything changed,
 * and the errors no field shows.
 */
export function SaveBar({ dirty, saving, onDiscard, hasErrors, problems = [] }: {
  dirty: boolean;
  saving: boolean;
  onDiscard: () => void;
  hasErrors?: boolean;
  problems?: string[];
}) {
  return (
    <>
      {problems.length > 0 && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title="Not saved" role="alert">
          <List size="sm" spacing={2}>
            {problems.map((p) => (
              <List.Item key={p}>{p}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Group gap="sm" justify="flex-end">
        <Text size="sm" c={hasErrors || problems.length ? 'red' : 'dimmed'} aria-live="polite" mr="auto">
          {hasErrors || problems.length ? 'Fix the problems shown, then save again.' : dirty ? 'You have unsaved changes.' : ''}
        </Text>
        <Button variant="default" onClick={onDiscard} disabled={!dirty || saving}>
          Discard changes
        </Button>
        <Button type="submit" loading={saving} disabled={!dirty} leftSection={<IconDeviceFloppy size={16} />}>
          Save
        </Button>
      </Group>
    </>
  );
}
