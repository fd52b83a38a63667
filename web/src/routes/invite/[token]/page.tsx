// /invite/:token: joins an organization from an invitation link.
// New users choose a name and password; existing users confirm with their password.
import { Alert, Button, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconAlertTriangle, IconClockX, IconLinkOff, IconCircleCheck } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import type { InvitationPreview } from '../../../contract.ts';
import { api, isApiError } from '../../../api.ts';
import { AuthLayout } from '../../../components/AuthLayout.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { SectionLoader } from '../../../components/FullPageLoader.tsx';
import { AcceptForm } from './AcceptForm.tsx';
import { InvitationSummary } from './InvitationSummary.tsx';

export type Preview = InvitationPreview;

export default function AcceptInvitationPage() {
  const { token = '' } = useParams();
  const preview = useQuery({
    queryKey: ['invitation-preview', token],
    queryFn: () => api.get<Preview>(`/api/v1/invitations/preview/${encodeURIComponent(token)}`),
    staleTime: Infinity,
  });

  if (preview.isPending) {
    return (
      <AuthLayout title="Accept invitation">
        <SectionLoader label="Loading invitation" />
      </AuthLayout>
    );
  }

  if (preview.isError) return <InvitationProblem error={preview.error} retry={() => void preview.refetch()} />;

  const p = preview.data;
  return (
    <AuthLayout
      width={460}
      title={`Join ${p.organization.name}`}
      description={
        p.existingUser
          ? 'You already have an attest account. Enter its password to join this organization.'
          : 'Create your attest account to join this organization.'
      }
    >
      <Stack gap="lg">
        <InvitationSummary preview={p} />
        <AcceptForm token={token} preview={p} />
      </Stack>
    </AuthLayout>
  );
}

function InvitationProblem({ error, retry }: { error: unknown; retry: () => void }) {
  const status = isApiError(error) ? error.status : 0;
  const known: Record<number, { title: string; text: string; icon: React.ReactNode }> = {
    404: {
      title: 'This invitation link is not valid',
      text: 'Check that you copied the whole link. If it still fails, ask the person who invited you for a new invitation.',
      icon: <IconLinkOff size={18} />,
    },
    410: {
      title: 'This invitation has expired',
      text: 'Invitations are valid for a limited time. Ask an administrator of the organization to send you a new one.',
      icon: <IconClockX size={18} />,
    },
    409: {
      title: 'This invitation has already been used',
      text: 'If you accepted it, log in with your email and password.',
      icon: <IconCircleCheck size={18} />,
    },
  };
  const k = known[status];
  return (
    <AuthLayout title="Accept invitation">
      {k ? (
        <Stack gap="md">
          <Alert color={status === 409 ? 'blue' : 'yellow'} variant="light" icon={k.icon ?? <IconAlertTriangle size={18} />} title={k.title}>
            <Text size="sm">{k.text}</Text>
          </Alert>
          <Button component={Link} to="/login" variant={status === 409 ? 'filled' : 'default'} fullWidth>
            Go to log in
          </Button>
        </Stack>
      ) : (
        <ErrorAlert error={error} onRetry={retry} />
      )}
    </AuthLayout>
  );
}
