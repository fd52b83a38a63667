// /requests: the PBC request list with filters (status, assignee, due), "New request", import from a
// spreadsheet with a preview, and export with statuses (CSV / XLSX).
import { Anchor, Button, Group, Menu, NativeSelect, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconDownload, IconFileImport, IconInbox, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { queryString } from '../../../api.ts';
import { EmptyPanel } from '../../../components/EmptyPanel.tsx';
import { formatDate } from '../../../components/format.ts';
import { LoadMore } from '../../../components/LoadMore.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { ProgramGate } from '../../../components/ProgramGate.tsx';
import { canWriteProgram, useActiveSession } from '../../../session.ts';
import { ImportRequestsModal } from './ImportRequestsModal.tsx';
import { NewRequestModal } from './NewRequestModal.tsx';
import { DueBadge, StatusBadge } from './RequestBadges.tsx';
import { REQUEST_STATUSES, STATUS, useMembers, useRequests, type RequestFilter } from './requestData.ts';
import { QueryState } from '../../../components/QueryState.tsx';
import { ListTable } from '../../../components/ListTable.tsx';

const SUMMARY = 'What has been asked for ("provided by client"), of whom, by when — and where each answer stands.';
const DUES = [['overdue', 'Overdue'], ['due_soon', 'Due soon'], ['no_due_date', 'No due date']] as const;

export default function RequestsPage() {
  return (
    <ProgramGate title="Requests" summary={SUMMARY}>
      <Requests />
    </ProgramGate>
  );
}

function Requests() {
  const session = useActiveSession();
  const canWrite = canWriteProgram(session.activeOrganization);
  const [params, setParams] = useSearchParams();
  const filter: RequestFilter = {
    status: REQUEST_STATUSES.find((s) => s === params.get('status')),
    assignee: params.get('assignee') || undefined,
    due: DUES.map(([v]) => v).find((d) => d === params.get('due')),
    q: params.get('q') || undefined,
  };
  const requests = useRequests(filter);
  const members = useMembers();
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const setParam = (key: string, value: string) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  const filtered = !!(filter.status || filter.assignee || filter.due || filter.q);
  const list = requests.data?.pages.flatMap((p) => p.requests) ?? [];
  const exportQuery = queryString({ status: filter.status, assignee: filter.assignee, due: filter.due, q: filter.q });
  const actions = (
    <Group gap="xs">
      <Menu position="bottom-end">
        <Menu.Target><Button variant="default" leftSection={<IconDownload size={16} />}>Export</Button></Menu.Target>
        <Menu.Dropdown>
          <Menu.Item component="a" href={`/api/v1/requests/export.csv${exportQuery}`} download>CSV</Menu.Item>
          <Menu.Item component="a" href={`/api/v1/requests/export.xlsx${exportQuery}`} download>Excel (XLSX)</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {canWrite && <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={() => setImporting(true)}>Import</Button>}
      {canWrite && <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>New request</Button>}
    </Group>
  );

  return (
    <>
      <PageHeader title="Requests" description={SUMMARY} actions={actions} />
      <Stack gap="lg">
        {!filtered && requests.isSuccess && list.length === 0 ? (
          <EmptyPanel icon={<IconInbox size={26} stroke={1.5} />} title="No requests yet">
            Requests track each piece of evidence someone has to provide: what, for which controls, by when, and whether it
            was accepted. {canWrite
              ? 'Create one with "New request", or import the spreadsheet your auditor sent with "Import".'
              : 'An admin or compliance manager creates requests; the ones assigned to you will appear here.'}
          </EmptyPanel>
        ) : (
          <>
            <Group gap="sm" align="flex-end">
              <NativeSelect label="Status" w={170} value={filter.status ?? ''} onChange={(e) => setParam('status', e.currentTarget.value)}
                data={[{ value: '', label: 'Any status' }, ...REQUEST_STATUSES.map((s) => ({ value: s, label: STATUS[s].label }))]} />
              <NativeSelect label="Assignee" w={220} value={filter.assignee ?? ''} onChange={(e) => setParam('assignee', e.currentTarget.value)}
                data={[{ value: '', label: 'Anyone' }, { value: 'me', label: 'Assigned to me' }, ...(members.data?.members ?? []).map((m) => ({ value: m.userId, label: m.name }))]} />
              <NativeSelect label="Due" w={170} value={filter.due ?? ''} onChange={(e) => setParam('due', e.currentTarget.value)}
                data={[{ value: '', label: 'Any due date' }, ...DUES.map(([value, label]) => ({ value, label }))]} />
              <TextInput label="Search" w={220} defaultValue={filter.q ?? ''} placeholder="Title or description" onKeyDown={(e) => { if (e.key === 'Enter') setParam('q', e.currentTarget.value.trim()); }} onBlur={(e) => setParam('q', e.currentTarget.value.trim())} />
            </Group>
            <QueryState query={requests} label="Loading requests">
              {() => list.length === 0 ? (
                <Paper withBorder radius="md" p="lg"><Text size="sm" c="dimmed">No request matches these filters. Change or clear them above.</Text></Paper>
              ) : (
                <ListTable minWidth={800} columns={['Request', 'Controls', 'Assignee', 'Due', 'Status']}>
                  {list.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/requests/${r.id}`} size="sm" fw={500}>{r.title}</Anchor>
                        <Text size="xs" c="dimmed">{plural(r.commentCount, 'comment')} · {plural(r.attachmentCount, 'attachment')}</Text>
                      </Table.Td>
                      <Table.Td><Text size="sm">{r.controls.map((c) => c.code).join(', ') || '—'}</Text></Table.Td>
                      <Table.Td><Text size="sm" c={r.assignee ? undefined : 'dimmed'}>{r.assignee?.label ?? 'Unassigned'}</Text></Table.Td>
                      <Table.Td>
                        <Text size="sm">{formatDate(r.dueOn)}</Text>
                        <DueBadge value={r.dueState} />
                      </Table.Td>
                      <Table.Td><StatusBadge value={r.status} /></Table.Td>
                    </Table.Tr>
                  ))}
                </ListTable>
              )}
            </QueryState>
            {list.length > 0 && (
              <LoadMore shown={list.length} noun={['request', 'requests']} hasMore={requests.hasNextPage} loading={requests.isFetchingNextPage} onLoad={() => void requests.fetchNextPage()} />
            )}
          </>
        )}
      </Stack>
      <NewRequestModal opened={adding} onClose={() => setAdding(false)} />
      <ImportRequestsModal opened={importing} onClose={() => setImporting(false)} />
    </>
  );
}

function plural(n: number, noun: string): string {
  return n === 0 ? `no ${noun}s` : `${n} ${noun}${n === 1 ? '' : 's'}`;
}
