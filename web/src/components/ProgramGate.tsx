import { Alert, EmptyState, Paper } from '@mantine/core';
import { IconBuildingBank, IconInfoCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { runsProgram, useActiveSession } from '../session.ts';
import { PageHeader } from './PageHeader.tsx';

/**
 * The program areas (Scope, Controls, People) belong to a service organization. Members of an audit firm,
 * or of no organization, get a short explanation instead of requests the API would refuse.
 */
export function ProgramGate({ title, summary, children }: { title: string; summary: string; children: ReactNode }) {
  const session = useActiveSession();
  const membership = session.activeOrganization;
  if (runsProgram(membership)) return <>{children}</>;
  return (
    <>
      <PageHeader title={title} description={summary} />
      {membership ? (
        <Paper withBorder radius="md" p="xl">
          <EmptyState
            icon={<IconBuildingBank size={26} stroke={1.5} />}
            withIndicatorBackground
            title="Service organizations define their own program"
            description={`${title} is part of the SOC 2 program a service organization runs: its systems, controls and the people who operate them. ${membership.organization.name} is an audit firm, so it has none of its own. In a later release, auditors will see a client's program through an engagement.`}
            styles={{ description: { maxWidth: 580 } }}
          />
        </Paper>
      ) : (
        <Alert color="yellow" variant="light" icon={<IconInfoCircle size={18} />} maw={640}>
          You are not a member of any organization yet. Ask an administrator to send you an invitation.
        </Alert>
      )}
    </>
  );
}
