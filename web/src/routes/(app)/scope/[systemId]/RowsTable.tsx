import { ActionIcon, Button, Group, Paper, ScrollArea, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export interface RowsColumn {
  label: string;
  width?: number | string;
}

/** An editable table: one row per list item, a remove button per row, an add button below, an empty message. */
export function RowsTable({ columns, rows, canWrite, onAdd, addLabel, onRemove, removeLabel, empty, max, miw = 640 }: {
  columns: RowsColumn[];
  /** The cells of each row, in column order. */
  rows: ReactNode[][];
  canWrite: boolean;
  onAdd: () => void;
  addLabel: string;
  onRemove: (index: number) => void;
  /** The accessible name of a row's remove button, e.g. "Remove commitment 2". */
  removeLabel: (index: number) => string;
  /** What to do when the list is empty. */
  empty: ReactNode;
  max: number;
  miw?: number;
}) {
  return (
    <>
      {rows.length === 0 ? (
        <Paper withBorder radius="sm" p="md" bg="var(--mantine-color-gray-0)">
          <Text size="sm" c="dimmed">
            {empty}
          </Text>
        </Paper>
      ) : (
        <ScrollArea type="auto">
          <Table miw={miw} striped={false} highlightOnHover={false} verticalSpacing={6} withTableBorder layout="fixed">
            <Table.Thead>
              <Table.Tr>
                {columns.map((c) => (
                  <Table.Th key={c.label} w={c.width}>
                    {c.label}
                  </Table.Th>
                ))}
                {canWrite && (
                  <Table.Th w={48}>
                    <VisuallyHidden>Remove</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((cells, i) => (
                <Table.Tr key={i}>
                  {cells.map((cell, j) => (
                    <Table.Td key={j} style={{ verticalAlign: 'top' }}>
                      {cell}
                    </Table.Td>
                  ))}
                  {canWrite && (
                    <Table.Td style={{ verticalAlign: 'top' }}>
                      <Tooltip label="Remove" withArrow>
                        <ActionIcon variant="subtle" color="red" mt={4} onClick={() => onRemove(i)}>
                          <IconTrash size={16} aria-hidden />
                          {/* Named by its content, not aria-label: "Remove commitment 2" must not answer to the label "Commitment". */}
                          <VisuallyHidden>{removeLabel(i)}</VisuallyHidden>
                        </ActionIcon>
                      </Tooltip>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      )}
      {canWrite && (
        <Group>
          <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={onAdd} disabled={rows.length >= max}>
            {addLabel}
          </Button>
          {rows.length >= max && (
            <Text size="xs" c="dimmed">
              At most {max}.
            </Text>
          )}
        </Group>
      )}
    </>
  );
}
