// /vendors/:vendorId: one vendor: its details, the reviews recorded and the SOC reports on file.
import { Anchor, Button, Checkbox, Group, Modal, NativeSelect, Paper, ScrollArea, SimpleGrid, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconArrowLeft, IconBuildingStore, IconPlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, isApiError } from '../../../../api.ts';
import { EmptyPanel } from '../../../../components/EmptyPanel.tsx';
import { ErrorAlert } from '../../../../components/ErrorAlert.tsx';
import { formatDate, todayIso } from '../../../../components/format.ts';
import { SectionLoader } from '../../../../components/FullPageLoader.tsx';
import { notifyError, notifySuccess } from '../../../../components/notify.tsx';
import { PageHeader } from '../../../../components/PageHeader.tsx';
import { PersonSelect } from '../../../../components/PersonSelect.tsx';
import { ProgramGate } from '../../../../components/ProgramGate.tsx';
import { optionalText } from '../../../../components/validation.ts';
import {
  REPORT_OPINIONS, REPORT_TYPES, REVIEW_OUTCOMES, type CreateVendorReportRequest, type CreateVendorReviewRequest, type ReportOpinion,
  type ReviewOutcome, type VendorDetail, type VendorReportType,
} from '../../../../contract.ts';
import { usePeople } from '../../../../program.ts';
import { canWriteProgram, useActiveSession } from '../../../../session.ts';
import { CriticalityBadge, ReportStateBadge, ReviewStateBadge } from '../VendorBadges.tsx';
import { VendorForm, type VendorBody } from '../VendorForm.tsx';
import { OPINION_LABELS, OUTCOME_LABELS, REPORT_TYPE_LABELS, useVendor, vendorKeys } from '../vendorData.ts';

const back = (
  <Anchor component={Link} to="/vendors" size="sm">
    <IconArrowLeft size={14} style={{ verticalAlign: 'middle' }} /> Vendors
  </Anchor>
);

export default function VendorPage() {
  return (
    <ProgramGate title="Vendor" summary="A vendor, its reviews and SOC reports.">
      <VendorView />
    </ProgramGate>
  );
}


