// /trust-portal: the organization's public trust page (what it shows, which reports it offers, how prospects get
// access), the prospects' access requests, the access log (CSV export), and management's bridge letters.
// Admin and compliance manager manage it; the admin signs bridge letters.
import { Alert, Anchor, Badge, Button, Checkbox, Group, NumberInput, Paper, Radio, Select, Stack, Switch, Table, Tabs, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconAlertTriangle, IconDownload, IconExternalLink, IconWorld } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { api, request } from '../../../api.ts';
import { EmptyPanel } from '../../../components/EmptyPanel.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { formatDate, formatDateTime } from '../../../components/format.ts';
import { SectionLoader } from '../../../components/FullPageLoader.tsx';
import { notifyError, notifySuccess } from '../../../components/notify.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import type { AccessLog, AccessRequest, BridgeLetter, TrustPageSettings, UpdateTrustPageRequest } from '../../../contract.ts';
import { canWriteProgram, useActiveSession } from '../../../session.ts';
import { periodLabel, reportTypeLabel } from '../audits/engagementData.ts';

const STATE_COLORS: Record<AccessRequest['state'], string> = { pending: 'blue', granted: 'teal', expired: 'gray', denied: 'red', revoked: 'orange' };

function PageSettings({ settings }: { settings: TrustPageSettings }) {
  const queryClient = useQueryClient();
  const [form, setForm] = useState<Required<UpdateTrustPageRequest>>(() => ({
    slug: settings.slug, published: settings.published, headline: settings.headline, description: settings.description, showCategories: settings.showCategories,
    showControlSummary: settings.showControlSummary, reportIds: settings.reportIds, accessMode: settings.accessMode, ndaText: settings.ndaText, accessDays: settings.accessDays,
  }));
  const save = useMutation({
    mutationFn: () => request<TrustPageSettings>('PUT', '/api/v1/trust-page', { body: form }),
    onSuccess: (next) => { queryClient.setQueryData(['trust-page-settings'], next); notifySuccess('The trust page is saved.'); },
    onError: (e) => notifyError(e, 'Could not save the trust page'),
  });
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => setForm({ ...form, [key]: value });
  const toggleReport = (id: string, on: boolean) => set('reportIds', on ? [...form.reportIds, id] : form.reportIds.filter((r) => r !== id));
  return (
    <form onSubmit={(e) => { e.preventDefault(); save.mutate(); }}>
      <Stack gap="md">
        <Paper withBorder p="md" radius="md">
          <Stack gap="sm">
            <Switch label="Published" description="Nothing is public until you publish; only what you choose below is shown." checked={form.published} onChange={(e) => set('published', e.currentTarget.checked)} />
            <TextInput label="Address" leftSection={<Text size="xs" c="dimmed">/trust/</Text>} leftSectionWidth={56} value={form.slug} onChange={(e) => set('slug', e.currentTarget.value)}
              description={settings.published ? <Anchor component={Link} to={settings.path} target="_blank" size="xs">Open the public page <IconExternalLink size={12} /></Anchor> : 'Lowercase letters, digits and hyphens'} />
            <TextInput label="Headline" value={form.headline} onChange={(e) => set('headline', e.currentTarget.value)} maxLength={200} />
            <Textarea label="Description" autosize minRows={2} value={form.description} onChange={(e) => set('description', e.currentTarget.value)} />
            <Group><Switch label="Show the categories covered" checked={form.showCategories} onChange={(e) => set('showCategories', e.currentTarget.checked)} />
              <Switch label="Show a summary of controls by area" checked={form.showControlSummary} onChange={(e) => set('showControlSummary', e.currentTarget.checked)} /></Group>
          </Stack>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Title order={2} fz="md" mb="xs">Reports offered</Title>
          {settings.availableReports.length === 0
            ? <Text size="sm" c="dimmed">Issue a report first: reports appear here once your auditor issues them.</Text>
            : <Stack gap="xs">{settings.availableReports.map((r) => (
                <Group key={r.id} gap="xs">
                  <Checkbox label={`${reportTypeLabel(r.reportType)} ${periodLabel(r)} — ${r.firmName}, v${r.version}`} checked={form.reportIds.includes(r.id)} onChange={(e) => toggleReport(r.id, e.currentTarget.checked)} />
                  {r.outdated && <Badge color="orange" variant="light" leftSection={<IconAlertTriangle size={12} />}>Outdated</Badge>}
                </Group>
              ))}</Stack>}
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Title order={2} fz="md" mb="xs">Access</Title>
          <Stack gap="sm">
            <Radio.Group label="How prospects get the reports" value={form.accessMode} onChange={(v) => set('accessMode', v as 'approval' | 'nda')}>
              <Group mt={4}><Radio value="approval" label="Approve each request" /><Radio value="nda" label="Grant on NDA acceptance" /></Group>
            </Radio.Group>
            <Textarea label="NDA text" autosize minRows={3} value={form.ndaText} onChange={(e) => set('ndaText', e.currentTarget.value)} description="Shown to prospects; each acceptance is recorded with the time, the IP and this text's SHA-256." />
            <NumberInput label="Access lasts (days)" min={1} max={365} w={200} value={form.accessDays} onChange={(v) => set('accessDays', Number(v) || 30)} />
          </Stack>
        </Paper>
        <Group><Button type="submit" loading={save.isPending}>Save trust page</Button></Group>
      </Stack>
    </form>
  );
}

