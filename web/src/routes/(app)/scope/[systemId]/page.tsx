// /scope/:systemId (Overview): the name, the categories in scope, and DC1: the services provided and the boundaries.
import { Stack, TextInput } from '@mantine/core';
import { MarkdownEditor } from '../../../../components/MarkdownEditor.tsx';
import { SaveBar } from '../../../../components/SaveBar.tsx';
import { optionalText, requiredText } from '../../../../components/validation.ts';
import { CategoryChoice } from '../CategoryChoice.tsx';
import { SectionCard } from './SectionCard.tsx';
import { useSectionForm, useSystemContext } from './section.ts';

const MARKDOWN_MAX = 50_000;

export default function SystemOverviewPage() {
  const { system, canWrite } = useSystemContext();
  const { form, onSubmit, saveBar } = useSectionForm({
    system,
    canWrite,
    initialValues: {
      name: system.name,
      categories: system.categories,
      servicesProvided: system.servicesProvided,
      boundaries: system.boundaries,
    },
    validate: {
      name: requiredText(120, 'Name the system'),
      servicesProvided: optionalText(MARKDOWN_MAX),
      boundaries: optionalText(MARKDOWN_MAX),
    },
    fieldNames: ['name', 'categories', 'servicesProvided', 'boundaries'],
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="lg">
        <SectionCard
          title="System and categories"
          description="The name the report uses for the system, and the trust services categories it covers. Security is always in scope; each added category brings its criteria into scope."
        >
          <TextInput label="System name" maxLength={120} maw={520} {...form.getInputProps('name')} />
          <CategoryChoice {...form.getInputProps('categories')} disabled={!canWrite} />
        </SectionCard>
        <SectionCard
          dc="DC1"
          title="Types of services provided"
          description="What the system does for your customers, and where it ends: which services, locations, business units and parts of the infrastructure are included, and which are not. Markdown is supported."
        >
          <MarkdownEditor
            label="Services provided"
            description="The services customers receive from the system."
            placeholder={'Acme Payments provides card payment processing to online merchants…'}
            maxLength={MARKDOWN_MAX}
            {...form.getInputProps('servicesProvided')}
          />
          <MarkdownEditor
            label="System boundaries"
            description="What is in and out of the system: services, locations, environments."
            placeholder={'The system includes the production environment hosted in…\n\nIt excludes…'}
            maxLength={MARKDOWN_MAX}
            {...form.getInputProps('boundaries')}
          />
        </SectionCard>
        {canWrite && <SaveBar {...saveBar} />}
      </Stack>
    </form>
  );
}
