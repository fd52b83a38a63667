import { Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../../../api.ts';
import { ConfirmModal } from '../../../../components/ConfirmModal.tsx';
import { fieldErrors } from '../../../../components/fieldErrors.ts';
import { notifyError, notifySuccess } from '../../../../components/notify.tsx';
import { requiredText } from '../../../../components/validation.ts';
import type { Control } from '../../../../contract.ts';
import { invalidateControls, programKeys } from '../../../../program.ts';

const checkReason = requiredText(1000, 'Say why the control is retired');

/** Asks for the reason before retiring a control. Retired controls stay in the history and can't be edited. */
export function RetireModal({ control, opened, onClose }: { control: Control; opened: boolean; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  const retire = useMutation({
    mutationFn: (body: { reason: string }) => api.post<Control>(`/api/v1/controls/${control.id}/retire`, body),
    onSuccess: (updated) => {
      notifySuccess(`${updated.code} is retired. It stays in the history and no longer counts toward coverage.`);
      queryClient.setQueryData(programKeys.control(updated.id), updated);
      void queryClient.invalidateQueries({ queryKey: programKeys.history(updated.id) });
      void invalidateControls(queryClient, updated.systemId);
      setReason('');
      onClose();
    },
    onError: (e) => {
      const message = fieldErrors(e).reason;
      if (message) setError(message);
      else notifyError(e, 'Could not retire the control');
    },
  });

  const confirm = () => {
    const problem = checkReason(reason);
    setError(problem);
    if (!problem) retire.mutate({ reason: reason.trim() });
  };

  const close = () => {
    if (retire.isPending) return;
    setError(null);
    onClose();
  };

  return (
    <ConfirmModal
      opened={opened}
      title="Retire control"
      confirmLabel="Retire control"
      loading={retire.isPending}
      onClose={close}
      onConfirm={confirm}
    >
      <Stack gap="md">
        <Text size="sm">
          Retire <b>{control.code} {control.title}</b>? It stops counting toward the criteria it meets and can no longer be
          edited. Its history is kept.
        </Text>
        <Textarea
          label="Reason"
          description="Recorded with the control, e.g. “Replaced by AC-21 after the move to SSO”."
          autosize
          minRows={2}
          maxRows={6}
          maxLength={1000}
          value={reason}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            if (error) setError(null);
          }}
          error={error}
          data-autofocus
        />
      </Stack>
    </ConfirmModal>
  );
}
