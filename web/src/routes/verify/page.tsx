// /verify (public, no session): is this file an issued SOC 2 report? The browser computes the file's SHA-256
// itself (crypto.subtle) and asks the server only about that digest: the file never leaves the machine.
// A link may carry the digest (?sha256=…), e.g. from a report's own page.
import { Alert, Badge, Button, Code, FileInput, Group, Loader, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCircleX, IconFileSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../api.ts';
import { AuthLayout } from '../../components/AuthLayout.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate, formatDateTime } from '../../components/format.ts';
import { OPINION_LABELS, type VerifiedReport, type VerifyResult } from '../../contract.ts';
import { periodLabel, reportTypeLabel } from '../(app)/audits/engagementData.ts';

const SHA256 = /^[0-9a-f]{64}$/;

async function sha256Hex(file: File): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export default function VerifyPage() {
  const [params, setParams] = useSearchParams();
  const fromUrl = (params.get('sha256') ?? '').trim().toLowerCase();
  const sha256 = SHA256.test(fromUrl) ? fromUrl : null;
  const [file, setFile] = useState<File | null>(null);
  const [hashing, setHashing] = useState(false);
  const [hashError, setHashError] = useState<string | null>(null);
  const [typed, setTyped] = useState('');

  const result = useQuery({
    queryKey: ['public-report', sha256],
    queryFn: () => api.get<VerifyResult>(`/api/v1/public/reports/${sha256}`),
    enabled: !!sha256,
    retry: false,
  });

  const check = (digest: string) => setParams({ sha256: digest }, { replace: true });
  const choose = async (f: File | null) => {
    setFile(f);
    setHashError(null);
    if (!f) return;
    setHashing(true);
    try {
      check(await sha256Hex(f));
    } catch {
      setHashError('This browser could not compute the file’s SHA-256. Try another browser, or paste the digest below.');
    } finally {
      setHashing(false);
    }
  };

  return (
    <AuthLayout title="Verify a SOC 2 report" width={640}
      description="Choose a report file you received. Your browser computes its SHA-256 fingerprint and asks attest whether a firm issued a report with that fingerprint. The file itself never leaves your machine.">
      <Stack gap="md">
        <FileInput label="Report file" placeholder="Choose the PDF" leftSection={<IconFileSearch size={16} />} value={file} onChange={(f) => void choose(f)} clearable
          rightSection={hashing ? <Loader size="xs" /> : undefined} data-testid="verify-file" />
        <form onSubmit={(ev) => { ev.preventDefault(); const v = typed.trim().toLowerCase(); if (SHA256.test(v)) { setFile(null); check(v); } }}>
          <Group align="flex-end" gap="xs">
            <TextInput style={{ flex: 1 }} label="Or paste a SHA-256" placeholder="64 hexadecimal digits" value={typed} onChange={(ev) => setTyped(ev.currentTarget.value)}
              error={typed.trim() && !SHA256.test(typed.trim().toLowerCase()) ? 'A SHA-256 is 64 hexadecimal digits' : undefined} />
            <Button type="submit" variant="default" disabled={!SHA256.test(typed.trim().toLowerCase())}>Check</Button>
          </Group>
        </form>
        {hashError && <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />}>{hashError}</Alert>}
        {fromUrl && !sha256 && <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />}>The link's sha256 is not a SHA-256 (64 hexadecimal digits).</Alert>}
        {sha256 && (result.isPending ? <Group gap="xs"><Loader size="xs" /><Text size="sm" c="dimmed">Checking…</Text></Group>
          : result.isError ? <ErrorAlert error={result.error} onRetry={() => void result.refetch()} />
            : <Result r={result.data} fileName={file?.name} />)}
      </Stack>
    </AuthLayout>
  );
}

function Result({ r, fileName }: { r: VerifyResult; fileName?: string }) {
  const subject = fileName ? <>“{fileName}”</> : 'A file with this fingerprint';
  if (r.report) return <Issued r={r} report={r.report} subject={subject} />;
  return (
    <Alert color="red" variant="light" icon={<IconCircleX size={18} />} title="Not an issued report" data-testid="verify-result" data-issued="false">
      <Text size="sm">{subject} matches no report issued through attest. A report edited, re-saved or printed to a new PDF has a different fingerprint: ask the organization for the original file.</Text>
      <Text size="xs" c="dimmed" mt={4}>SHA-256: <Code>{r.sha256}</Code></Text>
    </Alert>
  );
}

function Issued({ r, report, subject }: { r: VerifyResult; report: VerifiedReport; subject: React.ReactNode }) {
  const rows: [string, React.ReactNode][] = [
    ['Organization', <>{report.organizationName} <Text span size="xs" c="dimmed">({report.systemName})</Text></>],
    ['Audit firm', report.firmName],
    ['Type', reportTypeLabel(report.reportType)],
    ['Period', periodLabel(report)],
    ['Version', `v${report.version}${report.correctionReason ? ` (correction: ${report.correctionReason})` : ''}`],
    ['Opinion', OPINION_LABELS[report.opinion]],
    ['Report date', formatDate(report.reportDate)],
    ['Issued', formatDateTime(report.issuedAt)],
    ['Signature', report.signatureValid
      ? <Badge color="teal" variant="light" tt="none" data-testid="verify-signature">Valid: signed with the firm's key</Badge>
      : <Badge color="red" variant="light" tt="none" data-testid="verify-signature">Invalid signature</Badge>],
    ['Key id', <Code style={{ overflowWrap: 'anywhere' }}>{report.keyId}</Code>],
    ['SHA-256', <Code style={{ overflowWrap: 'anywhere' }}>{r.sha256}</Code>],
  ];
  return (
    <Alert color={report.replacedBy || !report.signatureValid ? 'orange' : 'teal'} variant="light" icon={<IconCircleCheck size={18} />}
      title={r.copy ? 'Issued report (a recipient’s copy)' : 'Issued report'} data-testid="verify-result" data-issued="true">
      <Stack gap="xs">
        <Text size="sm">{subject} is {r.copy ? 'a copy of ' : ''}a SOC 2 report issued by {report.firmName}.</Text>
        {r.copy && <Text size="sm">This copy was stamped for <b>{r.copy.recipient}</b> when downloaded on {formatDateTime(r.copy.downloadedAt)}.</Text>}
        {report.replacedBy && (
          <Text size="sm" fw={600} data-testid="verify-replaced">
            Replaced by version {report.replacedBy.version}, issued {formatDate(report.replacedBy.issuedAt)}. Ask the organization for the current version.
          </Text>
        )}
        <Table withRowBorders={false} verticalSpacing={2}>
          <Table.Tbody>
            {rows.map(([label, value]) => (
              <Table.Tr key={label}><Table.Td w={120} valign="top"><Text size="sm" c="dimmed">{label}</Text></Table.Td><Table.Td><Text size="sm" component="div">{value}</Text></Table.Td></Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="xs" c="dimmed">The firm's public key, to check the signature yourself:</Text>
        <Code block fz="xs">{report.publicKeyPem}</Code>
      </Stack>
    </Alert>
  );
}
