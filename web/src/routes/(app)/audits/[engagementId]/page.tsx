// /audits/:engagementId (Overview): the terms, where the engagement stands (phase stepper), the answer to a proposal
// (accept / decline / withdraw), moving it to the next phase, the firm's team, and the engagement letter.
import { Alert, Button, Group, Modal, Paper, SimpleGrid, Stack, Stepper, Text, Textarea, Title } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconCheck, IconInfoCircle, IconX } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { api } from '../../../../api.ts';
import { formatDate, formatDateTime } from '../../../../components/format.ts';
import { engagementPhases, type Engagement, type EngagementStatus, type RespondEngagementRequest } from '../../../../contract.ts';
import { CategoryBadges } from '../../scope/CategoryBadges.tsx';
import { can, reportTypeLabel, statusLabel, useEngagementWrite } from '../engagementData.ts';
import { ScopeFields, type ScopeValue } from '../ScopeFields.tsx';
import { DocumentsCard } from './DocumentsCard.tsx';
import { TeamCard } from './TeamCard.tsx';
import { useEngagementContext } from './section.ts';

export default function EngagementOverviewPage() {
  const { engagement: e } = useEngagementContext();
  return (
    <Stack gap="lg">
      <Answer e={e} />
      <PhaseCard e={e} />
      <TermsCard e={e} />
      <TeamCard e={e} />
      <DocumentsCard e={e} />
    </Stack>
  );
}

function Term({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>{label}</Text>
      <Text size="sm" component="div">{children}</Text>
    </div>
  );
}

function TermsCard({ e }: { e: Engagement }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={2} fz="md" mb="sm">Terms</Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <Term label="Report">{reportTypeLabel(e.reportType)}</Term>
        {e.reportType === 'type1'
          ? <Term label="As of">{formatDate(e.asOfDate)}</Term>
          : <Term label="Period">{formatDate(e.periodStart)} – {formatDate(e.periodEnd)}</Term>}
        <Term label="System">{e.system?.name ?? 'Chosen by the service organization when it accepts'}</Term>
        <Term label="Service organization">{e.serviceOrg.name}</Term>
        <Term label="Audit firm">{e.firm.name}</Term>
        <Term label="Categories in scope"><CategoryBadges categories={e.categories} size="xs" /></Term>
        <Term label="Proposed">{e.proposedByLabel} ({e.proposedBy === 'firm' ? 'audit firm' : 'service organization'}), {formatDateTime(e.createdAt)}</Term>
        <Term label="Accepted">{e.acceptedAt ? `${e.acceptedByLabel ?? ''}, ${formatDateTime(e.acceptedAt)}` : 'Not yet'}</Term>
        {e.shortPeriodReason && <Term label="Reason for the short period">{e.shortPeriodReason}</Term>}
      </SimpleGrid>
    </Paper>
  );
}

/** The phases as a stepper, and the firm's buttons to move one phase on or back. */
function PhaseCard({ e }: { e: Engagement }) {
  const steps: EngagementStatus[] = [...engagementPhases(e.reportType), 'issued'];
  const at = steps.indexOf(e.status);
  const move = useEngagementWrite<EngagementStatus>(e.id, (status) => api.post<Engagement>(`/api/v1/engagements/${e.id}/status`, { status }));
  const forward = e.nextStatuses.filter((s) => steps.indexOf(s) > at);
  const back = e.nextStatuses.filter((s) => steps.indexOf(s) < at);
  if (e.status === 'declined' || e.status === 'withdrawn') {
    return <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} />} title={`This engagement was ${e.status}`}>It stays here for the record; nothing more happens on it.</Alert>;
  }
  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" mb="md">
        <Title order={2} fz="md">Phase</Title>
        <Group gap="xs">
          {back.map((s) => (
            <Button key={s} variant="default" size="xs" leftSection={<IconArrowLeft size={14} />} loading={move.isPending && move.variables === s}
              onClick={() => move.mutate(s)}>Back to {statusLabel(s)}</Button>
          ))}
          {forward.map((s) => (
            <Button key={s} size="xs" rightSection={<IconArrowRight size={14} />} loading={move.isPending && move.variables === s}
              onClick={() => move.mutate(s)}>Move to {statusLabel(s)}</Button>
          ))}
        </Group>
      </Group>
      {e.status === 'proposed' ? (
        <Text size="sm" c="dimmed">Proposed, awaiting the {e.proposedBy === 'firm' ? 'service organization' : 'audit firm'}'s answer. The phases start with planning once it is accepted.</Text>
      ) : (
        <Stepper active={at < 0 ? 0 : at} size="sm" allowNextStepsSelect={false} aria-label="Engagement phases">
          {steps.map((s) => <Stepper.Step key={s} label={statusLabel(s)} aria-current={s === e.status ? 'step' : undefined} />)}
        </Stepper>
      )}
    </Paper>
  );
}

