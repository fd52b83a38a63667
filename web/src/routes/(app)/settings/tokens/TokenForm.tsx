import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../../api.ts';
import { fieldErrors } from '../../../../components/fieldErrors.ts';
import { notifyError } from '../../../../components/notify.tsx';
import {
  ROLE_LABELS, ROLES_BY_KIND, type CreateApiTokenRequest, type CreatedApiToken, type OrganizationKind, type Role,
} from '../../../../contract.ts';

/** Tokens start read-only unless someone picks more. */
const DEFAULT_ROLE: Record<OrganizationKind, Role> = { service_org: 'viewer', audit_firm: 'auditor' };

export function TokenForm({ kind, onCreated }: { kind: OrganizationKind; onCreated: (c: CreatedApiToken) => void }) {
  const form = useForm({
    initialValues: { name: '', role: DEFAULT_ROLE[kind] as string },
    validate: {
      name: (v) => (!v.trim() ? 'Name the token after what uses it' : v.trim().length > 80 ? 'Use at most 80 characters' : null),
    },
  });

  const create = useMutation({
    mutationFn: (body: CreateApiTokenRequest) => api.post<CreatedApiToken>('/api/v1/tokens', body),
    onSuccess: (created) => {
      form.reset();
      onCreated(created);
    },
    onError: (error) => {
      const errors = fieldErrors(error);
      form.setErrors(errors);
      if (!Object.keys(errors).length) notifyError(error, 'Could not create the token');
    },
  });

  return (
    <form onSubmit={form.onSubmit((v) => create.mutate({ name: v.name.trim(), role: v.role as Role }))} noValidate>
      <Group align="flex-start" gap="sm" wrap="wrap">
        <TextInput label="Token name" placeholder="e.g. CI evidence upload" required w={300} maxLength={80} {...form.getInputProps('name')} />
        <NativeSelect
          label="Role"
          w={220}
          data={ROLES_BY_KIND[kind].map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
          {...form.getInputProps('role')}
        />
        <Button type="submit" mt={25} loading={create.isPending} leftSection={<IconPlus size={16} />}>
          Create token
        </Button>
      </Group>
    </form>
  );
}
