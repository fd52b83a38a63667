import { Checkbox, Input, Stack } from '@mantine/core';
import { useId } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { CATEGORY_DESCRIPTIONS, CATEGORY_LABELS } from '../../../categories.ts';
import { OPTIONAL_CATEGORIES, type OptionalCategory } from '../../../contract.ts';

/** Chooses the optional trust services categories; Security is shown checked and cannot be removed. */
export function CategoryChoice({ value = [], onChange, disabled, error }: {
  value?: OptionalCategory[];
  onChange: (value: OptionalCategory[]) => void;
  disabled?: boolean;
  error?: ReactNode;
}) {
  const labelId = useId();
  const toggle = (c: OptionalCategory, on: boolean) =>
    onChange(on ? OPTIONAL_CATEGORIES.filter((x) => x === c || value.includes(x)) : value.filter((x) => x !== c));
  return (
    <div role="group" aria-labelledby={labelId}>
      <Input.Label id={labelId} component="div">
        Trust services categories
      </Input.Label>
      <Input.Description mb="xs">
        Each category you add brings its criteria into scope. Add only what your customers rely on.
      </Input.Description>
      <Stack gap="sm">
        <Checkbox
          label="Security"
          description={`Always in scope. ${CATEGORY_DESCRIPTIONS.security}`}
          checked
          disabled
          readOnly
        />
        {OPTIONAL_CATEGORIES.map((c) => (
          <Checkbox
            key={c}
            label={CATEGORY_LABELS[c]}
            description={CATEGORY_DESCRIPTIONS[c]}
            checked={value.includes(c)}
            onChange={(e) => toggle(c, e.currentTarget.checked)}
            disabled={disabled}
          />
        ))}
      </Stack>
      {error && <Input.Error mt={6}>{error}</Input.Error>}
    </div>
  );
}
