// /trust/:slug (public, no session): an organization's trust page. What it chose to show (categories, controls by
// area, the reports it offers with an "outdated" flag, bridge letters), and the way to the restricted reports: a
// request for access, granted by the organization or at once on accepting its NDA. The access link's secret is kept
// in this browser (localStorage); downloads carry it and come stamped with the recipient's name on every page.
import { Alert, Anchor, Badge, Button, Card, Checkbox, Container, Group, Paper, ScrollArea, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconAlertTriangle, IconDownload, IconLock, IconShieldCheck } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { api, errorMessage, isApiError } from '../../../api.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { SectionLoader } from '../../../components/FullPageLoader.tsx';
import { formatDate } from '../../../components/format.ts';
import { useDocumentTitle } from '../../../components/useDocumentTitle.ts';
import type { AccessGrant, AccessStatus, OfferedReport, PublicTrustPage } from '../../../contract.ts';
import { periodLabel, reportTypeLabel } from '../../(app)/audits/engagementData.ts';

const CATEGORY_LABELS: Record<string, string> = { security: 'Security', availability: 'Availability', confidentiality: 'Confidentiality', processing_integrity: 'Processing integrity', privacy: 'Privacy' };
const storageKey = (slug: string) => `attest.trust.${slug}`;

function useToken(slug: string): [string | null, (t: string | null) => void] {
  const [token, setToken] = useState<string | null>(() => localStorage.getItem(storageKey(slug)));
  const set = (t: string | null) => {
    if (t) localStorage.setItem(storageKey(slug), t);
    else localStorage.removeItem(storageKey(slug));
    setToken(t);
  };
  return [token, set];
}

function RequestAccessForm({ page, onGranted }: { page: PublicTrustPage; onGranted: (grant: AccessGrant) => void }) {
  const [form, setForm] = useState({ name: '', email: '', company: '', reason: '', acceptNda: false });
  const ask = useMutation({
    mutationFn: () => api.post<AccessGrant>(`/api/v1/public/trust/${page.slug}/access-requests`, form),
    onSuccess: onGranted,
  });
  const field = (name: 'name' | 'email' | 'company') => (isApiError(ask.error) ? ask.error.field(name) : undefined);
  const nda = page.accessMode === 'nda';
  return (
    <form onSubmit={(e) => { e.preventDefault(); ask.mutate(); }}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label="Your name" required value={form.name} onChange={(e) => setForm({ ...form, name: e.currentTarget.value })} error={field('name')} />
          <TextInput label="Work email" type="email" required value={form.email} onChange={(e) => setForm({ ...form, email: e.currentTarget.value })} error={field('email')} />
          <TextInput label="Company" required value={form.company} onChange={(e) => setForm({ ...form, company: e.currentTarget.value })} error={field('company')} />
        </SimpleGrid>
        <Textarea label="Why you need the reports" placeholder="e.g. vendor security review" autosize minRows={2} value={form.reason} onChange={(e) => setForm({ ...form, reason: e.currentTarget.value })} />
        {nda && (
          <Paper withBorder p="sm" radius="sm">
            <Text fw={600} size="sm" mb={4}>Non-disclosure agreement</Text>
            <ScrollArea.Autosize mah={160}><Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="trust-nda">{page.ndaText}</Text></ScrollArea.Autosize>
            <Checkbox mt="sm" label="I accept the NDA" checked={form.acceptNda} onChange={(e) => setForm({ ...form, acceptNda: e.currentTarget.checked })} />
          </Paper>
        )}
        {ask.isError && !field('name') && !field('email') && !field('company') && <Alert color="red" variant="light">{errorMessage(ask.error)}</Alert>}
        <Group><Button type="submit" loading={ask.isPending} disabled={nda && !form.acceptNda} leftSection={<IconLock size={16} />}>{nda ? 'Accept and get access' : 'Request access'}</Button></Group>
        <Text size="xs" c="dimmed">
          {nda ? `Access lasts ${page.accessDays} days. ` : `${page.organization} reviews each request. `}
          Your acceptance is recorded with the time and your IP address; every download is logged and carries your name on each page.
        </Text>
      </Stack>
    </form>
  );
}

