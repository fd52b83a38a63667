// Management's assertion (Section II) as it stands: its paragraphs, who accepted it and when. The organization's
// admin accepts the text it was shown, named by its SHA-256, so a text that changed meanwhile is refused, not signed.
import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconSignature } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, isApiError } from '../../../../../api.ts';
import { ConfirmModal } from '../../../../../components/ConfirmModal.tsx';
import { ErrorAlert } from '../../../../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../../../../components/format.ts';
import { SectionLoader } from '../../../../../components/FullPageLoader.tsx';
import { notifyError, notifySuccess } from '../../../../../components/notify.tsx';
import type { Engagement, ReportAssertion } from '../../../../../contract.ts';
import { can } from '../../engagementData.ts';
import { reportKeys, shortSha, useAssertion } from '../../../reports/reportData.ts';

const paragraphs = (text: string) => text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);

export function AssertionCard({ e }: { e: Engagement }) {
  const assertion = useAssertion(e.id);
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState<ReportAssertion | null>(null);
  const accept = useMutation({
    mutationFn: (sha256: string) => api.post<ReportAssertion>(`/api/v1/engagements/${e.id}/assertion/accept`, { sha256 }),
    onSuccess: (next) => {
      queryClient.setQueryData(reportKeys.assertion(e.id), next);
      void queryClient.invalidateQueries({ queryKey: reportKeys.draft(e.id) });
      notifySuccess("Management's assertion is accepted.");
      setConfirming(null);
    },
    onError: (error) => {
      setConfirming(null);
      if (isApiError(error) && error.code === 'assertion_changed') {
        notifyError(error, 'The assertion changed since you read it');
        void queryClient.invalidateQueries({ queryKey: reportKeys.assertion(e.id) });
        void queryClient.invalidateQueries({ queryKey: reportKeys.draft(e.id) });
        return;
      }
      notifyError(error, 'Could not accept the assertion');
    },
  });

  if (assertion.isPending) return <SectionLoader label="Loading management's assertion" />;
  if (assertion.isError) return <ErrorAlert error={assertion.error} onRetry={() => void assertion.refetch()} />;
  const a = assertion.data;
  const current = !!a.accepted && !a.changedSinceAcceptance;
  const mayAccept = can(e, 'assertion.accept') && e.status !== 'issued' && !current;
  return (
    <Paper withBorder radius="md" p="md" data-testid="report-assertion">
      <Group justify="space-between" mb="sm" align="flex-start">
        <div>
          <Title order={2} fz="md">Management's assertion</Title>
          <Text size="xs" c="dimmed">Section II of the report: {e.serviceOrg.name}'s own statement about its system and controls. Its admin accepts it.</Text>
        </div>
        {mayAccept && (
          <Button leftSection={<IconSignature size={16} />} onClick={() => setConfirming(a)}>Accept assertion</Button>
        )}
      </Group>
      <Stack gap="sm">
        {a.changedSinceAcceptance && a.accepted && (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title="Changed since acceptance">
            {a.accepted.byLabel} accepted an earlier text on {formatDateTime(a.accepted.at)}. The text below differs: it needs to be accepted again before the report is issued.
          </Alert>
        )}
        {current && a.accepted && (
          <Group gap="xs" data-testid="assertion-accepted">
            <Badge color="teal" variant="light" tt="none">Accepted</Badge>
            <Text size="sm">by <b>{a.accepted.byLabel}</b> on {formatDateTime(a.accepted.at)}</Text>
          </Group>
        )}
        {!a.accepted && <Text size="sm" c="dimmed">Not accepted yet.{!can(e, 'assertion.accept') && ` ${e.serviceOrg.name}'s admin accepts it here.`}</Text>}
        <Paper bg="var(--mantine-color-gray-0)" radius="sm" p="sm" data-testid="assertion-text">
          <Stack gap="xs">
            {paragraphs(a.text).map((p, i) => <Text key={i} size="sm" style={{ whiteSpace: 'pre-wrap' }}>{p}</Text>)}
          </Stack>
        </Paper>
        <Text size="xs" c="dimmed">SHA-256 of this text: {shortSha(a.sha256)}…</Text>
      </Stack>
      <ConfirmModal
        opened={!!confirming}
        title="Accept management's assertion"
        confirmLabel="Accept assertion"
        color="teal"
        loading={accept.isPending}
        onClose={() => setConfirming(null)}
        onConfirm={() => confirming && accept.mutate(confirming.sha256)}
      >
        You accept the assertion exactly as shown above (SHA-256 {confirming ? shortSha(confirming.sha256) : ''}…) on behalf of {e.serviceOrg.name}.
        It becomes Section II of the report. If the text changes later, it has to be accepted again.
      </ConfirmModal>
    </Paper>
  );
}
