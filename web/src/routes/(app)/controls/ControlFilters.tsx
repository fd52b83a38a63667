import { Button, CloseButton, Group, Input, NativeSelect, SegmentedControl, TextInput } from '@mantine/core';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import type { Criterion, Person } from '../../../contract.ts';
import { STATUS_OPTIONS, type StatusFilter } from './labels.ts';

export interface Filters {
  q: string;
  criterion: string | null;
  ownerId: string | null;
  status: StatusFilter;
}
export const EMPTY_FILTERS: Filters = { q: '', criterion: null, ownerId: null, status: 'active' };

export function isFiltered(f: Filters): boolean {
  return !!f.q.trim() || !!f.criterion || !!f.ownerId || f.status !== 'active';
}

export function ControlFilters({ value, onChange, criteria, people }: {
  value: Filters;
  onChange: (f: Filters) => void;
  criteria: readonly Criterion[];
  people: readonly Person[];
}) {
  const set = <K extends keyof Filters>(key: K, v: Filters[K]) => onChange({ ...value, [key]: v });
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <TextInput
        label="Search controls"
        placeholder="Code, title or activity"
        leftSection={<IconSearch size={15} />}
        value={value.q}
        onChange={(e) => set('q', e.currentTarget.value)}
        rightSectionPointerEvents="all"
        rightSection={value.q ? <CloseButton size="sm" aria-label="Clear search" onClick={() => set('q', '')} /> : undefined}
        w={220}
      />
      <NativeSelect
        label="Filter by criterion"
        data={[{ value: '', label: 'Any criterion' }, ...criteria.map((c) => ({ value: c.id, label: c.title ? `${c.id} ${c.title}` : c.id }))]}
        value={value.criterion ?? ''}
        onChange={(e) => set('criterion', e.currentTarget.value || null)}
        w={190}
      />
      <NativeSelect
        label="Filter by owner"
        data={[{ value: '', label: 'Anyone' }, ...people.map((p) => ({ value: p.id, label: p.name }))]}
        value={value.ownerId ?? ''}
        onChange={(e) => set('ownerId', e.currentTarget.value || null)}
        w={170}
      />
      <div>
        <Input.Label id="control-status-label" component="div" mb={4} display="block">
          Status
        </Input.Label>
        <SegmentedControl
          aria-labelledby="control-status-label"
          data={STATUS_OPTIONS}
          value={value.status}
          onChange={(v) => set('status', v as StatusFilter)}
        />
      </div>
      <Button
        variant="subtle"
        color="gray"
        leftSection={<IconFilterOff size={16} />}
        onClick={() => onChange(EMPTY_FILTERS)}
        disabled={!isFiltered(value)}
      >
        Clear
      </Button>
    </Group>
  );
}
