// /vendors: the vendor inventory with review and SOC report status, reminders of what needs attention,
// filters by criticality and subservice, and a form to add a vendor.
import { Alert, Anchor, Button, Group, List, Modal, NativeSelect, Paper, Stack, Table, Text } from '@mantine/core';
import { IconBell, IconBuildingStore, IconPlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../../api.ts';
import { EmptyPanel } from '../../../components/EmptyPanel.tsx';
import { formatDate } from '../../../components/format.ts';
import { LoadMore } from '../../../components/LoadMore.tsx';
import { notifyError, notifySuccess } from '../../../components/notify.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { ProgramGate } from '../../../components/ProgramGate.tsx';
import { VENDOR_CRITICALITIES, type VendorDetail } from '../../../contract.ts';
import { canWriteProgram, useActiveSession } from '../../../session.ts';
import { CriticalityBadge, ReportStateBadge, ReviewStateBadge } from './VendorBadges.tsx';
import { VendorForm, type VendorBody } from './VendorForm.tsx';
import { CRITICALITY_LABELS, METHOD_LABELS, useReminders, useVendors, vendorKeys, type VendorFilter } from './vendorData.ts';
import { QueryState } from '../../../components/QueryState.tsx';
import { ListTable } from '../../../components/ListTable.tsx';

const SUMMARY = 'The vendors you rely on, how critical each is, and when they were last reviewed.';

export default function VendorsPage() {
  return (
    <ProgramGate title="Vendors" summary={SUMMARY}>
      <Vendors />
    </ProgramGate>
  );
}

function Vendors() {
  const session = useActiveSession();
  const canWrite = canWriteProgram(session.activeOrganization);
  const [params, setParams] = useSearchParams();
  const criticality = VENDOR_CRITICALITIES.find((c) => c === params.get('criticality'));
  const sub = params.get('subservice');
  const filter: VendorFilter = { criticality, subservice: sub === 'true' || sub === 'false' ? sub : undefined };
  const vendors = useVendors(filter);
  const reminders = useReminders();
  const [adding, setAdding] = useState(false);
  const setParam = (key: string, value: string) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  const filtered = !!(filter.criticality || filter.subservice);
  const list = vendors.data?.pages.flatMap((p) => p.vendors) ?? [];
  const addButton = canWrite ? <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>Add vendor</Button> : undefined;

  return (
    <>
      <PageHeader title="Vendors" description={SUMMARY} actions={addButton} />
      <Stack gap="lg">
        {reminders.data && reminders.data.reminders.length > 0 && (
          <Alert color="yellow" variant="light" icon={<IconBell size={18} />} title={`${reminders.data.reminders.length} ${reminders.data.reminders.length === 1 ? 'vendor needs' : 'vendors need'} attention`}>
            <List size="sm" spacing={2}>
              {reminders.data.reminders.map((r) => (
                <List.Item key={r.vendor.id}>
                  <Anchor component={Link} to={`/vendors/${r.vendor.id}`} size="sm" fw={500}>{r.vendor.name}</Anchor>{' '}
                  <Text span size="sm" c="dimmed">({CRITICALITY_LABELS[r.vendor.criticality]})</Text>: {r.status.reminders.join(' ')}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        {!filtered && vendors.isSuccess && list.length === 0 ? (
          <EmptyPanel icon={<IconBuildingStore size={26} stroke={1.5} />} title="No vendors yet" actions={addButton}>
            SOC 2 (CC9.2) expects you to know which vendors you depend on, assess how critical each is, review them on a
            schedule and keep their SOC reports on file. {canWrite ? 'Add your first vendor, starting with your cloud host.' : 'An admin or compliance manager can add vendors.'}
          </EmptyPanel>
        ) : (
          <>
            <Group gap="sm" align="flex-end">
              <NativeSelect
                label="Criticality"
                w={200}
                value={filter.criticality ?? ''}
                onChange={(e) => setParam('criticality', e.currentTarget.value)}
                data={[{ value: '', label: 'Any criticality' }, ...VENDOR_CRITICALITIES.map((c) => ({ value: c, label: CRITICALITY_LABELS[c] }))]}
              />
              <NativeSelect
                label="Subservice organization"
                w={220}
                value={filter.subservice ?? ''}
                onChange={(e) => setParam('subservice', e.currentTarget.value)}
                data={[{ value: '', label: 'All vendors' }, { value: 'true', label: 'Subservice organizations' }, { value: 'false', label: 'Other vendors' }]}
              />
            </Group>
            <QueryState query={vendors} label="Loading vendors">
              {() => list.length === 0 ? (
                <Paper withBorder radius="md" p="lg"><Text size="sm" c="dimmed">No vendor matches these filters. Change or clear them above.</Text></Paper>
              ) : (
                <ListTable minWidth={760} columns={['Name', 'Service', 'Criticality', 'Subservice', 'Owner', 'Next review', 'SOC report']}>
                  {list.map((v) => (
                    <Table.Tr key={v.id}>
                      <Table.Td><Anchor component={Link} to={`/vendors/${v.id}`} size="sm" fw={500}>{v.name}</Anchor></Table.Td>
                      <Table.Td><Text size="sm" lineClamp={2}>{v.service || '—'}</Text></Table.Td>
                      <Table.Td><CriticalityBadge value={v.criticality} /></Table.Td>
                      <Table.Td><Text size="sm">{v.subservice ? `Yes · ${v.presentationMethod ? METHOD_LABELS[v.presentationMethod] : 'method not set'}` : 'No'}</Text></Table.Td>
                      <Table.Td><Text size="sm" c={v.owner ? undefined : 'dimmed'}>{v.owner?.name ?? 'No owner'}</Text></Table.Td>
                      <Table.Td>
                        <ReviewStateBadge value={v.status.reviewState} />
                        <Text size="xs" c="dimmed" mt={2}>{v.status.nextReviewDue ? `Due ${formatDate(v.status.nextReviewDue)}` : 'Review now'}</Text>
                      </Table.Td>
                      <Table.Td>
                        <ReportStateBadge value={v.status.reportState} qualified={v.status.qualifiedOpinion} />
                        {v.status.latestReportPeriodEnd && <Text size="xs" c="dimmed" mt={2}>Period end {formatDate(v.status.latestReportPeriodEnd)}</Text>}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </ListTable>
              )}
            </QueryState>
            {list.length > 0 && (
              <LoadMore shown={list.length} noun={['vendor', 'vendors']} hasMore={vendors.hasNextPage} loading={vendors.isFetchingNextPage} onLoad={() => void vendors.fetchNextPage()} />
            )}
          </>
        )}
      </Stack>
      <AddVendorModal opened={adding} onClose={() => setAdding(false)} />
    </>
  );
}

function AddVendorModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const create = useMutation({
    mutationFn: (body: VendorBody) => api.post<VendorDetail>('/api/v1/vendors', body),
    onSuccess: (v) => {
      notifySuccess(`${v.name} was added. Record a review and file its SOC report next.`, 'Vendor added');
      void queryClient.invalidateQueries({ queryKey: vendorKeys.all });
      onClose();
      void navigate(`/vendors/${v.id}`);
    },
    onError: (error) => notifyError(error, 'Could not add the vendor'),
  });
  return (
    <Modal opened={opened} onClose={() => !create.isPending && onClose()} title={<Text fw={600}>Add a vendor</Text>} size="xl">
      {opened && <VendorForm saving={create.isPending} submitLabel="Add vendor" onSubmit={(b) => create.mutate(b)} onCancel={onClose} />}
    </Modal>
  );
}
