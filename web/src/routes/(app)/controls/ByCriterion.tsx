import { Badge, Group, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { CATEGORY_LABELS } from '../../../categories.ts';
import type { Control, Criterion, System } from '../../../contract.ts';
import { groupCriteria } from '../catalog/categories.ts';
import { CoverageTable } from './CoverageTable.tsx';
import { coverage } from './coverage.ts';

/** The system's criteria in scope, each with its active controls, CUECs and CSOCs; uncovered criteria are gaps. */
export function ByCriterion({ system, criteria, controls }: { system: System; criteria: readonly Criterion[]; controls: readonly Control[] }) {
  const [gapsOnly, setGapsOnly] = useState(false);
  const rows = coverage(criteria, system, controls);
  const byId = new Map(rows.map((r) => [r.criterion.id, r]));
  const gaps = rows.filter((r) => r.gap).length;
  const notRelevant = rows.filter((r) => r.notRelevant !== null).length;
  const covered = rows.length - gaps - notRelevant;
  const shown = gapsOnly ? rows.filter((r) => r.gap) : rows;
  const groups = groupCriteria(shown.map((r) => r.criterion));

  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="md">
        <Group justify="space-between" gap="sm">
          <Group gap="xs">
            <Text size="sm">
              <b>{covered}</b> of {rows.length} criteria in scope have an active control
            </Text>
            {gaps > 0 ? (
              <Badge color="red" variant="light" radius="sm" tt="none">
                {gaps} gap{gaps === 1 ? '' : 's'}
              </Badge>
            ) : (
              <Badge color="teal" variant="light" radius="sm" tt="none">
                No gaps
              </Badge>
            )}
            {notRelevant > 0 && (
              <Badge color="gray" variant="light" radius="sm" tt="none">
                {notRelevant} not relevant
              </Badge>
            )}
          </Group>
          <Switch label="Show gaps only" checked={gapsOnly} onChange={(e) => setGapsOnly(e.currentTarget.checked)} disabled={gaps === 0} />
        </Group>
      </Paper>

      {groups.length === 0 && (
        <Paper withBorder radius="md" p="lg">
          <Text size="sm" c="dimmed">
            {gapsOnly ? 'No gaps: every criterion in scope has an active control or is marked not relevant.' : 'No criteria in scope.'}
          </Text>
        </Paper>
      )}

      {groups.map((g) => (
        <section key={g.category} aria-labelledby={`coverage-${g.category}`}>
          <Title order={2} fz="lg" fw={650} mb="sm" id={`coverage-${g.category}`}>
            {CATEGORY_LABELS[g.category]}
          </Title>
          <Stack gap="md">
            {g.series.map((s) => (
              <CoverageTable
                key={s.series}
                title={s.seriesTitle ? `${s.series} ${s.seriesTitle}` : s.series}
                rows={s.criteria.map((c) => byId.get(c.id)!)}
              />
            ))}
          </Stack>
        </section>
      ))}
    </Stack>
  );
}
