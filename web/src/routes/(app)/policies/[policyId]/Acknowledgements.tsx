// Who has and has not acknowledged the published version, and the current user's own acknowledgement.
import { Alert, Button, Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../../api.ts';
import { ErrorAlert } from '../../../../components/ErrorAlert.tsx';
import { formatDate } from '../../../../components/format.ts';
import { SectionLoader } from '../../../../components/FullPageLoader.tsx';
import { notifyError, notifySuccess } from '../../../../components/notify.tsx';
import type { Acknowledgement, Policy } from '../../../../contract.ts';
import { useActiveSession } from '../../../../session.ts';
import { useAcknowledgements } from '../policyData.ts';

/** Shown above the text when the current user has not yet acknowledged the published version. */
export function AcknowledgeBanner({ policy }: { policy: Policy }) {
  const session = useActiveSession();
  const queryClient = useQueryClient();
  const n = policy.currentVersion?.publishedAt && policy.status !== 'retired' ? policy.currentVersion.number : null;
  const acks = useAcknowledgements(policy.id, n);
  const acknowledge = useMutation({
    mutationFn: () => api.post<Acknowledgement>(`/api/v1/policies/${policy.id}/versions/${n}/acknowledge`),
    onSuccess: () => {
      notifySuccess(`You acknowledged version ${n} of “${policy.title}”.`, 'Thank you');
      void queryClient.invalidateQueries({ queryKey: ['policies', policy.id, 'acks'] });
    },
    onError: (error) => notifyError(error, 'Could not record your acknowledgement'),
  });
  if (n === null || !acks.data) return null;
  const mine = acks.data.acknowledged.find((a) => a.userId === session.user.id);
  if (mine) {
    return (
      <Text size="sm" c="teal.8">
        <IconCircleCheck size={15} style={{ verticalAlign: 'text-bottom' }} /> You acknowledged version {n} on {formatDate(mine.acknowledgedAt)}.
      </Text>
    );
  }
  return (
    <Alert color="yellow" variant="light" title="Please read and acknowledge this policy">
      <Group justify="space-between" gap="md">
        <Text size="sm">Version {n} was published to personnel. Read it below, then confirm that you have read and will follow it.</Text>
        <Button onClick={() => acknowledge.mutate()} loading={acknowledge.isPending}>
          Acknowledge
        </Button>
      </Group>
    </Alert>
  );
}

export function AcknowledgementsSection({ policy }: { policy: Policy }) {
  const n = policy.currentVersion?.publishedAt ? policy.currentVersion.number : null;
  const acks = useAcknowledgements(policy.id, n);
  return (
    <Paper withBorder radius="md" p="lg" id="acknowledgements">
      <Stack gap="md">
        <Title order={2} fz="md">
          Acknowledgements
        </Title>
        {n === null ? (
          <Text size="sm" c="dimmed">
            {policy.currentVersion
              ? 'The approved version has not been published to personnel yet. Publish it so members can acknowledge it.'
              : 'Once a version is approved and published, members acknowledge it here.'}
          </Text>
        ) : acks.isPending ? (
          <SectionLoader label="Loading acknowledgements" />
        ) : acks.isError ? (
          <ErrorAlert error={acks.error} onRetry={() => void acks.refetch()} />
        ) : (
          <>
            <Stack gap={4}>
              <Text size="sm">
                Version {n}: {acks.data.counts.acknowledged} of {acks.data.counts.total} acknowledged
                {acks.data.publishedAt ? ` since publication on ${formatDate(acks.data.publishedAt)}` : ''}.
              </Text>
              <Progress
                value={acks.data.counts.total ? (acks.data.counts.acknowledged / acks.data.counts.total) * 100 : 0}
                color="teal"
                size="lg"
                aria-label={`${acks.data.counts.acknowledged} of ${acks.data.counts.total} acknowledged`}
              />
            </Stack>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
              <Stack gap={4}>
                <Text size="sm" fw={600}>
                  Acknowledged ({acks.data.acknowledged.length})
                </Text>
                {acks.data.acknowledged.length === 0 ? (
                  <Text size="sm" c="dimmed">Nobody yet.</Text>
                ) : (
                  acks.data.acknowledged.map((a) => (
                    <Group key={a.userId} justify="space-between" gap="xs" wrap="nowrap">
                      <Text size="sm" lineClamp={1}>
                        {a.name} <Text span size="xs" c="dimmed">{a.email}{a.member ? '' : ' (left)'}</Text>
                      </Text>
                      <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>{formatDate(a.acknowledgedAt)}</Text>
                    </Group>
                  ))
                )}
              </Stack>
              <Stack gap={4}>
                <Text size="sm" fw={600}>
                  Not yet acknowledged ({acks.data.pending.length})
                </Text>
                {acks.data.pending.length === 0 ? (
                  <Text size="sm" c="dimmed">Everyone has acknowledged this version.</Text>
                ) : (
                  acks.data.pending.map((a) => (
                    <Text key={a.userId} size="sm" lineClamp={1}>
                      {a.name} <Text span size="xs" c="dimmed">{a.email}</Text>
                    </Text>
                  ))
                )}
              </Stack>
            </SimpleGrid>
          </>
        )}
      </Stack>
    </Paper>
  );
}
