// /scope/:systemId/cuecs (DC6): complementary user entity controls, each mapped to the criteria it supports.
import { Stack } from '@mantine/core';
import { SaveBar } from '../../../../../components/SaveBar.tsx';
import { requiredText } from '../../../../../components/validation.ts';
import { criteriaIn, useCriteria } from '../../../../../program.ts';
import { MappedTextRows } from '../MappedTextRows.tsx';
import { SectionCard } from '../SectionCard.tsx';
import { useSectionForm, useSystemContext } from '../section.ts';

export default function CuecsPage() {
  const { system, canWrite } = useSystemContext();
  const catalog = useCriteria();
  const criteria = criteriaIn(catalog.data?.criteria, system.criteriaInScope);
  const { form, onSubmit, saveBar } = useSectionForm({
    system,
    canWrite,
    initialValues: { cuecs: system.cuecs },
    validate: {
      cuecs: {
        text: requiredText(2000, 'Describe the control your customers must operate'),
        criteria: (v: string[]) => (v.length > 30 ? 'Pick at most 30 criteria' : null),
      },
    },
    fieldNames: ['text', 'criteria'],
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="lg">
        <SectionCard
          dc="DC6"
          title="Complementary user entity controls (CUECs)"
          description="Controls your customers must operate for your controls to meet the criteria, e.g. “Customers review their users' access to the platform.” Map each to the criteria it supports (only criteria in scope)."
        >
          <MappedTextRows
            count={form.values.cuecs.length}
            inputProps={(i, field) => form.getInputProps(`cuecs.${i}.${field}`)}
            criteria={criteria}
            canWrite={canWrite}
            textLabel="Complementary user entity control"
            noun="CUEC"
            placeholder="e.g. Customers are responsible for removing access of their users who leave."
            onAdd={() => form.insertListItem('cuecs', { text: '', criteria: [] })}
            onRemove={(i) => form.removeListItem('cuecs', i)}
            empty={
              canWrite
                ? 'No CUECs yet. Add one for each responsibility your customers keep, or leave this empty if your controls need none.'
                : 'No CUECs recorded.'
            }
            max={200}
          />
        </SectionCard>
        {canWrite && <SaveBar {...saveBar} />}
      </Stack>
    </form>
  );
}
