// The service organization's part of the terms: the system examined and the optional categories in scope
// (from the system's own; Security is always in). Used when proposing and when accepting a firm's proposal.
import { Checkbox, Group, Select, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { CATEGORY_LABELS } from '../../../categories.ts';
import type { OptionalCategory } from '../../../contract.ts';
import { useSystems } from '../../../program.ts';

export interface ScopeValue {
  systemId: string | null;
  categories: OptionalCategory[];
}

export function ScopeFields({ value, onChange, errors }: { value: ScopeValue; onChange: (v: ScopeValue) => void; errors: { systemId?: string; categories?: string } }) {
  const systems = useSystems();
  const list = systems.data ?? [];
  const system = list.find((s) => s.id === value.systemId);
  // One system: choose it (and all its categories) without asking.
  useEffect(() => {
    if (!value.systemId && list.length === 1) onChange({ systemId: list[0]!.id, categories: [...list[0]!.categories] });
  }, [list, value.systemId, onChange]);
  return (
    <Stack gap="xs">
      <Select
        label="System examined" required searchable
        placeholder={systems.isPending ? 'Loading systems…' : list.length === 0 ? 'Define a system under Scope first' : 'Choose a system'}
        data={list.map((s) => ({ value: s.id, label: s.name }))}
        value={value.systemId}
        onChange={(id) => onChange({ systemId: id, categories: [...(list.find((s) => s.id === id)?.categories ?? [])] })}
        error={errors.systemId}
      />
      {system && (
        <Checkbox.Group label="Categories in scope" description="Security is always in scope; choose among the system's other categories." value={value.categories}
          onChange={(c) => onChange({ ...value, categories: c as OptionalCategory[] })} error={errors.categories}>
          <Group gap="md" mt={6}>
            {system.categories.map((c) => <Checkbox key={c} value={c} label={CATEGORY_LABELS[c]} />)}
            {system.categories.length === 0 && <Text size="xs" c="dimmed">The system has no other categories.</Text>}
          </Group>
        </Checkbox.Group>
      )}
    </Stack>
  );
}
