// /reports: the SOC 2 reports issued in engagements this organization is party to (as the examined organization
// or as the firm), every version with its SHA-256 and files. A report is issued from its engagement's Report tab.
import { Anchor, Badge, Paper, Stack, Table, Text } from '@mantine/core';
import { IconFileCertificate } from '@tabler/icons-react';
import { Link } from 'react-router';
import { EmptyPanel } from '../../../components/EmptyPanel.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { formatDate } from '../../../components/format.ts';
import { SectionLoader } from '../../../components/FullPageLoader.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { periodLabel, reportTypeLabel } from '../audits/engagementData.ts';
import { OpinionBadge } from '../audits/[engagementId]/opinion/page.tsx';
import { ReplacedBadge, ReportDownloads, ShaCode } from './ReportBits.tsx';
import { useReports } from './reportData.ts';

export default function ReportsPage() {
  const reports = useReports();
  return (
    <>
      <PageHeader title="Reports" description={<>Issued SOC 2 reports, signed by the audit firm. Anyone can check a copy at <Anchor component={Link} to="/verify" size="sm">/verify</Anchor>.</>} />
      {reports.isPending ? <SectionLoader label="Loading reports" /> : reports.isError ? <ErrorAlert error={reports.error} onRetry={() => void reports.refetch()} /> :
        reports.data.items.length === 0 ? (
          <EmptyPanel icon={<IconFileCertificate size={24} />} title="No reports yet">
            No report is issued yet. An engagement's report is issued from its Report tab.
          </EmptyPanel>
        ) : (
          <Paper withBorder radius="md">
            <Table.ScrollContainer minWidth={1100}>
              <Table verticalSpacing="sm" highlightOnHover data-testid="reports-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Organization</Table.Th><Table.Th>Firm</Table.Th><Table.Th>Type</Table.Th><Table.Th>Period</Table.Th><Table.Th>Version</Table.Th>
                    <Table.Th>Opinion</Table.Th><Table.Th>Issued</Table.Th><Table.Th>SHA-256 (PDF)</Table.Th><Table.Th>Download</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {[...reports.data.items].sort((a, b) => b.issuedAt.localeCompare(a.issuedAt) || b.version - a.version).map((r) => (
                    <Table.Tr key={r.id} data-testid="report-row">
                      <Table.Td>
                        <Anchor component={Link} to={`/audits/${r.engagementId}/report`} size="sm" fw={500}>{r.organizationName}</Anchor>
                        <Text size="xs" c="dimmed">{r.systemName}</Text>
                      </Table.Td>
                      <Table.Td><Text size="sm" style={{ whiteSpace: 'nowrap' }}>{r.firmName}</Text></Table.Td>
                      <Table.Td><Badge variant="light" color="gray" tt="none">{reportTypeLabel(r.reportType)}</Badge></Table.Td>
                      <Table.Td><Text size="sm" style={{ whiteSpace: 'nowrap' }}>{periodLabel(r)}</Text></Table.Td>
                      <Table.Td><Stack gap={2} align="flex-start"><Text size="sm" fw={600}>v{r.version}</Text><ReplacedBadge replacedBy={r.replacedBy} /></Stack></Table.Td>
                      <Table.Td><OpinionBadge value={r.opinion} size="md" /></Table.Td>
                      <Table.Td><Text size="sm" style={{ whiteSpace: 'nowrap' }}>{formatDate(r.issuedAt)}</Text></Table.Td>
                      <Table.Td><ShaCode sha256={r.pdfSha256} /></Table.Td>
                      <Table.Td><ReportDownloads report={r} /></Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        )}
    </>
  );
}