/** The answer to a proposal: the other party accepts or declines; the proposing party may withdraw. */
function Answer({ e }: { e: Engagement }) {
  const [mode, setMode] = useState<'accept' | 'decline' | 'withdraw' | null>(null);
  if (e.status !== 'proposed' || !can(e, 'engagement.respond')) return null;
  const ours = e.viewer.side === e.proposedBy;
  return (
    <Alert color="yellow" variant="light" icon={<IconInfoCircle size={18} />} title={ours ? 'Waiting for the other party' : 'This engagement is proposed to you'}>
      <Stack gap="sm">
        <Text size="sm">
          {ours
            ? `Proposed by ${e.proposedByLabel}. ${e.viewer.side === 'firm' ? e.serviceOrg.name : e.firm.name} can accept or decline it; until then you may withdraw it.`
            : `${e.proposedByLabel} proposed this examination. Accept it to start planning${e.viewer.side === 'service_org' ? ' (you confirm the system and categories examined)' : ''}, or decline it with a reason.`}
        </Text>
        <Group gap="xs">
          {ours ? (
            <Button variant="default" color="red" leftSection={<IconX size={16} />} onClick={() => setMode('withdraw')}>Withdraw</Button>
          ) : (
            <>
              <Button color="teal" leftSection={<IconCheck size={16} />} onClick={() => setMode('accept')}>Accept</Button>
              <Button variant="default" leftSection={<IconX size={16} />} onClick={() => setMode('decline')}>Decline</Button>
            </>
          )}
        </Group>
      </Stack>
      <AcceptModal e={e} opened={mode === 'accept'} onClose={() => setMode(null)} />
      <ReasonModal e={e} mode={mode === 'decline' || mode === 'withdraw' ? mode : null} onClose={() => setMode(null)} />
    </Alert>
  );
}

function AcceptModal({ e, opened, onClose }: { e: Engagement; opened: boolean; onClose: () => void }) {
  const [scope, setScope] = useState<ScopeValue>({ systemId: e.system?.id ?? null, categories: e.categories });
  const onScope = useCallback((v: ScopeValue) => setScope(v), []);
  const clientSide = e.viewer.side === 'service_org';
  const accept = useEngagementWrite<RespondEngagementRequest>(e.id, (body) => api.post<Engagement>(`/api/v1/engagements/${e.id}/respond`, body), 'Engagement accepted: planning has started.');
  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={600}>Accept the engagement</Text>} size="lg">
      <form onSubmit={(ev) => { ev.preventDefault(); accept.mutate(clientSide ? { decision: 'accept', systemId: scope.systemId, categories: scope.categories } : { decision: 'accept' }, { onSuccess: onClose }); }}>
        <Stack gap="sm">
          <Text size="sm">
            {reportTypeLabel(e.reportType)}, {e.reportType === 'type1' ? `as of ${formatDate(e.asOfDate)}` : `${formatDate(e.periodStart)} – ${formatDate(e.periodEnd)}`}, between {e.serviceOrg.name} and {e.firm.name}.
          </Text>
          {clientSide
            ? <ScopeFields value={scope} onChange={onScope} errors={{}} />
            : <Text size="sm" c="dimmed">Accepting starts planning. As a partner you become the engagement partner if the team is empty; staff the team next.</Text>}
          {e.warnings.map((w) => <Alert key={w} color="orange" variant="light">{w}</Alert>)}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={accept.isPending}>Cancel</Button>
            <Button type="submit" color="teal" loading={accept.isPending} disabled={clientSide && !scope.systemId}>Accept engagement</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function ReasonModal({ e, mode, onClose }: { e: Engagement; mode: 'decline' | 'withdraw' | null; onClose: () => void }) {
  const [reason, setReason] = useState('');
  const decline = useEngagementWrite<string>(e.id, (r) => api.post<Engagement>(`/api/v1/engagements/${e.id}/respond`, { decision: 'decline', reason: r }), 'Engagement declined.');
  const withdraw = useEngagementWrite<string>(e.id, (r) => api.post<Engagement>(`/api/v1/engagements/${e.id}/withdraw`, { reason: r }), 'Proposal withdrawn.');
  const write = mode === 'withdraw' ? withdraw : decline;
  const verb = mode === 'withdraw' ? 'Withdraw' : 'Decline';
  return (
    <Modal opened={mode !== null} onClose={onClose} title={<Text fw={600}>{verb} the engagement</Text>}>
      <form onSubmit={(ev) => { ev.preventDefault(); write.mutate(reason, { onSuccess: onClose }); }}>
        <Stack gap="sm">
          <Textarea label="Reason" description="Recorded in both organizations' audit trails." required autosize minRows={2} maxLength={2000} value={reason} onChange={(ev) => setReason(ev.currentTarget.value)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={write.isPending}>Cancel</Button>
            <Button type="submit" color="red" loading={write.isPending} disabled={!reason.trim()}>{verb} engagement</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
