// /audits/:engagementId: one engagement. The header (name, phase, report type, period, the other party, warnings)
// and a tab per part of the examination, one sub-route each.
import { Alert, Anchor, Breadcrumbs, Button, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconDownload } from '@tabler/icons-react';
import { Link, Outlet, useLocation, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../../../api.ts';
import { ErrorAlert } from '../../../../components/ErrorAlert.tsx';
import { SectionLoader } from '../../../../components/FullPageLoader.tsx';
import { useDocumentTitle } from '../../../../components/useDocumentTitle.ts';
import { useActiveSession } from '../../../../session.ts';
import { EngagementStatusBadge, ReportTypeBadge } from '../EngagementBadges.tsx';
import { counterpartyOf, periodLabel, useEngagement } from '../engagementData.ts';
import { ENGAGEMENT_TABS, type EngagementContext } from './section.ts';

export default function EngagementLayout() {
  const { engagementId = '' } = useParams();
  const session = useActiveSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const engagement = useEngagement(engagementId);
  useDocumentTitle(engagement.data?.name ?? 'Engagement');

  const crumbs = (
    <Breadcrumbs separatorMargin={6} fz="sm">
      <Anchor component={Link} to="/audits" size="sm">Audits</Anchor>
      <Text size="sm" c="dimmed" truncate maw={400}>{engagement.data?.name ?? 'Engagement'}</Text>
    </Breadcrumbs>
  );
  if (engagement.isPending) return <>{crumbs}<SectionLoader label="Loading the engagement" /></>;
  if (engagement.isError) {
    if (isApiError(engagement.error) && engagement.error.isNotFound) {
      return (
        <Stack gap="lg">
          {crumbs}
          <Paper withBorder radius="md" p="xl" ta="center">
            <Title order={1} fz="lg">No such engagement</Title>
            <Text size="sm" c="dimmed" mt={4} mb="md">It may belong to another organization, or you are not on its team.</Text>
            <Button component={Link} to="/audits" variant="default">Back to Audits</Button>
          </Paper>
        </Stack>
      );
    }
    return <Stack gap="lg">{crumbs}<ErrorAlert error={engagement.error} onRetry={() => void engagement.refetch()} /></Stack>;
  }

  const e = engagement.data;
  const tabs = ENGAGEMENT_TABS.filter((t) => t.shows(e));
  const current = pathname.split('/')[3] ?? '';
  const tabValue = tabs.some((t) => t.value === current) ? current : 'overview';
  const other = counterpartyOf(e, session.activeOrganization?.organization.id);
  const context: EngagementContext = { engagement: e };

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        {crumbs}
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={1} fz={22} fw={650} lh={1.25}>{e.name}</Title>
          {e.viewer.side === 'firm' && e.viewer.actions.includes('workpaper.read') && (
            <Button component="a" href={`/api/v1/engagements/${e.id}/test-matrix.xlsx`} download variant="default" leftSection={<IconDownload size={16} />} style={{ flexShrink: 0 }}>
              Export test matrix (XLSX)
            </Button>
          )}
        </Group>
        <Group gap="xs">
          <EngagementStatusBadge value={e.status} />
          <ReportTypeBadge value={e.reportType} />
          <Text size="sm" c="dimmed">{periodLabel(e)} · {e.viewer.side === 'firm' ? 'client' : 'audit firm'}: {other.name}{e.system ? ` · system: ${e.system.name}` : ''}</Text>
        </Group>
      </Stack>
      {e.warnings.map((w) => (
        <Alert key={w} color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title="Warning">{w}</Alert>
      ))}
      <Tabs value={tabValue} onChange={(v) => v && void navigate(`/audits/${e.id}${v === 'overview' ? '' : `/${v}`}`)} keepMounted={false}>
        <Tabs.List mb="lg">
          {tabs.map((t) => <Tabs.Tab key={t.value} value={t.value}>{t.label}</Tabs.Tab>)}
        </Tabs.List>
        <Tabs.Panel value={tabValue} aria-labelledby={undefined}>
          <Outlet context={context} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
