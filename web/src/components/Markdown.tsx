import { Text } from '@mantine/core';
import { lazy, Suspense } from 'react';

const MarkdownRenderer = lazy(() => import('./MarkdownRenderer.tsx'));

/** Renders Markdown (GitHub flavour: tables, lists, links) with the app's typography. Raw HTML is not rendered. */
export function Markdown({ children, empty = 'Nothing written yet.', fz = 'sm' }: {
  children: string;
  empty?: string;
  fz?: 'xs' | 'sm' | 'md';
}) {
  if (!children.trim()) {
    return (
      <Text size="sm" c="dimmed" fs="italic">
        {empty}
      </Text>
    );
  }
  return (
    <Suspense fallback={<Text size={fz} style={{ whiteSpace: 'pre-wrap' }}>{children}</Text>}>
      <MarkdownRenderer fz={fz}>{children}</MarkdownRenderer>
    </Suspense>
  );
}
