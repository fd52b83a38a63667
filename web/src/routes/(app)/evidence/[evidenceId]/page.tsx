// /evidence/:evidenceId: one evidence item: what it covers, its hash and ledger entry, a preview, the
// original file, its receipt, and (for writers) replacing it with a new version or removing it.
import { ActionIcon, Alert, Anchor, Badge, Breadcrumbs, Button, Code, CopyButton, Group, Paper, SimpleGrid, Stack, Text, Textarea, Title, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy, IconDownload, IconFileCertificate, IconReplace, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, isApiError } from '../../../../api.ts';
import { ConfirmModal } from '../../../../components/ConfirmModal.tsx';
import { formatBytes } from '../../../../components/EvidenceUploadFormat.ts';
import { EvidenceUploadModal, invalidateEvidence } from '../../../../components/EvidenceUploadModal.tsx';
import { ErrorAlert } from '../../../../components/ErrorAlert.tsx';
import { FilePreview } from '../../../../components/FilePreview.tsx';
import { formatDateTime } from '../../../../components/format.ts';
import { SectionLoader } from '../../../../components/FullPageLoader.tsx';
import { notifyError, notifySuccess } from '../../../../components/notify.tsx';
import { ProgramGate } from '../../../../components/ProgramGate.tsx';
import { useDocumentTitle } from '../../../../components/useDocumentTitle.ts';
import { EVIDENCE_SOURCE_LABELS, type EvidenceItem, type EvidenceReceipt, type EvidenceSummary } from '../../../../contract.ts';
import { useActiveSession } from '../../../../session.ts';
import { contentUrl, useEvidenceItem } from '../evidenceData.ts';
import { canRemoveEvidence, canWriteEvidence, EvidenceStatusBadge, formatPeriod, typeLabel } from '../EvidenceTable.tsx';

export default function EvidenceItemPage() {
  return (
    <ProgramGate title="Evidence" summary="Files that show your controls operating.">
      <EvidenceView />
    </ProgramGate>
  );
}

