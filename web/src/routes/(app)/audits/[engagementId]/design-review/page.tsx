// /audits/:engagementId/design-review (firm team): Stage 1. A conclusion on each in-scope criterion, its related
// controls and the description sections DC1–DC9; flagged criteria; observations sent to the organization with its responses.
import { Alert, Badge, Button, Checkbox, Group, Modal, Paper, Radio, SegmentedControl, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { IconAlertTriangle, IconSend } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, request } from '../../../../../api.ts';
import { ErrorAlert } from '../../../../../components/ErrorAlert.tsx';
import { SectionLoader } from '../../../../../components/FullPageLoader.tsx';
import { notifyError, notifySuccess } from '../../../../../components/notify.tsx';
import {
  DESCRIPTION_CONCLUSION_LABELS, DESCRIPTION_CONCLUSIONS, DESIGN_CONCLUSION_LABELS, DESIGN_CONCLUSIONS, type DesignConclusion,
  type DesignConclusionValue, type DesignWorksheet, type Engagement, type SubjectKind,
} from '../../../../../contract.ts';
import { can, engagementKeys } from '../../engagementData.ts';
import { useEngagementContext } from '../section.ts';

const designKey = (id: string) => [...engagementKeys.one(id), 'design-review'] as const;

interface Subject { kind: SubjectKind; subject: string; label: string; current: DesignConclusion | null }

