import { Badge, Tooltip } from '@mantine/core';
import { formatDate } from '../../../components/format.ts';
import type { Policy, PolicyStatus, PolicyVersionStatus } from '../../../contract.ts';

export const POLICY_STATUS_LABELS: Record<PolicyStatus, string> = {
  draft: 'Draft',
  in_review: 'In review',
  approved: 'Approved',
  retired: 'Retired',
};
const STATUS_COLORS: Record<PolicyStatus, string> = { draft: 'gray', in_review: 'yellow', approved: 'teal', retired: 'dark' };

export function StatusBadge({ status }: { status: PolicyStatus | PolicyVersionStatus }) {
  return (
    <Badge variant="light" color={STATUS_COLORS[status]} radius="sm" tt="none">
      {POLICY_STATUS_LABELS[status]}
    </Badge>
  );
}

const REVIEW: Record<NonNullable<Policy['review']>['state'], { label: string; color: string }> = {
  current: { label: 'Current', color: 'teal' },
  due_soon: { label: 'Review due soon', color: 'yellow' },
  overdue: { label: 'Review overdue', color: 'red' },
  never_approved: { label: 'Never approved', color: 'gray' },
};

/** Where the policy stands in its review cycle, with the due date when there is one. */
export function ReviewBadge({ review }: { review: Policy['review'] }) {
  if (!review) return null;
  const r = REVIEW[review.state];
  const badge = (
    <Badge variant={review.state === 'overdue' ? 'filled' : 'light'} color={r.color} radius="sm" tt="none">
      {r.label}
    </Badge>
  );
  return review.dueOn ? (
    <Tooltip label={`Next review due ${formatDate(review.dueOn)}`} withArrow>
      {badge}
    </Tooltip>
  ) : (
    badge
  );
}