/** Saves the item's receipt as a JSON file. */
async function downloadReceipt(item: EvidenceItem): Promise<void> {
  const receipt = await api.get<EvidenceReceipt>(`/api/v1/evidence/${item.id}/receipt`);
  const blob = new Blob([`${JSON.stringify(receipt, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `receipt-${item.id}.json`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function EvidenceView() {
  const { evidenceId = '' } = useParams();
  const session = useActiveSession();
  const item = useEvidenceItem(evidenceId);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [replacing, setReplacing] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  useDocumentTitle(item.data ? item.data.title : 'Evidence');

  const receipt = useMutation({
    mutationFn: (e: EvidenceItem) => downloadReceipt(e),
    onError: (error) => notifyError(error, 'Could not get the receipt'),
  });
  const remove = useMutation({
    mutationFn: (body: { reason: string }) => api.post<EvidenceItem>(`/api/v1/evidence/${evidenceId}/tombstone`, body),
    onSuccess: () => {
      notifySuccess('The item stays on record, marked as removed, with your reason.', 'Evidence removed');
      setRemoving(false);
      setReason('');
      void invalidateEvidence(queryClient);
    },
    onError: (error) => {
      if (isApiError(error) && error.field('reason')) setReasonError(error.field('reason')!);
      else notifyError(error, 'Could not remove the evidence');
    },
  });

  const e = item.data;
  const crumbs = (
    <Breadcrumbs separatorMargin={6} fz="sm">
      <Anchor component={Link} to="/evidence" size="sm">Evidence</Anchor>
      <Text size="sm" c="dimmed" truncate maw={360}>{e?.title ?? '…'}</Text>
    </Breadcrumbs>
  );
  if (item.isPending) return <>{crumbs}<SectionLoader label="Loading evidence" /></>;
  if (item.isError || !e) {
    if (isApiError(item.error) && item.error.isNotFound) {
      return (
        <Stack gap="lg">
          {crumbs}
          <Paper withBorder radius="md" p="xl" ta="center">
            <Title order={1} fz="lg">No such evidence</Title>
            <Text size="sm" c="dimmed" mt={4} mb="md">The link may be wrong, or the item belongs to another organization.</Text>
            <Button component={Link} to="/evidence" variant="default">Back to Evidence</Button>
          </Paper>
        </Stack>
      );
    }
    return <Stack gap="lg">{crumbs}<ErrorAlert error={item.error} onRetry={() => void item.refetch()} /></Stack>;
  }

  const current = e.status === 'current';
  const canWrite = canWriteEvidence(session.activeOrganization) && current;
  const canRemove = canRemoveEvidence(session.activeOrganization) && e.status !== 'removed';

  return (
    <Stack gap="lg" maw={1040}>
      <Stack gap={6}>
        {crumbs}
        <Group justify="space-between" align="flex-start" gap="md">
          <Stack gap={6} style={{ minWidth: 0 }}>
            <Title order={1} fz={22} fw={650} lh={1.3}>{e.title}</Title>
            <Group gap={6}>
              <EvidenceStatusBadge status={e.status} />
              <Badge variant="outline" color="gray" radius="sm" tt="none" fw={500}>{EVIDENCE_SOURCE_LABELS[e.source]}</Badge>
              <Text size="xs" c="dimmed">Added {formatDateTime(e.createdAt)}</Text>
            </Group>
          </Stack>
          <Group gap="xs">
            <Button component="a" href={contentUrl(e.id)} download={e.fileName} variant="default" leftSection={<IconDownload size={16} />}>
              Download
            </Button>
            <Button variant="default" leftSection={<IconFileCertificate size={16} />} loading={receipt.isPending} onClick={() => receipt.mutate(e)}>
              Download receipt
            </Button>
            {canWrite && (
              <Button variant="default" leftSection={<IconReplace size={16} />} onClick={() => setReplacing(true)}>Supersede</Button>
            )}
            {canRemove && (
              <Button variant="default" color="red" leftSection={<IconTrash size={16} />} onClick={() => setRemoving(true)}>Remove</Button>
            )}
          </Group>
        </Group>
      </Stack>

      {e.status === 'superseded' && (
        <Alert color="gray" variant="light" title="A newer version replaces this file">
          <Text size="sm">This version stays on record. {e.supersededBy && <VersionLink v={e.supersededBy} label="Open the newer version" />}</Text>
        </Alert>
      )}
      {e.status === 'removed' && (
        <Alert color="red" variant="light" icon={<IconTrash size={18} />} title={`Removed on ${formatDateTime(e.removedAt)}`}>
          <Text size="sm">{e.removedReason ? `Reason: ${e.removedReason}` : 'No reason was recorded.'}</Text>
          <Text size="sm" c="dimmed" mt={4}>A removed item is kept with its ledger entries so the record stays complete.</Text>
        </Alert>
      )}

      <Paper withBorder radius="md" p="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
          <Field label="Period covered">{formatPeriod(e.periodStart, e.periodEnd)}</Field>
          <Field label="Collected">{`${e.collectedBy.label}, ${formatDateTime(e.collectedAt)}`}</Field>
          <Field label="File">{`${e.fileName} (${typeLabel(e.contentType)}, ${formatBytes(e.size)})`}</Field>
          <Field label="Ledger entry">
            <Text size="sm">#{e.ledgerSeq} in your organization’s ledger</Text>
          </Field>
          <Field label="Controls">
            {e.controls.length === 0 ? <Text size="sm" c="dimmed">None</Text> : (
              <Group gap={6}>
                {e.controls.map((c) => (
                  <Anchor key={c.id} component={Link} to={`/controls/${c.id}`} size="sm">
                    <Text span ff="monospace" inherit>{c.code}</Text> {c.title}
                  </Anchor>
                ))}
              </Group>
            )}
          </Field>
          <Field label="Criteria">
            {e.criteria.length === 0 ? <Text size="sm" c="dimmed">None directly (its controls map to criteria)</Text> : (
              <Group gap={6}>
                {e.criteria.map((id) => <Anchor key={id} component={Link} to={`/catalog/${id}`} size="sm" ff="monospace">{id}</Anchor>)}
              </Group>
            )}
          </Field>
        </SimpleGrid>
        <Stack gap={4} mt="md">
          <Text size="xs" c="dimmed" fw={500}>SHA-256</Text>
          <Group gap={6} wrap="nowrap">
            <Code fz="xs" style={{ wordBreak: 'break-all' }} data-testid="evidence-sha256">{e.sha256}</Code>
            <CopyButton value={e.sha256} timeout={2000}>
              {({ copied, copy }) => (
                <Tooltip label={copied ? 'Copied' : 'Copy the hash'}>
                  <ActionIcon variant="subtle" color={copied ? 'teal' : 'gray'} onClick={copy} aria-label="Copy the hash">
                    {copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
                  </ActionIcon>
                </Tooltip>
              )}
            </CopyButton>
          </Group>
          <Text size="xs" c="dimmed">Compare it with <Code fz="xs">sha256sum</Code> of the file you hold; the receipt proves when it was recorded.</Text>
        </Stack>
        {e.description && (
          <Stack gap={4} mt="md">
            <Text size="xs" c="dimmed" fw={500}>Description</Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{e.description}</Text>
          </Stack>
        )}
        {e.supersedes && (
          <Text size="sm" mt="md">Replaces <VersionLink v={e.supersedes} label={`${e.supersedes.title} (${e.supersedes.fileName})`} />, which stays on record.</Text>
        )}
      </Paper>

      <section aria-labelledby="evidence-preview">
        <Title order={2} fz="md" fw={600} mb="sm" id="evidence-preview">Preview</Title>
        {e.status === 'removed' ? (
          <Text size="sm" c="dimmed">Removed evidence is not previewed. Its file can still be downloaded for the record.</Text>
        ) : (
          <FilePreview url={contentUrl(e.id, true)} contentType={e.contentType} size={e.size} fileName={e.fileName} />
        )}
      </section>

      {replacing && (
        <EvidenceUploadModal
          opened
          supersede={e}
          onClose={() => setReplacing(false)}
          onUploaded={(done) => {
            setReplacing(false);
            if (done[0]) void navigate(`/evidence/${done[0].id}`);
          }}
        />
      )}
      <ConfirmModal
        opened={removing}
        title="Remove this evidence?"
        confirmLabel="Remove evidence"
        loading={remove.isPending}
        onClose={() => { setRemoving(false); setReasonError(null); }}
        onConfirm={() => {
          if (!reason.trim()) {
            setReasonError('Say why it is removed: the reason is kept in the record.');
            return;
          }
          remove.mutate({ reason: reason.trim() });
        }}
      >
        <Stack gap="sm">
          <Text size="sm">
            Evidence is never deleted: “{e.title}” stays on record, marked as removed, and no longer counts for its controls.
          </Text>
          <Textarea
            label="Reason"
            required
            autosize
            minRows={2}
            maxLength={1000}
            value={reason}
            error={reasonError}
            onChange={(ev) => { setReason(ev.currentTarget.value); setReasonError(null); }}
          />
        </Stack>
      </ConfirmModal>
    </Stack>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={500}>{label}</Text>
      {typeof children === 'string' ? <Text size="sm">{children}</Text> : children}
    </Stack>
  );
}

function VersionLink({ v, label }: { v: EvidenceSummary; label: string }) {
  return <Anchor component={Link} to={`/evidence/${v.id}`} size="sm">{label}</Anchor>;
}
