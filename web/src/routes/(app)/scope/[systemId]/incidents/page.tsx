// /scope/:systemId/incidents (DC4): system incidents that affected the service commitments.
import { Stack } from '@mantine/core';
import { MarkdownEditor } from '../../../../../components/MarkdownEditor.tsx';
import { SaveBar } from '../../../../../components/SaveBar.tsx';
import { optionalText } from '../../../../../components/validation.ts';
import { SectionCard } from '../SectionCard.tsx';
import { useSectionForm, useSystemContext } from '../section.ts';

export default function IncidentsPage() {
  const { system, canWrite } = useSystemContext();
  const { form, onSubmit, saveBar } = useSectionForm({
    system,
    canWrite,
    initialValues: { incidents: system.incidents },
    validate: { incidents: optionalText(50_000) },
    fieldNames: ['incidents'],
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="lg">
        <SectionCard
          dc="DC4"
          title="System incidents"
          description="Incidents during the period that kept you from meeting a service commitment or system requirement, or that had to be disclosed: what happened, its nature and timing, and how you responded. If there were none, say so."
        >
          <MarkdownEditor
            label="System incidents"
            description="Write “No such incidents occurred during the period” if there were none."
            placeholder="No system incidents occurred during the period that…"
            maxLength={50_000}
            {...form.getInputProps('incidents')}
          />
        </SectionCard>
        {canWrite && <SaveBar {...saveBar} />}
      </Stack>
    </form>
  );
}
