// /scope/:systemId/description: the nine sections (DC1–DC9) as they will read in Section III of the report.
import { Divider, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { Fragment } from 'react';
import { ErrorAlert } from '../../../../../components/ErrorAlert.tsx';
import { SectionLoader } from '../../../../../components/FullPageLoader.tsx';
import { useDescription } from '../../../../../program.ts';
import { SYSTEM_TABS, useSystemContext } from '../section.ts';
import { DescriptionSection } from './DescriptionSection.tsx';

/** Where each section is written. DC5 (the controls) is derived from the controls mapped to the criteria. */
function editLink(systemId: string, key: string): { to: string; label: string } {
  if (key === 'DC5') return { to: `/controls?system=${systemId}&view=criteria`, label: 'Map controls to the uncovered criteria' };
  const tab = SYSTEM_TABS.find((t) => t.dc === key);
  if (!tab) return { to: `/scope/${systemId}`, label: 'Edit' };
  return { to: `/scope/${systemId}${tab.value === 'overview' ? '' : `/${tab.value}`}`, label: `Complete it in ${tab.label}` };
}

export default function DescriptionPage() {
  const { system } = useSystemContext();
  const description = useDescription(system.id);

  if (description.isPending) return <SectionLoader label="Assembling the description" />;
  if (description.isError) return <ErrorAlert error={description.error} onRetry={() => void description.refetch()} />;

  const d = description.data;
  const done = d.sections.filter((s) => s.complete).length;
  const total = d.sections.length;
  const pct = total ? Math.round((done / total) * 100) : 0;

  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="md">
        <Group justify="space-between" mb={8} gap="sm">
          <Text size="sm" fw={600} id="description-progress">
            {done} of {total} sections complete
          </Text>
          <Text size="sm" c={d.complete ? 'teal' : 'dimmed'}>
            {d.complete ? 'The description is ready for the report.' : 'Complete every section before the examination.'}
          </Text>
        </Group>
        <Progress value={pct} color={d.complete ? 'teal' : 'brand'} size="md" radius="xl" aria-labelledby="description-progress" />
      </Paper>

      <Paper withBorder radius="md" p={{ base: 'md', md: 'xl' }} shadow="xs">
        <Stack gap="xs" mb="lg">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: '0.05em' }}>
            Section III
          </Text>
          <Text fz={22} fw={650} lh={1.3}>
            Description of the {d.name} system
          </Text>
        </Stack>
        <Stack gap="xl">
          {d.sections.map((s, i) => {
            const link = editLink(system.id, s.key);
            return (
              <Fragment key={s.key}>
                {i > 0 && <Divider />}
                <DescriptionSection section={s} editTo={link.to} editLabel={link.label} />
              </Fragment>
            );
          })}
        </Stack>
      </Paper>
    </Stack>
  );
}
