// /audits/:engagementId/findings (service organization): what the firm sent — design observations and test exceptions
// to respond to (a management response) — and the decided opinion. The firm's own workpapers stay with the firm.
import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../../../../api.ts';
import { ErrorAlert } from '../../../../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../../../../components/format.ts';
import { SectionLoader } from '../../../../../components/FullPageLoader.tsx';
import { notifyError, notifySuccess } from '../../../../../components/notify.tsx';
import { DESCRIPTION_CONCLUSION_LABELS, DESIGN_CONCLUSION_LABELS, type Engagement, type Observation, type ObservationList, type SentException } from '../../../../../contract.ts';
import { STATUS, type RequestStatus } from '../../../requests/requestData.ts';
import type { RequestList } from '../../../../../../../src/contract/requests.ts';
import { DueBadge } from '../../../requests/RequestBadges.tsx';
import { LoadMore } from '../../../../../components/LoadMore.tsx';
import { formatDate } from '../../../../../components/format.ts';
import { planKeys, planPaths, useSentExceptions } from '../test-plans/planData.ts';
import { can, engagementKeys } from '../../engagementData.ts';
import { DecidedOpinion } from '../opinion/page.tsx';
import { useEngagementContext } from '../section.ts';

const observationsKey = (id: string) => [...engagementKeys.one(id), 'observations'] as const;
const label = (c: string) => (DESIGN_CONCLUSION_LABELS as Record<string, string>)[c] ?? (DESCRIPTION_CONCLUSION_LABELS as Record<string, string>)[c] ?? c;

export default function FindingsPage() {
  const { engagement: e } = useEngagementContext();
  const observations = useQuery({ queryKey: observationsKey(e.id), queryFn: () => api.get<ObservationList>(`/api/v1/engagements/${e.id}/design-review/observations`) });
  return (
    <Stack gap="lg">
      <EngagementRequests e={e} />
      <Exceptions e={e} />
      <Paper withBorder radius="md" p="md">
        <Title order={2} fz="md" mb={4}>Design observations</Title>
        <Text size="xs" c="dimmed" mb="sm">What {e.firm.name} found in the design of your controls and your system description. Respond to each; you may fix the design before fieldwork.</Text>
        {observations.isPending ? <SectionLoader label="Loading observations" /> : observations.isError ? <ErrorAlert error={observations.error} onRetry={() => void observations.refetch()} /> :
          observations.data.observations.length === 0 ? <Text size="sm" c="dimmed">No observations sent to you yet.</Text> : (
            <Stack gap="md">{observations.data.observations.map((o) => <ObservationCard key={o.id} e={e} o={o} />)}</Stack>
          )}
      </Paper>
      <DecidedOpinion e={e} />
    </Stack>
  );
}

function ObservationCard({ e, o }: { e: Engagement; o: Observation }) {
  const queryClient = useQueryClient();
  const [response, setResponse] = useState('');
  const respond = useMutation({
    mutationFn: () => api.post<Observation>(`/api/v1/engagements/${e.id}/design-review/observations/${o.id}/respond`, { response }),
    onSuccess: () => { setResponse(''); notifySuccess('Response sent to the firm.'); void queryClient.invalidateQueries({ queryKey: observationsKey(e.id) }); },
    onError: (error) => notifyError(error, 'Could not send the response'),
  });
  const adverse = o.conclusion === 'design_deficiency' || o.conclusion === 'misstatement';
  return (
    <Paper withBorder radius="sm" p="sm">
      <Stack gap={6}>
        <Group gap="xs">
          <Text size="sm" fw={600}>{o.subjectLabel}</Text>
          <Badge color={adverse ? 'red' : 'teal'} variant="light" tt="none">{label(o.conclusion)}</Badge>
          {o.revisedAfterResponse && <Badge color="grape" variant="dot" tt="none">Revised after your response</Badge>}
          <Text size="xs" c="dimmed">sent {formatDateTime(o.sentAt)}</Text>
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{o.observation}</Text>
        {o.response && <Text size="sm" c="dimmed">Your response ({o.respondedByLabel}, {formatDateTime(o.respondedAt)}): {o.response}</Text>}
        {can(e, 'finding.respond') && (
          <form onSubmit={(ev) => { ev.preventDefault(); respond.mutate(); }}>
            <Group align="flex-end" gap="xs">
              <Textarea style={{ flex: 1 }} aria-label={`Response to ${o.subjectLabel}`} placeholder={o.response ? 'Send a new response (the latest stands)' : 'Your response'} autosize minRows={1} value={response} onChange={(ev) => setResponse(ev.currentTarget.value)} />
              <Button type="submit" variant="light" loading={respond.isPending} disabled={!response.trim()}>Respond</Button>
            </Group>
          </form>
        )}
      </Stack>
    </Paper>
  );
}

