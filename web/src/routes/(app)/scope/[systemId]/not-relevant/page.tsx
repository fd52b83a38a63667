// /scope/:systemId/not-relevant (DC8): criteria in scope that do not apply to the system, each with the reason.
import { NativeSelect, Stack, Textarea } from '@mantine/core';
import { SaveBar } from '../../../../../components/SaveBar.tsx';
import { requiredText } from '../../../../../components/validation.ts';
import type { NotRelevantCriterion } from '../../../../../contract.ts';
import { criteriaIn, useCriteria } from '../../../../../program.ts';
import { RowsTable } from '../RowsTable.tsx';
import { SectionCard } from '../SectionCard.tsx';
import { useSectionForm, useSystemContext } from '../section.ts';

export default function NotRelevantPage() {
  const { system, canWrite } = useSystemContext();
  const catalog = useCriteria();
  const criteria = criteriaIn(catalog.data?.criteria, system.criteriaInScope);
  const { form, onSubmit, saveBar } = useSectionForm({
    system,
    canWrite,
    initialValues: { notRelevant: system.notRelevant },
    validate: {
      notRelevant: {
        criterionId: (value: string, values: { notRelevant: NotRelevantCriterion[] }) => {
          if (!value) return 'Pick a criterion';
          return values.notRelevant.filter((n) => n.criterionId === value).length > 1 ? 'Listed twice' : null;
        },
        reason: requiredText(2000, 'Explain why it does not apply'),
      },
    },
    fieldNames: ['criterionId', 'reason'],
  });
  const rows = form.values.notRelevant;
  const taken = new Set(rows.map((r) => r.criterionId));

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="lg">
        <SectionCard
          dc="DC8"
          title="Criteria not relevant to the system"
          description="A criterion in scope that does not apply, with the reason, e.g. P-series criteria about collecting personal information when the system collects none. The report says why no control addresses it."
        >
          <RowsTable
            columns={[{ label: 'Criterion', width: '38%' }, { label: 'Reason' }]}
            rows={rows.map((row, i) => [
              <NativeSelect
                key="c"
                aria-label="Criterion"
                data={[
                  { value: '', label: 'Pick a criterion in scope…' },
                  ...criteria.map((c) => ({
                    value: c.id,
                    label: c.title ? `${c.id} ${c.title}` : c.id,
                    disabled: taken.has(c.id) && c.id !== row.criterionId,
                  })),
                ]}
                {...form.getInputProps(`notRelevant.${i}.criterionId`)}
              />,
              <Textarea key="r" aria-label="Reason" autosize minRows={1} maxRows={6} maxLength={2000} {...form.getInputProps(`notRelevant.${i}.reason`)} />,
            ])}
            canWrite={canWrite}
            onAdd={() => form.insertListItem('notRelevant', { criterionId: '', reason: '' })}
            addLabel="Add criterion"
            onRemove={(i) => form.removeListItem('notRelevant', i)}
            removeLabel={(i) => `Remove not-relevant criterion ${i + 1}`}
            empty={
              canWrite
                ? 'Every criterion in scope applies. Add one here only when it truly does not apply to the system.'
                : 'Every criterion in scope applies.'
            }
            max={61}
          />
        </SectionCard>
        {canWrite && <SaveBar {...saveBar} />}
      </Stack>
    </form>
  );
}
