// MFA is on: new recovery codes, or turning MFA off. Each asks for a current code in place,
// one at a time, so the page never shows two "Code" fields.
import { Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconRefresh, IconShieldOff } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../../../api.ts';
import { fieldErrors } from '../../../../components/fieldErrors.ts';
import { notifySuccess } from '../../../../components/notify.tsx';
import type { RecoveryCodes } from '../../../../contract.ts';

type Action = 'regenerate' | 'disable';

export function MfaEnabled({ onRegenerated, onDisabled }: {
  onRegenerated: (codes: string[]) => void;
  onDisabled: () => void;
}) {
  const [open, setOpen] = useState<Action | null>(null);
  return (
    <Paper withBorder radius="md">
      <Stack gap={0}>
        <Row
          title="Recovery codes"
          text="Lost or used up your codes? Get a new set; the old codes stop working."
          action="regenerate"
          label="Regenerate recovery codes"
          icon={<IconRefresh size={16} />}
          open={open === 'regenerate'}
          onOpen={() => setOpen('regenerate')}
          onClose={() => setOpen(null)}
          onDone={(codes) => {
            setOpen(null);
            if (codes) onRegenerated(codes);
          }}
          divider
        />
        <Row
          title="Turn off MFA"
          text="Your account is then protected by your password only. An organization that requires MFA will ask you to set it up again."
          action="disable"
          label="Disable MFA"
          icon={<IconShieldOff size={16} />}
          danger
          open={open === 'disable'}
          onOpen={() => setOpen('disable')}
          onClose={() => setOpen(null)}
          onDone={() => {
            setOpen(null);
            notifySuccess('MFA is now off for your account.');
            onDisabled();
          }}
        />
      </Stack>
    </Paper>
  );
}

function Row({ title, text, action, label, icon, danger, open, onOpen, onClose, onDone, divider }: {
  title: string;
  text: string;
  action: Action;
  label: string;
  icon: React.ReactNode;
  danger?: boolean;
  open: boolean;
  onOpen: () => void;
  onClose: () => void;
  onDone: (codes: string[] | null) => void;
  divider?: boolean;
}) {
  return (
    <Stack gap="sm" p="md" style={divider ? { borderBottom: '1px solid var(--mantine-color-default-border)' } : undefined}>
      <Group justify="space-between" wrap="nowrap">
        <div>
          <Text size="sm" fw={500}>{title}</Text>
          <Text size="sm" c="dimmed">{text}</Text>
        </div>
        {!open && (
          <Button variant="default" c={danger ? 'red' : undefined} leftSection={icon} onClick={onOpen} style={{ flexShrink: 0 }}>
            {label}
          </Button>
        )}
      </Group>
      {open && <CodeForm action={action} label={label} danger={danger} onCancel={onClose} onDone={onDone} />}
    </Stack>
  );
}

function CodeForm({ action, label, danger, onCancel, onDone }: {
  action: Action;
  label: string;
  danger?: boolean;
  onCancel: () => void;
  onDone: (codes: string[] | null) => void;
}) {
  const form = useForm({
    initialValues: { code: '' },
    validate: { code: (v) => (v.trim().length >= 6 ? null : 'Enter a code from your authenticator app or a recovery code') },
  });
  const run = useMutation({
    mutationFn: async (code: string) => {
      if (action === 'regenerate') return (await api.post<RecoveryCodes>('/api/v1/me/mfa/recovery-codes', { code })).recoveryCodes;
      await api.post<void>('/api/v1/me/mfa/disable', { code });
      return null;
    },
    onSuccess: (codes) => onDone(codes),
    onError: (error) => {
      const errors = fieldErrors(error);
      form.setErrors(Object.keys(errors).length ? errors : { code: error.message });
      form.setFieldValue('code', '');
    },
  });

  return (
    <form
      onSubmit={form.onSubmit((v) => {
        run.mutate(v.code.trim());
      })}
      noValidate
    >
      <Paper radius="sm" p="sm" bg="var(--mantine-color-gray-0)">
        <Group align="flex-start" gap="sm">
          <TextInput
            label="Code"
            description="From your authenticator app, or a recovery code"
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            placeholder="123456"
            autoComplete="one-time-code"
            autoFocus
            maxLength={32}
            w={260}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', letterSpacing: '0.08em' } }}
            {...form.getInputProps('code')}
          />
          <Group gap="xs" mt={25}>
            <Button type="submit" color={danger ? 'red' : undefined} loading={run.isPending}>
              {label}
            </Button>
            <Button variant="subtle" color="gray" onClick={onCancel} disabled={run.isPending}>
              Cancel
            </Button>
          </Group>
        </Group>
      </Paper>
    </form>
  );
}
