// /scope/:systemId/subservice-organizations (DC7): vendors whose services are part of the system, with their CSOCs.
import { Button, Paper, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { SaveBar } from '../../../../../components/SaveBar.tsx';
import { requiredText } from '../../../../../components/validation.ts';
import type { SubserviceOrganization } from '../../../../../contract.ts';
import { criteriaIn, useCriteria } from '../../../../../program.ts';
import { SectionCard } from '../SectionCard.tsx';
import { useSectionForm, useSystemContext } from '../section.ts';
import { SubserviceCard } from './SubserviceCard.tsx';

const MAX = 100;

export default function SubserviceOrganizationsPage() {
  const { system, canWrite } = useSystemContext();
  const catalog = useCriteria();
  const criteria = criteriaIn(catalog.data?.criteria, system.criteriaInScope);
  const { form, onSubmit, saveBar } = useSectionForm({
    system,
    canWrite,
    initialValues: { subserviceOrganizations: system.subserviceOrganizations },
    validate: {
      subserviceOrganizations: {
        name: requiredText(200, 'Name the organization'),
        service: requiredText(500, 'Say what it provides'),
        csocs: { text: requiredText(2000, 'Describe the control'), criteria: (v: string[]) => (v.length > 30 ? 'Pick at most 30 criteria' : null) },
      },
    },
    fieldNames: ['name', 'service', 'method', 'text', 'criteria'],
  });
  const orgs = form.values.subserviceOrganizations;
  const blank: SubserviceOrganization = { name: '', service: '', method: 'carve_out', csocs: [] };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="lg">
        <SectionCard
          dc="DC7"
          title="Subservice organizations"
          description="Vendors that perform part of the system for you, such as a cloud provider or a payment processor, and whose controls your criteria depend on. With the carve-out method (the usual one) you list the controls you expect them to operate."
        >
          {orgs.length === 0 ? (
            <Paper withBorder radius="sm" p="md" bg="var(--mantine-color-gray-0)">
              <Text size="sm" c="dimmed">
                {canWrite
                  ? 'No subservice organizations yet. Add your hosting provider and any other vendor that operates part of the system.'
                  : 'No subservice organizations recorded.'}
              </Text>
            </Paper>
          ) : (
            orgs.map((o, i) => (
              <SubserviceCard
                key={i}
                index={i}
                name={o.name}
                csocCount={o.csocs.length}
                inputProps={(path) => form.getInputProps(`subserviceOrganizations.${i}.${path}`)}
                criteria={criteria}
                canWrite={canWrite}
                onRemove={() => form.removeListItem('subserviceOrganizations', i)}
                onAddCsoc={() => form.insertListItem(`subserviceOrganizations.${i}.csocs`, { text: '', criteria: [] })}
                onRemoveCsoc={(j) => form.removeListItem(`subserviceOrganizations.${i}.csocs`, j)}
              />
            ))
          )}
          {canWrite && (
            <div>
              <Button
                variant="light"
                size="xs"
                leftSection={<IconPlus size={14} />}
                onClick={() => form.insertListItem('subserviceOrganizations', blank)}
                disabled={orgs.length >= MAX}
              >
                Add subservice organization
              </Button>
            </div>
          )}
        </SectionCard>
        {canWrite && <SaveBar {...saveBar} />}
      </Stack>
    </form>
  );
}
