// The policy's metadata: title, owner, review interval, criteria and linked controls.
import { Button, Group, MultiSelect, NumberInput, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../../api.ts';
import { CriteriaMultiSelect } from '../../../../components/CriteriaMultiSelect.tsx';
import { fieldErrors } from '../../../../components/fieldErrors.ts';
import { notifyError, notifySuccess } from '../../../../components/notify.tsx';
import { PersonSelect } from '../../../../components/PersonSelect.tsx';
import { requiredText } from '../../../../components/validation.ts';
import type { Policy, UpdatePolicyRequest } from '../../../../contract.ts';
import { useCriteria, usePeople, useSystems } from '../../../../program.ts';
import { policyKeys, refreshPolicy, useAllControls } from '../policyData.ts';

export function PolicyDetails({ policy, canWrite }: { policy: Policy; canWrite: boolean }) {
  const queryClient = useQueryClient();
  const people = usePeople();
  const criteria = useCriteria();
  const systems = useSystems();
  const controls = useAllControls(systems.data ?? []);
  const readOnly = !canWrite || policy.status === 'retired';
  const initial = {
    title: policy.title,
    ownerId: policy.owner?.id ?? null,
    reviewIntervalMonths: policy.reviewIntervalMonths as number | string,
    criteria: policy.criteria,
    controlIds: policy.controlIds,
  };
  const form = useForm({
    initialValues: initial,
    validate: {
      title: requiredText(200, 'Enter a title'),
      reviewIntervalMonths: (v) => (typeof v === 'number' && v >= 1 && v <= 36 ? null : 'Use 1 to 36 months'),
    },
  });
  const save = useMutation({
    mutationFn: (body: UpdatePolicyRequest) => api.patch<Policy>(`/api/v1/policies/${policy.id}`, body),
    onSuccess: (p) => {
      queryClient.setQueryData(policyKeys.policy(p.id), p);
      form.setInitialValues({ title: p.title, ownerId: p.owner?.id ?? null, reviewIntervalMonths: p.reviewIntervalMonths, criteria: p.criteria, controlIds: p.controlIds });
      form.resetDirty();
      notifySuccess('The policy details were saved.');
      void refreshPolicy(queryClient, p.id);
    },
    onError: (error) => {
      const errors = fieldErrors(error);
      form.setErrors(errors);
      if (!Object.keys(errors).length) notifyError(error, 'Could not save the policy details');
    },
  });

  // Controls grouped by system; a linked control that is no longer listed keeps its id as label.
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const c of controls.options) {
    const list = groups.get(c.systemName) ?? [];
    list.push({ value: c.id, label: `${c.code} ${c.title}` });
    groups.set(c.systemName, list);
  }
  const known = new Set(controls.options.map((c) => c.id));
  const unknown = form.values.controlIds.filter((id) => !known.has(id)).map((id) => ({ value: id, label: controls.pending ? 'Loading…' : 'Retired control' }));
  const data = [...[...groups].map(([group, items]) => ({ group, items })), ...(unknown.length ? [{ group: 'Other', items: unknown }] : [])];

  return (
    <Paper withBorder radius="md" p="lg">
      <form
        noValidate
        onSubmit={form.onSubmit((v) =>
          save.mutate({ title: v.title.trim(), ownerId: v.ownerId, reviewIntervalMonths: Number(v.reviewIntervalMonths), criteria: v.criteria, controlIds: v.controlIds }),
        )}
      >
        <Stack gap="md">
          <Title order={2} fz="md">
            Details
          </Title>
          <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
            <TextInput label="Title" maxLength={200} disabled={readOnly} {...form.getInputProps('title')} />
            <PersonSelect label="Owner" people={people.data ?? []} current={policy.owner} disabled={readOnly} {...form.getInputProps('ownerId')} />
            <NumberInput label="Review interval (months)" min={1} max={36} allowDecimal={false} disabled={readOnly} {...form.getInputProps('reviewIntervalMonths')} />
          </SimpleGrid>
          <CriteriaMultiSelect criteria={criteria.data?.criteria ?? []} disabled={readOnly} maxValues={61} {...form.getInputProps('criteria')} />
          <MultiSelect
            label="Linked controls"
            description="The controls that put this policy into practice."
            data={data}
            searchable
            hidePickedOptions
            disabled={readOnly}
            placeholder={form.values.controlIds.length ? undefined : controls.options.length ? 'Pick controls' : 'No controls adopted yet'}
            nothingFoundMessage="No control matches"
            maxDropdownHeight={280}
            comboboxProps={{ withinPortal: true }}
            onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
            {...form.getInputProps('controlIds')}
          />
          {!readOnly && (
            // Named "Save details": the policy text above has its own Save.
            <Group gap="sm" justify="flex-end">
              <Text size="sm" c={Object.keys(form.errors).length ? 'red' : 'dimmed'} aria-live="polite" mr="auto">
                {Object.keys(form.errors).length ? 'Fix the highlighted fields, then save again.' : form.isDirty() ? 'You have unsaved changes.' : ''}
              </Text>
              <Button variant="default" onClick={() => form.reset()} disabled={!form.isDirty() || save.isPending}>
                Discard changes
              </Button>
              <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>
                Save details
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
