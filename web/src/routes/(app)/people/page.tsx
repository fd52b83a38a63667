// /people: the roster of people who own and back up controls. Background checks and training come later.
import { Button, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconUserPlus, IconUsers } from '@tabler/icons-react';
import { AddPersonModal } from '../../../components/AddPersonModal.tsx';
import { EmptyPanel } from '../../../components/EmptyPanel.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { ProgramGate } from '../../../components/ProgramGate.tsx';
import { usePeople } from '../../../program.ts';
import { canWriteProgram, useActiveSession } from '../../../session.ts';
import { PeopleTable } from './PeopleTable.tsx';
import { QueryState } from '../../../components/QueryState.tsx';

const TITLE = 'People';
const SUMMARY = 'The people who own and back up your controls.';

export default function PeoplePage() {
  return (
    <ProgramGate title={TITLE} summary={SUMMARY}>
      <Roster />
    </ProgramGate>
  );
}

function Roster() {
  const session = useActiveSession();
  const canWrite = canWriteProgram(session.activeOrganization);
  const people = usePeople();
  const [adding, add] = useDisclosure(false);
  const list = people.data ?? [];

  const addButton = (
    <Button leftSection={<IconUserPlus size={16} />} onClick={add.open} aria-hidden={adding || undefined}>
      Add person
    </Button>
  );

  return (
    <>
      <PageHeader title={TITLE} description={SUMMARY} actions={canWrite && list.length > 0 ? addButton : undefined} />
      <QueryState query={people} label="Loading people">
        {() => list.length === 0 ? (
          <EmptyPanel icon={<IconUsers size={26} stroke={1.5} />} title="Nobody on the roster yet" actions={canWrite ? addButton : undefined}>
            People own controls: each control has an owner who operates it and a backup who stands in. Add the people who will
            own yours; they need no attest account. Background checks, training and policy acknowledgements will be tracked
            here in a later release.
            {!canWrite && ' An admin or a compliance manager of your organization can add them.'}
          </EmptyPanel>
        ) : (
          <>
            <PeopleTable people={list} />
            <Text size="xs" c="dimmed" mt="xs">
              {list.length} {list.length === 1 ? 'person' : 'people'}. A person is linked to a user when an attest account with the
              same email belongs to this organization.
            </Text>
          </>
        )}
      </QueryState>
      {canWrite && <AddPersonModal opened={adding} onClose={add.close} />}
    </>
  );
}
