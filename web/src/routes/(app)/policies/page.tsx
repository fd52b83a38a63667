// /policies: the organization's policies with their status, review cycle and acknowledgements;
// adopt starter templates or write a custom policy. Every member sees the policies they still have to acknowledge.
import { Anchor, Button, Group, NativeSelect, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileText, IconPlus, IconTemplate } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { EmptyPanel } from '../../../components/EmptyPanel.tsx';
import { formatDate } from '../../../components/format.ts';
import { LoadMore } from '../../../components/LoadMore.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { ProgramGate } from '../../../components/ProgramGate.tsx';
import type { AcknowledgementStatus, Policy } from '../../../contract.ts';
import { canWriteProgram, useActiveSession } from '../../../session.ts';
import { AdoptPoliciesModal } from './AdoptPoliciesModal.tsx';
import { NewPolicyModal } from './NewPolicyModal.tsx';
import { ReviewBadge, StatusBadge } from './PolicyBadges.tsx';
import { usePolicies, usePolicyPages, useAcknowledgementsOf, type StatusFilter } from './policyData.ts';
import { QueryState } from '../../../components/QueryState.tsx';
import { ListTable } from '../../../components/ListTable.tsx';

const SUMMARY = 'Your security policies: versions, approvals, review cycles and acknowledgements by personnel.';

const FILTERS: { value: StatusFilter; label: string }[] = [
  { value: 'active', label: 'Active (not retired)' },
  { value: 'draft', label: 'Draft' },
  { value: 'in_review', label: 'In review' },
  { value: 'approved', label: 'Approved' },
  { value: 'retired', label: 'Retired' },
  { value: 'all', label: 'All' },
];

export default function PoliciesPage() {
  return (
    <ProgramGate title="Policies" summary={SUMMARY}>
      <Policies />
    </ProgramGate>
  );
}

function Policies() {
  const session = useActiveSession();
  const canWrite = canWriteProgram(session.activeOrganization);
  const [params, setParams] = useSearchParams();
  const status = (FILTERS.find((f) => f.value === params.get('status'))?.value ?? 'active') as StatusFilter;
  const policies = usePolicyPages(status);
  const active = usePolicies('active');
  const [adopting, setAdopting] = useState(false);
  const [creating, setCreating] = useState(false);
  const list = policies.data?.pages.flatMap((p) => p.policies) ?? [];
  const acks = useAcknowledgementsOf(active.data ?? []);
  const toAcknowledge = (active.data ?? []).filter((p) => {
    const a = acks.get(p.id);
    return a && a.pending.some((u) => u.userId === session.user.id);
  });

  const actions = canWrite ? (
    <>
      <Button variant="default" leftSection={<IconTemplate size={16} />} onClick={() => setAdopting(true)}>
        Adopt templates
      </Button>
      <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
        New policy
      </Button>
    </>
  ) : undefined;

  const noPoliciesAtAll = status === 'active' && policies.isSuccess && list.length === 0;

  return (
    <>
      <PageHeader title="Policies" description={SUMMARY} actions={actions} />
      <Stack gap="lg">
        {toAcknowledge.length > 0 && (
          <Paper withBorder radius="md" p="md" bg="var(--mantine-color-yellow-0)">
            <Title order={2} fz="md" mb={4}>
              Policies to acknowledge
            </Title>
            <Text size="sm" c="dimmed" mb="xs">
              Read each published policy and confirm you have done so.
            </Text>
            <Stack gap={4}>
              {toAcknowledge.map((p) => (
                <Anchor key={p.id} component={Link} to={`/policies/${p.id}#acknowledgements`} size="sm">
                  {p.title} (version {p.currentVersion?.number})
                </Anchor>
              ))}
            </Stack>
          </Paper>
        )}

        {noPoliciesAtAll ? (
          <EmptyPanel
            icon={<IconFileText size={26} stroke={1.5} />}
            title="No policies yet"
            actions={
              canWrite ? (
                <Group gap="sm">
                  <Button leftSection={<IconTemplate size={16} />} onClick={() => setAdopting(true)}>
                    Adopt templates
                  </Button>
                  <Button variant="default" leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
                    New policy
                  </Button>
                </Group>
              ) : undefined
            }
          >
            Policies state how your organization protects its systems: access control, change management, incident response
            and more. Auditors expect each to be approved, reviewed on a schedule and acknowledged by personnel.{' '}
            {canWrite
              ? 'Start from the starter templates and adapt them, or write your own.'
              : 'An admin or compliance manager can adopt the starter templates.'}
          </EmptyPanel>
        ) : (
          <>
            <NativeSelect
              label="Status"
              w={240}
              value={status}
              onChange={(e) =>
                setParams((prev) => {
                  const next = new URLSearchParams(prev);
                  next.set('status', e.currentTarget.value);
                  return next;
                })
              }
              data={FILTERS}
            />
            <QueryState query={policies} label="Loading policies">
              {() => list.length === 0 ? (
                <Paper withBorder radius="md" p="lg">
                  <Text size="sm" c="dimmed">
                    No policy has this status. Choose another status above.
                  </Text>
                </Paper>
              ) : (
                <>
                  <PolicyTable policies={list} acks={acks} />
                  <LoadMore shown={list.length} noun={['policy', 'policies']} hasMore={policies.hasNextPage} loading={policies.isFetchingNextPage} onLoad={() => void policies.fetchNextPage()} />
                </>
              )}
            </QueryState>
          </>
        )}
      </Stack>
      <AdoptPoliciesModal opened={adopting} onClose={() => setAdopting(false)} existing={active.data ?? []} />
      <NewPolicyModal opened={creating} onClose={() => setCreating(false)} />
    </>
  );
}

function PolicyTable({ policies, acks }: { policies: Policy[]; acks: Map<string, AcknowledgementStatus> }) {
  return (
    <ListTable minWidth={720} columns={['Title', 'Status', 'Version', 'Review', 'Owner', { label: 'Acknowledged', w: 140 }]}>
      {policies.map((p) => {
        const a = acks.get(p.id);
        return (
          <Table.Tr key={p.id}>
            <Table.Td>
              <Anchor component={Link} to={`/policies/${p.id}`} size="sm" fw={500}>
                {p.title}
              </Anchor>
            </Table.Td>
            <Table.Td>
              <StatusBadge status={p.status} />
            </Table.Td>
            <Table.Td>
              <Text size="sm">{p.currentVersion ? `v${p.currentVersion.number}` : '—'}</Text>
              {p.openVersion && (
                <Text size="xs" c="dimmed">
                  v{p.openVersion.number} {p.openVersion.status === 'draft' ? 'draft' : 'in review'}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <ReviewBadge review={p.review} />
              {p.review?.dueOn && (
                <Text size="xs" c="dimmed" mt={2}>
                  Due {formatDate(p.review.dueOn)}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Text size="sm" c={p.owner ? undefined : 'dimmed'}>
                {p.owner?.name ?? 'No owner'}
              </Text>
            </Table.Td>
            <Table.Td>
              {a ? (
                <Stack gap={2}>
                  <Progress
                    value={a.counts.total ? (a.counts.acknowledged / a.counts.total) * 100 : 0}
                    color="teal"
                    aria-label={`${a.counts.acknowledged} of ${a.counts.total} acknowledged`}
                  />
                  <Text size="xs" c="dimmed">
                    {a.counts.acknowledged} of {a.counts.total}
                  </Text>
                </Stack>
              ) : (
                <Text size="xs" c="dimmed">
                  {p.currentVersion ? 'Not published' : '—'}
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        );
      })}
    </ListTable>
  );
}
