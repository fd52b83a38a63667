import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api, isApiError } from '../../../api.ts';
import { fieldErrors } from '../../../components/fieldErrors.ts';
import { notifyError, notifySuccess } from '../../../components/notify.tsx';
import { requiredText } from '../../../components/validation.ts';
import type { CreateSystemRequest, OptionalCategory, System } from '../../../contract.ts';
import { programKeys } from '../../../program.ts';
import { CategoryChoice } from './CategoryChoice.tsx';

/** Defines a system: its name and the categories in scope. The description is written afterwards, tab by tab. */
export function CreateSystemModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useForm({
    initialValues: { name: '', categories: [] as OptionalCategory[] },
    validate: { name: requiredText(120, 'Name the system, e.g. the product your customers use') },
  });

  const create = useMutation({
    mutationFn: (body: CreateSystemRequest) => api.post<System>('/api/v1/systems', body),
    onSuccess: (system) => {
      queryClient.setQueryData(programKeys.system(system.id), system);
      void queryClient.invalidateQueries({ queryKey: programKeys.systems, exact: true });
      notifySuccess(`${system.name} is defined. Describe it next, one section at a time.`, 'System created');
      form.reset();
      onClose();
      void navigate(`/scope/${system.id}`);
    },
    onError: (error) => {
      const errors = fieldErrors(error);
      if (isApiError(error) && error.code === 'conflict' && !errors.name) errors.name = error.message;
      form.setErrors(errors);
      if (!Object.keys(errors).length) notifyError(error, 'Could not create the system');
    },
  });

  const close = () => {
    if (!create.isPending) onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={<Text fw={600}>Define a system</Text>} size="lg">
      <form noValidate onSubmit={form.onSubmit((v) => create.mutate({ name: v.name.trim(), categories: v.categories }))}>
        <Stack gap="lg">
          <TextInput
            label="System name"
            description="The name your report will use, e.g. “Acme Payments Platform”."
            placeholder="e.g. Acme Payments Platform"
            maxLength={120}
            data-autofocus
            {...form.getInputProps('name')}
          />
          <CategoryChoice
            value={form.values.categories}
            onChange={(v) => form.setFieldValue('categories', v)}
            error={form.errors.categories}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={create.isPending}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Create system
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
