import { Badge } from '@mantine/core';
import type { ReportState, VendorCriticality, VendorReviewState } from '../../../contract.ts';
import { CRITICALITY_COLORS, CRITICALITY_LABELS, REPORT_STATE, REVIEW_STATE } from './vendorData.ts';

export function CriticalityBadge({ value }: { value: VendorCriticality }) {
  return <Badge variant={value === 'critical' ? 'filled' : 'light'} color={CRITICALITY_COLORS[value]} radius="sm" tt="none">{CRITICALITY_LABELS[value]}</Badge>;
}
export function ReviewStateBadge({ value }: { value: VendorReviewState }) {
  return <Badge variant="light" color={REVIEW_STATE[value].color} radius="sm" tt="none">{REVIEW_STATE[value].label}</Badge>;
}
export function ReportStateBadge({ value, qualified }: { value: ReportState; qualified?: boolean }) {
  return (
    <Badge variant="light" color={qualified ? 'red' : REPORT_STATE[value].color} radius="sm" tt="none">
      {qualified ? 'Qualified opinion' : REPORT_STATE[value].label}
    </Badge>
  );
}
