// Settings → Organization → Integrity: the public key that signs the ledger's checkpoints (copy, download),
// the latest checkpoint, and, for admins, "Verify now" with its progress and result.
import { Alert, Badge, Button, Code, CopyButton, Group, List, Paper, Progress, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy, IconDownload, IconShieldCheck } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../../../api.ts';
import { ErrorAlert } from '../../../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../../../components/format.ts';
import { SectionLoader } from '../../../../components/FullPageLoader.tsx';
import { notifyError, notifySuccess } from '../../../../components/notify.tsx';
import type { Checkpoint, CheckpointList, PublicKey, Verification } from '../../../../contract.ts';
import { useActiveSession } from '../../../../session.ts';
import { SettingsSection } from '../SettingsSection.tsx';

const publicKeyKey = ['ledger', 'public-key'] as const;
const latestCheckpointKey = ['ledger', 'checkpoints', 'latest'] as const;

function downloadPem(key: PublicKey) {
  const url = URL.createObjectURL(new Blob([key.publicKeyPem], { type: 'application/x-pem-file' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `attest-signing-key-${key.keyId.slice(0, 12)}.pem`;
  a.click();
  URL.revokeObjectURL(url);
}

function percentOf(v: Verification): number {
  const total = v.totalEntries + v.totalBlobs;
  if (total === 0) return v.status === 'running' ? 0 : 100;
  return Math.round(((v.checkedEntries + v.checkedBlobs) / total) * 100);
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function VerificationResult({ v }: { v: Verification }) {
  if (v.status === 'running') {
    const phase = v.totalBlobs > 0 ? `Re-hashing files: ${v.checkedBlobs} of ${v.totalBlobs}` : `Checking ledger entries: ${v.checkedEntries} of ${v.totalEntries}`;
    return (
      <Stack gap={4} data-testid="verification-progress">
        <Progress value={percentOf(v)} animated aria-label="Verification progress" />
        <Text size="sm" c="dimmed">{phase}</Text>
      </Stack>
    );
  }
  const counts = [plural(v.checkedEntries, 'entry', 'entries'), plural(v.checkedCheckpoints, 'signed checkpoint', 'signed checkpoints'), plural(v.checkedBlobs, 'file', 'files')].join(', ');
  if (v.status === 'ok') {
    return (
      <Alert color="teal" variant="light" icon={<IconShieldCheck size={18} />} title="Verified: nothing was altered" data-testid="verification-result">
        <Text size="sm">Checked {counts} at {formatDateTime(v.finishedAt)}. Every hash, signature and file matches.</Text>
      </Alert>
    );
  }
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={`${v.failureCount} problem${v.failureCount === 1 ? '' : 's'} found`} data-testid="verification-result">
      <Stack gap="xs">
        <Text size="sm">Checked {counts}. Each line names the ledger entry (and file) that does not match what was recorded:</Text>
        <List size="sm" spacing={4}>
          {v.failures.map((f, i) => (
            <List.Item key={i}>
              <Text span size="sm" fw={500}>Entry {f.seq}</Text>
              {f.blob && <Text span size="sm" ff="monospace"> file {f.blob.slice(0, 16)}…</Text>}: {f.problem}
            </List.Item>
          ))}
        </List>
        {v.failureCount > v.failures.length && <Text size="sm">…and {v.failureCount - v.failures.length} more; run <Code>attest verify</Code> on the server for the full list.</Text>}
        <Text size="sm">Restore the affected data from a backup, or ask your auditor how to treat the affected evidence.</Text>
      </Stack>
    </Alert>
  );
}

export function IntegritySection() {
  const session = useActiveSession();
  const role = session.activeOrganization?.role;
  const isAdmin = role === 'admin';
  const seesCheckpoints = role === 'admin' || role === 'compliance_manager';
  const queryClient = useQueryClient();
  const [verificationId, setVerificationId] = useState<string | null>(null);

  const key = useQuery({ queryKey: publicKeyKey, queryFn: () => api.get<PublicKey>('/api/v1/ledger/public-key') });
  const latest = useQuery({
    queryKey: latestCheckpointKey,
    queryFn: () => api.get<CheckpointList>('/api/v1/ledger/checkpoints?limit=1'),
    enabled: seesCheckpoints,
  });
  const verification = useQuery({
    queryKey: ['ledger', 'verification', verificationId],
    queryFn: () => api.get<Verification>(`/api/v1/ledger/verifications/${verificationId!}`),
    enabled: verificationId !== null,
    refetchInterval: (q) => (q.state.data?.status === 'running' || !q.state.data ? 500 : false),
  });

  const start = useMutation({
    mutationFn: () => api.post<Verification>('/api/v1/ledger/verifications'),
    onSuccess: (v) => {
      queryClient.setQueryData(['ledger', 'verification', v.id], v);
      setVerificationId(v.id);
    },
    onError: (error) => notifyError(error, 'Could not start the verification'),
  });
  const sign = useMutation({
    mutationFn: () => api.post<Checkpoint>('/api/v1/ledger/checkpoints'),
    onSuccess: (cp) => {
      void queryClient.invalidateQueries({ queryKey: latestCheckpointKey });
      notifySuccess(`Signed the ledger up to entry ${cp.seq}.`);
    },
    onError: (error) => notifyError(error, 'Could not sign a checkpoint'),
  });

  const running = start.isPending || verification.data?.status === 'running';
  const lastCheckpoint: Checkpoint | undefined = latest.data?.items[0];

  return (
    <SettingsSection
      title="Integrity"
      description="Every change in attest is an entry in your organization's hash-chained ledger; this instance signs it with its own key, so anyone can check that nothing was altered."
    >
      <Paper withBorder radius="md" p="lg">
        <Stack gap="lg">
          {key.isPending && <SectionLoader />}
          {key.isError && <ErrorAlert error={key.error} onRetry={() => void key.refetch()} />}
          {key.data && (
            <Stack gap="xs">
              <Group gap="xs">
                <Text size="sm" fw={500}>Signing key</Text>
                <Badge variant="light" color="gray" radius="sm" tt="none">{key.data.algorithm}</Badge>
              </Group>
              <Text size="sm" c="dimmed">
                Key id (SHA-256 of the public key): <Code data-testid="ledger-key-id" style={{ overflowWrap: 'anywhere' }}>{key.data.keyId}</Code>
              </Text>
              <Code block fz="xs" data-testid="ledger-public-key">{key.data.publicKeyPem}</Code>
              <Group gap="xs">
                <CopyButton value={key.data.publicKeyPem} timeout={2000}>
                  {({ copied, copy }) => (
                    <Button size="xs" variant={copied ? 'filled' : 'default'} color={copied ? 'teal' : undefined} leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />} onClick={copy}>
                      {copied ? 'Copied' : 'Copy public key'}
                    </Button>
                  )}
                </CopyButton>
                <Button size="xs" variant="default" leftSection={<IconDownload size={14} />} onClick={() => downloadPem(key.data)}>
                  Download .pem
                </Button>
              </Group>
              <Text size="xs" c="dimmed">
                Give this key (or its id) to your auditor through a channel of your own: with it they can check an evidence receipt outside attest.
              </Text>
            </Stack>
          )}

          {seesCheckpoints && (
            <Group justify="space-between" align="center">
              <Text size="sm" data-testid="ledger-latest-checkpoint">
                {latest.isPending
                  ? 'Loading the latest checkpoint…'
                  : lastCheckpoint
                    ? `Last signed checkpoint: entry ${lastCheckpoint.seq}, ${formatDateTime(lastCheckpoint.at)}.`
                    : 'No checkpoint signed yet: one is signed automatically as the ledger grows, or sign one now.'}
              </Text>
              {isAdmin && (
                <Button size="xs" variant="default" loading={sign.isPending} onClick={() => sign.mutate()}>
                  Sign checkpoint now
                </Button>
              )}
            </Group>
          )}

          {isAdmin ? (
            <Stack gap="sm">
              <Group justify="space-between" align="center">
                <Text size="sm" maw={480}>
                  Verification recomputes every hash of your ledger, checks every checkpoint signature and re-reads every evidence file.
                </Text>
                <Button leftSection={<IconShieldCheck size={16} />} loading={running} onClick={() => start.mutate()} data-testid="verify-now">
                  Verify now
                </Button>
              </Group>
              {verification.isError && <ErrorAlert error={verification.error} />}
              {verification.data ? (
                <VerificationResult v={verification.data} />
              ) : (
                <Text size="sm" c="dimmed">No verification run from this page yet. Run one before sharing evidence with your auditor, and after restoring a backup.</Text>
              )}
            </Stack>
          ) : (
            <Text size="sm" c="dimmed">An admin of your organization can verify the ledger from this page.</Text>
          )}
        </Stack>
      </Paper>
    </SettingsSection>
  );
}
