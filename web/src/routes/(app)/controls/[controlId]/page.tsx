// /controls/:controlId: one control: edit it, map it to criteria, assign its owners, retire it, read its history.
import { Alert, Anchor, Badge, Breadcrumbs, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArchive, IconInfoCircle } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../../api.ts';
import { ErrorAlert } from '../../../../components/ErrorAlert.tsx';
import { formatDate, formatDateTime } from '../../../../components/format.ts';
import { SectionLoader } from '../../../../components/FullPageLoader.tsx';
import { ProgramGate } from '../../../../components/ProgramGate.tsx';
import { useDocumentTitle } from '../../../../components/useDocumentTitle.ts';
import { criteriaIn, useControl, useCriteria, usePeople, useSystem } from '../../../../program.ts';
import { canWriteProgram, useActiveSession } from '../../../../session.ts';
import { StatusBadge } from '../ControlsTable.tsx';
import { ControlEvidence } from './ControlEvidence.tsx';
import { ControlFreshness } from './ControlFreshness.tsx';
import { ControlForm } from './ControlForm.tsx';
import { ControlHistory } from './ControlHistory.tsx';
import { RetireModal } from './RetireModal.tsx';

export default function ControlPage() {
  return (
    <ProgramGate title="Controls" summary="The controls of a system, mapped to the criteria.">
      <ControlView />
    </ProgramGate>
  );
}

function ControlView() {
  const { controlId = '' } = useParams();
  const session = useActiveSession();
  const canWrite = canWriteProgram(session.activeOrganization);
  const control = useControl(controlId);
  const system = useSystem(control.data?.systemId);
  const people = usePeople();
  const catalog = useCriteria();
  const [retiring, retire] = useDisclosure(false);
  useDocumentTitle(control.data ? `${control.data.code} ${control.data.title}` : 'Control');

  const c = control.data;
  const crumbs = (
    <Breadcrumbs separatorMargin={6} fz="sm">
      <Anchor component={Link} to={c ? `/controls?system=${c.systemId}` : '/controls'} size="sm">
        Controls
      </Anchor>
      {system.data && (
        <Text size="sm" c="dimmed" truncate maw={260}>
          {system.data.name}
        </Text>
      )}
      <Text size="sm" c="dimmed" ff="monospace">
        {c?.code ?? '…'}
      </Text>
    </Breadcrumbs>
  );

  if (control.isPending) return <>{crumbs}<SectionLoader label="Loading control" /></>;
  if (control.isError || !c) {
    if (isApiError(control.error) && control.error.isNotFound) {
      return (
        <Stack gap="lg">
          {crumbs}
          <Paper withBorder radius="md" p="xl" ta="center">
            <Title order={1} fz="lg">
              No such control
            </Title>
            <Text size="sm" c="dimmed" mt={4} mb="md">
              The link may be wrong, or the control belongs to another organization.
            </Text>
            <Button component={Link} to="/controls" variant="default">
              Back to Controls
            </Button>
          </Paper>
        </Stack>
      );
    }
    return <Stack gap="lg">{crumbs}<ErrorAlert error={control.error} onRetry={() => void control.refetch()} /></Stack>;
  }

  const retired = c.status === 'retired';
  const editable = canWrite && !retired;
  const criteria = criteriaIn(catalog.data?.criteria, system.data?.criteriaInScope ?? c.criteria);

  return (
    <Stack gap="lg" maw={960}>
      <Stack gap={6}>
        {crumbs}
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
          <Stack gap={6} style={{ minWidth: 0 }}>
            <Title order={1} fz={22} fw={650} lh={1.3}>
              <Text span inherit ff="monospace" c="dimmed" mr={10}>
                {c.code}
              </Text>
              {c.title}
            </Title>
            <Group gap={6}>
              <StatusBadge status={c.status} />
              <Badge variant="outline" color="gray" radius="sm" tt="none" fw={500}>
                {c.sourceTemplate ? `From the library (${c.sourceTemplate})` : 'Written by your organization'}
              </Badge>
              <Text size="xs" c="dimmed">
                Updated {formatDateTime(c.updatedAt)}
              </Text>
            </Group>
          </Stack>
          {canWrite && !retired && (
            <Button
              variant="default"
              color="red"
              leftSection={<IconArchive size={16} />}
              onClick={retire.open}
              aria-hidden={retiring || undefined}
              style={{ flexShrink: 0 }}
            >
              Retire control
            </Button>
          )}
        </Group>
      </Stack>

      {retired && (
        <Alert color="gray" variant="light" icon={<IconArchive size={18} />} title={`Retired on ${formatDate(c.retiredAt)}`}>
          <Text size="sm">{c.retiredReason ? `Reason: ${c.retiredReason}` : 'No reason was recorded.'}</Text>
          <Text size="sm" c="dimmed" mt={4}>
            A retired control is kept for the record and can no longer be changed.
          </Text>
        </Alert>
      )}
      {!canWrite && !retired && (
        <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} />}>
          Your role can read this control but not change it.
        </Alert>
      )}

      <ControlForm key={c.updatedAt} control={c} criteria={criteria} people={people.data ?? []} editable={editable} />

      <ControlFreshness control={c} />

      <ControlEvidence control={c} />

      <section aria-labelledby="control-history">
        <Title order={2} fz="md" fw={600} mb="sm" id="control-history">
          History
        </Title>
        <ControlHistory controlId={c.id} people={people.data ?? []} />
      </section>

      {canWrite && !retired && <RetireModal control={c} opened={retiring} onClose={retire.close} />}
    </Stack>
  );
}
