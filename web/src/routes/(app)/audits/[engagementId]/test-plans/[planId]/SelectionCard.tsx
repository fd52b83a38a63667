// The re-performable selection (seed, algorithm, ranked keys with their HMAC), the requests sent to the organization
// for the selected items, and the result recorded per item.
import { Alert, Badge, Button, Code, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconArrowsShuffle, IconMessageCheck, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { SAMPLE_RESULT_LABELS, SAMPLE_RESULTS, type RecordResultRequest, type SampleItem, type SampleResult } from '../../../../../../contract.ts';
import { planPaths, randomSeed, usePlanWrite } from '../planData.ts';
import { Card, type PlanCtx } from './PlanCards.tsx';
import { ReviewRequestDrawer } from './ReviewRequestDrawer.tsx';

export function SelectionCard({ e, p, writes }: PlanCtx) {
  const [seed, setSeed] = useState('');
  const [dueOn, setDueOn] = useState('');
  const select = usePlanWrite<{ seed?: string }>(e.id, p.id, 'POST', planPaths.selection(e.id, p.id), 'Sample selected.');
  const requests = usePlanWrite<{ dueOn: string }>(e.id, p.id, 'POST', planPaths.requests(e.id, p.id), `Requests sent to ${e.serviceOrg.name}.`);
  const sel = p.selection;
  const unrequested = p.items.filter((i) => !i.requestId).length;
  const [reviewing, setReviewing] = useState<string | null>(null);
  return (
    <Card title="Selection">
      <Stack gap="sm">
        {sel ? (
          <Stack gap={2}>
            <Text size="sm">{sel.size} items selected · {sel.algorithm}</Text>
            <Group gap="xs"><Text size="sm" c="dimmed">Seed</Text><Code data-testid="selection-seed">{sel.seed}</Code></Group>
            <Text size="xs" c="dimmed">Anyone can re-perform it: rank every key of the population by HMAC-SHA256(seed, key), ascending, and take the first {sel.size} (README, "Re-performing a sample selection").</Text>
          </Stack>
        ) : writes ? (
          !p.population || !p.sampling ? <Text size="sm" c="dimmed">Record the population and the sample size first.</Text> : (
            <Group align="flex-end" gap="xs">
              <TextInput label="Seed (optional)" description="64 hex characters; leave empty and the server draws 32 random bytes" w={560} ff="monospace" value={seed} onChange={(ev) => setSeed(ev.currentTarget.value.trim())} />
              <Button variant="subtle" size="xs" onClick={() => setSeed(randomSeed())}>Draw here</Button>
              <Button leftSection={<IconArrowsShuffle size={16} />} loading={select.isPending} disabled={!!seed && !/^[0-9a-fA-F]{64}$/.test(seed)} onClick={() => select.mutate(seed ? { seed } : {})}>Select sample</Button>
            </Group>
          )
        ) : <Text size="sm" c="dimmed">No selection yet.</Text>}
        {sel && writes && unrequested > 0 && (
          <Alert color="blue" variant="light">
            <Group align="flex-end" gap="xs">
              <TextInput label={`Ask ${e.serviceOrg.name} for the ${unrequested} selected item${unrequested === 1 ? '' : 's'}: due`} type="date" value={dueOn} onChange={(ev) => setDueOn(ev.currentTarget.value)} />
              <Button leftSection={<IconSend size={16} />} loading={requests.isPending} disabled={!dueOn} onClick={() => requests.mutate({ dueOn })}>Create requests</Button>
            </Group>
          </Alert>
        )}
        {p.items.length > 0 && (
          <Table>
            <Table.Thead>
              <Table.Tr><Table.Th w={60}>Rank</Table.Th><Table.Th>Key</Table.Th><Table.Th>HMAC-SHA256</Table.Th><Table.Th>Request</Table.Th><Table.Th w={420}>Result</Table.Th></Table.Tr>
            </Table.Thead>
            <Table.Tbody>{p.items.map((i) => <ItemRow key={i.id} ctx={{ e, p, writes }} item={i} onReview={() => setReviewing(i.id)} />)}</Table.Tbody>
          </Table>
        )}
        <ReviewRequestDrawer e={e} planId={p.id} writes={writes} item={p.items.find((i) => i.id === reviewing) ?? null} onClose={() => setReviewing(null)} />
      </Stack>
    </Card>
  );
}

const RESULT_COLORS: Record<SampleResult, string> = { pass: 'teal', deviation: 'red', not_applicable: 'gray' };

const REQUEST_COLORS: Record<string, string> = { open: 'blue', submitted: 'violet', returned: 'orange', accepted: 'teal' };

function ItemRow({ ctx: { e, p, writes }, item, onReview }: { ctx: PlanCtx; item: SampleItem; onReview: () => void }) {
  const [result, setResult] = useState<SampleResult | null>(item.result);
  const [notes, setNotes] = useState(item.notes);
  const save = usePlanWrite<RecordResultRequest>(e.id, p.id, 'PUT', planPaths.item(e.id, p.id, item.id));
  const dirty = result !== item.result || notes !== item.notes;
  return (
    <Table.Tr>
      <Table.Td><Text size="sm">{item.rank}</Text></Table.Td>
      <Table.Td><Text size="sm" fw={500}>{item.key}</Text></Table.Td>
      <Table.Td><Text size="xs" ff="monospace" title={item.hmac}>{item.hmac.slice(0, 12)}…</Text></Table.Td>
      <Table.Td>
        {item.requestId ? (
          <Group gap={6} wrap="nowrap">
            <Badge variant="light" tt="none" color={REQUEST_COLORS[item.requestStatus ?? ''] ?? 'gray'} data-testid={`request-status-${item.key}`}>{item.requestStatus ?? 'sent'}</Badge>
            {item.requestStatus && item.requestStatus !== 'open' && (
              <Button size="compact-xs" variant={writes && item.requestStatus === 'submitted' ? 'light' : 'subtle'} leftSection={<IconMessageCheck size={12} />}
                aria-label={`${writes && item.requestStatus === 'submitted' ? 'Review' : 'View'} the answer for ${item.key}`} onClick={onReview}>
                {writes && item.requestStatus === 'submitted' ? 'Review' : 'View'}
              </Button>
            )}
          </Group>
        ) : <Text size="xs" c="dimmed">not requested</Text>}
      </Table.Td>
      <Table.Td>
        {writes ? (
          <Group gap={4} wrap="nowrap">
            <Select aria-label={`Result for ${item.key}`} w={140} size="xs" clearable placeholder="Pending" value={result} onChange={(v) => setResult(v as SampleResult | null)}
              data={SAMPLE_RESULTS.map((r) => ({ value: r, label: SAMPLE_RESULT_LABELS[r] }))} />
            <TextInput aria-label={`Notes for ${item.key}`} size="xs" style={{ flex: 1 }} placeholder="Notes" value={notes} onChange={(ev) => setNotes(ev.currentTarget.value)} />
            <Button size="xs" variant="light" aria-label={`Save result for ${item.key}`} disabled={!dirty} loading={save.isPending} onClick={() => save.mutate({ result, notes, evidenceIds: item.evidenceIds })}>Save</Button>
          </Group>
        ) : item.result ? <Group gap={4}><Badge color={RESULT_COLORS[item.result]} variant="light" tt="none">{SAMPLE_RESULT_LABELS[item.result]}</Badge><Text size="xs">{item.notes}</Text></Group> : <Text size="xs" c="dimmed">Pending</Text>}
      </Table.Td>
    </Table.Tr>
  );
}
