import { Button, Group, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '../api.ts';
import type { CreatePersonRequest, Person } from '../contract.ts';
import { programKeys } from '../program.ts';
import { fieldErrors } from './fieldErrors.ts';
import { notifyError, notifySuccess } from './notify.tsx';
import { optionalText, requiredText, validateEmail } from './validation.ts';

/** Adds a person to the roster. Used on People and wherever an owner is picked. */
export function AddPersonModal({ opened, onClose, onCreated }: {
  opened: boolean;
  onClose: () => void;
  onCreated?: (person: Person) => void;
}) {
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { name: '', email: '', title: '', department: '' },
    validate: {
      name: requiredText(120, 'Enter the person’s name'),
      email: (v) => validateEmail(v) ?? (v.trim().length > 254 ? 'Use at most 254 characters' : null),
      title: optionalText(120),
      department: optionalText(120),
    },
  });

  const create = useMutation({
    mutationFn: (body: CreatePersonRequest) => api.post<Person>('/api/v1/people', body),
    onSuccess: (person) => {
      notifySuccess(`${person.name} was added to the roster.`);
      void queryClient.invalidateQueries({ queryKey: programKeys.people });
      form.reset();
      onCreated?.(person);
      onClose();
    },
    onError: (error) => {
      const errors = fieldErrors(error);
      if (isApiError(error) && error.code === 'conflict' && !errors.email) errors.email = error.message;
      form.setErrors(errors);
      if (!Object.keys(errors).length) notifyError(error, 'Could not add the person');
    },
  });

  const close = () => {
    if (create.isPending) return;
    form.clearErrors();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={<Text fw={600}>Add person</Text>} size="lg">
      <form
        noValidate
        onSubmit={form.onSubmit((v) =>
          create.mutate({ name: v.name.trim(), email: v.email.trim().toLowerCase(), title: v.title.trim(), department: v.department.trim() }),
        )}
      >
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            People own and back up controls. A person needs no attest account; when one exists with the same email in this
            organization, the two are linked.
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label="Name" placeholder="e.g. Dana Reyes" maxLength={120} data-autofocus {...form.getInputProps('name')} />
            <TextInput label="Email" type="email" placeholder="dana@example.com" maxLength={254} {...form.getInputProps('email')} />
            <TextInput label="Job title" placeholder="e.g. Head of infrastructure" maxLength={120} {...form.getInputProps('title')} />
            <TextInput label="Department" placeholder="e.g. Engineering" maxLength={120} {...form.getInputProps('department')} />
          </SimpleGrid>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={create.isPending}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Add person
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
