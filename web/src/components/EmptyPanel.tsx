import { EmptyState, Paper } from '@mantine/core';
import type { ReactNode } from 'react';

/** An empty list: what it will hold and what to do next. */
export function EmptyPanel({ icon, title, children, actions, p = 'xl' }: {
  icon: ReactNode;
  title: string;
  children: ReactNode;
  actions?: ReactNode;
  p?: 'md' | 'lg' | 'xl';
}) {
  return (
    <Paper withBorder radius="md" p={p}>
      <EmptyState icon={icon} withIndicatorBackground title={title} description={children} styles={{ description: { maxWidth: 580 } }}>
        {actions && <EmptyState.Actions>{actions}</EmptyState.Actions>}
      </EmptyState>
    </Paper>
  );
}
