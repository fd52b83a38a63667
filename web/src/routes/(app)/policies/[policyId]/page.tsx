// /policies/:policyId: one policy: its text and approval workflow, details, versions with a diff, acknowledgements.
import { Anchor, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { IconArchive, IconArrowLeft, IconFileOff } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, isApiError } from '../../../../api.ts';
import { ConfirmModal } from '../../../../components/ConfirmModal.tsx';
import { EmptyPanel } from '../../../../components/EmptyPanel.tsx';
import { ErrorAlert } from '../../../../components/ErrorAlert.tsx';
import { formatDate } from '../../../../components/format.ts';
import { SectionLoader } from '../../../../components/FullPageLoader.tsx';
import { notifyError, notifySuccess } from '../../../../components/notify.tsx';
import { PageHeader } from '../../../../components/PageHeader.tsx';
import { ProgramGate } from '../../../../components/ProgramGate.tsx';
import type { Policy } from '../../../../contract.ts';
import { canWriteProgram, useActiveSession } from '../../../../session.ts';
import { ReviewBadge, StatusBadge } from '../PolicyBadges.tsx';
import { policyKeys, refreshPolicy, usePolicy } from '../policyData.ts';
import { AcknowledgeBanner, AcknowledgementsSection } from './Acknowledgements.tsx';
import { PolicyDetails } from './PolicyDetails.tsx';
import { VersionPanel } from './VersionPanel.tsx';
import { VersionsSection } from './VersionsSection.tsx';

const back = (
  <Anchor component={Link} to="/policies" size="sm">
    <IconArrowLeft size={14} style={{ verticalAlign: 'middle' }} /> Policies
  </Anchor>
);

export default function PolicyPage() {
  return (
    <ProgramGate title="Policy" summary="A policy, its versions and acknowledgements.">
      <PolicyView />
    </ProgramGate>
  );
}

function PolicyView() {
  const { policyId = '' } = useParams();
  const session = useActiveSession();
  const membership = session.activeOrganization;
  const canWrite = canWriteProgram(membership);
  const canApprove = canWrite && membership?.role === 'admin';
  const policy = usePolicy(policyId);
  const [retiring, setRetiring] = useState(false);

  if (policy.isPending) return <SectionLoader label="Loading the policy" />;
  if (policy.isError) {
    return (
      <>
        <PageHeader title="Policy" above={back} />
        {isApiError(policy.error) && policy.error.isNotFound ? (
          <EmptyPanel icon={<IconFileOff size={26} stroke={1.5} />} title="Policy not found">
            This policy does not exist in your organization. It may have been created in another organization. Go back to the list of policies.
          </EmptyPanel>
        ) : (
          <ErrorAlert error={policy.error} onRetry={() => void policy.refetch()} />
        )}
      </>
    );
  }
  const p = policy.data;
  return (
    <>
      <PageHeader
        above={back}
        title={p.title}
        description={
          <Group gap="xs" component="span">
            <StatusBadge status={p.status} />
            <ReviewBadge review={p.review} />
            {p.review?.dueOn && <Text span size="sm" c="dimmed">Next review due {formatDate(p.review.dueOn)}</Text>}
            {p.owner && <Text span size="sm" c="dimmed">· Owner {p.owner.name}</Text>}
            {p.status === 'retired' && <Text span size="sm" c="dimmed">Retired {formatDate(p.retiredAt)}: {p.retiredReason}</Text>}
          </Group>
        }
        actions={
          canWrite && p.status !== 'retired' ? (
            <Button variant="default" color="red" leftSection={<IconArchive size={16} />} onClick={() => setRetiring(true)}>
              Retire policy
            </Button>
          ) : undefined
        }
      />
      <Stack gap="lg">
        <AcknowledgeBanner policy={p} />
        <VersionPanel policy={p} canWrite={canWrite} canApprove={canApprove} />
        <PolicyDetails key={p.updatedAt} policy={p} canWrite={canWrite} />
        <VersionsSection policyId={p.id} />
        <AcknowledgementsSection policy={p} />
      </Stack>
      <RetireModal policy={p} opened={retiring} onClose={() => setRetiring(false)} />
    </>
  );
}

function RetireModal({ policy, opened, onClose }: { policy: Policy; opened: boolean; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const retire = useMutation({
    mutationFn: () => api.post<Policy>(`/api/v1/policies/${policy.id}/retire`, { reason: reason.trim() }),
    onSuccess: (p) => {
      queryClient.setQueryData(policyKeys.policy(p.id), p);
      void refreshPolicy(queryClient, p.id);
      notifySuccess(`“${p.title}” was retired. It stays in the history.`);
      onClose();
    },
    onError: (e) => notifyError(e, 'Could not retire the policy'),
  });
  return (
    <ConfirmModal
      opened={opened}
      title="Retire policy"
      confirmLabel="Retire policy"
      loading={retire.isPending}
      onClose={onClose}
      onConfirm={() => {
        if (!reason.trim()) setError('Say why the policy is retired');
        else retire.mutate();
      }}
    >
      <Stack gap="sm">
        <Text size="sm">Retire “{policy.title}” with all its versions? It is kept in the history but no longer in force.</Text>
        <Textarea label="Reason" value={reason} onChange={(e) => { setReason(e.currentTarget.value); setError(null); }} error={error} maxLength={1000} autosize minRows={2} />
      </Stack>
    </ConfirmModal>
  );
}
