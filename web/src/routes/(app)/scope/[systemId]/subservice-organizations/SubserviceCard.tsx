import { Button, Group, Paper, Radio, SimpleGrid, Stack, Text, Textarea, TextInput, Title, VisuallyHidden } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { IconTrash } from '@tabler/icons-react';
import type { Criterion } from '../../../../../contract.ts';
import { MappedTextRows } from '../MappedTextRows.tsx';

/** One subservice organization: name, the service it provides, the method, and its CSOCs. */
export function SubserviceCard({ index, name, csocCount, inputProps, criteria, canWrite, onRemove, onAddCsoc, onRemoveCsoc }: {
  index: number;
  name: string;
  csocCount: number;
  inputProps: (path: string) => GetInputPropsReturnType;
  criteria: readonly Criterion[];
  canWrite: boolean;
  onRemove: () => void;
  onAddCsoc: () => void;
  onRemoveCsoc: (csoc: number) => void;
}) {
  return (
    <Paper withBorder radius="md" p="md" component="section" bg="var(--mantine-color-gray-0)">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Title order={3} fz="sm" fw={600}>
            {name.trim() || `Subservice organization ${index + 1}`}
          </Title>
          {canWrite && (
            <Button
              variant="subtle"
              color="red"
              size="xs"
              leftSection={<IconTrash size={14} />}
              onClick={onRemove}
            >
              Remove<VisuallyHidden> subservice organization {index + 1}</VisuallyHidden>
            </Button>
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          <TextInput label="Organization name" placeholder="e.g. Amazon Web Services" maxLength={200} {...inputProps('name')} />
          <Textarea label="Service" placeholder="e.g. Cloud hosting of the production environment" autosize minRows={1} maxRows={4} maxLength={500} {...inputProps('service')} />
        </SimpleGrid>
        <Radio.Group label="Method" description="How your report treats the organization's controls." {...inputProps('method')}>
          <Stack gap={6} mt={6}>
            <Radio
              value="carve_out"
              label="Carve-out"
              description="Its controls are excluded from your report; you list the controls you expect it to operate (CSOCs)."
            />
            <Radio value="inclusive" label="Inclusive" description="Its relevant controls are described in and tested as part of your report." />
          </Stack>
        </Radio.Group>
        <div>
          <Text size="sm" fw={500}>
            Complementary subservice organization controls (CSOCs)
          </Text>
          <Text size="xs" c="dimmed" mb={6}>
            The controls you rely on this organization to operate, each mapped to the criteria it supports.
          </Text>
          <MappedTextRows
            count={csocCount}
            inputProps={(i, field) => inputProps(`csocs.${i}.${field}`)}
            criteria={criteria}
            canWrite={canWrite}
            textLabel="Complementary subservice organization control"
            noun="CSOC"
            placeholder="e.g. Physical access to data centers is restricted to authorized personnel."
            onAdd={onAddCsoc}
            onRemove={onRemoveCsoc}
            empty={canWrite ? 'No CSOCs yet. Add the controls you expect of this organization.' : 'No CSOCs recorded.'}
            max={100}
          />
        </div>
      </Stack>
    </Paper>
  );
}
