// /audits/:engagementId/opinion: for the firm's team, the opinion proposed from the findings (reasons, affected
// criteria, basis, inputs) and the engagement partner's decision (accept, or override with a rationale) with its
// history; for the service organization, the decided opinion once there is one.
import { Alert, Badge, Button, Code, Group, Modal, Paper, Radio, Select, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { IconAlertTriangle, IconGavel } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../../../../api.ts';
import { ErrorAlert } from '../../../../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../../../../components/format.ts';
import { SectionLoader } from '../../../../../components/FullPageLoader.tsx';
import { notifyError, notifySuccess } from '../../../../../components/notify.tsx';
import {
  OPINION_LABELS, OPINIONS, type DecideOpinionRequest, type Engagement, type Opinion, type OpinionProposal, type OpinionState,
} from '../../../../../contract.ts';
import { can, engagementKeys } from '../../engagementData.ts';
import { useEngagementContext } from '../section.ts';

const OPINION_COLORS: Record<Opinion, string> = { unqualified: 'teal', qualified: 'orange', adverse: 'red', disclaimer: 'gray' };
export function OpinionBadge({ value, size = 'lg' }: { value: Opinion; size?: 'md' | 'lg' }) {
  return <Badge size={size} color={OPINION_COLORS[value]} variant="filled" tt="none">{OPINION_LABELS[value]}</Badge>;
}
const stateKey = (id: string) => [...engagementKeys.one(id), 'opinion'] as const;
const proposalKey = (id: string) => [...engagementKeys.one(id), 'opinion', 'proposal'] as const;
const DECIDING = ['review', 'reporting'];

export function useOpinionState(e: Engagement) {
  return useQuery({ queryKey: stateKey(e.id), queryFn: () => api.get<OpinionState>(`/api/v1/engagements/${e.id}/opinion`) });
}

export default function OpinionPage() {
  const { engagement: e } = useEngagementContext();
  return e.viewer.side === 'firm' ? <FirmOpinion e={e} /> : <DecidedOpinion e={e} />;
}

/** The decided opinion as the organization sees it (also used on its Findings tab). */
export function DecidedOpinion({ e }: { e: Engagement }) {
  const state = useOpinionState(e);
  if (state.isPending) return <SectionLoader label="Loading the opinion" />;
  if (state.isError) return <ErrorAlert error={state.error} onRetry={() => void state.refetch()} />;
  const d = state.data.decision;
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={2} fz="md" mb="sm">Opinion</Title>
      {!d ? <Text size="sm" c="dimmed">{e.firm.name} has not decided the opinion yet. It appears here once the engagement partner decides it.</Text> : (
        <Stack gap="sm">
          <Group gap="xs"><OpinionBadge value={d.opinion} /><Text size="sm" c="dimmed">decided {formatDateTime(d.decidedAt)}</Text></Group>
          {d.affectedCriteria.length > 0 && <Text size="sm">Affected criteria: <b>{d.affectedCriteria.join(', ')}</b></Text>}
          <Title order={3} fz="sm">Basis</Title>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{d.basis}</Text>
        </Stack>
      )}
    </Paper>
  );
}

