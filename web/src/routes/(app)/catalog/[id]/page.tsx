// /catalog/:id: one criterion with its description, points of focus and where its text comes from.
import { Alert, Anchor, Badge, Breadcrumbs, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconFileCertificate, IconInfoCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { api, isApiError } from '../../../../api.ts';
import { ErrorAlert } from '../../../../components/ErrorAlert.tsx';
import { SectionLoader } from '../../../../components/FullPageLoader.tsx';
import { useDocumentTitle } from '../../../../components/useDocumentTitle.ts';
import type { Criterion } from '../../../../contract.ts';
import { CATEGORY_LABELS, fetchCriteria } from '../categories.ts';

export default function CriterionPage() {
  const { id = '' } = useParams();
  const criterion = useQuery({
    queryKey: ['criterion', id],
    queryFn: () => api.get<Criterion>(`/api/v1/catalog/criteria/${encodeURIComponent(id)}`),
    staleTime: Infinity,
  });
  const all = useQuery({ queryKey: ['criteria', 'all'], queryFn: () => fetchCriteria(), staleTime: Infinity });
  useDocumentTitle(criterion.data ? `${criterion.data.id} ${criterion.data.title}` : id);

  const crumbs = (
    <Breadcrumbs separatorMargin={6} fz="sm">
      <Anchor component={Link} to="/catalog" size="sm">
        Criteria catalog
      </Anchor>
      <Text size="sm" c="dimmed" ff="monospace">
        {id}
      </Text>
    </Breadcrumbs>
  );

  if (criterion.isPending) return <>{crumbs}<SectionLoader label="Loading criterion" /></>;
  if (criterion.isError) {
    if (isApiError(criterion.error) && criterion.error.isNotFound) {
      return (
        <Stack gap="lg">
          {crumbs}
          <Paper withBorder radius="md" p="xl" ta="center">
            <Title order={1} fz="lg">
              No criterion {id}
            </Title>
            <Text size="sm" c="dimmed" mt={4} mb="md">
              The catalog has no criterion with this ID. IDs look like CC6.1, A1.2 or P4.3.
            </Text>
            <Button component={Link} to="/catalog" variant="default">
              Back to the catalog
            </Button>
          </Paper>
        </Stack>
      );
    }
    return <Stack gap="lg">{crumbs}<ErrorAlert error={criterion.error} onRetry={() => void criterion.refetch()} /></Stack>;
  }

  const c = criterion.data;
  const list = all.data?.criteria ?? [];
  const index = list.findIndex((x) => x.id === c.id);
  const prev = index > 0 ? list[index - 1] : undefined;
  const next = index >= 0 && index < list.length - 1 ? list[index + 1] : undefined;

  return (
    <Stack gap="lg" maw={900}>
      {crumbs}
      <Stack gap={8}>
        <Title order={1} fz={22} fw={650} lh={1.3}>
          <Text span inherit ff="monospace" c="dimmed" mr={10}>
            {c.id}
          </Text>
          {c.title}
        </Title>
        <Group gap={6}>
          <Badge variant="light" radius="sm" tt="none" fw={500}>
            {CATEGORY_LABELS[c.category]}
          </Badge>
          <Badge variant="outline" color="gray" radius="sm" tt="none" fw={500}>
            {c.series} · {c.seriesTitle}
          </Badge>
          {c.cosoPrinciple !== null && (
            <Badge variant="outline" color="gray" radius="sm" tt="none" fw={500}>
              COSO principle {c.cosoPrinciple}
            </Badge>
          )}
        </Group>
      </Stack>

      <Paper withBorder radius="md" p="lg">
        <Stack gap="lg">
          <section aria-labelledby="criterion-description">
            <Title order={2} fz="sm" fw={600} c="dimmed" tt="uppercase" mb={6} id="criterion-description" style={{ letterSpacing: '0.04em' }}>
              Criterion
            </Title>
            <Text size="sm" style={{ whiteSpace: 'pre-line' }} lh={1.65}>
              {c.description}
            </Text>
          </section>
          <section aria-labelledby="criterion-pof">
            <Title order={2} fz="sm" fw={600} c="dimmed" tt="uppercase" mb={6} id="criterion-pof" style={{ letterSpacing: '0.04em' }}>
              Points of focus ({c.pointsOfFocus.length})
            </Title>
            {c.pointsOfFocus.length ? (
              <List type="ordered" size="sm" spacing={6} withPadding>
                {c.pointsOfFocus.map((p, i) => (
                  <List.Item key={i}>{p}</List.Item>
                ))}
              </List>
            ) : (
              <Text size="sm" c="dimmed">
                No points of focus are listed for this criterion.
              </Text>
            )}
          </section>
        </Stack>
      </Paper>

      {c.source === 'imported' ? (
        <Alert variant="light" color="gray" icon={<IconFileCertificate size={18} />} title="Imported text">
          This criterion's text was imported into this installation from licensed source material. Use and share it only as
          your license allows.
        </Alert>
      ) : (
        <Alert variant="light" color="gray" icon={<IconInfoCircle size={18} />} title="Summary written by attest">
          This is attest's own plain-language summary of the criterion, not the official AICPA wording. Refer to the AICPA
          Trust Services Criteria for the authoritative text.
        </Alert>
      )}

      {(prev || next) && (
        <Group justify="space-between">
          {prev ? (
            <Button component={Link} to={`/catalog/${encodeURIComponent(prev.id)}`} variant="subtle" leftSection={<IconArrowLeft size={16} />}>
              {prev.id}
            </Button>
          ) : (
            <span />
          )}
          {next && (
            <Button component={Link} to={`/catalog/${encodeURIComponent(next.id)}`} variant="subtle" rightSection={<IconArrowRight size={16} />}>
              {next.id}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}
