// A test plan's procedures, population and sample size (with a calculator that previews with the sampling core).
import { ActionIcon, Alert, Anchor, Badge, Button, Group, NumberInput, Paper, SegmentedControl, Select, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDate } from '../../../../../../components/format.ts';
import {
  attributeSampleSize, frequencySampleSize, PROCEDURE_TYPE_LABELS, PROCEDURE_TYPES, type ControlNature, type Engagement, type EvidenceList,
  type Procedure, type ProcedureType, type SetPopulationRequest, type SetSampleSizeRequest, type TestPlanDetail,
} from '../../../../../../contract.ts';
import { engagementKeys, viewGet } from '../../../engagementData.ts';
import { planPaths, usePlanWrite } from '../planData.ts';

export interface PlanCtx { e: Engagement; p: TestPlanDetail; writes: boolean }

export function Card({ title, children, actions }: { title: string; children: React.ReactNode; actions?: React.ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" mb="sm"><Title order={3} fz="md">{title}</Title>{actions}</Group>
      {children}
    </Paper>
  );
}

export function ProceduresCard({ e, p, writes }: PlanCtx) {
  const [editing, setEditing] = useState<Procedure[] | null>(null);
  const save = usePlanWrite<{ procedures: Procedure[] }>(e.id, p.id, 'PATCH', planPaths.one(e.id, p.id), 'Procedures saved.');
  const list = editing ?? p.procedures;
  const set = (i: number, patch: Partial<Procedure>) => setEditing(list.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  return (
    <Card title="Procedures" actions={writes && !editing ? <Button size="xs" variant="default" onClick={() => setEditing(p.procedures)}>Edit procedures</Button> : undefined}>
      <Stack gap="xs">
        {list.length === 0 && <Text size="sm" c="dimmed">No procedures yet.</Text>}
        {list.map((x, i) => editing ? (
          <Group key={i} align="flex-start" gap="xs" wrap="nowrap">
            <Select aria-label={`Procedure ${i + 1} type`} w={160} allowDeselect={false} value={x.type} onChange={(v) => v && set(i, { type: v as ProcedureType })} data={PROCEDURE_TYPES.map((t) => ({ value: t, label: PROCEDURE_TYPE_LABELS[t] }))} />
            <Textarea aria-label={`Procedure ${i + 1}`} style={{ flex: 1 }} autosize minRows={1} value={x.text} onChange={(ev) => set(i, { text: ev.currentTarget.value })} />
            <ActionIcon variant="subtle" color="red" aria-label={`Remove procedure ${i + 1}`} onClick={() => setEditing(list.filter((_, j) => j !== i))}><IconTrash size={16} /></ActionIcon>
          </Group>
        ) : (
          <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
            <Badge variant="light" color="gray" tt="none" style={{ flexShrink: 0 }} w={120}>{PROCEDURE_TYPE_LABELS[x.type]}</Badge>
            <Text size="sm">{x.text}</Text>
          </Group>
        ))}
        {editing && (
          <Group justify="space-between">
            <Button size="xs" variant="subtle" leftSection={<IconPlus size={14} />} onClick={() => setEditing([...list, { type: 'inspection', text: '' }])}>Add procedure</Button>
            <Group gap="xs">
              <Button size="xs" variant="default" onClick={() => setEditing(null)}>Cancel</Button>
              <Button size="xs" loading={save.isPending} disabled={list.length === 0 || list.some((x) => !x.text.trim())} onClick={() => save.mutate({ procedures: list }, { onSuccess: () => setEditing(null) })}>Save procedures</Button>
            </Group>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

/** A selection blocks changes to the population and size until it is discarded, with a reason. */
function DiscardReason({ p, value, onChange }: { p: TestPlanDetail; value: string; onChange: (v: string) => void }) {
  if (!p.selection) return null;
  return <TextInput label="Reason to discard the current selection" required description="A selection exists: changing this discards it, and the reason is recorded." value={value} onChange={(ev) => onChange(ev.currentTarget.value)} />;
}

export function PopulationCard({ e, p, writes }: PlanCtx) {
  const [source, setSource] = useState<'evidence' | 'manual'>('evidence');
  const [evidenceId, setEvidenceId] = useState<string | null>(null);
  const [keyColumn, setKeyColumn] = useState('');
  const [keys, setKeys] = useState('');
  const [reason, setReason] = useState('');
  const [open, setOpen] = useState(!p.population);
  const save = usePlanWrite<SetPopulationRequest>(e.id, p.id, 'PUT', planPaths.population(e.id, p.id), 'Population recorded.');
  const evidence = useQuery({
    queryKey: engagementKeys.view(e.id, 'evidence', e.system?.id, p.control.id),
    queryFn: () => viewGet<EvidenceList>(e.id, '/api/v1/evidence', { systemId: e.system?.id, controlId: p.control.id, limit: 200 }),
    enabled: writes && open && source === 'evidence',
  });
  const files = (evidence.data?.items ?? []).filter((i) => /\.(csv|xlsx)$/i.test(i.fileName));
  const discard = p.selection ? { discardSelection: { reason } } : {};
  const manualKeys = keys.split('\n').map((k) => k.trim()).filter(Boolean);
  const submit = () => save.mutate(source === 'evidence' ? { source, evidenceId: evidenceId ?? '', keyColumn, ...discard } : { source, keys: manualKeys, ...discard }, { onSuccess: () => setOpen(false) });
  const pop = p.population;
  return (
    <Card title="Population" actions={writes && pop && !open ? <Button size="xs" variant="default" onClick={() => setOpen(true)}>Change population</Button> : undefined}>
      <Stack gap="sm">
        {pop ? (
          <Table withRowBorders={false} verticalSpacing={2}>
            <Table.Tbody>
              <Table.Tr><Table.Td w={160}><Text size="sm" c="dimmed">Source</Text></Table.Td><Table.Td><Text size="sm">{pop.source === 'evidence' ? `Evidence: ${pop.evidenceTitle ?? ''} (key column "${pop.keyColumn}")` : 'A list entered by hand'}</Text></Table.Td></Table.Tr>
              <Table.Tr><Table.Td><Text size="sm" c="dimmed">Size</Text></Table.Td><Table.Td><Text size="sm" fw={600}>{pop.size} items</Text></Table.Td></Table.Tr>
              <Table.Tr><Table.Td><Text size="sm" c="dimmed">Period</Text></Table.Td><Table.Td><Text size="sm">{formatDate(pop.periodStart)} – {formatDate(pop.periodEnd)}</Text></Table.Td></Table.Tr>
              <Table.Tr><Table.Td><Text size="sm" c="dimmed">SHA-256</Text></Table.Td><Table.Td><Group gap="xs"><Text size="xs" ff="monospace">{pop.sha256}</Text><Anchor size="xs" href={planPaths.populationContent(e.id, p.id)} download>Download the population</Anchor></Group></Table.Td></Table.Tr>
            </Table.Tbody>
          </Table>
        ) : <Text size="sm" c="dimmed">No population yet: a CSV or XLSX export of the control's occurrences in the period (the file is the population), or a list of keys entered by hand.</Text>}
        {writes && open && (
          <Stack gap="xs">
            <SegmentedControl size="xs" value={source} onChange={(v) => setSource(v as typeof source)} data={[{ value: 'evidence', label: 'From an evidence file' }, { value: 'manual', label: 'Enter keys by hand' }]} />
            {source === 'evidence' ? (
              <Group grow align="flex-start">
                <Select label="Evidence file (CSV or XLSX)" searchable data={files.map((i) => ({ value: i.id, label: `${i.title} (${i.fileName})` }))} value={evidenceId} onChange={setEvidenceId}
                  placeholder={evidence.isPending ? 'Loading…' : files.length === 0 ? `No CSV/XLSX evidence linked to ${p.control.code} in the period` : 'Choose a file'} />
                <TextInput label="Key column" description="The column that names each item uniquely" value={keyColumn} onChange={(ev) => setKeyColumn(ev.currentTarget.value)} />
              </Group>
            ) : (
              <Textarea label="Population keys" description={`One key per line (${manualKeys.length} so far). Stored as a CSV with a "key" header, hashed and recorded.`} autosize minRows={4} maxRows={12} value={keys} onChange={(ev) => setKeys(ev.currentTarget.value)} />
            )}
            <DiscardReason p={p} value={reason} onChange={setReason} />
            <Group justify="flex-end" gap="xs">
              {pop && <Button size="xs" variant="default" onClick={() => setOpen(false)}>Cancel</Button>}
              <Button size="xs" loading={save.isPending} onClick={submit}
                disabled={(source === 'evidence' ? !evidenceId || !keyColumn.trim() : manualKeys.length === 0) || (!!p.selection && !reason.trim())}>Record population</Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

type Preview = { size: number | null; allowed: number; rationale: string; error?: string };

function preview(method: 'frequency' | 'statistical' | 'all_items', p: TestPlanDetail, confidence: number, tolerable: number, expected: number): Preview {
  const population = p.population?.size;
  try {
    if (method === 'all_items') return { size: population ?? null, allowed: 0, rationale: 'Every item of the population is tested.' };
    if (method === 'frequency') {
      const r = frequencySampleSize({ frequency: p.control.frequency, nature: p.control.nature as ControlNature, populationSize: population });
      return { size: r.size, allowed: 0, rationale: r.rationale };
    }
    const r = attributeSampleSize({ confidence, tolerableRate: tolerable / 100, expectedRate: expected / 100 });
    if (r.tooLarge) return { size: null, allowed: 0, rationale: '', error: 'The sample would be too large to be cost-effective: raise the tolerable rate or lower the expected rate.' };
    return { size: r.size, allowed: r.expectedDeviations, rationale: `${confidence * 100}% confidence, tolerable ${tolerable}%, expected ${expected}%: ${r.size} items, reliance supported with up to ${r.expectedDeviations} deviation${r.expectedDeviations === 1 ? '' : 's'}.` };
  } catch (err) {
    return { size: null, allowed: 0, rationale: '', error: err instanceof Error ? err.message : String(err) };
  }
}

export function SampleSizeCard({ e, p, writes }: PlanCtx) {
  const [method, setMethod] = useState<'frequency' | 'statistical' | 'all_items'>(p.sampling?.method === 'statistical' ? 'statistical' : 'frequency');
  const [confidence, setConfidence] = useState(0.95);
  const [tolerable, setTolerable] = useState<number>(5);
  const [expected, setExpected] = useState<number>(1);
  const [reason, setReason] = useState('');
  const save = usePlanWrite<SetSampleSizeRequest>(e.id, p.id, 'PUT', planPaths.sampleSize(e.id, p.id), 'Sample size recorded.');
  const pv = preview(method, p, confidence, tolerable, expected);
  const discard = p.selection ? { discardSelection: { reason } } : {};
  const body: SetSampleSizeRequest = method === 'statistical'
    ? { method, confidence: confidence as 0.9 | 0.95, tolerableRate: tolerable / 100, expectedRate: expected / 100, ...discard }
    : { method, ...discard };
  const s = p.sampling;
  return (
    <Card title="Sample size">
      <Stack gap="sm">
        {s ? (
          <Stack gap={2}>
            <Text size="sm"><b>{s.size}</b> items · method {s.method.replace('_', ' ')}{s.method === 'statistical' ? ` · up to ${s.allowedDeviations} deviation${s.allowedDeviations === 1 ? '' : 's'} still support reliance` : ''}</Text>
            <Text size="xs" c="dimmed">{s.rationale}</Text>
          </Stack>
        ) : <Text size="sm" c="dimmed">Not sized yet.</Text>}
        {writes && (
          <Paper withBorder radius="sm" p="sm" bg="var(--mantine-color-gray-0)">
            <Stack gap="xs">
              <Text size="sm" fw={600}>Calculator</Text>
              <SegmentedControl size="xs" value={method} onChange={(v) => setMethod(v as typeof method)} data={[
                { value: 'frequency', label: 'By frequency' }, { value: 'statistical', label: 'Statistical (attributes)' }, { value: 'all_items', label: 'All items' },
              ]} />
              {method === 'statistical' && (
                <Group grow>
                  <Select label="Confidence" allowDeselect={false} value={String(confidence)} onChange={(v) => v && setConfidence(Number(v))} data={[{ value: '0.95', label: '95%' }, { value: '0.9', label: '90%' }]} />
                  <NumberInput label="Tolerable deviation rate (%)" min={0.1} max={99} step={1} decimalScale={2} value={tolerable} onChange={(v) => setTolerable(Number(v))} />
                  <NumberInput label="Expected deviation rate (%)" min={0} max={98} step={0.25} decimalScale={2} value={expected} onChange={(v) => setExpected(Number(v))} />
                </Group>
              )}
              {pv.error ? <Alert color="red" variant="light">{pv.error}</Alert> : (
                <Text size="sm" aria-live="polite">Sample size: <b data-testid="sample-size-preview">{pv.size ?? '—'}</b>{method === 'statistical' ? <> · deviations allowed: <b>{pv.allowed}</b></> : null}. <Text span size="xs" c="dimmed">{pv.rationale}</Text></Text>
              )}
              <DiscardReason p={p} value={reason} onChange={setReason} />
              <Group justify="flex-end">
                <Button size="xs" loading={save.isPending} disabled={!!pv.error || (!!p.selection && !reason.trim())} onClick={() => save.mutate(body, { onSuccess: () => setReason('') })}>Record sample size</Button>
              </Group>
              {!p.population && <Text size="xs" c="dimmed">Without a population the preview cannot check whether every item should be tested instead; the server decides once the population is known.</Text>}
            </Stack>
          </Paper>
        )}
      </Stack>
    </Card>
  );
}
