import { Textarea } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { CriteriaMultiSelect } from '../../../../components/CriteriaMultiSelect.tsx';
import type { Criterion } from '../../../../contract.ts';
import { RowsTable } from './RowsTable.tsx';

/** Rows of text mapped to criteria: CUECs (DC6) and the CSOCs of a subservice organization (DC7). */
export function MappedTextRows({ count, inputProps, criteria, canWrite, textLabel, noun, placeholder, onAdd, onRemove, empty, max }: {
  count: number;
  /** getInputProps of the row's field ("text" or "criteria"). */
  inputProps: (index: number, field: 'text' | 'criteria') => GetInputPropsReturnType;
  criteria: readonly Criterion[];
  canWrite: boolean;
  textLabel: string;
  /** Short name of one row ("CUEC"), for the add and remove buttons. */
  noun: string;
  placeholder: string;
  onAdd: () => void;
  onRemove: (index: number) => void;
  empty: string;
  max: number;
}) {
  return (
    <RowsTable
      columns={[{ label: textLabel }, { label: 'Criteria', width: '34%' }]}
      rows={Array.from({ length: count }, (_, i) => [
        <Textarea key="t" aria-label={textLabel} placeholder={placeholder} autosize minRows={2} maxRows={8} maxLength={2000} {...inputProps(i, 'text')} />,
        <CriteriaMultiSelect key="c" ariaLabel criteria={criteria} disabled={!canWrite} {...inputProps(i, 'criteria')} />,
      ])}
      canWrite={canWrite}
      onAdd={onAdd}
      addLabel={`Add ${noun}`}
      onRemove={onRemove}
      removeLabel={(i) => `Remove ${noun} ${i + 1}`}
      empty={empty}
      max={max}
    />
  );
}
