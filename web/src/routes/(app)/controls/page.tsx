// /controls?system=…: the controls of a system (the choice is kept in the URL), and their coverage of the criteria.
import { NativeSelect, Paper, Stack, Text } from '@mantine/core';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { ProgramGate } from '../../../components/ProgramGate.tsx';
import { SystemsState } from '../../../components/SystemsState.tsx';
import { useSystemParam } from '../../../program.ts';
import { canWriteProgram, useActiveSession } from '../../../session.ts';
import { CONTROLS_SUMMARY, SystemControls } from './SystemControls.tsx';

export default function ControlsPage() {
  return (
    <ProgramGate title="Controls" summary={CONTROLS_SUMMARY}>
      <Controls />
    </ProgramGate>
  );
}

function Controls() {
  const session = useActiveSession();
  const canWrite = canWriteProgram(session.activeOrganization);
  const { systems, list, selectedId, setParam } = useSystemParam('only');
  const choose = (id: string) => setParam('system', id);

  if (systems.isPending || systems.isError || list.length === 0) {
    return (
      <SystemsState title="Controls" description={CONTROLS_SUMMARY} systems={systems}>
        Controls belong to a system: the services and components your SOC 2 report covers. Define it in Scope, choose
        the categories in scope, then come back to adopt controls for its criteria.
      </SystemsState>
    );
  }

  const picker = (
    <NativeSelect
      label="System"
      w={320}
      value={selectedId ?? ''}
      onChange={(e) => choose(e.currentTarget.value)}
      data={[...(selectedId ? [] : [{ value: '', label: 'Choose a system…' }]), ...list.map((s) => ({ value: s.id, label: s.name }))]}
    />
  );

  if (!selectedId) {
    return (
      <>
        <PageHeader title="Controls" description={CONTROLS_SUMMARY} />
        <Stack gap="md">
          {picker}
          <Paper withBorder radius="md" p="lg">
            <Text size="sm" c="dimmed">
              Your organization has {list.length} systems. Choose the one whose controls you want to see.
            </Text>
          </Paper>
        </Stack>
      </>
    );
  }

  return <SystemControls key={selectedId} systemId={selectedId} picker={picker} canWrite={canWrite} />;
}
