import { NativeSelect } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Person, PersonRef } from '../contract.ts';

/**
 * Picks a person of the roster, or nobody. A native select: type-ahead by name, reliable with keyboards and
 * screen readers, and found by its label in tests.
 */
export function PersonSelect({ label, people, value = null, onChange, current, error, disabled, description, empty, placeholder, onBlur, onFocus, exclude }: {
  label: string;
  people: readonly Person[];
  value?: string | null;
  onChange: (id: string | null) => void;
  /** The person assigned now, listed even when the roster has not loaded. */
  current?: PersonRef | null;
  error?: ReactNode;
  disabled?: boolean;
  description?: ReactNode;
  /** The label of the "nobody" choice ("Unassigned" by default). */
  empty?: string;
  /** Same as `empty` (kept for callers written against the earlier combobox version). */
  placeholder?: string;
  onBlur?: () => void;
  onFocus?: () => void;
  /** A person who may not be picked here (the owner, when picking the backup). */
  exclude?: string | null;
}) {
  const list: PersonRef[] = [...people];
  if (current && !list.some((p) => p.id === current.id)) list.push(current);
  list.sort((a, b) => a.name.localeCompare(b.name));
  const names = new Map<string, number>();
  for (const p of list) names.set(p.name, (names.get(p.name) ?? 0) + 1);
  const data = [
    { value: '', label: empty ?? placeholder ?? 'Unassigned' },
    ...list.map((p) => ({
      value: p.id,
      // The email tells apart two people of the same name.
      label: (names.get(p.name) ?? 0) > 1 ? `${p.name} (${p.email})` : p.name,
      disabled: p.id === exclude && p.id !== value,
    })),
  ];
  return (
    <NativeSelect
      label={label}
      description={description}
      data={data}
      value={value ?? ''}
      onChange={(e) => onChange(e.currentTarget.value || null)}
      onBlur={onBlur}
      onFocus={onFocus}
      error={error}
      disabled={disabled}
    />
  );
}
