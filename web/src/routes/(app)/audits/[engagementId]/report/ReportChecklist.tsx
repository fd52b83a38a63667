// "Before issuing": each precondition of issuance and the report model's own checks, a tick for what holds and an
// orange mark for what is still missing, each saying what to do about it.
import { Group, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertCircle, IconCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { formatDate, formatDateTime } from '../../../../../components/format.ts';
import { ENGAGEMENT_STATUS_LABELS, OPINION_LABELS, type EngagementStatus, type ReportDraft } from '../../../../../contract.ts';

function Item({ ok, testId, children }: { ok: boolean; testId: string; children: ReactNode }) {
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start" data-testid={testId} data-ok={ok}>
      <ThemeIcon size={20} radius="xl" color={ok ? 'teal' : 'orange'} variant="light" aria-label={ok ? 'Done' : 'Missing'}>
        {ok ? <IconCheck size={13} /> : <IconAlertCircle size={13} />}
      </ThemeIcon>
      <Text size="sm" component="div" style={{ flex: 1 }}>{children}</Text>
    </Group>
  );
}

const statusLabel = (s: string) => (ENGAGEMENT_STATUS_LABELS as Record<string, string>)[s as EngagementStatus] ?? s;

export function ReportChecklist({ draft, firmName }: { draft: ReportDraft; firmName: string }) {
  const { signoffs, assertion, opinion, status, period } = draft.preconditions;
  const signedOff = signoffs.complete >= signoffs.tests && signoffs.pending.length === 0;
  const assertionOk = assertion.accepted && !assertion.changedSinceAcceptance;
  return (
    <Paper withBorder radius="md" p="md" data-testid="report-checklist">
      <Title order={2} fz="md" mb={4}>Before issuing</Title>
      <Text size="xs" c="dimmed" mb="sm">
        {draft.ready ? 'Everything is in place: the engagement partner may issue the report.' : `The report is issued by ${firmName}'s engagement partner once every line below is ticked.`}
      </Text>
      <Stack gap="xs">
        <Item ok={status.ready} testId="precondition-status">
          {status.ready ? <>The engagement is in <b>{statusLabel(status.status)}</b>.</> : <>The engagement is in <b>{statusLabel(status.status)}</b>; the firm moves it to Reporting before issuing.</>}
        </Item>
        {period.through && (
          <Item ok={period.ended} testId="precondition-period">
            {period.ended ? <>The examination covers up to <b>{formatDate(period.through)}</b>, which has passed.</>
              : <>The examination covers up to <b>{formatDate(period.through)}</b>: the report is dated and issued after that day.</>}
          </Item>
        )}
        <Item ok={signedOff} testId="precondition-signoffs">
          Sign-offs complete: <b>{signoffs.complete}/{signoffs.tests}</b>
          {signoffs.pending.length > 0 && <Text span size="sm" c="dimmed"> — still to sign: {signoffs.pending.join(', ')}</Text>}
        </Item>
        <Item ok={assertionOk} testId="precondition-assertion">
          {!assertion.accepted ? <>Management's assertion is not accepted yet. The service organization's admin accepts it below.</>
            : assertion.changedSinceAcceptance ? <>Management's assertion <b>changed since acceptance</b> ({assertion.acceptedByLabel ?? 'accepted'}, {formatDateTime(assertion.acceptedAt)}): the admin accepts it again.</>
              : <>Management's assertion accepted by <b>{assertion.acceptedByLabel ?? '—'}</b> on {formatDateTime(assertion.acceptedAt)}.</>}
        </Item>
        <Item ok={opinion.decided} testId="precondition-opinion">
          {opinion.decided && opinion.opinion ? <>Opinion decided: <b>{OPINION_LABELS[opinion.opinion]}</b>.</> : <>The opinion is not decided yet: the engagement partner decides it on the Opinion tab.</>}
        </Item>
        {draft.preconditions.followUps.open > 0 && (
          <Item ok={false} testId="precondition-follow-ups">
            <b>{draft.preconditions.followUps.open}</b> follow-up item{draft.preconditions.followUps.open === 1 ? '' : 's'} from the last period still open: the auditor closes each one below.
          </Item>
        )}
        <Item ok={draft.failures.length === 0} testId="precondition-checks">
          {draft.failures.length === 0 ? <>The report's checks pass: every criterion, control and exception is accounted for.</> : (
            <>
              The report's checks found {draft.failures.length === 1 ? 'one problem' : `${draft.failures.length} problems`}:
              <List size="sm" mt={4} spacing={2} data-testid="report-check-failures">
                {draft.failures.map((f, i) => (
                  <List.Item key={`${f.code}-${f.ref ?? ''}-${i}`}>{f.message}{f.ref && <Text span size="xs" c="dimmed"> ({f.ref})</Text>}</List.Item>
                ))}
              </List>
            </>
          )}
        </Item>
      </Stack>
    </Paper>
  );
}
