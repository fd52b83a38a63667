import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconSend } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { ROLE_LABELS, ROLES_BY_KIND } from '../../../../contract.ts';
import { api } from '../../../../api.ts';
import { fieldErrors } from '../../../../components/fieldErrors.ts';
import { notifyError } from '../../../../components/notify.tsx';
import { validateEmail } from '../../../../components/validation.ts';
import type { CreatedInvitation, CreateInvitationRequest, OrganizationKind, Role } from '../../../../contract.ts';

/** The role an invitation starts with: the least privileged that can still work in the program. */
const DEFAULT_ROLE: Record<OrganizationKind, Role> = { service_org: 'employee', audit_firm: 'auditor' };

export function InviteForm({ kind, onCreated }: { kind: OrganizationKind; onCreated: (c: CreatedInvitation) => void }) {
  const form = useForm({
    initialValues: { email: '', role: DEFAULT_ROLE[kind] as string },
    validate: { email: validateEmail },
  });

  const invite = useMutation({
    mutationFn: (body: CreateInvitationRequest) => api.post<CreatedInvitation>('/api/v1/invitations', body),
    onSuccess: (created) => {
      form.reset();
      onCreated(created);
    },
    onError: (error) => {
      const errors = fieldErrors(error);
      form.setErrors(errors);
      if (!Object.keys(errors).length) notifyError(error, 'Could not create the invitation');
    },
  });

  return (
    <form onSubmit={form.onSubmit((v) => invite.mutate({ email: v.email.trim(), role: v.role as Role }))} noValidate>
      <Group align="flex-start" gap="sm" wrap="wrap">
        <TextInput label="Email" type="email" placeholder="colleague@example.com" required w={300} {...form.getInputProps('email')} />
        <NativeSelect
          label="Role"
          w={220}
          data={ROLES_BY_KIND[kind].map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
          {...form.getInputProps('role')}
        />
        <Button type="submit" mt={25} loading={invite.isPending} leftSection={<IconSend size={16} />}>
          Send invitation
        </Button>
      </Group>
    </form>
  );
}
