// /audit-log: who did what, when, from where. Filters, paging (newest first) and CSV export.
import { Alert, Button, Group, Paper, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconDownload, IconLock } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, queryString } from '../../../api.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { SectionLoader } from '../../../components/FullPageLoader.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import type { AuditPage } from '../../../contract.ts';
import { canReadAuditLog, useActiveSession } from '../../../session.ts';
import { AuditEmptyState } from './AuditEmptyState.tsx';
import { AuditFilters, EMPTY_FILTERS, type Filters } from './AuditFilters.tsx';
import { AuditTable } from './AuditTable.tsx';

const PAGE_SIZE = 50;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The filters as the API takes them: trimmed text, complete dates only. */
function toQuery(f: Filters) {
  return {
    actor: f.actor.trim() || undefined,
    action: f.action.trim() || undefined,
    from: DATE.test(f.from) ? f.from : undefined,
    to: DATE.test(f.to) ? f.to : undefined,
  };
}

export default function AuditLogPage() {
  const session = useActiveSession();
  const allowed = canReadAuditLog(session.activeOrganization);
  const [filters, setFilters] = useState<Filters>(EMPTY_FILTERS);
  const [debounced] = useDebouncedValue(filters, 300);
  const query = toQuery(debounced);
  const rangeError = query.from && query.to && query.from > query.to ? 'Must be on or after the From date' : null;

  const log = useInfiniteQuery({
    queryKey: ['audit-log', query],
    queryFn: ({ pageParam }) => api.get<AuditPage>('/api/v1/audit-log', { ...query, before: pageParam, limit: PAGE_SIZE }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
    enabled: allowed && !rangeError,
  });

  const filtered = Object.values(query).some(Boolean);
  const entries = log.data?.pages.flatMap((p) => p.entries) ?? [];
  const exportHref = `/api/v1/audit-log/export.csv${queryString(query)}`;

  const header = (
    <PageHeader
      title="Audit log"
      description="Every change made in this organization, newest first: who did it, when, from where."
      actions={
        allowed && (
          <Button component="a" href={exportHref} download variant="default" leftSection={<IconDownload size={16} />}>
            Export CSV
          </Button>
        )
      }
    />
  );

  if (!allowed) {
    return (
      <>
        {header}
        <Alert color="yellow" variant="light" icon={<IconLock size={18} />} title="Not available for your role">
          The audit log is open to admins, partners and compliance managers. Ask one of them if you need an export.
        </Alert>
      </>
    );
  }

  return (
    <>
      {header}
      <Paper withBorder radius="md" p="md" mb="md">
        <AuditFilters value={filters} onChange={setFilters} toError={rangeError} />
      </Paper>

      {rangeError ? null : log.isPending ? (
        <SectionLoader label="Loading audit log" />
      ) : log.isError ? (
        <ErrorAlert error={log.error} onRetry={() => void log.refetch()} />
      ) : entries.length === 0 ? (
        <AuditEmptyState filtered={filtered} onClear={() => setFilters(EMPTY_FILTERS)} />
      ) : (
        <>
          <AuditTable entries={entries} />
          <Group justify="space-between" mt="md">
            <Text size="sm" c="dimmed" aria-live="polite">
              {entries.length} {entries.length === 1 ? 'entry' : 'entries'} shown{log.hasNextPage ? '' : ' (all)'}
            </Text>
            {log.hasNextPage && (
              <Button variant="default" onClick={() => void log.fetchNextPage()} loading={log.isFetchingNextPage}>
                Load more
              </Button>
            )}
          </Group>
        </>
      )}
    </>
  );
}
