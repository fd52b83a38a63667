import { Button, Group, Modal, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api } from '../../../api.ts';
import { CriteriaMultiSelect } from '../../../components/CriteriaMultiSelect.tsx';
import { fieldErrors } from '../../../components/fieldErrors.ts';
import { notifyError, notifySuccess } from '../../../components/notify.tsx';
import { PersonSelect } from '../../../components/PersonSelect.tsx';
import { requiredText } from '../../../components/validation.ts';
import type { CreatePolicyRequest, Policy } from '../../../contract.ts';
import { useCriteria, usePeople } from '../../../program.ts';
import { policyKeys } from './policyData.ts';

/** Writes a custom policy: version 1 starts as a draft, opened right away for writing. */
export function NewPolicyModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const people = usePeople(opened);
  const criteria = useCriteria();
  const form = useForm({
    initialValues: { title: '', ownerId: null as string | null, reviewIntervalMonths: 12 as number | string, criteria: [] as string[] },
    validate: {
      title: requiredText(200, 'Enter a title'),
      reviewIntervalMonths: (v) => (typeof v === 'number' && v >= 1 && v <= 36 ? null : 'Use 1 to 36 months'),
    },
  });
  const create = useMutation({
    mutationFn: (body: CreatePolicyRequest) => api.post<Policy>('/api/v1/policies', body),
    onSuccess: (policy) => {
      notifySuccess(`“${policy.title}” was created as a draft. Write its text, then submit it for review.`, 'Policy created');
      void queryClient.invalidateQueries({ queryKey: policyKeys.all });
      form.reset();
      onClose();
      void navigate(`/policies/${policy.id}`);
    },
    onError: (error) => {
      const errors = fieldErrors(error);
      form.setErrors(errors);
      if (!Object.keys(errors).length) notifyError(error, 'Could not create the policy');
    },
  });
  const close = () => {
    if (!create.isPending) onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={<Text fw={600}>New policy</Text>} size="lg">
      <form
        noValidate
        onSubmit={form.onSubmit((v) =>
          create.mutate({ title: v.title.trim(), ownerId: v.ownerId, reviewIntervalMonths: Number(v.reviewIntervalMonths), criteria: v.criteria }),
        )}
      >
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            Write a policy of your own when no template fits. Version 1 starts as a draft with a heading; you write its text on
            the next page.
          </Text>
          <TextInput label="Title" placeholder="e.g. Clean desk policy" maxLength={200} data-autofocus {...form.getInputProps('title')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <PersonSelect label="Owner" people={people.data ?? []} {...form.getInputProps('ownerId')} />
            <NumberInput
              label="Review interval (months)"
              description="How often the policy must be reviewed and re-approved."
              min={1}
              max={36}
              allowDecimal={false}
              {...form.getInputProps('reviewIntervalMonths')}
            />
          </SimpleGrid>
          <CriteriaMultiSelect
            criteria={criteria.data?.criteria ?? []}
            description="The criteria this policy supports (optional)."
            {...form.getInputProps('criteria')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={create.isPending}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Create policy
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
