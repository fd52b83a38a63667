// Sign-off by a preparer and a different reviewer (flagged "changed since review" when the work changes afterwards),
// and the review notes threaded on the test.
import { Alert, Badge, Button, Checkbox, Group, SegmentedControl, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { IconSignature } from '@tabler/icons-react';
import { useState } from 'react';
import { formatDateTime } from '../../../../../../components/format.ts';
import type { AddNoteRequest, Signoff } from '../../../../../../contract.ts';
import { can } from '../../../engagementData.ts';
import { planPaths, usePlanWrite } from '../planData.ts';
import { Card, type PlanCtx } from './PlanCards.tsx';

function SignoffLine({ label, s, changed }: { label: string; s: Signoff | null; changed: boolean }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>{label}</Text>
      {s ? <Text size="sm">{s.label}, {formatDateTime(s.signedAt)}</Text> : <Text size="sm" c="dimmed">Not signed</Text>}
      {changed && <Badge color="orange" variant="light" tt="none">Changed since {label === 'Reviewer' ? 'review' : 'preparation'}</Badge>}
    </Stack>
  );
}

export function SignoffCard({ e, p }: PlanCtx) {
  const sign = usePlanWrite<{ role: 'preparer' | 'reviewer' }>(e.id, p.id, 'POST', planPaths.signoffs(e.id, p.id), 'Signed.');
  const s = p.signoffs;
  const prepares = can(e, 'workpaper.write');
  const reviews = can(e, 'workpaper.review');
  return (
    <Card title="Sign-off">
      <Stack gap="sm">
        {s.changedSinceReview && <Alert color="orange" variant="light">Something the reviewer signed has changed since. Review it again and sign.</Alert>}
        <SimpleGrid cols={2}>
          <SignoffLine label="Preparer" s={s.preparer} changed={s.changedSincePreparation} />
          <SignoffLine label="Reviewer" s={s.reviewer} changed={s.changedSinceReview} />
        </SimpleGrid>
        <Group gap="xs">
          {prepares && <Button variant="light" leftSection={<IconSignature size={16} />} loading={sign.isPending && sign.variables?.role === 'preparer'} onClick={() => sign.mutate({ role: 'preparer' })}>Sign as preparer</Button>}
          {reviews && <Button variant="light" leftSection={<IconSignature size={16} />} loading={sign.isPending && sign.variables?.role === 'reviewer'} disabled={!s.preparer || s.changedSincePreparation} onClick={() => sign.mutate({ role: 'reviewer' })}>Sign as reviewer</Button>}
          <Text size="xs" c="dimmed">
            {!p.conclusion ? 'Conclude the test before signing it. ' : ''}
            {s.changedSincePreparation ? 'The work changed since the preparer signed: the preparer signs again before review. ' : ''}
            The reviewer must be someone other than the preparer.
          </Text>
        </Group>
      </Stack>
    </Card>
  );
}

export function NotesCard({ e, p, writes }: PlanCtx) {
  const [body, setBody] = useState('');
  const [kind, setKind] = useState<'review_note' | 'internal'>('review_note');
  const [shared, setShared] = useState(false);
  const add = usePlanWrite<AddNoteRequest>(e.id, p.id, 'POST', planPaths.notes(e.id), 'Note added.');
  const resolve = usePlanWrite<{ noteId: string }>(e.id, p.id, 'POST', ({ noteId }) => ({ path: planPaths.resolveNote(e.id, noteId), body: {} }), 'Note resolved.');
  return (
    <Card title="Review notes">
      <Stack gap="sm">
        {p.notes.length === 0 && <Text size="sm" c="dimmed">No notes on this test.</Text>}
        {p.notes.map((n) => (
          <Stack key={n.id} gap={2} pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-gray-3)' }}>
            <Group gap="xs">
              <Text size="sm" fw={600}>{n.authorLabel}</Text>
              <Text size="xs" c="dimmed">{formatDateTime(n.createdAt)}</Text>
              <Badge size="xs" variant="light" tt="none">{n.kind === 'review_note' ? 'Review note' : 'Internal'}</Badge>
              {n.shared && <Badge size="xs" color="blue" variant="dot" tt="none">Shared with the organization</Badge>}
              {n.resolvedAt && <Badge size="xs" color="teal" variant="dot" tt="none">Resolved</Badge>}
            </Group>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{n.body}</Text>
            {writes && n.kind === 'review_note' && !n.resolvedAt && (
              <Group><Button size="compact-xs" variant="subtle" loading={resolve.isPending}
                onClick={() => resolve.mutate({ noteId: n.id })}>Resolve</Button></Group>
            )}
          </Stack>
        ))}
        {writes && (
          <form onSubmit={(ev) => { ev.preventDefault(); add.mutate({ testPlanId: p.id, kind, body, shared: kind === 'internal' && shared }, { onSuccess: () => setBody('') }); }}>
            <Stack gap="xs">
              <SegmentedControl size="xs" w={260} value={kind} onChange={(v) => setKind(v as typeof kind)} data={[{ value: 'review_note', label: 'Review note' }, { value: 'internal', label: 'Internal note' }]} />
              <Textarea aria-label="New note" placeholder={kind === 'review_note' ? 'What the preparer should look at' : 'A note for the file'} autosize minRows={2} value={body} onChange={(ev) => setBody(ev.currentTarget.value)} />
              <Group justify="space-between">
                {kind === 'internal' ? <Checkbox label="Share with the organization" checked={shared} onChange={(ev) => setShared(ev.currentTarget.checked)} /> : <span />}
                <Button type="submit" variant="light" loading={add.isPending} disabled={!body.trim()}>Add note</Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Card>
  );
}
