import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { IconUserPlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { api, isApiError } from '../../../../api.ts';
import { AddPersonModal } from '../../../../components/AddPersonModal.tsx';
import { CriteriaMultiSelect } from '../../../../components/CriteriaMultiSelect.tsx';
import { unplacedErrors } from '../../../../components/fieldErrors.ts';
import { notifyError, notifySuccess } from '../../../../components/notify.tsx';
import { PersonSelect } from '../../../../components/PersonSelect.tsx';
import { SaveBar } from '../../../../components/SaveBar.tsx';
import type { Control, Criterion, Person, UpdateControlRequest } from '../../../../contract.ts';
import { invalidateControls, programKeys } from '../../../../program.ts';
import { CONTROL_TEXT_RULES, ControlFields, validateCriteria } from '../ControlFields.tsx';

const FIELDS = ['title', 'activity', 'frequency', 'nature', 'type', 'evidenceGuidance', 'criteria', 'ownerId', 'backupOwnerId'] as const;

/** The server's field errors by top-level field ("body.criteria.0" → "criteria"). */
function controlFieldErrors(error: unknown): Record<string, string> {
  if (!isApiError(error)) return {};
  const out: Record<string, string> = {};
  for (const f of error.fields) {
    const key = f.path.replace(/^body\.?/, '').split('.')[0] ?? '';
    if (!(key in out)) out[key] = f.message;
  }
  return out;
}

function Block({ title, description, children }: { title: string; description: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="lg" component="section">
      <Stack gap="md">
        <div>
          <Title order={2} fz="md" fw={600}>
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        </div>
        {children}
      </Stack>
    </Paper>
  );
}

/** Edits a control: its description, its criteria and its owners. Save sends only what changed. */
export function ControlForm({ control, criteria, people, editable }: {
  control: Control;
  criteria: readonly Criterion[];
  people: readonly Person[];
  editable: boolean;
}) {
  const queryClient = useQueryClient();
  const [addingPerson, addPerson] = useDisclosure(false);
  const form = useForm({
    initialValues: {
      title: control.title,
      activity: control.activity,
      frequency: control.frequency,
      nature: control.nature,
      type: control.type,
      evidenceGuidance: control.evidenceGuidance,
      criteria: control.criteria,
      ownerId: control.owner?.id ?? null,
      backupOwnerId: control.backupOwner?.id ?? null,
    },
    validate: {
      ...CONTROL_TEXT_RULES,
      criteria: validateCriteria,
      backupOwnerId: (v, values) => (v && v === values.ownerId ? 'Pick someone other than the owner' : null),
    },
    enhanceGetInputProps: () => (editable ? {} : { disabled: true }),
  });

  const save = useMutation({
    mutationFn: (patch: UpdateControlRequest) => api.patch<Control>(`/api/v1/controls/${control.id}`, patch),
    onSuccess: (updated) => {
      notifySuccess(`${updated.code} was saved.`);
      queryClient.setQueryData(programKeys.control(updated.id), updated);
      void queryClient.invalidateQueries({ queryKey: programKeys.history(updated.id) });
      void invalidateControls(queryClient, updated.systemId);
    },
    onError: (error) => {
      const errors = controlFieldErrors(error);
      form.setErrors(errors);
      if (!Object.keys(errors).length) notifyError(error, 'Could not save the control');
    },
  });

  const onSubmit = form.onSubmit((values) => {
    const initial = form.getInitialValues();
    const patch: Record<string, unknown> = {};
    for (const key of FIELDS) {
      if (JSON.stringify(values[key]) !== JSON.stringify(initial[key])) patch[key] = values[key];
    }
    if (Object.keys(patch).length) save.mutate(patch as UpdateControlRequest);
  });

  return (
    <>
      <form onSubmit={onSubmit} noValidate className={editable ? undefined : 'readonly-form'}>
        <Stack gap="lg">
          <Block title="Control" description="What is done, how often, by whom or what, and the evidence it leaves.">
            <ControlFields inputProps={(field) => form.getInputProps(field)} />
          </Block>
          <Block title="Criteria" description="The criteria in scope this control helps meet. Every control maps to at least one.">
            <CriteriaMultiSelect criteria={criteria} disabled={!editable} {...form.getInputProps('criteria')} />
          </Block>
          <Block title="Ownership" description="The owner operates the control and answers for its evidence; the backup stands in when the owner is away.">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <PersonSelect label="Owner" people={people} current={control.owner} {...form.getInputProps('ownerId')} />
              <PersonSelect
                label="Backup owner"
                people={people}
                current={control.backupOwner}
                exclude={form.values.ownerId}
                {...form.getInputProps('backupOwnerId')}
              />
            </SimpleGrid>
            {editable && (
              <Group gap="xs">
                <Button
                  variant="subtle"
                  size="xs"
                  leftSection={<IconUserPlus size={14} />}
                  onClick={addPerson.open}
                  aria-hidden={addingPerson || undefined}
                >
                  Add person
                </Button>
                <Text size="xs" c="dimmed">
                  Someone missing from the roster? Add them without leaving this page.
                </Text>
              </Group>
            )}
          </Block>
          {editable && (
            <SaveBar
              dirty={form.isDirty()}
              saving={save.isPending}
              onDiscard={() => form.reset()}
              hasErrors={Object.values(form.errors).some(Boolean)}
              problems={unplacedErrors(form.errors, FIELDS)}
            />
          )}
        </Stack>
      </form>
      {/* Outside the form: a submit inside the modal must not bubble (through the portal) to this form. */}
      {editable && (
        <AddPersonModal
          opened={addingPerson}
          onClose={addPerson.close}
          onCreated={(p) => {
            if (!form.values.ownerId) form.setFieldValue('ownerId', p.id);
            else if (!form.values.backupOwnerId) form.setFieldValue('backupOwnerId', p.id);
          }}
        />
      )}
    </>
  );
}
