// The approval workflow of policy versions: draft → in_review → approved → retired.
// Pure: decides which transitions are allowed and what a policy's status is, from its versions.

export const VERSION_STATUSES = ['draft', 'in_review', 'approved', 'retired'] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];
export type PolicyStatus = 'draft' | 'in_review' | 'approved' | 'retired';

export type VersionStep = 'edit' | 'submit' | 'return' | 'approve' | 'publish' | 'acknowledge';

/** The status a version must have for each step. */
const REQUIRED: Record<VersionStep, VersionStatus> = {
  edit: 'draft',
  submit: 'draft',
  return: 'in_review',
  approve: 'in_review',
  publish: 'approved',
  acknowledge: 'approved',
};

const EXPLAIN: Record<VersionStep, string> = {
  edit: 'Only a draft can be edited; create a new version to change an approved policy.',
  submit: 'Only a draft can be submitted for review.',
  return: 'Only a version in review can be returned to draft.',
  approve: 'Only a version in review can be approved.',
  publish: 'Only the approved version can be published.',
  acknowledge: 'Only the published, approved version can be acknowledged.',
};

/** Null when the step is allowed, otherwise why not. */
export function refuseStep(step: VersionStep, version: { status: VersionStatus; publishedAt: unknown }): string | null {
  if (version.status !== REQUIRED[step]) return `${EXPLAIN[step]} This version is ${version.status.replace('_', ' ')}.`;
  if (step === 'publish' && version.publishedAt) return 'This version has already been published.';
  if (step === 'acknowledge' && !version.publishedAt) return EXPLAIN.acknowledge + ' This version has not been published yet.';
  return null;
}

export const isOpen = (status: VersionStatus) => status === 'draft' || status === 'in_review';

/**
 * A policy's status: retired when retired whole; approved while it has an approved version (a newer draft
 * may be open beside it); otherwise the status of its open version.
 */
export function policyStatus(retired: boolean, versions: ReadonlyArray<{ status: VersionStatus }>): PolicyStatus {
  if (retired) return 'retired';
  if (versions.some((v) => v.status === 'approved')) return 'approved';
  if (versions.some((v) => v.status === 'in_review')) return 'in_review';
  if (versions.some((v) => v.status === 'draft')) return 'draft';
  return 'retired';
}