function AccessRequests() {
  const queryClient = useQueryClient();
  const requests = useQuery({ queryKey: ['trust-access-requests'], queryFn: () => api.get<{ items: AccessRequest[] }>('/api/v1/trust-page/access-requests') });
  const decide = useMutation({
    mutationFn: ({ id, decision }: { id: string; decision: 'approve' | 'deny' | 'revoke' }) => api.post<AccessRequest>(`/api/v1/trust-page/access-requests/${id}/decide`, { decision }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['trust-access-requests'] }),
    onError: (e) => notifyError(e),
  });
  if (requests.isPending) return <SectionLoader label="Loading access requests" />;
  if (requests.isError) return <ErrorAlert error={requests.error} onRetry={() => void requests.refetch()} />;
  if (requests.data.items.length === 0) return <EmptyPanel icon={<IconWorld size={24} />} title="No access requests yet">Publish the page and offer a report; prospects' requests appear here.</EmptyPanel>;
  return (
    <Paper withBorder radius="md"><Table verticalSpacing="sm" data-testid="access-requests">
      <Table.Thead><Table.Tr><Table.Th>Who</Table.Th><Table.Th>Reason</Table.Th><Table.Th>State</Table.Th><Table.Th>NDA</Table.Th><Table.Th>Until</Table.Th><Table.Th /></Table.Tr></Table.Thead>
      <Table.Tbody>{requests.data.items.map((r) => (
        <Table.Tr key={r.id} data-testid="access-request-row">
          <Table.Td><Text size="sm" fw={500}>{r.name}, {r.company}</Text><Text size="xs" c="dimmed">{r.email} · {formatDateTime(r.createdAt)}</Text></Table.Td>
          <Table.Td><Text size="sm">{r.reason || '—'}</Text></Table.Td>
          <Table.Td><Badge color={STATE_COLORS[r.state]} variant="light">{r.state}</Badge></Table.Td>
          <Table.Td><Text size="xs">{r.ndaAcceptedAt ? `accepted ${formatDateTime(r.ndaAcceptedAt)} from ${r.ndaIp ?? '?'}` : '—'}</Text></Table.Td>
          <Table.Td><Text size="xs">{formatDate(r.expiresAt)}</Text></Table.Td>
          <Table.Td><Group gap={4} justify="flex-end">
            {r.state === 'pending' && <><Button size="xs" onClick={() => decide.mutate({ id: r.id, decision: 'approve' })}>Approve</Button>
              <Button size="xs" variant="default" onClick={() => decide.mutate({ id: r.id, decision: 'deny' })}>Deny</Button></>}
            {r.state === 'granted' && <Button size="xs" variant="default" color="red" onClick={() => decide.mutate({ id: r.id, decision: 'revoke' })}>Revoke</Button>}
          </Group></Table.Td>
        </Table.Tr>
      ))}</Table.Tbody>
    </Table></Paper>
  );
}

function AccessLogTable() {
  const log = useQuery({ queryKey: ['trust-access-log'], queryFn: () => api.get<AccessLog>('/api/v1/trust-page/access-log') });
  return (
    <Stack gap="sm">
      <Group justify="flex-end"><Button component="a" href="/api/v1/trust-page/access-log.csv" download variant="default" leftSection={<IconDownload size={16} />}>Export CSV</Button></Group>
      {log.isPending ? <SectionLoader label="Loading the access log" /> : log.isError ? <ErrorAlert error={log.error} onRetry={() => void log.refetch()} /> :
        log.data.items.length === 0 ? <Text size="sm" c="dimmed">Nobody has viewed the page or downloaded a report yet.</Text> : (
          <Paper withBorder radius="md"><Table verticalSpacing="xs" data-testid="access-log">
            <Table.Thead><Table.Tr><Table.Th>When</Table.Th><Table.Th>What</Table.Th><Table.Th>Recipient</Table.Th><Table.Th>Copy SHA-256</Table.Th><Table.Th>IP</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>{log.data.items.map((e) => (
              <Table.Tr key={e.id} data-testid="access-log-row"><Table.Td><Text size="xs">{formatDateTime(e.at)}</Text></Table.Td><Table.Td><Text size="sm">{e.kind.replace(/_/g, ' ')}</Text></Table.Td>
                <Table.Td><Text size="sm">{e.recipient ?? '—'}</Text></Table.Td><Table.Td><Text size="xs" ff="monospace">{e.copySha256?.slice(0, 16) ?? '—'}</Text></Table.Td><Table.Td><Text size="xs">{e.ip ?? '—'}</Text></Table.Td></Table.Tr>
            ))}</Table.Tbody>
          </Table></Paper>
        )}
    </Stack>
  );
}

