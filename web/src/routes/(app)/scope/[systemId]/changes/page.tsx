// /scope/:systemId/changes (DC9): significant changes to the system during the period.
import { Stack, Textarea, TextInput } from '@mantine/core';
import { SaveBar } from '../../../../../components/SaveBar.tsx';
import { requiredText } from '../../../../../components/validation.ts';
import { RowsTable } from '../RowsTable.tsx';
import { SectionCard } from '../SectionCard.tsx';
import { useSectionForm, useSystemContext } from '../section.ts';

function validDate(value: string): string | null {
  if (!value) return 'Enter the date';
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? null : 'Use a date such as 2025-03-31';
}

export default function ChangesPage() {
  const { system, canWrite } = useSystemContext();
  const { form, onSubmit, saveBar } = useSectionForm({
    system,
    canWrite,
    initialValues: { significantChanges: system.significantChanges },
    validate: { significantChanges: { date: validDate, description: requiredText(2000, 'Describe the change') } },
    fieldNames: ['date', 'description'],
  });
  const rows = form.values.significantChanges;

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="lg">
        <SectionCard
          dc="DC9"
          title="Significant changes during the period"
          description="Changes to the system that matter to its users: a new hosting provider, a major release, a reorganization, a new category in scope. Give each its date."
        >
          <RowsTable
            columns={[{ label: 'Date', width: 170 }, { label: 'Description' }]}
            rows={rows.map((_, i) => [
              <TextInput key="d" aria-label="Date" type="date" {...form.getInputProps(`significantChanges.${i}.date`)} />,
              <Textarea key="t" aria-label="Description" autosize minRows={1} maxRows={6} maxLength={2000} {...form.getInputProps(`significantChanges.${i}.description`)} />,
            ])}
            canWrite={canWrite}
            onAdd={() => form.insertListItem('significantChanges', { date: '', description: '' })}
            addLabel="Add change"
            onRemove={(i) => form.removeListItem('significantChanges', i)}
            removeLabel={(i) => `Remove change ${i + 1}`}
            empty={canWrite ? 'No significant changes recorded. Add one for each change users of the report should know about.' : 'No significant changes recorded.'}
            max={200}
            miw={560}
          />
        </SectionCard>
        {canWrite && <SaveBar {...saveBar} />}
      </Stack>
    </form>
  );
}
