// /scope/:systemId/components (DC3): infrastructure, software, people, procedures and data of the system.
import { Divider, NativeSelect, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { SaveBar } from '../../../../../components/SaveBar.tsx';
import { optionalText, requiredText } from '../../../../../components/validation.ts';
import { DATA_CLASSIFICATIONS, type Components, type DataClassification } from '../../../../../contract.ts';
import { RowsTable } from '../RowsTable.tsx';
import { SectionCard } from '../SectionCard.tsx';
import { useSectionForm, useSystemContext } from '../section.ts';

type Kind = keyof Components;

const KINDS: { key: Kind; title: string; noun: string; hint: string }[] = [
  { key: 'infrastructure', title: 'Infrastructure', noun: 'infrastructure component', hint: 'Hosting, networks, servers, databases and other physical or cloud resources.' },
  { key: 'software', title: 'Software', noun: 'software component', hint: 'The applications, services and tools that run and support the system.' },
  { key: 'people', title: 'People', noun: 'group of people', hint: 'The teams and roles that govern, build, operate and support the system.' },
  { key: 'procedures', title: 'Procedures', noun: 'procedure', hint: 'The automated and manual procedures: change deployment, access requests, incident handling.' },
  { key: 'data', title: 'Data', noun: 'data set', hint: 'The information the system collects, processes and stores, with its classification.' },
];

const CLASSIFICATION_LABELS: Record<DataClassification, string> = {
  public: 'Public',
  internal: 'Internal',
  confidential: 'Confidential',
  restricted: 'Restricted',
};
const CLASSIFICATIONS = DATA_CLASSIFICATIONS.map((c) => ({ value: c, label: CLASSIFICATION_LABELS[c] }));
const MAX = 500;
const rules = { name: requiredText(300, 'Name the component'), description: optionalText(2000), owner: optionalText(200) };

export default function ComponentsPage() {
  const { system, canWrite } = useSystemContext();
  const { form, onSubmit, saveBar } = useSectionForm({
    system,
    canWrite,
    initialValues: { components: system.components },
    validate: { components: { infrastructure: rules, software: rules, people: rules, procedures: rules, data: rules } },
    fieldNames: ['name', 'description', 'owner', 'classification'],
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="lg">
        <SectionCard
          dc="DC3"
          title="Components of the system"
          description="What the system is made of, in five kinds. The report describes each one; an auditor uses them to see what the controls must cover."
        >
          {KINDS.map((k, index) => {
            const path = `components.${k.key}` as const;
            const rows = form.values.components[k.key];
            const headingId = `components-${k.key}`;
            const isData = k.key === 'data';
            return (
              <Stack key={k.key} gap="xs" component="section" aria-labelledby={headingId}>
                {index > 0 && <Divider mb="xs" />}
                <div>
                  <Title order={3} fz="sm" fw={600} id={headingId}>
                    {k.title}
                  </Title>
                  <Text size="xs" c="dimmed">
                    {k.hint}
                  </Text>
                </div>
                <RowsTable
                  columns={[
                    { label: 'Name', width: isData ? '24%' : '26%' },
                    { label: 'Description' },
                    { label: 'Owner', width: isData ? '17%' : '20%' },
                    ...(isData ? [{ label: 'Classification', width: 150 }] : []),
                  ]}
                  rows={rows.map((_, i) => [
                    <TextInput key="n" aria-label="Name" maxLength={300} {...form.getInputProps(`${path}.${i}.name`)} />,
                    <Textarea key="d" aria-label="Description" autosize minRows={1} maxRows={6} maxLength={2000} {...form.getInputProps(`${path}.${i}.description`)} />,
                    <TextInput key="o" aria-label="Owner" placeholder="Team or role" maxLength={200} {...form.getInputProps(`${path}.${i}.owner`)} />,
                    ...(isData
                      ? [<NativeSelect key="c" aria-label="Classification" data={CLASSIFICATIONS} {...form.getInputProps(`${path}.${i}.classification`)} />]
                      : []),
                  ])}
                  canWrite={canWrite}
                  onAdd={() =>
                    form.insertListItem(path, isData ? { name: '', description: '', owner: '', classification: 'confidential' } : { name: '', description: '', owner: '' })
                  }
                  addLabel={`Add ${k.noun}`}
                  onRemove={(i) => form.removeListItem(path, i)}
                  removeLabel={(i) => `Remove ${k.noun} ${i + 1}`}
                  empty={canWrite ? `No ${k.title.toLowerCase()} components yet. Add at least one; the description needs every kind.` : `No ${k.title.toLowerCase()} components recorded yet.`}
                  max={MAX}
                />
              </Stack>
            );
          })}
        </SectionCard>
        {canWrite && <SaveBar {...saveBar} />}
      </Stack>
    </form>
  );
}
