import { Button, Group, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '../../../api.ts';
import { CriteriaMultiSelect } from '../../../components/CriteriaMultiSelect.tsx';
import { fieldErrors } from '../../../components/fieldErrors.ts';
import { notifyError, notifySuccess } from '../../../components/notify.tsx';
import { PersonSelect } from '../../../components/PersonSelect.tsx';
import type { Control, ControlFrequency, ControlNature, ControlType, CreateControlRequest, Criterion, Person } from '../../../contract.ts';
import { invalidateControls } from '../../../program.ts';
import { CONTROL_TEXT_RULES, ControlFields, validateCriteria } from './ControlFields.tsx';

const CODE = /^[A-Z]{2,6}-\d{2,3}$/;

/** Writes a custom control (one the library does not offer). */
export function NewControlModal({ opened, onClose, systemId, criteria, people }: {
  opened: boolean;
  onClose: () => void;
  systemId: string;
  criteria: readonly Criterion[];
  people: readonly Person[];
}) {
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: {
      code: '',
      title: '',
      activity: '',
      frequency: 'quarterly' as ControlFrequency,
      nature: 'manual' as ControlNature,
      type: 'preventive' as ControlType,
      evidenceGuidance: '',
      criteria: [] as string[],
      ownerId: null as string | null,
      backupOwnerId: null as string | null,
    },
    validate: {
      code: (v) => (CODE.test(v.trim().toUpperCase()) ? null : 'Use a code such as AC-03 (2–6 letters, a dash, 2–3 digits)'),
      ...CONTROL_TEXT_RULES,
      criteria: validateCriteria,
      backupOwnerId: (v, values) => (v && v === values.ownerId ? 'Pick someone other than the owner' : null),
    },
  });

  const create = useMutation({
    mutationFn: (body: CreateControlRequest) => api.post<Control>(`/api/v1/systems/${systemId}/controls`, body),
    onSuccess: (control) => {
      notifySuccess(`${control.code} ${control.title} was added to the system.`, 'Control created');
      void invalidateControls(queryClient, systemId);
      form.reset();
      onClose();
    },
    onError: (error) => {
      const errors = fieldErrors(error);
      if (isApiError(error) && error.code === 'conflict' && !errors.code) errors.code = error.message;
      form.setErrors(errors);
      if (!Object.keys(errors).length) notifyError(error, 'Could not create the control');
    },
  });

  const close = () => {
    if (!create.isPending) onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={<Text fw={600}>New control</Text>} size="xl">
      <form
        noValidate
        onSubmit={form.onSubmit((v) =>
          create.mutate({ ...v, code: v.code.trim().toUpperCase(), title: v.title.trim(), activity: v.activity.trim(), evidenceGuidance: v.evidenceGuidance.trim() }),
        )}
      >
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            Write a control of your own when the library has none that fits. Most programs start from the library and add a
            few.
          </Text>
          <TextInput
            label="Code"
            description="A short, stable identifier such as AC-20. It cannot change later."
            placeholder="e.g. AC-20"
            maxLength={10}
            w={220}
            data-autofocus
            {...form.getInputProps('code')}
          />
          <ControlFields inputProps={(field) => form.getInputProps(field)} />
          <CriteriaMultiSelect
            criteria={criteria}
            description="The criteria in scope this control helps meet (at least one)."
            {...form.getInputProps('criteria')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <PersonSelect label="Owner" people={people} {...form.getInputProps('ownerId')} />
            <PersonSelect label="Backup owner" people={people} exclude={form.values.ownerId} {...form.getInputProps('backupOwnerId')} />
          </SimpleGrid>
          {people.length === 0 && (
            <Text size="xs" c="dimmed">
              Nobody is on the roster yet: add people on the People page to assign owners, or assign them later.
            </Text>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={create.isPending}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Create control
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
