// The control page's Evidence section: this control's current evidence, and "Add evidence" with the
// control already chosen.
import { Anchor, Button, Group, Paper, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { EvidenceUploadModal } from '../../../../components/EvidenceUploadModal.tsx';
import type { Control } from '../../../../contract.ts';
import { useActiveSession } from '../../../../session.ts';
import { useEvidenceList, visibleItems } from '../../evidence/evidenceData.ts';
import { canWriteEvidence, EvidenceTable } from '../../evidence/EvidenceTable.tsx';
import { QueryState } from '../../../../components/QueryState.tsx';

export function ControlEvidence({ control }: { control: Control }) {
  const session = useActiveSession();
  const canWrite = canWriteEvidence(session.activeOrganization) && control.status === 'active';
  const list = useEvidenceList({ controlId: control.id });
  const [adding, setAdding] = useState(false);
  const items = visibleItems(list.data?.pages, false);

  return (
    <section aria-labelledby="control-evidence">
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="md" fw={600} id="control-evidence">Evidence</Title>
        <Group gap="xs">
          {items.length > 0 && (
            <Anchor component={Link} to={`/evidence?controlId=${control.id}`} size="sm">Filter in Evidence</Anchor>
          )}
          {canWrite && (
            <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setAdding(true)}>Add evidence</Button>
          )}
        </Group>
      </Group>
      <QueryState query={list} label="Loading evidence">
        {() => items.length === 0 && !list.hasNextPage ? (
          <Paper withBorder radius="md" p="lg">
            <Text size="sm" c="dimmed">
              No evidence for {control.code} yet.{' '}
              {control.evidenceGuidance ? `What to collect: ${control.evidenceGuidance} ` : ''}
              {canWrite ? 'Use “Add evidence” to upload files for the period they cover.' : 'A control owner, compliance manager or admin can add it.'}
            </Text>
          </Paper>
        ) : (
          <>
            <EvidenceTable items={items} compact />
            {list.hasNextPage && (
              <Group justify="center" mt="sm">
                <Button variant="default" size="xs" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>Load more</Button>
              </Group>
            )}
          </>
        )}
      </QueryState>
      <EvidenceUploadModal opened={adding} onClose={() => setAdding(false)} controlIds={[control.id]} />
    </section>
  );
}