function AccessState({ slug, token, organization, onReset }: { slug: string; token: string; organization: string; onReset: () => void }) {
  const status = useQuery({ queryKey: ['trust-access', slug, token], queryFn: () => api.get<AccessStatus>(`/api/v1/public/trust/${slug}/access`, { token }), retry: false, refetchInterval: 30_000 });
  if (status.isPending) return <SectionLoader label="Checking your access" />;
  if (status.isError) {
    return <Alert color="orange" variant="light" data-testid="trust-access-state" data-state="invalid" title="This browser's access link is no longer valid">
      <Button size="xs" variant="default" mt="xs" onClick={onReset}>Ask again</Button></Alert>;
  }
  const s = status.data;
  if (s.state === 'granted') return <Alert color="teal" variant="light" icon={<IconShieldCheck size={18} />} data-testid="trust-access-state" data-state="granted" title={`Access granted to ${s.name}, ${s.company}`}>Access until {formatDate(s.expiresAt)}. Each copy you download carries your name and is for your own use only.</Alert>;
  if (s.state === 'pending') return <Alert color="blue" variant="light" data-testid="trust-access-state" data-state="pending" title={`Waiting for ${organization}'s approval`}>You will get an email when your request is approved; come back to this page in this browser.</Alert>;
  const ended = s.state === 'denied' ? `${organization} declined your request` : `Your access has ${s.state === 'revoked' ? 'been revoked' : 'expired'}`;
  return <Alert color="orange" variant="light" data-testid="trust-access-state" data-state={s.state} title={ended}>
    <Text size="sm">You can ask again; a new request starts from the form.</Text><Button size="xs" variant="default" mt="xs" onClick={onReset}>Ask again</Button></Alert>;
}

type Letter = PublicTrustPage['bridgeLetters'][number];

function ReportRow({ slug, report, letters, token, granted }: { slug: string; report: OfferedReport; letters: Letter[]; token: string | null; granted: boolean }) {
  return (
    <>
    <Table.Tr data-testid="trust-report">
      <Table.Td>{reportTypeLabel(report.reportType)}</Table.Td>
      <Table.Td>{periodLabel(report)}{report.outdated && <Badge ml="xs" color="orange" variant="light" leftSection={<IconAlertTriangle size={12} />}>Outdated: period ended more than 12 months ago</Badge>}</Table.Td>
      <Table.Td>{report.firmName}</Table.Td>
      <Table.Td>{formatDate(report.reportDate)}</Table.Td>
      <Table.Td>{granted && token
        ? <Button component="a" size="xs" variant="light" leftSection={<IconDownload size={14} />} href={`/api/v1/public/trust/${slug}/reports/${report.id}/file?token=${encodeURIComponent(token)}`} download>Download PDF</Button>
        : <Text size="xs" c="dimmed">Restricted</Text>}</Table.Td>
    </Table.Tr>
    {/* Its bridge letters on their own rows just below, so a report row holds one download link. */}
    {letters.map((b) => (
      <Table.Tr key={b.id} data-testid="trust-bridge-letter">
        <Table.Td colSpan={4} pl="xl"><Text size="sm">Bridge letter from management, {formatDate(b.coversFrom)} to {formatDate(b.coversTo)}</Text></Table.Td>
        <Table.Td>{granted && token
          ? <Anchor size="sm" href={`/api/v1/public/trust/${slug}/bridge-letters/${b.id}/file?token=${encodeURIComponent(token)}`} download>Download PDF</Anchor>
          : <Text size="xs" c="dimmed">Restricted</Text>}</Table.Td>
      </Table.Tr>
    ))}
    </>
  );
}

