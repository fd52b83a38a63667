// Issuing the report (or a correction of the version in force): the engagement partner confirms, and a refusal
// (409 report_not_ready) lists what is still missing, field by field, inside the modal.
import { Alert, Button, Group, List, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, errorMessage, isApiError } from '../../../../../api.ts';
import { notifySuccess } from '../../../../../components/notify.tsx';
import type { Engagement, IssueReportRequest, ReportSummary } from '../../../../../contract.ts';
import { engagementKeys } from '../../engagementData.ts';
import { reportKeys } from '../../../reports/reportData.ts';
import { dayAfterIso, formatDate, todayIso } from '../../../../../components/format.ts';

/** `replaces`: the issued version a correction replaces; absent for the first issue. */
export function IssueModal({ e, replaces, onClose }: { e: Engagement; replaces?: ReportSummary; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  // The date of the auditor's report: today for a first issue; a correction keeps the date of the version it replaces.
  const [reportDate, setReportDate] = useState(replaces?.reportDate ?? todayIso());
  const through = e.asOfDate ?? e.periodEnd;
  const issue = useMutation({
    mutationFn: (body: IssueReportRequest) => api.post<ReportSummary>(`/api/v1/engagements/${e.id}/reports`, body),
    onSuccess: (report) => {
      // The engagement becomes read-only (issued): refresh it, its draft, and the organization's list of reports.
      void queryClient.invalidateQueries({ queryKey: engagementKeys.one(e.id) });
      void queryClient.invalidateQueries({ queryKey: engagementKeys.list });
      void queryClient.invalidateQueries({ queryKey: reportKeys.list });
      notifySuccess(`Version ${report.version} is signed and issued.`, replaces ? 'Correction issued' : 'Report issued');
      onClose();
    },
    // A refusal lists what is missing in the modal; the checklist behind it refreshes to match.
    onError: () => void queryClient.invalidateQueries({ queryKey: reportKeys.draft(e.id) }),
  });
  const error = issue.error;
  const missing = isApiError(error) ? error.fields : [];
  const correction = !!replaces;
  // Today is left to the server's clock (its UTC day may differ from the reader's); any other date is sent.
  const dated = reportDate === todayIso() ? {} : { reportDate };
  const submit = () => issue.mutate(correction ? { replaces: replaces.id, reason: reason.trim(), ...dated } : dated);

  return (
    <Modal opened onClose={onClose} title={<Text fw={600}>{correction ? 'Issue a correction' : 'Issue the report'}</Text>} size="lg" centered>
      <form onSubmit={(ev) => { ev.preventDefault(); submit(); }}>
        <Stack gap="md">
          <Text size="sm">
            {correction
              ? <>A new version replaces version {replaces.version}. Version {replaces.version} stays on record, marked as replaced, and public verification of it names the new version.</>
              : <>The report is signed with the firm's key and the engagement becomes read-only.</>}
          </Text>
          {correction && <Text size="sm">The correction is signed with the firm's key as well.</Text>}
          <TextInput label="Report date" type="date" required value={reportDate} onChange={(ev) => setReportDate(ev.currentTarget.value)}
            min={through ? dayAfterIso(through) : undefined} max={todayIso()}
            description={`The date of your report in Section I: the day you had enough evidence for the opinion${through ? `, after ${formatDate(through)}` : ''} and not after today.`} />
          {correction && (
            <Textarea label="Reason for the correction" required description="Recorded with the new version." autosize minRows={3} maxLength={2000}
              value={reason} onChange={(ev) => setReason(ev.currentTarget.value)} data-autofocus />
          )}
          {error && (
            <Alert color={missing.length ? 'orange' : 'red'} variant="light" icon={<IconAlertTriangle size={18} />} role="alert"
              title={missing.length ? 'The report cannot be issued yet' : 'Could not issue the report'} data-testid="issue-error">
              {missing.length ? (
                <List size="sm" spacing={2}>
                  {missing.map((f, i) => <List.Item key={`${f.path}-${i}`}>{f.message}</List.Item>)}
                </List>
              ) : <Text size="sm">{errorMessage(error)}</Text>}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={issue.isPending}>Cancel</Button>
            <Button type="submit" loading={issue.isPending} disabled={(correction && !reason.trim()) || !reportDate} data-autofocus={correction ? undefined : true}>
              {correction ? 'Issue the correction' : 'Sign and issue'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
