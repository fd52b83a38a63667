import { Badge } from '@mantine/core';
import type { EngagementReportType, EngagementStatus } from '../../../contract.ts';
import { reportTypeLabel, STATUS_COLORS, statusLabel } from './engagementData.ts';

export function EngagementStatusBadge({ value }: { value: EngagementStatus }) {
  return <Badge variant="light" color={STATUS_COLORS[value]}>{statusLabel(value)}</Badge>;
}
export function ReportTypeBadge({ value }: { value: EngagementReportType }) {
  return <Badge variant="outline" color="gray" tt="none">{reportTypeLabel(value)}</Badge>;
}
