// /scope: the systems under examination. A system is the services, boundaries and components a SOC 2 report covers.
import { Button, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus, IconTarget } from '@tabler/icons-react';
import { EmptyPanel } from '../../../components/EmptyPanel.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { ProgramGate } from '../../../components/ProgramGate.tsx';
import { useSystems } from '../../../program.ts';
import { canWriteProgram, useActiveSession } from '../../../session.ts';
import { CreateSystemModal } from './CreateSystemModal.tsx';
import { SystemsTable } from './SystemsTable.tsx';
import { QueryState } from '../../../components/QueryState.tsx';

const TITLE = 'Scope';
const SUMMARY = 'The systems your SOC 2 examination covers, and the description each one gets in the report.';

export default function ScopePage() {
  return (
    <ProgramGate title={TITLE} summary={SUMMARY}>
      <Systems />
    </ProgramGate>
  );
}

function Systems() {
  const session = useActiveSession();
  const canWrite = canWriteProgram(session.activeOrganization);
  const systems = useSystems();
  const [creating, create] = useDisclosure(false);
  const list = systems.data ?? [];

  const defineButton = (
    <Button leftSection={<IconPlus size={16} />} onClick={create.open} aria-hidden={creating || undefined}>
      Define a system
    </Button>
  );

  return (
    <>
      <PageHeader title={TITLE} description={SUMMARY} actions={canWrite && list.length > 0 ? defineButton : undefined} />
      <QueryState query={systems} label="Loading systems">
        {() => list.length === 0 ? (
          <EmptyPanel
            icon={<IconTarget size={26} stroke={1.5} />}
            title="No system defined yet"
            actions={canWrite ? defineButton : undefined}
          >
            In SOC 2, the system is what the auditor examines: the services you provide to customers, where their boundaries
            lie, and the infrastructure, software, people, procedures and data that deliver them. Define one to choose the
            categories in scope and to write the system description that becomes Section III of your report.
            {!canWrite && ' Ask an admin or a compliance manager of your organization to define it.'}
          </EmptyPanel>
        ) : (
          <>
            <SystemsTable systems={list} />
            <Text size="xs" c="dimmed" mt="xs">
              Most organizations have one system. Define another only when a separate report covers it.
            </Text>
          </>
        )}
      </QueryState>
      {canWrite && <CreateSystemModal opened={creating} onClose={create.close} />}
    </>
  );
}
