// The control's conclusion, and the exception: the deviations described for the report, their evaluation (rate,
// upper deviation limit, tolerable), root cause, criteria not met; sent to the organization for a management response.
import { Alert, Badge, Button, Checkbox, Group, MultiSelect, NumberInput, Radio, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { formatDateTime } from '../../../../../../components/format.ts';
import {
  CONTROL_CONCLUSION_LABELS, CONTROL_CONCLUSIONS, ROOT_CAUSE_CLASSIFICATIONS, ROOT_CAUSE_HINTS, ROOT_CAUSE_LABELS, type ControlConclusion,
  type RecordExceptionRequest, type RootCauseClassification,
} from '../../../../../../contract.ts';
import { pct, planPaths, usePlanWrite } from '../planData.ts';
import { Card, type PlanCtx } from './PlanCards.tsx';

export function ConclusionCard({ e, p, writes }: PlanCtx) {
  const [conclusion, setConclusion] = useState<ControlConclusion | null>(p.conclusion);
  const [notes, setNotes] = useState(p.conclusionNotes);
  const save = usePlanWrite<{ conclusion: ControlConclusion | null; notes: string }>(e.id, p.id, 'PUT', planPaths.conclusion(e.id, p.id), 'Conclusion recorded.');
  const g = p.progress;
  return (
    <Card title="Conclusion">
      <Stack gap="xs">
        <Text size="sm" c="dimmed">{g.selected} selected · {g.pass} pass · {g.deviation} deviation{g.deviation === 1 ? '' : 's'} · {g.notApplicable} not applicable · {g.pending} pending</Text>
        {writes ? (
          <>
            <Group align="flex-end" gap="xs">
              <Select label="Conclusion" w={260} clearable value={conclusion} onChange={(v) => setConclusion(v as ControlConclusion | null)} data={CONTROL_CONCLUSIONS.map((c) => ({ value: c, label: CONTROL_CONCLUSION_LABELS[c] }))} />
              <Textarea label="Notes" style={{ flex: 1 }} autosize minRows={1} value={notes} onChange={(ev) => setNotes(ev.currentTarget.value)} />
              <Button loading={save.isPending} disabled={conclusion === p.conclusion && notes === p.conclusionNotes} onClick={() => save.mutate({ conclusion, notes })}>Record conclusion</Button>
            </Group>
            {conclusion === 'not_tested' && <Text size="xs" c="dimmed">Not tested: the control had no occurrences in the period. The report says so; it is not "operating effectively".</Text>}
          </>
        ) : <Text size="sm">{p.conclusion ? CONTROL_CONCLUSION_LABELS[p.conclusion] : 'Not concluded'}{p.conclusionNotes ? ` — ${p.conclusionNotes}` : ''}</Text>}
      </Stack>
    </Card>
  );
}

export function ExceptionCard({ e, p, writes }: PlanCtx) {
  const x = p.exception;
  const [deviationText, setDeviationText] = useState('');
  const [itemNoun, setItemNoun] = useState('');
  const [rootCause, setRootCause] = useState(x?.rootCause ?? '');
  const [classification, setClassification] = useState<RootCauseClassification | null>(x?.classification ?? null);
  const [criteria, setCriteria] = useState<string[]>(x?.criteriaNotMet ?? []);
  const [material, setMaterial] = useState(x?.material ?? false);
  const [tolerable, setTolerable] = useState<number | ''>('');
  const record = usePlanWrite<RecordExceptionRequest>(e.id, p.id, 'PUT', planPaths.exception(e.id, p.id), 'Exception recorded.');
  const send = usePlanWrite<Record<string, never>>(e.id, p.id, 'POST', planPaths.sendException(e.id, p.id), `Sent to ${e.serviceOrg.name} for a management response.`);
  if (!x && p.progress.deviation === 0) return null;
  const body: RecordExceptionRequest = {
    rootCause, classification, criteriaNotMet: criteria, material,
    ...(deviationText.trim() ? { deviationText } : {}), ...(itemNoun.trim() ? { itemNoun } : {}),
    ...(tolerable !== '' && p.sampling?.method !== 'statistical' ? { tolerableRate: tolerable / 100 } : {}),
  };
  const v = x?.evaluation;
  return (
    <Card title="Exception">
      <Stack gap="sm">
        {x && (
          <Stack gap="xs">
            <Text size="sm" fw={500} style={{ whiteSpace: 'pre-wrap' }}>{x.description}</Text>
            {v && (
              <SimpleGrid cols={{ base: 2, sm: 4 }}>
                <Text size="sm">Deviation rate: <b>{pct(v.deviationRate)}</b> ({v.deviations} of {v.tested})</Text>
                <Text size="sm">Upper deviation limit: <b>{pct(v.upperDeviationLimit)}</b> at {pct(v.confidence, 0)}</Text>
                <Text size="sm">Tolerable: <b>{pct(v.tolerableRate)}</b></Text>
                <Badge color={v.supportsReliance ? 'teal' : 'red'} variant="light" tt="none">{v.supportsReliance ? 'Supports reliance' : 'Exceeds tolerable: no reliance'}</Badge>
              </SimpleGrid>
            )}
            <Group gap={4}>
              {x.criteriaNotMet.length > 0 && <Text size="sm">Criteria not met: <b>{x.criteriaNotMet.join(', ')}</b></Text>}
              {x.material && <Badge color="red" variant="outline" tt="none">Material</Badge>}
              {x.classification && <Badge variant="light" tt="none">{ROOT_CAUSE_LABELS[x.classification]}</Badge>}
              {x.sentAt ? <Badge color="blue" variant="dot" tt="none">Sent {formatDateTime(x.sentAt)}</Badge> : <Badge color="gray" variant="dot" tt="none">Not sent</Badge>}
            </Group>
            {x.managementResponse
              ? <Alert color="gray" variant="light" title={`Management response (${x.respondedByLabel ?? ''}, ${formatDateTime(x.respondedAt)})`}>{x.managementResponse}</Alert>
              : x.sentAt && <Text size="sm" c="dimmed">Waiting for {e.serviceOrg.name}'s management response.</Text>}
            {writes && !x.sentAt && <Group><Button leftSection={<IconSend size={16} />} loading={send.isPending} onClick={() => send.mutate({})}>Send to {e.serviceOrg.name}</Button></Group>}
          </Stack>
        )}
        {writes && (
          <Stack gap="xs">
            <Text size="sm" fw={600}>{x ? 'Revise the evaluation' : `${p.progress.deviation} deviation${p.progress.deviation === 1 ? '' : 's'} found: record the exception`}</Text>
            <Group grow align="flex-start">
              <TextInput label="What went wrong (for the description)" placeholder="did not have a recorded approval" value={deviationText} onChange={(ev) => setDeviationText(ev.currentTarget.value)} />
              <TextInput label="What an item is" placeholder="change" value={itemNoun} onChange={(ev) => setItemNoun(ev.currentTarget.value)} />
              {p.sampling?.method !== 'statistical' && <NumberInput label="Tolerable rate (%)" description="Default 10%" min={0.1} max={99} value={tolerable} onChange={(val) => setTolerable(val === '' ? '' : Number(val))} />}
            </Group>
            <Textarea label="Root cause" autosize minRows={2} value={rootCause} onChange={(ev) => setRootCause(ev.currentTarget.value)} />
            <Radio.Group label="Isolated or systematic" value={classification ?? ''} onChange={(val) => setClassification(val as RootCauseClassification)}>
              <Stack gap={4} mt={4}>{ROOT_CAUSE_CLASSIFICATIONS.map((c) => <Radio key={c} value={c} label={ROOT_CAUSE_LABELS[c]} description={ROOT_CAUSE_HINTS[c]} />)}</Stack>
            </Radio.Group>
            <MultiSelect label="Criteria not met" data={p.control.criteria} value={criteria} onChange={setCriteria} placeholder="None" />
            <Checkbox label="Material (feeds the opinion proposal)" checked={material} onChange={(ev) => setMaterial(ev.currentTarget.checked)} />
            <Group justify="flex-end"><Button loading={record.isPending} onClick={() => record.mutate(body)}>Record exception</Button></Group>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
