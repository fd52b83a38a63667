// /evidence: every evidence item of the organization, filtered by system, control, criterion, category,
// period, source, collector and title; the URL carries the filters, so a filtered view is a link.
import { Button, Code, Group, List, NativeSelect, Paper, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconFolders, IconPlus, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../../api.ts';
import { CATEGORY_LABELS, CATEGORY_ORDER } from '../../../categories.ts';
import { EvidenceUploadModal } from '../../../components/EvidenceUploadModal.tsx';
import { useEvidenceOptions } from '../../../components/EvidenceUploadOptions.ts';
import { EmptyPanel } from '../../../components/EmptyPanel.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { ProgramGate } from '../../../components/ProgramGate.tsx';
import { EVIDENCE_SOURCE_LABELS, EVIDENCE_SOURCES, type MemberList } from '../../../contract.ts';
import { useActiveSession } from '../../../session.ts';
import { FILTER_KEYS, filterFromParams, useEvidenceList, visibleItems } from './evidenceData.ts';
import { canWriteEvidence, EvidenceTable } from './EvidenceTable.tsx';
import { QueryState } from '../../../components/QueryState.tsx';

const SUMMARY = 'Files that show your controls operating, each tied to controls, criteria and the period it covers.';

export default function EvidencePage() {
  return (
    <ProgramGate title="Evidence" summary={SUMMARY}>
      <Evidence />
    </ProgramGate>
  );
}

function Evidence() {
  const session = useActiveSession();
  const canWrite = canWriteEvidence(session.activeOrganization);
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const list = useEvidenceList(filter);
  const options = useEvidenceOptions();
  const members = useQuery({ queryKey: ['members'], queryFn: () => api.get<MemberList>('/api/v1/members'), select: (d) => d.members });
  const [adding, setAdding] = useState(false);
  const [text, setText] = useState(filter.q ?? '');

  const setParam = (key: string, value: string) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    }, { replace: true });
  const setText300 = useDebouncedCallback((v: string) => setParam('q', v.trim()), 300);
  const filtered = FILTER_KEYS.some((k) => params.get(k));
  const items = visibleItems(list.data?.pages, filter.includeRemoved);
  const controlFilterData = options.controlData;
  const addButton = canWrite ? <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>Add evidence</Button> : undefined;

  const empty = !filtered && !filter.includeRemoved && list.isSuccess && list.data.pages.every((p) => p.items.length === 0);

  return (
    <>
      <PageHeader title="Evidence" description={SUMMARY} actions={addButton} />
      {empty ? (
        <EmptyPanel icon={<IconFolders size={26} stroke={1.5} />} title="No evidence yet" actions={addButton}>
          <Stack gap={6} align="center">
            <Text size="sm" c="dimmed">
              Evidence is what an auditor inspects to see a control operate: screenshots, exports, tickets, signed
              documents. Each file is hashed and recorded in the ledger, so nobody can quietly change it later.
            </Text>
            <List size="sm" c="dimmed" ta="left" spacing={4}>
              <List.Item>{canWrite ? 'Choose “Add evidence” and drop your files in, or add them from a control’s page so the control is already linked.' : 'An admin, compliance manager or control owner can upload files here or from a control’s page.'}</List.Item>
              <List.Item>From a terminal: <Code>attest evidence add FILE… --control AC-03 --period 2026-01-01..2026-03-31</Code></List.Item>
              <List.Item>Connectors that collect evidence automatically come in a later release.</List.Item>
            </List>
          </Stack>
        </EmptyPanel>
      ) : (
        <Stack gap="md">
          <Paper withBorder radius="md" p="sm">
            <Group gap="sm" align="flex-end">
              <TextInput
                label="Title"
                placeholder="Search titles"
                leftSection={<IconSearch size={14} />}
                w={200}
                value={text}
                onChange={(e) => {
                  setText(e.currentTarget.value);
                  setText300(e.currentTarget.value);
                }}
              />
              {options.systems.length > 1 && (
                <NativeSelect
                  label="System"
                  w={180}
                  value={filter.systemId ?? ''}
                  onChange={(e) => setParam('systemId', e.currentTarget.value)}
                  data={[{ value: '', label: 'All systems' }, ...options.systems.map((s) => ({ value: s.id, label: s.name }))]}
                />
              )}
              <Select
                label="Control"
                placeholder="Any control"
                w={220}
                searchable
                clearable
                data={controlFilterData}
                value={filter.controlId ?? null}
                onChange={(v) => setParam('controlId', v ?? '')}
                comboboxProps={{ withinPortal: true }}
                nothingFoundMessage="No control matches"
              />
              <Select
                label="Criterion"
                placeholder="Any criterion"
                w={150}
                searchable
                clearable
                data={options.criteria.map((c) => ({ value: c.id, label: c.id }))}
                value={filter.criterionId ?? null}
                onChange={(v) => setParam('criterionId', v ?? '')}
                comboboxProps={{ withinPortal: true }}
              />
              <NativeSelect
                label="Category"
                w={170}
                value={filter.category ?? ''}
                onChange={(e) => setParam('category', e.currentTarget.value)}
                data={[{ value: '', label: 'Any category' }, ...CATEGORY_ORDER.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))]}
              />
              <TextInput type="date" label="Period from" w={150} value={filter.from ?? ''} onChange={(e) => setParam('from', e.currentTarget.value)} />
              <TextInput type="date" label="Period to" w={150} value={filter.to ?? ''} onChange={(e) => setParam('to', e.currentTarget.value)} />
              <NativeSelect
                label="Source"
                w={130}
                value={filter.source ?? ''}
                onChange={(e) => setParam('source', e.currentTarget.value)}
                data={[{ value: '', label: 'Any source' }, ...EVIDENCE_SOURCES.map((s) => ({ value: s, label: EVIDENCE_SOURCE_LABELS[s] }))]}
              />
              <NativeSelect
                label="Collected by"
                w={180}
                value={filter.collectedBy ?? ''}
                onChange={(e) => setParam('collectedBy', e.currentTarget.value)}
                data={[{ value: '', label: 'Anyone' }, ...(members.data ?? []).map((m) => ({ value: m.userId, label: m.name || m.email }))]}
              />
              <Switch
                label="Show superseded and removed"
                checked={!!filter.includeRemoved}
                onChange={(e) => setParam('includeRemoved', e.currentTarget.checked ? 'true' : '')}
                mb={8}
              />
              {filtered && (
                <Button variant="subtle" size="xs" mb={4} onClick={() => { setText(''); setParams(filter.includeRemoved ? { includeRemoved: 'true' } : {}, { replace: true }); }}>
                  Clear filters
                </Button>
              )}
            </Group>
          </Paper>
          <QueryState query={list} label="Loading evidence">
            {() => items.length === 0 && !list.hasNextPage ? (
              <Paper withBorder radius="md" p="lg">
                <Text size="sm" c="dimmed">No evidence matches these filters. Change or clear them above{filter.includeRemoved ? '' : ', or show superseded and removed items'}.</Text>
              </Paper>
            ) : (
              <>
                <EvidenceTable items={items} />
                {list.hasNextPage && (
                  <Group justify="center">
                    <Button variant="default" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>Load more</Button>
                  </Group>
                )}
              </>
            )}
          </QueryState>
        </Stack>
      )}
      <EvidenceUploadModal
        opened={adding}
        onClose={() => setAdding(false)}
        controlIds={filter.controlId ? [filter.controlId] : []}
      />
    </>
  );
}
