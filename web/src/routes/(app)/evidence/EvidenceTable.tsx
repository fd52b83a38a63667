// The evidence table (the list page and a control's Evidence section) and the status badge.
import { Anchor, Badge, Group, Paper, ScrollArea, Stack, Table, Text, Tooltip } from '@mantine/core';
import { Link } from 'react-router';
import type { EvidenceItem, EvidenceStatus, Membership } from '../../../contract.ts';
import { EVIDENCE_SOURCE_LABELS, EVIDENCE_STATUS_LABELS } from '../../../contract.ts';
import { formatBytes } from '../../../components/EvidenceUploadFormat.ts';
import { formatDate, formatDateTime } from '../../../components/format.ts';
import { runsProgram } from '../../../session.ts';

const STATUS_COLORS: Record<EvidenceStatus, string> = { current: 'teal', superseded: 'gray', removed: 'red' };

export function EvidenceStatusBadge({ status }: { status: EvidenceStatus }) {
  return (
    <Badge size="sm" variant="light" color={STATUS_COLORS[status]} radius="sm" tt="none">
      {EVIDENCE_STATUS_LABELS[status]}
    </Badge>
  );
}

/** Admin, compliance manager and control owner add and replace evidence. */
export function canWriteEvidence(m: Membership | null | undefined): boolean {
  return runsProgram(m) && ['admin', 'compliance_manager', 'control_owner'].includes(m!.role);
}

/** Only admin and compliance manager remove it (a tombstone). */
export function canRemoveEvidence(m: Membership | null | undefined): boolean {
  return runsProgram(m) && ['admin', 'compliance_manager'].includes(m!.role);
}

/** "Jan 1 – Mar 31, 2026", or one date when the period is a single day. */
export function formatPeriod(start: string, end: string): string {
  return start === end ? formatDate(start) : `${formatDate(start)} – ${formatDate(end)}`;
}

/** A short, human name for a sniffed content type. */
export function typeLabel(contentType: string): string {
  const known: Record<string, string> = {
    'application/pdf': 'PDF', 'text/csv': 'CSV', 'text/plain': 'Text', 'application/json': 'JSON',
    'application/zip': 'ZIP', 'image/png': 'PNG', 'image/jpeg': 'JPEG', 'image/gif': 'GIF', 'image/webp': 'WebP',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  };
  return known[contentType.split(';')[0]!.trim()] ?? contentType;
}

export function EvidenceTable({ items, compact = false }: { items: EvidenceItem[]; compact?: boolean }) {
  return (
    <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
      <ScrollArea type="auto">
        <Table miw={compact ? 640 : 960} verticalSpacing="xs" aria-label="Evidence">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Title</Table.Th>
              <Table.Th>File</Table.Th>
              <Table.Th>Period</Table.Th>
              {!compact && <Table.Th>Controls</Table.Th>}
              <Table.Th>Collected</Table.Th>
              <Table.Th>Status</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((e) => (
              <Table.Tr key={e.id} data-testid="evidence-row">
                <Table.Td maw={280}>
                  <Anchor component={Link} to={`/evidence/${e.id}`} size="sm" fw={500} lineClamp={2}>
                    {e.title}
                  </Anchor>
                  {e.source !== 'upload' && <Text size="xs" c="dimmed">{EVIDENCE_SOURCE_LABELS[e.source]}</Text>}
                </Table.Td>
                <Table.Td maw={240}>
                  <Text size="sm" truncate title={e.fileName}>{e.fileName}</Text>
                  <Text size="xs" c="dimmed">{typeLabel(e.contentType)} · {formatBytes(e.size)}</Text>
                </Table.Td>
                <Table.Td><Text size="sm">{formatPeriod(e.periodStart, e.periodEnd)}</Text></Table.Td>
                {!compact && (
                  <Table.Td maw={220}>
                    {e.controls.length === 0 ? (
                      <Text size="sm" c="dimmed">{e.criteria.length ? e.criteria.join(', ') : 'None'}</Text>
                    ) : (
                      <Group gap={4}>
                        {e.controls.slice(0, 4).map((c) => (
                          <Tooltip key={c.id} label={c.title} openDelay={300}>
                            <Badge component={Link} to={`/controls/${c.id}`} size="sm" variant="outline" color="gray" radius="sm" ff="monospace" tt="none" style={{ cursor: 'pointer' }}>
                              {c.code}
                            </Badge>
                          </Tooltip>
                        ))}
                        {e.controls.length > 4 && <Text size="xs" c="dimmed">+{e.controls.length - 4}</Text>}
                      </Group>
                    )}
                  </Table.Td>
                )}
                <Table.Td>
                  <Stack gap={0}>
                    <Text size="sm">{e.collectedBy.label}</Text>
                    <Text size="xs" c="dimmed">{formatDateTime(e.collectedAt)}</Text>
                  </Stack>
                </Table.Td>
                <Table.Td><EvidenceStatusBadge status={e.status} /></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </Paper>
  );
}
