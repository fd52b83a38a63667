import { Button, Group, SimpleGrid, TextInput } from '@mantine/core';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';

export interface Filters {
  actor: string;
  action: string;
  from: string;
  to: string;
}
export const EMPTY_FILTERS: Filters = { actor: '', action: '', from: '', to: '' };

export function AuditFilters({ value, onChange, toError }: {
  value: Filters;
  onChange: (f: Filters) => void;
  toError?: string | null;
}) {
  const set = (key: keyof Filters) => (e: React.ChangeEvent<HTMLInputElement>) =>
    onChange({ ...value, [key]: e.currentTarget.value });
  const any = Object.values(value).some(Boolean);
  return (
    <Group align="flex-start" gap="sm" wrap="nowrap">
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" verticalSpacing="sm" style={{ flex: 1 }}>
        <TextInput
          label="Actor"
          placeholder="Name, email or token"
          leftSection={<IconSearch size={15} />}
          value={value.actor}
          onChange={set('actor')}
        />
        <TextInput
          label="Action"
          placeholder="e.g. invitation.created"
          leftSection={<IconSearch size={15} />}
          value={value.action}
          onChange={set('action')}
        />
        <TextInput label="From" type="date" value={value.from} onChange={set('from')} max={value.to || undefined} />
        <TextInput label="To" type="date" value={value.to} onChange={set('to')} min={value.from || undefined} error={toError} />
      </SimpleGrid>
      <Button
        variant="subtle"
        color="gray"
        mt={25}
        leftSection={<IconFilterOff size={16} />}
        onClick={() => onChange(EMPTY_FILTERS)}
        disabled={!any}
        style={{ flexShrink: 0 }}
      >
        Clear
      </Button>
    </Group>
  );
}
