import { Group, MultiSelect, Text, type ComboboxItem, type ComboboxParsedItem } from '@mantine/core';
import type { ReactNode } from 'react';
import { CATEGORY_LABELS } from '../categories.ts';
import type { Criterion } from '../contract.ts';

interface CriterionOption extends ComboboxItem {
  title: string;
}

function matches(item: ComboboxItem, q: string): boolean {
  return item.value.toLowerCase().includes(q) || ((item as CriterionOption).title ?? '').toLowerCase().includes(q);
}

/** Filters by ID or title, keeping the category groups. */
function filterCriteria({ options, search }: { options: ComboboxParsedItem[]; search: string }): ComboboxParsedItem[] {
  const q = search.trim().toLowerCase();
  if (!q) return options;
  return options.flatMap((o): ComboboxParsedItem[] => {
    if ('group' in o) {
      const items = o.items.filter((i) => matches(i, q));
      return items.length ? [{ ...o, items }] : [];
    }
    return matches(o, q) ? [o] : [];
  });
}

/** Picks criteria among those given (a system's criteria in scope); the pills show IDs, the options their titles. */
export function CriteriaMultiSelect({ label = 'Criteria', criteria, value = [], onChange, error, disabled, description, placeholder, onBlur, onFocus, maxValues = 30, ariaLabel }: {
  label?: string;
  criteria: readonly Criterion[];
  value?: string[];
  onChange: (value: string[]) => void;
  error?: ReactNode;
  disabled?: boolean;
  description?: ReactNode;
  placeholder?: string;
  onBlur?: () => void;
  onFocus?: () => void;
  maxValues?: number;
  /** Label the input without showing it (in table cells). */
  ariaLabel?: boolean;
}) {
  const groups = new Map<string, CriterionOption[]>();
  for (const c of criteria) {
    const name = CATEGORY_LABELS[c.category];
    const list = groups.get(name) ?? [];
    list.push({ value: c.id, label: c.id, title: c.title });
    groups.set(name, list);
  }
  const data = [...groups].map(([group, items]) => ({ group, items }));
  return (
    <MultiSelect
      label={ariaLabel ? undefined : label}
      aria-label={ariaLabel ? label : undefined}
      description={description}
      data={data}
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      onFocus={onFocus}
      error={error}
      disabled={disabled}
      placeholder={value.length ? undefined : (placeholder ?? 'Pick criteria, e.g. CC6.1')}
      searchable
      maxValues={maxValues}
      hidePickedOptions
      nothingFoundMessage="No criterion in scope matches"
      filter={filterCriteria}
      maxDropdownHeight={280}
      renderOption={({ option }) => (
        <Group gap={8} wrap="nowrap" align="baseline">
          <Text size="sm" ff="monospace" fw={500} style={{ flexShrink: 0 }}>
            {option.value}
          </Text>
          <Text size="sm" c="dimmed" lineClamp={1}>
            {(option as CriterionOption).title}
          </Text>
        </Group>
      )}
      // keepMounted off: a hidden list named like the input would also answer to the label "Criteria".
      comboboxProps={{ withinPortal: true, keepMounted: false, position: 'bottom-start', styles: { dropdown: { minWidth: 340 } } }}
      selectFirstOptionOnChange
      // Enter picks the highlighted criterion; it must never submit the surrounding form.
      onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
    />
  );
}
