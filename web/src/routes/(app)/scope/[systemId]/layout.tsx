// /scope/:systemId: one system. A tab per part of its description (DC1–DC9), one sub-route each, and the preview.
import { Alert, Anchor, Breadcrumbs, Button, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconArrowRight, IconInfoCircle } from '@tabler/icons-react';
import { Link, Outlet, useLocation, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../../../api.ts';
import { ErrorAlert } from '../../../../components/ErrorAlert.tsx';
import { SectionLoader } from '../../../../components/FullPageLoader.tsx';
import { ProgramGate } from '../../../../components/ProgramGate.tsx';
import { useDocumentTitle } from '../../../../components/useDocumentTitle.ts';
import { useSystem } from '../../../../program.ts';
import { canWriteProgram, useActiveSession } from '../../../../session.ts';
import { CategoryBadges } from '../CategoryBadges.tsx';
import { SYSTEM_TABS, type SystemContext } from './section.ts';

export default function SystemLayout() {
  return (
    <ProgramGate title="Scope" summary="The systems your SOC 2 examination covers.">
      <SystemShell />
    </ProgramGate>
  );
}

function SystemShell() {
  const { systemId = '' } = useParams();
  const session = useActiveSession();
  const canWrite = canWriteProgram(session.activeOrganization);
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const system = useSystem(systemId);
  useDocumentTitle(system.data?.name ?? 'System');

  const current = pathname.split('/')[3] ?? '';
  const tabValue = SYSTEM_TABS.some((t) => t.value === current) ? current : 'overview';

  const crumbs = (
    <Breadcrumbs separatorMargin={6} fz="sm">
      <Anchor component={Link} to="/scope" size="sm">
        Scope
      </Anchor>
      <Text size="sm" c="dimmed" truncate maw={400}>
        {system.data?.name ?? 'System'}
      </Text>
    </Breadcrumbs>
  );

  if (system.isPending) return <>{crumbs}<SectionLoader label="Loading system" /></>;
  if (system.isError) {
    if (isApiError(system.error) && system.error.isNotFound) {
      return (
        <Stack gap="lg">
          {crumbs}
          <Paper withBorder radius="md" p="xl" ta="center">
            <Title order={1} fz="lg">
              No such system
            </Title>
            <Text size="sm" c="dimmed" mt={4} mb="md">
              It may have been removed, or the link belongs to another organization.
            </Text>
            <Button component={Link} to="/scope" variant="default">
              Back to Scope
            </Button>
          </Paper>
        </Stack>
      );
    }
    return <Stack gap="lg">{crumbs}<ErrorAlert error={system.error} onRetry={() => void system.refetch()} /></Stack>;
  }

  const s = system.data;
  const context: SystemContext = { system: s, canWrite };

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        {crumbs}
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
          <Stack gap={6} style={{ minWidth: 0 }}>
            <Title order={1} fz={22} fw={650} lh={1.25}>
              {s.name}
            </Title>
            <CategoryBadges categories={s.categories} />
          </Stack>
          <Button component={Link} to={`/controls?system=${s.id}`} variant="default" rightSection={<IconArrowRight size={16} />} style={{ flexShrink: 0 }}>
            View controls
          </Button>
        </Group>
      </Stack>

      {!canWrite && (
        <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} />}>
          Your role can read this system but not change it. Admins and compliance managers edit the description.
        </Alert>
      )}

      <Tabs
        value={tabValue}
        onChange={(v) => v && void navigate(`/scope/${s.id}${v === 'overview' ? '' : `/${v}`}`)}
        keepMounted={false}
      >
        <Tabs.List mb="lg">
          {SYSTEM_TABS.map((t) => (
            <Tabs.Tab key={t.value} value={t.value}>
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {/* Unnamed panel: its name would be the tab's ("Commitments"), which also answers to the field label "Commitment".
            The section headings inside name the content. */}
        <Tabs.Panel value={tabValue} aria-labelledby={undefined}>
          {/* A saved change gives the system a new updatedAt: the tab starts again from the saved values. */}
          <div className={canWrite ? undefined : 'readonly-form'}>
            <Outlet key={s.updatedAt} context={context} />
          </div>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