export default function TrustPage() {
  const { slug = '' } = useParams();
  const queryClient = useQueryClient();
  const [token, setToken] = useToken(slug);
  const page = useQuery({ queryKey: ['trust-page', slug], queryFn: () => api.get<PublicTrustPage>(`/api/v1/public/trust/${slug}`), retry: false });
  const access = useQuery({ queryKey: ['trust-access', slug, token], queryFn: () => api.get<AccessStatus>(`/api/v1/public/trust/${slug}/access`, { token: token! }), enabled: !!token, retry: false });
  useDocumentTitle(page.data ? `${page.data.organization} — Trust` : 'Trust');
  if (page.isPending) return <SectionLoader label="Loading the trust page" />;
  if (page.isError) {
    return <Container size="sm" py="xl">{isApiError(page.error) && page.error.isNotFound
      ? <Paper withBorder p="xl" ta="center"><Title order={1} fz="lg">No such trust page</Title><Text c="dimmed" size="sm">The address may be mistyped, or the page is not published.</Text></Paper>
      : <ErrorAlert error={page.error} onRetry={() => void page.refetch()} />}</Container>;
  }
  const p = page.data;
  const granted = access.data?.state === 'granted';
  return (
    <Container size="md" py="xl">
      <Stack gap="lg">
        <Stack gap={4}>
          <Group gap="xs"><IconShieldCheck size={26} /><Title order={1} fz={26}>{p.organization}</Title></Group>
          {p.headline && <Text size="lg">{p.headline}</Text>}
          {p.description && <Text c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>{p.description}</Text>}
        </Stack>
        {p.categories && (
          <Card withBorder><Text fw={600} mb="xs">Trust services categories covered</Text>
            <Group gap="xs">{p.categories.map((c) => <Badge key={c} variant="light">{CATEGORY_LABELS[c] ?? c}</Badge>)}</Group></Card>
        )}
        {p.controlSummary && (
          <Card withBorder><Text fw={600} mb="xs">Controls by area</Text>
            <Table><Table.Tbody>{p.controlSummary.map((a) => (
              <Table.Tr key={a.area}><Table.Td w={220}>{a.label}</Table.Td><Table.Td><Group gap="xs" wrap="nowrap">
                <div style={{ height: 10, width: `${Math.min(100, a.controls * 4)}%`, background: 'var(--mantine-color-blue-5)', borderRadius: 4 }} /><Text size="sm">{a.controls}</Text></Group></Table.Td></Table.Tr>
            ))}</Table.Tbody></Table></Card>
        )}
        <Card withBorder>
          <Text fw={600} mb="xs">SOC 2 reports</Text>
          {p.reports.length === 0 ? <Text size="sm" c="dimmed">No report is offered here yet.</Text> : (
            <Table>
              <Table.Thead><Table.Tr><Table.Th>Type</Table.Th><Table.Th>Period</Table.Th><Table.Th>Auditor</Table.Th><Table.Th>Report date</Table.Th><Table.Th /></Table.Tr></Table.Thead>
              <Table.Tbody>{p.reports.map((r) => <ReportRow key={r.id} slug={p.slug} report={r} letters={p.bridgeLetters.filter((b) => b.reportId === r.id)} token={token} granted={granted} />)}</Table.Tbody>
            </Table>
          )}
        </Card>
        {p.reports.length > 0 && (
          <Card withBorder>
            <Text fw={600} mb="xs">Access to the reports</Text>
            {token
              ? <AccessState slug={p.slug} token={token} organization={p.organization} onReset={() => setToken(null)} />
              : <RequestAccessForm page={p} onGranted={(g) => { setToken(g.token); void queryClient.invalidateQueries({ queryKey: ['trust-access', slug] }); }} />}
          </Card>
        )}
        <Text size="xs" c="dimmed" ta="center">SOC 2 reports are for restricted use. Served by attest.</Text>
      </Stack>
    </Container>
  );
}
