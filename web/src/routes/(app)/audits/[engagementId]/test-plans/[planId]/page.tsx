// /audits/:engagementId/test-plans/:planId (firm team): one control's test — procedures, population, the sample size
// calculator, the re-performable selection (seed, ranked keys), results per item, conclusion, exception with the
// organization's management response, preparer and reviewer sign-offs ("changed since review"), and review notes.
import { Anchor, Badge, Breadcrumbs, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../../../../components/ErrorAlert.tsx';
import { SectionLoader } from '../../../../../../components/FullPageLoader.tsx';
import { FREQUENCY_LABELS, type ControlFrequency } from '../../../../../../contract.ts';
import { can } from '../../../engagementData.ts';
import { useEngagementContext } from '../../section.ts';
import { SignoffBadges } from '../page.tsx';
import { useTestPlan } from '../planData.ts';
import { ConclusionCard, ExceptionCard } from './ConclusionCards.tsx';
import { PopulationCard, ProceduresCard, SampleSizeCard } from './PlanCards.tsx';
import { SelectionCard } from './SelectionCard.tsx';
import { NotesCard, SignoffCard } from './SignoffCards.tsx';

export default function TestPlanPage() {
  const { engagement: e } = useEngagementContext();
  const { planId = '' } = useParams();
  const plan = useTestPlan(e.id, planId);
  if (plan.isPending) return <SectionLoader label="Loading the test plan" />;
  if (plan.isError) return <ErrorAlert error={plan.error} onRetry={() => void plan.refetch()} />;
  const p = plan.data;
  const writes = can(e, 'workpaper.write');
  const ctx = { e, p, writes };
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Breadcrumbs separatorMargin={6} fz="sm">
          <Anchor component={Link} to={`/audits/${e.id}/test-plans`} size="sm">Test plans</Anchor>
          <Text size="sm" c="dimmed">{p.control.code}</Text>
        </Breadcrumbs>
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} fz="lg">{p.control.code} · {p.control.title}</Title>
            <Group gap={6} mt={4}>
              <Badge variant="outline" color="gray" tt="none">{FREQUENCY_LABELS[p.control.frequency as ControlFrequency] ?? p.control.frequency}</Badge>
              <Badge variant="outline" color="gray" tt="none">{p.control.nature}</Badge>
              {p.control.criteria.map((c) => <Badge key={c} variant="light" tt="none">{c}</Badge>)}
            </Group>
          </div>
          <SignoffBadges p={p} />
        </Group>
      </Stack>
      <ProceduresCard {...ctx} />
      {e.reportType === 'type1' ? (
        <Paper withBorder radius="md" p="md"><Text size="sm" c="dimmed">A Type I examination has no operating-effectiveness testing: no population or sample.</Text></Paper>
      ) : (
        <>
          <PopulationCard {...ctx} />
          <SampleSizeCard {...ctx} />
          <SelectionCard {...ctx} />
          <ConclusionCard {...ctx} />
          <ExceptionCard {...ctx} />
        </>
      )}
      <SignoffCard {...ctx} />
      <NotesCard {...ctx} />
    </Stack>
  );
}
