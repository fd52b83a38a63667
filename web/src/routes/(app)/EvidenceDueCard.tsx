// The dashboard's "Evidence due" card: controls whose next evidence is overdue or due within 14 days,
// for everyone or only the signed-in user's own controls.
import { Anchor, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { ReminderList } from './freshness/ReminderList.tsx';
import { useEvidenceReminders } from './freshness/freshnessData.ts';
import { QueryState } from '../../components/QueryState.tsx';

const SHOWN = 6;

export function EvidenceDueCard() {
  const [who, setWho] = useState<'all' | 'me'>('all');
  const reminders = useEvidenceReminders(who === 'me' ? { ownerId: 'me' } : {}, SHOWN);
  const first = reminders.data?.pages[0];
  const list = first?.reminders ?? [];

  return (
    <section aria-labelledby="evidence-due">
      <Paper withBorder radius="md" p="lg">
        <Group justify="space-between" mb="sm">
          <Title order={2} fz="md" fw={600} id="evidence-due">Evidence due</Title>
          <Group gap="sm">
            <SegmentedControl size="xs" value={who} onChange={(v) => setWho(v as 'all' | 'me')} data={[{ value: 'all', label: 'Everyone' }, { value: 'me', label: 'My controls' }]} aria-label="Whose controls" />
            <Anchor component={Link} to={who === 'me' ? '/freshness?owner=me' : '/freshness'} size="sm">See all</Anchor>
          </Group>
        </Group>
        <QueryState query={reminders} label="Loading evidence due">
          {() => who === 'me' && first && !first.owner ? (
            <Text size="sm" c="dimmed">
              Your account is not linked to anyone on the People roster, so no control is yours yet. Add yourself on the People page with the
              email you sign in with, then be named owner of your controls.
            </Text>
          ) : list.length === 0 ? (
            <Group gap="sm" wrap="nowrap" align="flex-start">
              <IconCircleCheck size={20} color="var(--mantine-color-teal-filled)" style={{ flexShrink: 0 }} aria-hidden />
              <Stack gap={2}>
                <Text size="sm" fw={600}>All evidence is fresh</Text>
                <Text size="sm" c="dimmed">
                  No {who === 'me' ? 'control of yours' : 'control'} is overdue or due in the next 14 days. Evidence is expected once per window
                  of each control&apos;s frequency (a quarterly control: every quarter); controls without evidence show up here when a window ends.
                </Text>
              </Stack>
            </Group>
          ) : (
            <>
              <ReminderList reminders={list} compact />
              {first?.nextCursor && (
                <Text size="sm" c="dimmed" mt="xs">
                  More controls need evidence: <Anchor component={Link} to="/freshness" size="sm">see them all</Anchor>.
                </Text>
              )}
            </>
          )}
        </QueryState>
      </Paper>
    </section>
  );
}