function BridgeLetters({ settings, canSign }: { settings: TrustPageSettings; canSign: boolean }) {
  const queryClient = useQueryClient();
  const letters = useQuery({ queryKey: ['bridge-letters'], queryFn: () => api.get<{ items: BridgeLetter[] }>('/api/v1/bridge-letters') });
  const [draft, setDraft] = useState({ reportId: settings.availableReports[0]?.id ?? '', changes: '', incidents: '' });
  useEffect(() => { if (!draft.reportId && settings.availableReports[0]) setDraft((d) => ({ ...d, reportId: settings.availableReports[0]!.id })); }, [settings, draft.reportId]);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['bridge-letters'] });
  const create = useMutation({ mutationFn: () => api.post<BridgeLetter>('/api/v1/bridge-letters', draft), onSuccess: () => { refresh(); setDraft({ ...draft, changes: '', incidents: '' }); }, onError: (e) => notifyError(e) });
  const sign = useMutation({ mutationFn: (id: string) => api.post<BridgeLetter>(`/api/v1/bridge-letters/${id}/sign`, { publish: true }), onSuccess: () => { refresh(); notifySuccess('Signed and offered beside the report.'); }, onError: (e) => notifyError(e) });
  if (settings.availableReports.length === 0) return <Text size="sm" c="dimmed">A bridge letter covers the time after a report's period: issue a report first.</Text>;
  return (
    <Stack gap="md">
      <Paper withBorder p="md" radius="md"><form onSubmit={(e) => { e.preventDefault(); create.mutate(); }}><Stack gap="sm">
        <Select label="Report it follows" data={settings.availableReports.map((r) => ({ value: r.id, label: `${reportTypeLabel(r.reportType)} ${periodLabel(r)}` }))} value={draft.reportId} onChange={(v) => setDraft({ ...draft, reportId: v ?? '' })} allowDeselect={false} />
        <Textarea label="Changes to the system since then" autosize minRows={2} value={draft.changes} onChange={(e) => setDraft({ ...draft, changes: e.currentTarget.value })} />
        <Textarea label="Incidents since then" autosize minRows={2} value={draft.incidents} onChange={(e) => setDraft({ ...draft, incidents: e.currentTarget.value })} />
        <Group><Button type="submit" variant="default" loading={create.isPending}>Draft bridge letter</Button></Group>
      </Stack></form></Paper>
      {letters.data?.items.map((b) => (
        <Paper key={b.id} withBorder p="sm" radius="md"><Group justify="space-between">
          <Stack gap={0}><Text size="sm" fw={500}>{formatDate(b.coversFrom)} to {formatDate(b.coversTo)}</Text>
            <Text size="xs" c="dimmed">{b.signedAt ? `Signed by ${b.signedByLabel} on ${formatDate(b.signedAt)}${b.published ? ', on the trust page' : ''}` : 'Draft'}</Text></Stack>
          {!b.signedAt && (canSign ? <Button size="xs" onClick={() => sign.mutate(b.id)} loading={sign.isPending}>Sign and publish</Button> : <Text size="xs" c="dimmed">The admin signs it</Text>)}
        </Group></Paper>
      ))}
    </Stack>
  );
}

export default function TrustPortalPage() {
  const session = useActiveSession();
  const membership = session.activeOrganization;
  const allowed = canWriteProgram(membership);
  const settings = useQuery({ queryKey: ['trust-page-settings'], queryFn: () => api.get<TrustPageSettings>('/api/v1/trust-page'), enabled: allowed });
  const header = <PageHeader title="Trust portal" description="A public page about your security, and your SOC 2 reports shared under NDA with the people who ask." />;
  if (!allowed) return <>{header}<Alert color="gray" variant="light">The trust portal is managed by your organization's admin and compliance managers.</Alert></>;
  if (settings.isPending) return <>{header}<SectionLoader label="Loading the trust page" /></>;
  if (settings.isError) return <>{header}<ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} /></>;
  const outdated = settings.data.availableReports.length > 0 && settings.data.availableReports.every((r) => r.outdated);
  return (
    <>
      {header}
      {outdated && <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} mb="md" title="Your latest SOC 2 report is outdated">Its period ended more than twelve months ago. Offer a bridge letter beside it, and plan the next examination.</Alert>}
      <Tabs defaultValue="page" keepMounted={false}>
        <Tabs.List mb="md"><Tabs.Tab value="page">Page</Tabs.Tab><Tabs.Tab value="requests">Access requests</Tabs.Tab><Tabs.Tab value="log">Access log</Tabs.Tab><Tabs.Tab value="letters">Bridge letters</Tabs.Tab></Tabs.List>
        <Tabs.Panel value="page"><PageSettings key={settings.dataUpdatedAt} settings={settings.data} /></Tabs.Panel>
        <Tabs.Panel value="requests"><AccessRequests /></Tabs.Panel>
        <Tabs.Panel value="log"><AccessLogTable /></Tabs.Panel>
        <Tabs.Panel value="letters"><BridgeLetters settings={settings.data} canSign={membership?.role === 'admin'} /></Tabs.Panel>
      </Tabs>
    </>
  );
}
