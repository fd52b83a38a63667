// /scope/:systemId/commitments (DC2): the principal service commitments and system requirements.
import { NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { SaveBar } from '../../../../../components/SaveBar.tsx';
import { optionalText, requiredText } from '../../../../../components/validation.ts';
import { COMMITMENT_SOURCES, type Commitment, type CommitmentSource } from '../../../../../contract.ts';
import { RowsTable } from '../RowsTable.tsx';
import { SectionCard } from '../SectionCard.tsx';
import { useSectionForm, useSystemContext } from '../section.ts';

const SOURCE_LABELS: Record<CommitmentSource, string> = {
  contract: 'Contract',
  sla: 'SLA',
  policy: 'Policy',
  law: 'Law or regulation',
  other: 'Other',
};
const SOURCES = COMMITMENT_SOURCES.map((s) => ({ value: s, label: SOURCE_LABELS[s] }));
const MAX = 200;

export default function CommitmentsPage() {
  const { system, canWrite } = useSystemContext();
  const { form, onSubmit, saveBar } = useSectionForm({
    system,
    canWrite,
    initialValues: { commitments: system.commitments },
    validate: { commitments: { commitment: requiredText(1000, 'Describe the commitment'), reference: optionalText(300) } },
    fieldNames: ['commitment', 'source', 'reference'],
  });
  const rows = form.values.commitments;

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="lg">
        <SectionCard
          dc="DC2"
          title="Principal service commitments and system requirements"
          description="What you promise customers and must meet: uptime in an SLA, security terms in contracts, obligations from law or from your own policies. The controls are designed to meet these commitments."
        >
          <RowsTable
            columns={[{ label: 'Commitment' }, { label: 'Source', width: 170 }, { label: 'Reference', width: 200 }]}
            rows={rows.map((_, i) => [
              <Textarea
                key="c"
                aria-label="Commitment"
                placeholder="e.g. The platform is available 99.9% of each month"
                autosize
                minRows={1}
                maxRows={8}
                maxLength={1000}
                {...form.getInputProps(`commitments.${i}.commitment`)}
              />,
              <NativeSelect key="s" aria-label="Source" data={SOURCES} {...form.getInputProps(`commitments.${i}.source`)} />,
              <TextInput key="r" aria-label="Reference" placeholder="e.g. MSA §7.2" maxLength={300} {...form.getInputProps(`commitments.${i}.reference`)} />,
            ])}
            canWrite={canWrite}
            onAdd={() => form.insertListItem('commitments', { commitment: '', source: 'contract', reference: '' } satisfies Commitment)}
            addLabel="Add commitment"
            onRemove={(i) => form.removeListItem('commitments', i)}
            removeLabel={(i) => `Remove commitment ${i + 1}`}
            empty={canWrite ? 'No commitments yet. Add the promises your contracts, SLAs and policies make to customers.' : 'No commitments recorded yet.'}
            max={MAX}
          />
        </SectionCard>
        {canWrite && <SaveBar {...saveBar} />}
      </Stack>
    </form>
  );
}
