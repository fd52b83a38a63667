// What a per-system page shows before it has a system to show: loading, the error, or the way to define one.
import { Button } from '@mantine/core';
import { IconArrowRight, IconTarget } from '@tabler/icons-react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { EmptyPanel } from './EmptyPanel.tsx';
import { PageHeader } from './PageHeader.tsx';
import { QueryState } from './QueryState.tsx';

/** `children` explains why the page needs a system; shown when the organization has none yet. */
export function SystemsState({ title, description, systems, children }: { title: string; description: string; systems: UseQueryResult<unknown>; children: ReactNode }) {
  return (
    <>
      <PageHeader title={title} description={description} />
      <QueryState query={systems} label="Loading systems">
        {() => (
          <EmptyPanel
            icon={<IconTarget size={26} stroke={1.5} />}
            title="Define a system first"
            actions={
              <Button component={Link} to="/scope" rightSection={<IconArrowRight size={16} />}>
                Go to Scope
              </Button>
            }
          >
            {children}
          </EmptyPanel>
        )}
      </QueryState>
    </>
  );
}
