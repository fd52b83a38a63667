import type { ReactNode } from 'react';
import { ErrorAlert } from './ErrorAlert.tsx';
import { SectionLoader } from './FullPageLoader.tsx';

/** The parts of a TanStack query (or infinite query) that QueryState reads. */
export interface QueryLike<T> {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data: T | undefined;
  refetch: () => unknown;
}

/**
 * A section that waits on one query: a labelled spinner while it loads, the error with a retry button when it
 * fails, and otherwise what `children` renders from the data.
 */
export function QueryState<T>({ query, label, children }: { query: QueryLike<T>; label: string; children: (data: T) => ReactNode }) {
  if (query.isPending) return <SectionLoader label={label} />;
  if (query.isError || query.data === undefined) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}
