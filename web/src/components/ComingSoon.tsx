import { Badge, EmptyState, Paper } from '@mantine/core';
import type { ReactNode } from 'react';
import { PageHeader } from './PageHeader.tsx';

/** An area planned for a later release: says what it will do, and that it isn't here yet. No sample data. */
export function ComingSoon({ title, summary, icon, children }: {
  title: string;
  summary: string;
  icon: ReactNode;
  /** What the area will do, in 2–3 sentences (plain text: it is rendered inside a paragraph). */
  children: string;
}) {
  return (
    <>
      <PageHeader title={title} description={summary} />
      <Paper withBorder radius="md" p="xl">
        <EmptyState
          icon={icon}
          withIndicatorBackground
          title={title}
          description={children}
          styles={{ description: { maxWidth: 560 } }}
        >
          <EmptyState.Actions>
            <Badge variant="light" color="gray" size="lg" radius="sm" tt="none" fw={500}>
              Not available yet in this version
            </Badge>
          </EmptyState.Actions>
        </EmptyState>
      </Paper>
    </>
  );
}
