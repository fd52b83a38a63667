// Home, for a service organization: its current SOC 2 report, flagged when its period ended more than twelve months
// ago (the same rule as the trust page), with the way to a bridge letter and the next examination.
import { Alert, Anchor, Paper, Text } from '@mantine/core';
import { IconAlertTriangle, IconFileCertificate } from '@tabler/icons-react';
import { Link } from 'react-router';
import { isOutdated } from '../../../../src/domain/trust/trust.ts';
import { periodLabel, reportTypeLabel } from './audits/engagementData.ts';
import { useReports } from './reports/reportData.ts';

export function ReportCurrencyCard() {
  const reports = useReports();
  if (!reports.data) return null;
  const latest = [...reports.data.items].filter((r) => !r.replacedBy).sort((a, b) => (b.periodEnd ?? b.asOfDate ?? '').localeCompare(a.periodEnd ?? a.asOfDate ?? ''))[0];
  if (!latest) {
    return (
      <Paper withBorder radius="md" p="md" data-testid="report-currency" data-outdated="none">
        <Text size="sm" fw={600}>Your SOC 2 report</Text>
        <Text size="sm" c="dimmed">None yet: it appears here, and can be offered on your <Anchor component={Link} to="/trust-portal" size="sm">trust page</Anchor>, once your auditor issues it.</Text>
      </Paper>
    );
  }
  const label = `${reportTypeLabel(latest.reportType)} ${periodLabel(latest)}, by ${latest.firmName}`;
  if (isOutdated(latest, new Date().toISOString().slice(0, 10))) {
    return (
      <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title="Your SOC 2 report is outdated" data-testid="report-currency" data-outdated="true">
        Your latest report ({label}) covers a period that ended more than twelve months ago. Offer a{' '}
        <Anchor component={Link} to="/trust-portal" size="sm">bridge letter</Anchor> beside it and plan the next examination.
      </Alert>
    );
  }
  return (
    <Paper withBorder radius="md" p="md" data-testid="report-currency" data-outdated="false">
      <Text size="sm" fw={600}><IconFileCertificate size={16} style={{ verticalAlign: 'middle' }} /> Your SOC 2 report</Text>
      <Text size="sm">{label}, current. <Anchor component={Link} to="/reports" size="sm">Reports</Anchor></Text>
    </Paper>
  );
}
