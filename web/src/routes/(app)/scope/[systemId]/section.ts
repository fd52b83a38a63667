// What every tab of a system shares: the system (from the layout), and a form that saves one section with PATCH.
import { useForm, type FormValidateInput } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useOutletContext } from 'react-router';
import { api } from '../../../../api.ts';
import { bodyFieldErrors, unplacedErrors } from '../../../../components/fieldErrors.ts';
import { notifyError, notifySuccess } from '../../../../components/notify.tsx';
import type { System, UpdateSystemRequest } from '../../../../contract.ts';
import { applySystem } from '../../../../program.ts';

/** The tabs, in the order of the description criteria; each value is its sub-path (the overview is the index). */
export const SYSTEM_TABS = [
  { value: 'overview', label: 'Overview', dc: 'DC1' },
  { value: 'commitments', label: 'Commitments', dc: 'DC2' },
  { value: 'components', label: 'Components', dc: 'DC3' },
  { value: 'incidents', label: 'Incidents', dc: 'DC4' },
  { value: 'cuecs', label: 'CUECs', dc: 'DC6' },
  { value: 'subservice-organizations', label: 'Subservice organizations', dc: 'DC7' },
  { value: 'not-relevant', label: 'Not relevant', dc: 'DC8' },
  { value: 'changes', label: 'Changes', dc: 'DC9' },
  { value: 'description', label: 'Description preview', dc: undefined },
] as const;

export interface SystemContext {
  system: System;
  canWrite: boolean;
}

export function useSystemContext(): SystemContext {
  return useOutletContext<SystemContext>();
}

/** The top-level fields whose value differs (lists and objects compared whole). */
function changedFields<V extends object>(values: V, initial: V): Partial<V> {
  const out: Partial<V> = {};
  for (const key of Object.keys(values) as Array<keyof V>) {
    if (JSON.stringify(values[key]) !== JSON.stringify(initial[key])) out[key] = values[key];
  }
  return out;
}

/**
 * A form over some of a system's fields. Save sends PATCH with just the fields that changed; the server's field
 * errors ("body.commitments.0.commitment") land on the inputs, the others are listed by the save bar.
 * `fieldNames` are the leaf names the inputs show errors for.
 */
export function useSectionForm<V extends object>({ system, canWrite, initialValues, validate, fieldNames, saved = 'Saved.' }: {
  system: System;
  canWrite: boolean;
  initialValues: V;
  validate?: FormValidateInput<V>;
  fieldNames: readonly string[];
  saved?: string;
}) {
  const queryClient = useQueryClient();
  const form = useForm<V>({
    initialValues,
    validate,
    enhanceGetInputProps: () => (canWrite ? {} : { disabled: true }),
  });
  const save = useMutation({
    mutationFn: (patch: UpdateSystemRequest) => api.patch<System>(`/api/v1/systems/${system.id}`, patch),
    onSuccess: (updated) => {
      notifySuccess(saved);
      void applySystem(queryClient, updated);
    },
    onError: (error) => {
      const errors = bodyFieldErrors(error);
      form.setErrors(errors);
      if (!Object.keys(errors).length) notifyError(error, 'Could not save');
    },
  });

  const onSubmit = form.onSubmit((values) => {
    const patch = changedFields(values, form.getInitialValues());
    if (Object.keys(patch).length === 0) return;
    save.mutate(patch as UpdateSystemRequest);
  });

  const dirty = form.isDirty();
  const saveBar = {
    dirty,
    saving: save.isPending,
    onDiscard: () => form.reset(),
    hasErrors: Object.values(form.errors).some(Boolean),
    problems: unplacedErrors(form.errors, fieldNames),
  };
  return { form, onSubmit, saveBar };
}