export default function DesignReviewPage() {
  const { engagement: e } = useEngagementContext();
  const worksheet = useQuery({ queryKey: designKey(e.id), queryFn: () => api.get<DesignWorksheet>(`/api/v1/engagements/${e.id}/design-review`) });
  const [editing, setEditing] = useState<Subject | null>(null);
  const [filter, setFilter] = useState<'all' | 'open' | 'flagged'>('all');
  if (worksheet.isPending) return <SectionLoader label="Loading the design review" />;
  if (worksheet.isError) return <ErrorAlert error={worksheet.error} onRetry={() => void worksheet.refetch()} />;
  const w = worksheet.data;
  const writes = can(e, 'workpaper.write') && w.editable;
  const criteria = w.criteria.filter((c) => filter === 'all' || (filter === 'flagged' ? !!c.flag : !c.conclusion || c.controls.some((k) => !k.conclusion)));
  const edit = writes ? setEditing : undefined;
  return (
    <Stack gap="lg">
      <Summary e={e} w={w} writes={writes} />
      <Paper withBorder radius="md" p="md">
        <Group justify="space-between" mb="sm">
          <Title order={2} fz="md">Criteria and related controls</Title>
          <SegmentedControl size="xs" value={filter} onChange={(v) => setFilter(v as typeof filter)} data={[
            { value: 'all', label: `All (${w.criteria.length})` }, { value: 'open', label: 'Not concluded' }, { value: 'flagged', label: `Flagged (${w.summary.flagged})` },
          ]} />
        </Group>
        <Table>
          <Table.Thead>
            <Table.Tr><Table.Th w={130}>Subject</Table.Th><Table.Th>Description</Table.Th><Table.Th w={330}>Conclusion</Table.Th><Table.Th w={100} /></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {criteria.map((c) => [
              <Table.Tr key={c.id} bg="var(--mantine-color-gray-0)">
                <Table.Td><Text size="sm" fw={700}>{c.id}</Text></Table.Td>
                <Table.Td>
                  <Text size="sm">{c.title}</Text>
                  {c.flag && (
                    <Badge color="red" variant="light" leftSection={<IconAlertTriangle size={11} />} tt="none" mt={4}>
                      {c.flag === 'no_controls' ? 'No control addresses this criterion' : 'No suitably designed control'}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td><ConclusionCell c={c.conclusion} /></Table.Td>
                <Table.Td><ConcludeButton s={{ kind: 'criterion', subject: c.id, label: `${c.id} ${c.title}`, current: c.conclusion }} onEdit={edit} /></Table.Td>
              </Table.Tr>,
              ...c.controls.map((k) => (
                <Table.Tr key={`${c.id}:${k.id}`}>
                  <Table.Td pl="lg"><Text size="sm">{k.code}</Text></Table.Td>
                  <Table.Td><Text size="sm" c="dimmed">{k.title}</Text></Table.Td>
                  <Table.Td><ConclusionCell c={k.conclusion} /></Table.Td>
                  <Table.Td><ConcludeButton s={{ kind: 'control', subject: k.id, label: `${k.code} ${k.title}`, current: k.conclusion }} onEdit={edit} /></Table.Td>
                </Table.Tr>
              )),
            ])}
          </Table.Tbody>
        </Table>
        {criteria.length === 0 && <Text size="sm" c="dimmed" mt="sm">No criterion matches this filter.</Text>}
      </Paper>
      <Paper withBorder radius="md" p="md">
        <Title order={2} fz="md" mb="sm">System description (DC1–DC9)</Title>
        <Table>
          <Table.Tbody>
            {w.description.map((d) => (
              <Table.Tr key={d.section}>
                <Table.Td w={130}><Text size="sm" fw={700}>{d.section}</Text></Table.Td>
                <Table.Td><Text size="sm">{d.label}</Text></Table.Td>
                <Table.Td w={330}><ConclusionCell c={d.conclusion} /></Table.Td>
                <Table.Td w={100}><ConcludeButton s={{ kind: 'description', subject: d.section, label: `${d.section} ${d.label}`, current: d.conclusion }} onEdit={edit} /></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      {editing && <ConcludeModal e={e} s={editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

function Summary({ e, w, writes }: { e: Engagement; w: DesignWorksheet; writes: boolean }) {
  const queryClient = useQueryClient();
  const send = useMutation({
    mutationFn: () => api.post<{ sent: number }>(`/api/v1/engagements/${e.id}/design-review/send`, {}),
    onSuccess: (r) => { notifySuccess(`${r.sent} observation${r.sent === 1 ? '' : 's'} sent to ${e.serviceOrg.name}.`); void queryClient.invalidateQueries({ queryKey: designKey(e.id) }); },
    onError: (error) => notifyError(error, 'Could not send the observations'),
  });
  const s = w.summary;
  return (
    <Stack gap="sm">
      {!w.editable && <Alert color="gray" variant="light">Design conclusions are recorded from planning through review; this engagement is {w.status.replace('_', ' ')}.</Alert>}
      <SimpleGrid cols={{ base: 2, sm: 5 }}>
        <Figure label="Criteria concluded" value={`${s.criteriaConcluded} / ${s.criteria}`} />
        <Figure label="Controls concluded" value={`${s.controlsConcluded} / ${s.controls}`} />
        <Figure label="Description sections" value={`${s.sectionsConcluded} / 9`} />
        <Figure label="Flagged criteria" value={String(s.flagged)} color={s.flagged ? 'red' : undefined} />
        <Figure label="Observations sent · answered" value={`${s.observationsSent} · ${s.responses}`} />
      </SimpleGrid>
      {writes && s.observationsUnsent > 0 && (
        <Group>
          <Button leftSection={<IconSend size={16} />} loading={send.isPending} onClick={() => send.mutate()}>
            Send {s.observationsUnsent} observation{s.observationsUnsent === 1 ? '' : 's'} to {e.serviceOrg.name}
          </Button>
          <Text size="xs" c="dimmed">The organization sees the subject, your conclusion and the observation (not your materiality judgement), and can respond.</Text>
        </Group>
      )}
    </Stack>
  );
}

export function Figure({ label, value, color }: { label: string; value: string; color?: string }) {
  return (
    <Paper withBorder radius="md" p="sm">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>{label}</Text>
      <Text fz={20} fw={650} c={color}>{value}</Text>
    </Paper>
  );
}

const ADVERSE = new Set<DesignConclusionValue>(['design_deficiency', 'misstatement']);
const conclusionLabel = (c: DesignConclusionValue) =>
  (DESIGN_CONCLUSION_LABELS as Record<string, string>)[c] ?? (DESCRIPTION_CONCLUSION_LABELS as Record<string, string>)[c] ?? c;

function ConclusionCell({ c }: { c: DesignConclusion | null }) {
  if (!c) return <Text size="sm" c="dimmed">Not concluded</Text>;
  return (
    <Stack gap={4}>
      <Group gap={4}>
        <Badge color={ADVERSE.has(c.conclusion) ? 'red' : 'teal'} variant="light" tt="none">{conclusionLabel(c.conclusion)}</Badge>
        {c.material && <Badge color="red" variant="outline" tt="none">Material</Badge>}
        {c.sentAt && <Badge color="blue" variant="dot" tt="none">Sent</Badge>}
        {c.revisedAfterResponse && <Badge color="grape" variant="dot" tt="none">Revised after response</Badge>}
      </Group>
      {c.observation && <Text size="xs">{c.observation}</Text>}
      {c.response && <Text size="xs" c="dimmed">Response ({c.respondedByLabel}): {c.response}</Text>}
    </Stack>
  );
}

function ConcludeButton({ s, onEdit }: { s: Subject; onEdit?: (s: Subject) => void }) {
  if (!onEdit) return null;
  return <Button size="compact-xs" variant="light" aria-label={`Conclude on ${s.label}`} onClick={() => onEdit(s)}>{s.current ? 'Change' : 'Conclude'}</Button>;
}

function ConcludeModal({ e, s, onClose }: { e: Engagement; s: Subject; onClose: () => void }) {
  const queryClient = useQueryClient();
  const options = s.kind === 'description' ? DESCRIPTION_CONCLUSIONS : DESIGN_CONCLUSIONS;
  const [conclusion, setConclusion] = useState<DesignConclusionValue>(s.current?.conclusion ?? options[0]);
  const [observation, setObservation] = useState(s.current?.observation ?? '');
  const [material, setMaterial] = useState(s.current?.material ?? false);
  const save = useMutation({
    mutationFn: () => request<DesignConclusion>('PUT', `/api/v1/engagements/${e.id}/design-review/conclusions/${s.kind}/${encodeURIComponent(s.subject)}`, { body: { conclusion, observation, material } }),
    onSuccess: () => { void queryClient.invalidateQueries({ queryKey: designKey(e.id) }); onClose(); },
    onError: (error) => notifyError(error, 'Could not record the conclusion'),
  });
  const adverse = ADVERSE.has(conclusion);
  return (
    <Modal opened onClose={onClose} title={<Text fw={600}>Conclusion on {s.label}</Text>} size="lg">
      <form onSubmit={(ev) => { ev.preventDefault(); save.mutate(); }}>
        <Stack gap="sm">
          <Radio.Group label="Conclusion" value={conclusion} onChange={(v) => setConclusion(v as DesignConclusionValue)}>
            <Group mt={6}>{options.map((o) => <Radio key={o} value={o} label={conclusionLabel(o)} />)}</Group>
          </Radio.Group>
          <Textarea label="Observation" description={adverse ? 'Required: what is deficient or misstated. Sent to the organization when you send observations.' : 'Optional; sent to the organization when you send observations.'}
            required={adverse} autosize minRows={3} value={observation} onChange={(ev) => setObservation(ev.currentTarget.value)} />
          <Checkbox label="Material (feeds the opinion proposal; not shown to the organization)" checked={material} onChange={(ev) => setMaterial(ev.currentTarget.checked)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={save.isPending}>Cancel</Button>
            <Button type="submit" loading={save.isPending} disabled={adverse && !observation.trim()}>Record conclusion</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