function VendorView() {
  const { vendorId = '' } = useParams();
  const session = useActiveSession();
  const canWrite = canWriteProgram(session.activeOrganization);
  const queryClient = useQueryClient();
  const vendor = useVendor(vendorId);
  const [reviewing, setReviewing] = useState(false);
  const [reporting, setReporting] = useState(false);
  const apply = (v: VendorDetail) => {
    queryClient.setQueryData(vendorKeys.vendor(v.id), v);
    void queryClient.invalidateQueries({ queryKey: ['vendors', 'list'] });
    void queryClient.invalidateQueries({ queryKey: vendorKeys.reminders });
  };
  const save = useMutation({
    mutationFn: (body: VendorBody) => api.patch<VendorDetail>(`/api/v1/vendors/${vendorId}`, body),
    onSuccess: (v) => {
      apply(v);
      notifySuccess(`${v.name} was saved.`);
    },
    onError: (error) => notifyError(error, 'Could not save the vendor'),
  });

  if (vendor.isPending) return <SectionLoader label="Loading the vendor" />;
  if (vendor.isError) {
    return (
      <>
        <PageHeader title="Vendor" above={back} />
        {isApiError(vendor.error) && vendor.error.isNotFound ? (
          <EmptyPanel icon={<IconBuildingStore size={26} stroke={1.5} />} title="Vendor not found">
            This vendor does not exist in your organization. Go back to the vendor list.
          </EmptyPanel>
        ) : (
          <ErrorAlert error={vendor.error} onRetry={() => void vendor.refetch()} />
        )}
      </>
    );
  }
  const v = vendor.data;
  return (
    <>
      <PageHeader
        above={back}
        title={v.name}
        description={
          <Group gap="xs" component="span">
            <CriticalityBadge value={v.criticality} />
            <ReviewStateBadge value={v.status.reviewState} />
            <ReportStateBadge value={v.status.reportState} qualified={v.status.qualifiedOpinion} />
            <Text span size="sm" c="dimmed">
              Reviewed every {v.status.cadenceMonths} months{v.status.nextReviewDue ? ` · next review due ${formatDate(v.status.nextReviewDue)}` : ''}
            </Text>
          </Group>
        }
      />
      <Stack gap="lg">
        <Paper withBorder radius="md" p="lg">
          <Title order={2} fz="md" mb="sm">Details</Title>
          <VendorForm key={v.updatedAt} vendor={v} readOnly={!canWrite} saving={save.isPending} submitLabel="Save" onSubmit={(b) => save.mutate(b)} />
        </Paper>

        <Paper withBorder radius="md" p="lg">
          <Group justify="space-between" mb="sm">
            <Title order={2} fz="md">Reviews</Title>
            {canWrite && <Button variant="default" leftSection={<IconPlus size={16} />} onClick={() => setReviewing(true)}>Record review</Button>}
          </Group>
          {v.reviews.length === 0 ? (
            <Text size="sm" c="dimmed">No review recorded yet. Review the vendor’s security posture and record the outcome.</Text>
          ) : (
            <ScrollArea type="auto">
              <Table miw={600}>
                <Table.Thead>
                  <Table.Tr><Table.Th w={130}>Reviewed on</Table.Th><Table.Th w={160}>Reviewer</Table.Th><Table.Th w={200}>Outcome</Table.Th><Table.Th>Notes</Table.Th></Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {v.reviews.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td>{formatDate(r.reviewedOn)}</Table.Td>
                      <Table.Td>{r.reviewer?.name ?? '—'}</Table.Td>
                      <Table.Td>{OUTCOME_LABELS[r.outcome]}</Table.Td>
                      <Table.Td><Text size="sm" lineClamp={3}>{r.notes || '—'}</Text></Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea>
          )}
        </Paper>

        <Paper withBorder radius="md" p="lg">
          <Group justify="space-between" mb="sm">
            <Title order={2} fz="md">SOC reports</Title>
            {canWrite && <Button variant="default" leftSection={<IconPlus size={16} />} onClick={() => setReporting(true)}>Add report</Button>}
          </Group>
          {v.reports.length === 0 ? (
            <Text size="sm" c="dimmed">No report on file. Ask the vendor for its latest SOC 2 Type II report (or a certificate) and file it here.</Text>
          ) : (
            <ScrollArea type="auto">
              <Table miw={700}>
                <Table.Thead>
                  <Table.Tr><Table.Th>Type</Table.Th><Table.Th>Period</Table.Th><Table.Th>Opinion</Table.Th><Table.Th>Exceptions</Table.Th><Table.Th>Bridge letter</Table.Th></Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {v.reports.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td>{REPORT_TYPE_LABELS[r.type]}</Table.Td>
                      <Table.Td>{r.periodStart ? `${formatDate(r.periodStart)} – ${formatDate(r.periodEnd)}` : `As of ${formatDate(r.periodEnd)}`}</Table.Td>
                      <Table.Td><Text size="sm" c={r.opinion && r.opinion !== 'unqualified' ? 'red' : undefined}>{r.opinion ? OPINION_LABELS[r.opinion] : '—'}</Text></Table.Td>
                      <Table.Td><Text size="sm" lineClamp={3}>{r.exceptionsNoted || 'None noted'}</Text></Table.Td>
                      <Table.Td>{r.bridgeLetter ? `Yes${r.bridgeLetterDate ? `, ${formatDate(r.bridgeLetterDate)}` : ''}` : 'No'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea>
          )}
        </Paper>
      </Stack>
      <ReviewModal vendorId={v.id} opened={reviewing} onClose={() => setReviewing(false)} onDone={apply} />
      <ReportModal vendorId={v.id} opened={reporting} onClose={() => setReporting(false)} onDone={apply} />
    </>
  );
}

function ReviewModal({ vendorId, opened, onClose, onDone }: { vendorId: string; opened: boolean; onClose: () => void; onDone: (v: VendorDetail) => void }) {
  const people = usePeople(opened);
  const form = useForm({
    initialValues: { reviewedOn: todayIso(), reviewerId: null as string | null, outcome: 'approved' as ReviewOutcome, notes: '' },
    validate: {
      reviewedOn: (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? null : 'Enter a date'),
      reviewerId: (v) => (v ? null : 'Pick who reviewed the vendor'),
      notes: optionalText(5000),
    },
  });
  const record = useMutation({
    mutationFn: (body: CreateVendorReviewRequest) => api.post<VendorDetail>(`/api/v1/vendors/${vendorId}/reviews`, body),
    onSuccess: (v) => {
      onDone(v);
      notifySuccess('The review was recorded.');
      form.reset();
      onClose();
    },
    onError: (error) => notifyError(error, 'Could not record the review'),
  });
  return (
    <Modal opened={opened} onClose={() => !record.isPending && onClose()} title={<Text fw={600}>Record a review</Text>} size="lg">
      <form noValidate onSubmit={form.onSubmit((x) => record.mutate({ reviewedOn: x.reviewedOn, reviewerId: x.reviewerId!, outcome: x.outcome, notes: x.notes.trim() }))}>
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput label="Reviewed on" type="date" data-autofocus {...form.getInputProps('reviewedOn')} />
            <PersonSelect label="Reviewer" people={people.data ?? []} {...form.getInputProps('reviewerId')} />
            <NativeSelect label="Outcome" data={REVIEW_OUTCOMES.map((o) => ({ value: o, label: OUTCOME_LABELS[o] }))} {...form.getInputProps('outcome')} />
          </SimpleGrid>
          <Textarea label="Review notes" description="What you checked and any conditions." autosize minRows={3} maxRows={8} maxLength={5000} {...form.getInputProps('notes')} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={record.isPending}>Cancel</Button>
            <Button type="submit" loading={record.isPending}>Record review</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function ReportModal({ vendorId, opened, onClose, onDone }: { vendorId: string; opened: boolean; onClose: () => void; onDone: (v: VendorDetail) => void }) {
  const form = useForm({
    initialValues: {
      type: 'soc2_type2' as VendorReportType, periodStart: '', periodEnd: '', opinion: 'unqualified' as ReportOpinion | '',
      exceptionsNoted: '', bridgeLetter: false, bridgeLetterDate: '',
    },
    validate: {
      periodEnd: (v) => (v ? null : 'Enter the end of the period (or the report date)'),
      periodStart: (v, all) => (v && all.periodEnd && v > all.periodEnd ? 'The period cannot start after it ends' : null),
      exceptionsNoted: optionalText(5000),
    },
  });
  const typeOne = form.values.type.endsWith('type1') || form.values.type === 'iso27001';
  const add = useMutation({
    mutationFn: (body: CreateVendorReportRequest) => api.post<VendorDetail>(`/api/v1/vendors/${vendorId}/reports`, body),
    onSuccess: (v) => {
      onDone(v);
      notifySuccess('The report was filed.');
      form.reset();
      onClose();
    },
    onError: (error) => notifyError(error, 'Could not file the report'),
  });
  return (
    <Modal opened={opened} onClose={() => !add.isPending && onClose()} title={<Text fw={600}>Add a SOC report</Text>} size="lg">
      <form
        noValidate
        onSubmit={form.onSubmit((x) =>
          add.mutate({
            type: x.type,
            periodStart: typeOne ? null : x.periodStart || null,
            periodEnd: x.periodEnd,
            opinion: x.opinion || null,
            exceptionsNoted: x.exceptionsNoted.trim(),
            bridgeLetter: x.bridgeLetter,
            bridgeLetterDate: x.bridgeLetter ? x.bridgeLetterDate || null : null,
          }),
        )}
      >
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <NativeSelect label="Report type" data-autofocus data={REPORT_TYPES.map((t) => ({ value: t, label: REPORT_TYPE_LABELS[t] }))} {...form.getInputProps('type')} />
            {!typeOne && <TextInput label="Period start" type="date" {...form.getInputProps('periodStart')} />}
            <TextInput label={typeOne ? 'As of' : 'Period end'} type="date" {...form.getInputProps('periodEnd')} />
          </SimpleGrid>
          <NativeSelect
            label="Opinion"
            w={240}
            data={[{ value: '', label: 'Not stated' }, ...REPORT_OPINIONS.map((o) => ({ value: o, label: OPINION_LABELS[o] }))]}
            {...form.getInputProps('opinion')}
          />
          <Textarea label="Exceptions noted" description="Exceptions the auditor found, and whether they affect you." autosize minRows={2} maxRows={6} maxLength={5000} {...form.getInputProps('exceptionsNoted')} />
          <Group gap="md" align="flex-end">
            <Checkbox label="Bridge letter received" mb={8} {...form.getInputProps('bridgeLetter', { type: 'checkbox' })} />
            {form.values.bridgeLetter && <TextInput label="Bridge letter date" type="date" {...form.getInputProps('bridgeLetterDate')} />}
          </Group>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={add.isPending}>Cancel</Button>
            <Button type="submit" loading={add.isPending}>Add report</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
