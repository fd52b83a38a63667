// /audits/:engagementId/report (both sides): the SOC 2 report. What issuing still needs, the draft to download or
// read, management's assertion (accepted by the organization's admin), and for the engagement partner issuance
// and corrections; once issued, every version with its SHA-256 and files.
import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title, Tooltip, Typography } from '@mantine/core';
import { IconDownload, IconFileCertificate, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../../../components/ErrorAlert.tsx';
import { formatDate, formatDateTime } from '../../../../../components/format.ts';
import { SectionLoader } from '../../../../../components/FullPageLoader.tsx';
import { useDocumentTitle } from '../../../../../components/useDocumentTitle.ts';
import { REPORT_FORMATS, type Engagement, type ReportDraft, type ReportSummary } from '../../../../../contract.ts';
import { can } from '../../engagementData.ts';
import { OpinionBadge } from '../opinion/page.tsx';
import { useEngagementContext } from '../section.ts';
import { ReplacedBadge, ReportDownloads, ShaCode } from '../../../reports/ReportBits.tsx';
import { draftFileUrl, FORMAT_LABELS, latestReport, useReportDraft } from '../../../reports/reportData.ts';
import { AssertionCard } from './AssertionCard.tsx';
import { IssueModal } from './IssueModal.tsx';
import { ReportChecklist } from './ReportChecklist.tsx';
import { FollowUps, RollForwardButton } from './NextPeriod.tsx';

export default function ReportPage() {
  const { engagement: e } = useEngagementContext();
  useDocumentTitle(`Report · ${e.name}`);
  const draft = useReportDraft(e.id);
  if (draft.isPending) return <SectionLoader label="Loading the report" />;
  if (draft.isError) return <ErrorAlert error={draft.error} onRetry={() => void draft.refetch()} />;
  const d = draft.data;
  return (
    <Stack gap="lg">
      <ReportHeader e={e} d={d} />
      {d.reports.length > 0 && <IssuedVersions e={e} reports={d.reports} />}
      <ReportChecklist draft={d} firmName={e.firm.name} />
      <FollowUps e={e} />
      <AssertionCard e={e} />
      <Paper withBorder radius="md" p="md">
        <Title order={2} fz="md" mb={4}>Draft</Title>
        <Text size="xs" c="dimmed" mb="sm">The report as it would read if issued now. It follows the engagement: findings, opinion and assertion update it until it is issued.</Text>
        <Paper withBorder radius="sm" p="lg" mah={720} style={{ overflow: 'auto' }} bg="white">
          {/* Safe HTML: rendered by the server from the report model, escaped there. */}
          <Typography fz="sm">
            <div data-testid="report-draft" dangerouslySetInnerHTML={{ __html: d.html }} />
          </Typography>
        </Paper>
      </Paper>
    </Stack>
  );
}

function ReportHeader({ e, d }: { e: Engagement; d: ReportDraft }) {
  const [issuing, setIssuing] = useState(false);
  const mayIssue = can(e, 'report.issue') && d.reports.length === 0;
  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" align="flex-start" gap="md">
        <div>
          <Title order={2} fz="md">SOC 2 report</Title>
          <Text size="xs" c="dimmed" maw={560}>
            {d.reports.length > 0 ? 'The report is issued. The draft files below still carry the DRAFT mark; the issued versions are listed above.'
              : 'The draft files carry a DRAFT mark on every page. Share them for review; only the issued report is signed.'}
          </Text>
        </div>
        <Group gap="xs">
          {REPORT_FORMATS.map((f) => (
            <Button key={f} component="a" href={draftFileUrl(e.id, f)} download variant="default" size="sm" leftSection={<IconDownload size={16} />}>
              Draft {FORMAT_LABELS[f]}
            </Button>
          ))}
          {mayIssue && (
            <Tooltip label="Every line of “Before issuing” must be ticked first" disabled={d.ready} withArrow>
              <Button leftSection={<IconFileCertificate size={16} />} data-disabled={!d.ready || undefined} aria-disabled={!d.ready}
                onClick={(ev) => { if (!d.ready) ev.preventDefault(); else setIssuing(true); }}>
                Issue report
              </Button>
            </Tooltip>
          )}
        </Group>
      </Group>
      {issuing && <IssueModal e={e} onClose={() => setIssuing(false)} />}
    </Paper>
  );
}

function IssuedVersions({ e, reports }: { e: Engagement; reports: ReportSummary[] }) {
  const [correcting, setCorrecting] = useState<ReportSummary | null>(null);
  const latest = latestReport(reports);
  const sorted = [...reports].sort((a, b) => b.version - a.version);
  return (
    <Paper withBorder radius="md" p="md" data-testid="issued-reports">
      <Group justify="space-between" mb="sm">
        <div>
          <Title order={2} fz="md">Issued</Title>
          <Text size="xs" c="dimmed">Each version is signed with {e.firm.name}'s key. Anyone can check a copy at <Anchor component={Link} to="/verify" size="xs">/verify</Anchor>.</Text>
        </div>
        {can(e, 'report.issue') && latest && (
          <Group gap="xs">
            <RollForwardButton e={e} />
            <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setCorrecting(latest)}>Issue a correction</Button>
          </Group>
        )}
      </Group>
      <Table.ScrollContainer minWidth={760}>
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr><Table.Th>Version</Table.Th><Table.Th>Issued</Table.Th><Table.Th>Opinion</Table.Th><Table.Th>SHA-256 (PDF)</Table.Th><Table.Th>Download</Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((r) => (
              <Table.Tr key={r.id} data-testid="issued-report-row">
                <Table.Td>
                  <Group gap={6}>
                    <Text size="sm" fw={600}>v{r.version}</Text>
                    {r.id === latest?.id && !r.replacedBy && <Badge variant="dot" color="teal" tt="none">In force</Badge>}
                    <ReplacedBadge replacedBy={r.replacedBy} />
                  </Group>
                  {r.correctionReason && <Text size="xs" c="dimmed" maw={260}>Correction: {r.correctionReason}</Text>}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDate(r.reportDate)}</Text>
                  <Text size="xs" c="dimmed">{r.issuedByLabel}, {formatDateTime(r.issuedAt)}</Text>
                </Table.Td>
                <Table.Td><OpinionBadge value={r.opinion} size="md" /></Table.Td>
                <Table.Td><ShaCode sha256={r.pdfSha256} /></Table.Td>
                <Table.Td><ReportDownloads report={r} /></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {correcting && <IssueModal e={e} replaces={correcting} onClose={() => setCorrecting(null)} />}
    </Paper>
  );
}
