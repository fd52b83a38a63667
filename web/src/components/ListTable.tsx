import { Paper, ScrollArea, Table, VisuallyHidden, type TableProps } from '@mantine/core';
import type { ReactNode } from 'react';

/** A column heading: its text, or the text with a fixed width and/or read only by screen readers (an actions column). */
export type Column = string | { label: string; w?: number | string; hidden?: boolean };

/**
 * The app's list table: a bordered panel that scrolls sideways on narrow screens, one heading row, then `children`
 * rows. A `false` column (`canWrite && {…}`) is left out.
 */
export function ListTable({ columns, minWidth, children, ...table }: { columns: (Column | false)[]; minWidth: number; children: ReactNode } & Omit<TableProps, 'children' | 'miw'>) {
  return (
    <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
      <ScrollArea type="auto">
        <Table miw={minWidth} {...table}>
          <Table.Thead>
            <Table.Tr>
              {columns.filter((c): c is Column => c !== false).map((c) => {
                const col = typeof c === 'string' ? { label: c } : c;
                return <Table.Th key={col.label} w={col.w}>{col.hidden ? <VisuallyHidden>{col.label}</VisuallyHidden> : col.label}</Table.Th>;
              })}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>{children}</Table.Tbody>
        </Table>
      </ScrollArea>
    </Paper>
  );
}
