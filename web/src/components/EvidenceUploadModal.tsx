// Adds evidence: several files dropped at once share one description, period, controls and criteria; each
// file keeps its own title and is sent as its own request, with its own progress bar and its own outcome.
// In supersede mode it takes one replacement file for an existing item, prefilled from that item.
import { ActionIcon, Alert, Badge, Button, Group, Modal, MultiSelect, Paper, Progress, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconX } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../api.ts';
import type { EvidenceItem, EvidenceMetadataInput } from '../contract.ts';
import { CriteriaMultiSelect } from './CriteriaMultiSelect.tsx';
import { EvidenceUploadDropzone } from './EvidenceUploadDropzone.tsx';
import { defaultPeriod, formatBytes } from './EvidenceUploadFormat.ts';
import { useEvidenceOptions } from './EvidenceUploadOptions.ts';
import { uploadEvidenceFile, type UploadHandle } from './EvidenceUploadXhr.ts';
import { notifySuccess } from './notify.tsx';

type FileState = 'ready' | 'uploading' | 'done' | 'failed';

interface PendingFile {
  key: number;
  file: File;
  title: string;
  state: FileState;
  progress: number;
  error: string | null;
  item: EvidenceItem | null;
}

/** Query roots whose data an upload changes (lists, a control's evidence and freshness, readiness). */
const CHANGED_ROOTS = new Set(['evidence', 'freshness', 'readiness', 'controls', 'reminders', 'dashboard']);

export function invalidateEvidence(queryClient: ReturnType<typeof useQueryClient>): Promise<void> {
  return queryClient.invalidateQueries({ predicate: (q) => CHANGED_ROOTS.has(String(q.queryKey[0])) });
}

export function EvidenceUploadModal({ opened, onClose, controlIds = [], supersede, onUploaded }: {
  opened: boolean;
  onClose: () => void;
  /** Controls chosen up front (the control page's "Add evidence"). */
  controlIds?: string[];
  /** Replace this item instead of adding new ones. */
  supersede?: EvidenceItem;
  onUploaded?: (items: EvidenceItem[]) => void;
}) {
  const [busy, setBusy] = useState(false);
  return (
    <Modal
      opened={opened}
      onClose={() => !busy && onClose()}
      closeOnClickOutside={!busy}
      title={<Text fw={600}>{supersede ? `Replace “${supersede.title}”` : 'Add evidence'}</Text>}
      size="xl"
    >
      {opened && <UploadForm controlIds={controlIds} supersede={supersede} onBusy={setBusy} onClose={onClose} onUploaded={onUploaded} />}
    </Modal>
  );
}