/** How an auditor's request stands, from the organization's side: the auditor, not the organization, accepts or returns it. */
const ENGAGEMENT_REQUEST_STATUS: Record<RequestStatus, string> = {
  open: 'Open — to answer',
  submitted: 'Submitted — waiting for your auditor',
  returned: 'Returned by your auditor — answer again',
  accepted: 'Accepted by your auditor',
};

function EngagementRequests({ e }: { e: Engagement }) {
  // The server filters to this engagement's requests (GET /api/v1/requests?engagementId=), a page at a time.
  const requests = useInfiniteQuery({
    queryKey: [...engagementKeys.one(e.id), 'requests'],
    queryFn: ({ pageParam }) => api.get<RequestList>('/api/v1/requests', { engagementId: e.id, limit: 100, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const list = requests.data?.pages.flatMap((page) => page.requests) ?? [];
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={2} fz="md" mb={4}>Requests from {e.firm.name}</Title>
      <Text size="xs" c="dimmed" mb="sm">Each sampled item the firm asks you to evidence. Answer them like your own requests: attach the evidence and submit.</Text>
      {requests.isPending ? <SectionLoader label="Loading requests" /> : requests.isError ? <ErrorAlert error={requests.error} onRetry={() => void requests.refetch()} /> :
        list.length === 0 ? <Text size="sm" c="dimmed">No requests from this engagement yet.</Text> : (
          <>
            <Table>
              <Table.Thead><Table.Tr><Table.Th>Request</Table.Th><Table.Th>Due</Table.Th><Table.Th>Status</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>
                {list.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td><Anchor component={Link} to={`/requests/${r.id}`} size="sm" fw={500}>{r.title}</Anchor></Table.Td>
                    <Table.Td><Group gap={4}><Text size="sm">{formatDate(r.dueOn)}</Text><DueBadge value={r.dueState} /></Group></Table.Td>
                    <Table.Td><Badge variant="light" color={STATUS[r.status].color} tt="none">{ENGAGEMENT_REQUEST_STATUS[r.status]}</Badge></Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <LoadMore shown={list.length} noun={['request', 'requests']} hasMore={requests.hasNextPage} loading={requests.isFetchingNextPage} onLoad={() => void requests.fetchNextPage()} />
          </>
        )}
    </Paper>
  );
}

function Exceptions({ e }: { e: Engagement }) {
  const exceptions = useSentExceptions(e.id);
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={2} fz="md" mb={4}>Exceptions</Title>
      <Text size="xs" c="dimmed" mb="sm">Where a tested control did not operate as described. Give your management response: it appears in the report beside the exception.</Text>
      {exceptions.isPending ? <SectionLoader label="Loading exceptions" /> : exceptions.isError ? <ErrorAlert error={exceptions.error} onRetry={() => void exceptions.refetch()} /> :
        exceptions.data.exceptions.length === 0 ? <Text size="sm" c="dimmed">No exceptions sent to you.</Text> : (
          <Stack gap="md">{exceptions.data.exceptions.map((x) => <ExceptionCard key={x.id} e={e} x={x} />)}</Stack>
        )}
    </Paper>
  );
}

function ExceptionCard({ e, x }: { e: Engagement; x: SentException }) {
  const queryClient = useQueryClient();
  const [response, setResponse] = useState('');
  const respond = useMutation({
    mutationFn: () => api.post<unknown>(planPaths.respondException(e.id, x.id), { response }),
    onSuccess: () => { setResponse(''); notifySuccess('Management response sent to the firm.'); void queryClient.invalidateQueries({ queryKey: planKeys.exceptions(e.id) }); },
    onError: (error) => notifyError(error, 'Could not send the management response'),
  });
  return (
    <Paper withBorder radius="sm" p="sm">
      <Stack gap={6}>
        <Group gap="xs">
          <Text size="sm" fw={600}>{x.control.code} {x.control.title}</Text>
          {x.criteriaNotMet.length > 0 && <Badge color="red" variant="light" tt="none">Criteria not met: {x.criteriaNotMet.join(', ')}</Badge>}
          <Text size="xs" c="dimmed">sent {formatDateTime(x.sentAt)}</Text>
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{x.description}</Text>
        {x.managementResponse && <Text size="sm" c="dimmed">Management response ({x.respondedByLabel}, {formatDateTime(x.respondedAt)}): {x.managementResponse}</Text>}
        {can(e, 'finding.respond') && (
          <form onSubmit={(ev) => { ev.preventDefault(); respond.mutate(); }}>
            <Group align="flex-end" gap="xs">
              <Textarea style={{ flex: 1 }} aria-label={`Management response to ${x.control.code}`} placeholder={x.managementResponse ? 'Send a new response (the latest stands)' : 'Your management response'} autosize minRows={1} value={response} onChange={(ev) => setResponse(ev.currentTarget.value)} />
              <Button type="submit" variant="light" loading={respond.isPending} disabled={!response.trim()}>Send response</Button>
            </Group>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
