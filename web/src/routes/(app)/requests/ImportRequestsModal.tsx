// Importing a request list from CSV or XLSX: pick the file, see every row with its errors, import all or nothing.
import { Alert, Badge, Button, FileInput, Group, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { IconAlertCircle, IconFileSpreadsheet } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../../api.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { notifyError, notifySuccess } from '../../../components/notify.tsx';
import { readImportFile, requestKeys, type RequestImportPreview, type RequestImportResult } from './requestData.ts';

export function ImportRequestsModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [body, setBody] = useState<{ format: 'csv' | 'xlsx'; content: string } | null>(null);
  const preview = useMutation({
    mutationFn: (b: { format: 'csv' | 'xlsx'; content: string }) => api.post<RequestImportPreview>('/api/v1/requests/import/preview', b),
  });
  const apply = useMutation({
    mutationFn: () => api.post<RequestImportResult>('/api/v1/requests/import', body),
    onSuccess: (r) => {
      notifySuccess(`${r.created} request(s) created; assignees were notified.`, 'Request list imported');
      void queryClient.invalidateQueries({ queryKey: requestKeys.all });
      close();
    },
    onError: (error) => notifyError(error, 'Nothing was imported'),
  });
  const choose = async (f: File | null) => {
    setFile(f);
    preview.reset();
    setBody(null);
    if (!f) return;
    const b = await readImportFile(f);
    setBody(b);
    preview.mutate(b);
  };
  const close = () => { setFile(null); setBody(null); preview.reset(); onClose(); };
  const p = preview.data;
  return (
    <Modal opened={opened} onClose={() => !apply.isPending && close()} title={<Text fw={600}>Import a request list</Text>} size="xl">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          A CSV or XLSX file with the columns <b>title</b> (required), description, controls (codes separated by ; or ,),
          due_date (YYYY-MM-DD) and assignee_email (a member of this organization). Other columns are ignored. Nothing is
          imported unless every row is valid.
        </Text>
        <FileInput label="File" accept=".csv,.xlsx,text/csv" leftSection={<IconFileSpreadsheet size={16} />} value={file} onChange={(f) => void choose(f)} placeholder="Choose a .csv or .xlsx file" clearable />
        {preview.isError && <ErrorAlert error={preview.error} />}
        {p && (
          <>
            {p.fileErrors.length > 0 && (
              <Alert color="red" icon={<IconAlertCircle size={18} />} title="The file cannot be imported">
                {p.fileErrors.map((e) => <Text key={`${e.line}-${e.message}`} size="sm">Line {e.line}: {e.message}</Text>)}
              </Alert>
            )}
            <Text size="sm">{p.counts.valid} row(s) ready, <Text span c={p.counts.error ? 'red' : undefined} fw={p.counts.error ? 600 : undefined}>{p.counts.error} with errors</Text>.</Text>
            {p.rows.length > 0 && (
              <ScrollArea h={320} type="auto">
                <Table striped miw={700} aria-label="Import preview">
                  <Table.Thead>
                    <Table.Tr><Table.Th>Line</Table.Th><Table.Th>Title</Table.Th><Table.Th>Controls</Table.Th><Table.Th>Due</Table.Th><Table.Th>Assignee</Table.Th><Table.Th>Problems</Table.Th></Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {p.rows.map((r) => (
                      <Table.Tr key={r.line}>
                        <Table.Td>{r.line}</Table.Td>
                        <Table.Td><Text size="sm">{r.title || '—'}</Text></Table.Td>
                        <Table.Td><Text size="sm">{r.controls.map((c) => c.code).join(', ') || '—'}</Text></Table.Td>
                        <Table.Td><Text size="sm">{r.dueOn ?? '—'}</Text></Table.Td>
                        <Table.Td><Text size="sm">{r.assignee?.label ?? '—'}</Text></Table.Td>
                        <Table.Td>
                          {r.valid ? <Badge color="teal" variant="light">OK</Badge> : r.errors.map((e) => <Text key={`${e.field}-${e.message}`} size="xs" c="red">{e.field ? `${e.field}: ` : ''}{e.message}</Text>)}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollArea>
            )}
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close} disabled={apply.isPending}>Cancel</Button>
          <Button onClick={() => apply.mutate()} loading={apply.isPending} disabled={!p?.valid}>
            {p?.valid ? `Import ${p.counts.valid} request(s)` : 'Import'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