function UploadForm({ controlIds, supersede, onBusy, onClose, onUploaded }: {
  controlIds: string[];
  supersede?: EvidenceItem;
  onBusy: (busy: boolean) => void;
  onClose: () => void;
  onUploaded?: (items: EvidenceItem[]) => void;
}) {
  const queryClient = useQueryClient();
  const options = useEvidenceOptions();
  const period = defaultPeriod();
  const [files, setFiles] = useState<PendingFile[]>([]);
  const [description, setDescription] = useState(supersede?.description ?? '');
  const [periodStart, setPeriodStart] = useState(supersede?.periodStart ?? period.start);
  const [periodEnd, setPeriodEnd] = useState(supersede?.periodEnd ?? period.end);
  const [controls, setControls] = useState<string[]>(supersede ? supersede.controls.map((c) => c.id) : controlIds);
  const [criteria, setCriteria] = useState<string[]>(supersede?.criteria ?? []);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [running, setRunning] = useState(false);
  const nextKey = useRef(1);
  const handles = useRef(new Map<number, UploadHandle>());
  const stopped = useRef(false);

  useEffect(() => () => { for (const h of handles.current.values()) h.abort(); }, []);
  useEffect(() => onBusy(running), [running, onBusy]);

  const update = (key: number, patch: Partial<PendingFile>) =>
    setFiles((prev) => prev.map((f) => (f.key === key ? { ...f, ...patch } : f)));

  const addFiles = (picked: File[]) => {
    const fresh = picked.map((file): PendingFile => ({
      key: nextKey.current++, file, title: supersede?.title ?? file.name, state: 'ready', progress: 0, error: null, item: null,
    }));
    setFiles((prev) => (supersede ? fresh.slice(0, 1) : [...prev.filter((f) => f.state !== 'done'), ...fresh]));
    setErrors((e) => ({ ...e, files: '' }));
  };

  const validate = (): boolean => {
    const next: Record<string, string> = {};
    if (!files.some((f) => f.state !== 'done')) next.files = supersede ? 'Choose the replacement file.' : 'Choose at least one file.';
    for (const f of files) if (!f.title.trim()) next[`title.${f.key}`] = 'Give this file a title.';
    if (!periodStart) next.periodStart = 'When does the period start?';
    if (!periodEnd) next.periodEnd = 'When does the period end?';
    if (periodStart && periodEnd && periodStart > periodEnd) next.periodEnd = 'The period must end on or after its start.';
    for (const f of files) if (f.file.size === 0) next[`title.${f.key}`] = 'This file is empty.';
    setErrors(next);
    return Object.values(next).every((v) => !v);
  };

  const uploadAll = async () => {
    if (!validate()) return;
    setRunning(true);
    stopped.current = false;
    const done: EvidenceItem[] = [];
    const url = supersede ? `/api/v1/evidence/${supersede.id}/supersede` : '/api/v1/evidence';
    for (const f of files) {
      if (f.state === 'done' || stopped.current) continue;
      const metadata: EvidenceMetadataInput = {
        title: f.title.trim(),
        description: description.trim(),
        periodStart,
        periodEnd,
        controlIds: controls,
        criterionIds: criteria,
        source: 'upload',
      };
      update(f.key, { state: 'uploading', progress: 0, error: null });
      const handle = uploadEvidenceFile(queryClient, url, metadata, f.file, (p) => update(f.key, { progress: p }));
      handles.current.set(f.key, handle);
      try {
        const item = await handle.promise;
        done.push(item);
        update(f.key, { state: 'done', progress: 1, item });
      } catch (error) {
        update(f.key, { state: 'failed', error: errorMessage(error) });
      } finally {
        handles.current.delete(f.key);
      }
    }
    setRunning(false);
    if (done.length) {
      void invalidateEvidence(queryClient);
      onUploaded?.(done);
      notifySuccess(
        supersede ? 'The new version replaces the old one, which stays on record.' : `${done.length} ${done.length === 1 ? 'file was' : 'files were'} added and recorded in the ledger.`,
        supersede ? 'Evidence replaced' : 'Evidence added',
      );
    }
  };

  /** Cancels the file being sent; the files after it stay in the list, unsent. */
  const stop = () => {
    stopped.current = true;
    for (const h of handles.current.values()) h.abort();
  };

  const pending = files.filter((f) => f.state !== 'done').length;
  const allDone = files.length > 0 && pending === 0;

  return (
    <Stack gap="md">
      {supersede && (
        <Alert color="blue" variant="light" p="sm">
          <Text size="sm">
            The current file stays on record, marked as superseded and linked to the new one. Evidence is never overwritten.
          </Text>
        </Alert>
      )}
      {!allDone && <EvidenceUploadDropzone onFiles={addFiles} multiple={!supersede} disabled={running} />}
      {errors.files && <Text size="sm" c="red">{errors.files}</Text>}

      {files.length > 0 && (
        <Stack gap="xs" aria-label="Files to upload">
          {files.map((f) => (
            <Paper key={f.key} withBorder radius="sm" p="sm" data-testid="evidence-upload-row">
              <Group gap="sm" wrap="nowrap" align="flex-start">
                <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
                  <Group gap="xs" wrap="nowrap">
                    <Text size="xs" c="dimmed" truncate style={{ minWidth: 0 }}>{f.file.name}</Text>
                    <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>{formatBytes(f.file.size)}</Text>
                    <FileStateBadge state={f.state} />
                  </Group>
                  <TextInput
                    size="xs"
                    aria-label={`Title of ${f.file.name}`}
                    value={f.title}
                    maxLength={200}
                    disabled={running || f.state === 'done'}
                    error={errors[`title.${f.key}`]}
                    onChange={(e) => update(f.key, { title: e.currentTarget.value })}
                  />
                  {f.state !== 'ready' && (
                    <Progress
                      value={Math.round(f.progress * 100)}
                      color={f.state === 'failed' ? 'red' : f.state === 'done' ? 'teal' : 'blue'}
                      animated={f.state === 'uploading'}
                      size="sm"
                      aria-label={`Upload progress of ${f.file.name}`}
                    />
                  )}
                  {f.error && (
                    <Text size="xs" c="red" role="alert">
                      <IconAlertTriangle size={12} style={{ verticalAlign: 'middle' }} /> {f.error}
                    </Text>
                  )}
                </Stack>
                {f.state !== 'done' && !running && (
                  <ActionIcon variant="subtle" color="gray" aria-label={`Remove ${f.file.name} from the list`} onClick={() => setFiles((prev) => prev.filter((x) => x.key !== f.key))}>
                    <IconX size={16} />
                  </ActionIcon>
                )}
              </Group>
            </Paper>
          ))}
        </Stack>
      )}

      {!allDone && (
        <>
          <Group grow align="flex-start">
            <TextInput
              type="date"
              label="Period from"
              description="The first day the evidence is about"
              value={periodStart}
              onChange={(e) => setPeriodStart(e.currentTarget.value)}
              error={errors.periodStart}
              disabled={running}
              required
            />
            <TextInput
              type="date"
              label="Period to"
              description="The last day it covers"
              value={periodEnd}
              onChange={(e) => setPeriodEnd(e.currentTarget.value)}
              error={errors.periodEnd}
              disabled={running}
              required
            />
          </Group>
          <MultiSelect
            label="Controls"
            description="The controls this evidence shows operating"
            data={options.controlData}
            value={controls}
            onChange={setControls}
            searchable
            hidePickedOptions
            disabled={running}
            maxValues={50}
            placeholder={controls.length ? undefined : options.loading ? 'Loading controls…' : 'Pick controls, e.g. AC-01'}
            nothingFoundMessage="No active control matches"
            comboboxProps={{ withinPortal: true, keepMounted: false }}
            onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
          />
          <CriteriaMultiSelect
            criteria={options.criteria}
            value={criteria}
            onChange={setCriteria}
            disabled={running}
            maxValues={50}
            description="Criteria it supports directly (its controls' criteria count already)"
          />
          <Textarea
            label="Description"
            description={supersede ? undefined : 'Shared by every file above'}
            autosize
            minRows={2}
            maxRows={6}
            maxLength={5000}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            disabled={running}
          />
        </>
      )}

      <Group justify="flex-end" gap="sm">
        {allDone ? (
          <Button onClick={onClose}>Done</Button>
        ) : (
          <>
            {running ? (
              <Button variant="default" onClick={stop}>Stop</Button>
            ) : (
              <Button variant="default" onClick={onClose}>Cancel</Button>
            )}
            <Button onClick={() => void uploadAll()} loading={running}>
              {supersede ? 'Upload replacement' : pending > 1 ? `Upload ${pending} files` : 'Upload'}
            </Button>
          </>
        )}
      </Group>
    </Stack>
  );
}

function FileStateBadge({ state }: { state: FileState }) {
  if (state === 'done') return <Badge size="xs" color="teal" variant="light" leftSection={<IconCheck size={10} />}>Uploaded</Badge>;
  if (state === 'failed') return <Badge size="xs" color="red" variant="light">Failed</Badge>;
  if (state === 'uploading') return <Badge size="xs" color="blue" variant="light">Uploading</Badge>;
  return null;
}
