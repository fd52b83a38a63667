// /audits: the engagements this organization is party to (a service organization's examinations, or a firm's
// clients), with their phase, report type and period; "Propose an engagement" for an admin or a partner.
import { Anchor, Button, Stack, Table, Text } from '@mantine/core';
import { IconClipboardCheck, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { EmptyPanel } from '../../../components/EmptyPanel.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { useActiveSession } from '../../../session.ts';
import { EngagementStatusBadge, ReportTypeBadge } from './EngagementBadges.tsx';
import { counterpartyOf, periodLabel, useEngagements } from './engagementData.ts';
import { ProposeEngagementModal } from './ProposeEngagementModal.tsx';
import { QueryState } from '../../../components/QueryState.tsx';
import { ListTable } from '../../../components/ListTable.tsx';

const SUMMARY = 'SOC 2 examinations between a service organization and its CPA firm: terms, team, phases and workpapers.';

export default function AuditsPage() {
  const session = useActiveSession();
  const membership = session.activeOrganization;
  const isFirm = membership?.organization.kind === 'audit_firm';
  const canPropose = !!membership && (isFirm ? membership.role === 'partner' : membership.role === 'admin');
  const engagements = useEngagements();
  const [proposing, setProposing] = useState(false);
  const list = engagements.data?.engagements ?? [];

  const actions = canPropose ? <Button leftSection={<IconPlus size={16} />} onClick={() => setProposing(true)}>Propose an engagement</Button> : undefined;

  return (
    <>
      <PageHeader title="Audits" description={SUMMARY} actions={actions} />
      <Stack gap="lg">
        <QueryState query={engagements} label="Loading engagements">
          {() => list.length === 0 ? (
            <EmptyPanel icon={<IconClipboardCheck size={26} stroke={1.5} />} title="No engagements yet"
              actions={canPropose ? <Button leftSection={<IconPlus size={16} />} onClick={() => setProposing(true)}>Propose an engagement</Button> : undefined}>
              {emptyText(isFirm, canPropose)}
            </EmptyPanel>
          ) : (
            <ListTable minWidth={820} columns={['Engagement', isFirm ? 'Client' : 'Audit firm', 'System', 'Report', 'Date or period', 'Status']}>
              {list.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td><Anchor component={Link} to={`/audits/${e.id}`} size="sm" fw={500}>{e.name}</Anchor></Table.Td>
                  <Table.Td><Text size="sm">{counterpartyOf(e, membership?.organization.id).name}</Text></Table.Td>
                  <Table.Td><Text size="sm" c={e.system ? undefined : 'dimmed'}>{e.system?.name ?? 'Not chosen yet'}</Text></Table.Td>
                  <Table.Td><ReportTypeBadge value={e.reportType} /></Table.Td>
                  <Table.Td><Text size="sm">{periodLabel(e)}</Text></Table.Td>
                  <Table.Td><EngagementStatusBadge value={e.status} /></Table.Td>
                </Table.Tr>
              ))}
            </ListTable>
          )}
        </QueryState>
      </Stack>
      {canPropose && <ProposeEngagementModal opened={proposing} onClose={() => setProposing(false)} isFirm={isFirm} />}
    </>
  );
}

function emptyText(isFirm: boolean, canPropose: boolean): string {
  if (isFirm) {
    return canPropose
      ? 'An engagement is one examination of a client: its system, a Type I date or Type II period, and your team. Propose one to a client with "Propose an engagement", or accept the proposal a client sends you; it will appear here.'
      : 'You will see the engagements whose team you are on. A partner of your firm proposes or accepts an engagement and puts you on its team.';
  }
  return canPropose
    ? 'An engagement is your SOC 2 examination by a CPA firm: the system examined, a Type I date or a Type II period, and the categories in scope. Propose one to your audit firm with "Propose an engagement", or accept the proposal your firm sends you.'
    : 'Your SOC 2 examinations will appear here. An administrator of your organization proposes an engagement to your CPA firm or accepts the firm\'s proposal.';
}