function FirmOpinion({ e }: { e: Engagement }) {
  const proposal = useQuery({ queryKey: proposalKey(e.id), queryFn: () => api.get<OpinionProposal>(`/api/v1/engagements/${e.id}/opinion/proposal`) });
  const state = useOpinionState(e);
  const [deciding, setDeciding] = useState(false);
  if (proposal.isPending || state.isPending) return <SectionLoader label="Loading the opinion" />;
  if (proposal.isError) return <ErrorAlert error={proposal.error} onRetry={() => void proposal.refetch()} />;
  if (state.isError) return <ErrorAlert error={state.error} onRetry={() => void state.refetch()} />;
  const p = proposal.data;
  const s = state.data;
  const decides = can(e, 'opinion.decide');
  const decision = s.decision && 'id' in s.decision ? s.decision : null;
  return (
    <Stack gap="lg">
      {s.proposalChanged && (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title="The findings changed since the decision">
          The proposal below now differs from the one the decision was made on. Decide again.
        </Alert>
      )}
      <Paper withBorder radius="md" p="md">
        <Group justify="space-between" mb="sm">
          <Title order={2} fz="md">Proposed opinion</Title>
          {decides && (
            DECIDING.includes(e.status)
              ? <Button leftSection={<IconGavel size={16} />} onClick={() => setDeciding(true)}>Decide the opinion</Button>
              : <Text size="xs" c="dimmed">The engagement partner decides in review or reporting.</Text>
          )}
        </Group>
        <Stack gap="sm">
          <Group gap="xs"><OpinionBadge value={p.opinion} />{p.affectedCriteria.length > 0 && <Text size="sm">for <b>{p.affectedCriteria.join(', ')}</b></Text>}</Group>
          {p.reasons.length > 0 && (
            <Stack gap={4}>
              <Title order={3} fz="sm">Reasons</Title>
              {p.reasons.map((r, i) => <Text key={i} size="sm">• {r.text}{r.criteria.length ? ` (${r.criteria.join(', ')})` : ''}</Text>)}
            </Stack>
          )}
          <Text size="xs" c="dimmed">
            Pervasive: failures {p.pervasiveness.failures.pervasive ? 'yes' : 'no'}{p.pervasiveness.failures.grounds.length ? ` (${p.pervasiveness.failures.grounds.join('; ')})` : ''};
            scope limitations {p.pervasiveness.scopeLimitations.pervasive ? 'yes' : 'no'}{p.pervasiveness.scopeLimitations.grounds.length ? ` (${p.pervasiveness.scopeLimitations.grounds.join('; ')})` : ''}.
          </Text>
          <Title order={3} fz="sm">Draft basis</Title>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{p.basis}</Text>
          <Inputs p={p} />
        </Stack>
      </Paper>
      <Paper withBorder radius="md" p="md">
        <Title order={2} fz="md" mb="sm">Decisions</Title>
        {s.history.length === 0 ? <Text size="sm" c="dimmed">Not decided yet.</Text> : (
          <Table>
            <Table.Thead><Table.Tr><Table.Th>Opinion</Table.Th><Table.Th>Proposed</Table.Th><Table.Th>Rationale</Table.Th><Table.Th>Decided</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {s.history.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td><Group gap={4}><OpinionBadge value={d.opinion} size="md" />{d.overridden && <Badge color="grape" variant="outline" tt="none">Override</Badge>}{decision?.id === d.id && <Badge variant="dot" tt="none">In force</Badge>}</Group></Table.Td>
                  <Table.Td><Text size="sm">{OPINION_LABELS[d.proposed]}</Text></Table.Td>
                  <Table.Td><Text size="sm">{d.rationale || '—'}</Text></Table.Td>
                  <Table.Td><Text size="sm">{d.decidedByLabel}</Text><Text size="xs" c="dimmed">{formatDateTime(d.decidedAt)}</Text></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      {deciding && <DecideModal e={e} p={p} onClose={() => setDeciding(false)} />}
    </Stack>
  );
}

function Inputs({ p }: { p: OpinionProposal }) {
  const i = p.inputs;
  const rows: [string, number, string][] = [
    ['Description findings', i.descriptionFindings.length, i.descriptionFindings.map((f) => `${f.section}${f.material ? ' (material)' : ''}`).join(', ')],
    ['Design findings', i.designFindings.length, i.designFindings.map((f) => `${f.criterionId}${f.material ? ' (material)' : ''}`).join(', ')],
    ['Criteria not met (operating)', i.operatingFindings.filter((f) => f.notMet).length, i.operatingFindings.filter((f) => f.notMet).map((f) => `${f.criterionId}${f.material ? ' (material)' : ''}`).join(', ')],
    ['Scope limitations', i.scopeLimitations.length, i.scopeLimitations.map((f) => f.description).join('; ')],
  ];
  return (
    <Stack gap={4}>
      <Title order={3} fz="sm">Computed from</Title>
      <Table withRowBorders={false} verticalSpacing={2}>
        <Table.Tbody>
          {rows.map(([label, n, detail]) => (
            <Table.Tr key={label}><Table.Td w={240}><Text size="sm">{label}</Text></Table.Td><Table.Td w={50}><Code>{n}</Code></Table.Td><Table.Td><Text size="xs" c="dimmed">{detail}</Text></Table.Td></Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed">{i.inScopeCriteria.length} criteria in scope ({i.reportType === 'type1' ? 'Type I: description and design only' : 'Type II'}).</Text>
    </Stack>
  );
}

function DecideModal({ e, p, onClose }: { e: Engagement; p: OpinionProposal; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<'accept' | 'override'>('accept');
  const [opinion, setOpinion] = useState<Opinion>(p.opinion);
  const [rationale, setRationale] = useState('');
  const decide = useMutation({
    mutationFn: (body: DecideOpinionRequest) => api.post<OpinionState>(`/api/v1/engagements/${e.id}/opinion/decision`, body),
    onSuccess: (next) => {
      queryClient.setQueryData(stateKey(e.id), next);
      notifySuccess('The opinion is recorded.');
      onClose();
    },
    onError: (error) => notifyError(error, 'Could not record the decision'),
  });
  return (
    <Modal opened onClose={onClose} title={<Text fw={600}>Decide the opinion</Text>} size="lg">
      <form onSubmit={(ev) => { ev.preventDefault(); decide.mutate(mode === 'accept' ? { decision: 'accept', rationale } : { decision: 'override', opinion, rationale }); }}>
        <Stack gap="sm">
          <Radio.Group value={mode} onChange={(v) => setMode(v as typeof mode)} label="Decision">
            <Stack gap={6} mt={6}>
              <Radio value="accept" label={`Accept the proposal (${OPINION_LABELS[p.opinion]})`} />
              <Radio value="override" label="Override with another opinion" />
            </Stack>
          </Radio.Group>
          {mode === 'override' && (
            <Select label="Opinion" allowDeselect={false} value={opinion} onChange={(v) => v && setOpinion(v as Opinion)} data={OPINIONS.map((o) => ({ value: o, label: OPINION_LABELS[o] }))} />
          )}
          <Textarea label="Rationale" required={mode === 'override'} description={mode === 'override' ? 'Required: why you depart from the proposal. Recorded with the decision.' : 'Optional. Recorded with the decision.'}
            autosize minRows={3} value={rationale} onChange={(ev) => setRationale(ev.currentTarget.value)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={decide.isPending}>Cancel</Button>
            <Button type="submit" loading={decide.isPending} disabled={mode === 'override' && !rationale.trim()}>Record decision</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
