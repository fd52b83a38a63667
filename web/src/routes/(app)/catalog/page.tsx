// /catalog: the trust services criteria, searchable (server-side `q`) and filterable by category.
import { Badge, CloseButton, Group, Paper, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader.tsx';
import type { CriterionCategory } from '../../../contract.ts';
import { CATEGORY_DESCRIPTIONS, CATEGORY_LABELS, CATEGORY_ORDER, fetchCriteria, groupCriteria, isCategory } from './categories.ts';
import { SeriesTable } from './SeriesTable.tsx';
import { QueryState } from '../../../components/QueryState.tsx';

export default function CatalogPage() {
  const [params, setParams] = useSearchParams();
  const categoryParam = params.get('category');
  const category = isCategory(categoryParam) ? categoryParam : undefined;
  const q = params.get('q')?.trim() ?? '';

  const [search, setSearch] = useState(q);
  const [debounced] = useDebouncedValue(search.trim(), 300);

  // Debounced search → URL (?q=), so a search can be shared and survives reloads.
  useEffect(() => {
    if (debounced === q) return;
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (debounced) next.set('q', debounced);
        else next.delete('q');
        return next;
      },
      { replace: true },
    );
  }, [debounced]);

  const setCategory = (value: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (isCategory(value)) next.set('category', value);
        else next.delete('category');
        return next;
      },
      { replace: true },
    );

  const all = useQuery({ queryKey: ['criteria', 'all'], queryFn: () => fetchCriteria(), staleTime: Infinity });
  const filtered = useQuery({
    queryKey: ['criteria', { category, q }],
    queryFn: () => fetchCriteria(category, q || undefined),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

  const total = all.data?.criteria.length;
  const countFor = (c: CriterionCategory) => all.data?.criteria.filter((x) => x.category === c).length;
  const segments = [
    { value: 'all', label: `All${total !== undefined ? ` (${total})` : ''}` },
    ...CATEGORY_ORDER.map((c) => {
      const n = countFor(c);
      return { value: c, label: `${CATEGORY_LABELS[c]}${n !== undefined ? ` (${n})` : ''}` };
    }),
  ];

  const shown = filtered.data?.criteria ?? [];
  const groups = groupCriteria(shown);

  return (
    <>
      <PageHeader
        title="Criteria catalog"
        description="The SOC 2 trust services criteria your controls are mapped to, grouped by category and series."
      />
      <Paper withBorder radius="md" p="md" mb="lg">
        <Stack gap="sm">
          <TextInput
            label="Search criteria"
            placeholder="Search by ID, title or text, e.g. CC6.1 or encryption"
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            rightSectionPointerEvents="all"
            rightSection={search ? <CloseButton size="sm" aria-label="Clear search" onClick={() => setSearch('')} /> : undefined}
            maw={520}
          />
          <div>
            <Text component="div" id="category-filter-label" size="sm" fw={500} mb={4}>
              Category
            </Text>
            <SegmentedControl
              aria-labelledby="category-filter-label"
              value={category ?? 'all'}
              onChange={setCategory}
              data={segments}
              size="xs"
            />
          </div>
        </Stack>
      </Paper>

      <QueryState query={filtered} label="Loading criteria">
        {() => (
          <Stack gap="xl" style={{ opacity: filtered.isPlaceholderData ? 0.6 : 1, transition: 'opacity 120ms' }}>
            <Text size="sm" c="dimmed" aria-live="polite">
              {q || category
                ? `Showing ${shown.length} of ${total ?? '…'} criteria`
                : `${shown.length} criteria`}
              {q && <> matching “{q}”</>}
              {category && <> in {CATEGORY_LABELS[category]}</>}
            </Text>
            {groups.length === 0 && (
              <Paper withBorder radius="md" p="xl" ta="center">
                <Text fw={600}>No criteria match your search</Text>
                <Text size="sm" c="dimmed" mt={4}>
                  Try a criterion ID such as CC6.1, a shorter word, or another category.
                </Text>
              </Paper>
            )}
            {groups.map((g) => (
              <section key={g.category} aria-labelledby={`cat-${g.category}`}>
                <Group gap="xs" mb={2} align="baseline">
                  <Title order={2} fz="lg" fw={650} id={`cat-${g.category}`}>
                    {CATEGORY_LABELS[g.category]}
                  </Title>
                  <Badge variant="light" color="gray" radius="sm" size="sm">
                    {g.count}
                  </Badge>
                </Group>
                <Text size="sm" c="dimmed" mb="md">
                  {CATEGORY_DESCRIPTIONS[g.category]}
                </Text>
                <Stack gap="md">
                  {g.series.map((s) => (
                    <SeriesTable key={s.series} group={s} highlight={q} />
                  ))}
                </Stack>
              </section>
            ))}
          </Stack>
        )}
      </QueryState>
    </>
  );
}
