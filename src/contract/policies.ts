// Policies in the API: the organization's policies, their numbered versions and approval workflow,
// acknowledgements by personnel, diffs between versions, and the starter templates.
import { z } from 'zod';
import { Uuid } from './api.ts';
import { CriterionId, PageQuery, PersonRef } from './program.ts';

export const POLICY_STATUSES = ['draft', 'in_review', 'approved', 'retired'] as const;
export const PolicyStatus = z.enum(POLICY_STATUSES);
export const PolicyVersionStatus = z.enum(['draft', 'in_review', 'approved', 'retired']);
export type PolicyVersionStatus = z.infer<typeof PolicyVersionStatus>;
export const ReviewState = z.enum(['current', 'due_soon', 'overdue', 'never_approved']);

const Line = (max: number) => z.string().trim().min(1).max(max);
export const PolicyKey = z.string().trim().regex(/^[a-z][a-z0-9_]*$/, 'lower snake_case, such as access_control').max(64);
export const PolicyBody = z.string().max(100_000);
const ChangeNote = z.string().trim().max(2000);
const Criteria = z.array(CriterionId).max(61);
const ControlIds = z.array(Uuid).max(500);
const ReviewInterval = z.number().int().min(1).max(36);

export const CreatePolicyRequest = z.strictObject({
  title: Line(200),
  /** Derived from the title when absent. */
  key: PolicyKey.optional(),
  description: z.string().trim().max(2000).default(''),
  ownerId: Uuid.nullable().default(null),
  criteria: Criteria.default([]),
  controlIds: ControlIds.default([]),
  reviewIntervalMonths: ReviewInterval.default(12),
  /** The body of version 1 (a draft); a heading with the title when absent. */
  body: PolicyBody.optional(),
  changeNote: ChangeNote.default(''),
});
export const UpdatePolicyRequest = z.strictObject({
  title: Line(200).optional(),
  description: z.string().trim().max(2000).optional(),
  ownerId: Uuid.nullable().optional(),
  criteria: Criteria.optional(),
  controlIds: ControlIds.optional(),
  reviewIntervalMonths: ReviewInterval.optional(),
});
export const RetirePolicyRequest = z.strictObject({ reason: Line(1000) });
export const AdoptPoliciesRequest = z.strictObject({
  keys: z.union([z.literal('all'), z.array(PolicyKey).min(1).max(100)]),
  systemId: Uuid.optional(),
});
export const AdoptPoliciesResult = z.object({
  adopted: z.array(z.object({ key: z.string(), id: Uuid })),
  alreadyAdopted: z.array(z.string()),
  skipped: z.array(z.object({ key: z.string(), reason: z.string() })),
});
export type AdoptPoliciesResult = z.infer<typeof AdoptPoliciesResult>;
export const PolicyQuery = z.strictObject({
  status: z.enum([...POLICY_STATUSES, 'all', 'active']).default('active'),
  q: z.string().max(200).optional(),
  ...PageQuery,
});

export const NewVersionRequest = z.strictObject({ changeNote: ChangeNote.default('') });
export const UpdateVersionRequest = z.strictObject({ body: PolicyBody.optional(), changeNote: ChangeNote.optional() });
export const ReturnVersionRequest = z.strictObject({ note: ChangeNote.default('') });
export const VersionParams = z.strictObject({ id: Uuid, n: z.coerce.number().int().min(1).max(100_000) });
export const DiffQuery = z.strictObject({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) });

export const UserRef = z.object({ id: Uuid, name: z.string(), email: z.string() });
export type UserRef = z.infer<typeof UserRef>;

export const ReviewStatus = z.object({ dueOn: z.string().nullable(), state: ReviewState });
export const Policy = z.object({
  id: Uuid,
  key: z.string(),
  title: z.string(),
  description: z.string(),
  owner: PersonRef.nullable(),
  criteria: z.array(z.string()),
  controlIds: z.array(Uuid),
  reviewIntervalMonths: z.number().int(),
  sourceTemplate: z.string().nullable(),
  status: PolicyStatus,
  /** The approved version in force. */
  currentVersion: z.object({ number: z.number().int(), approvedAt: z.string(), publishedAt: z.string().nullable() }).nullable(),
  /** The draft or in-review version, if any (at most one). */
  openVersion: z.object({ number: z.number().int(), status: PolicyVersionStatus }).nullable(),
  latestVersion: z.number().int(),
  /** Null once the policy is retired. */
  review: ReviewStatus.nullable(),
  retiredAt: z.string().nullable(),
  retiredReason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Policy = z.infer<typeof Policy>;
/** A page of policies ordered by title; `nextCursor` (opaque) asks for the next page, null on the last. */
export const PolicyList = z.object({ policies: z.array(Policy), nextCursor: z.string().nullable() });
export type PolicyList = z.infer<typeof PolicyList>;

export const PolicyVersionSummary = z.object({
  policyId: Uuid,
  number: z.number().int(),
  status: PolicyVersionStatus,
  changeNote: z.string(),
  author: UserRef.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
  approvedAt: z.string().nullable(),
  approvedBy: UserRef.nullable(),
  publishedAt: z.string().nullable(),
  retiredAt: z.string().nullable(),
});
export type PolicyVersionSummary = z.infer<typeof PolicyVersionSummary>;
export const PolicyVersion = PolicyVersionSummary.extend({
  body: z.string(),
  /** Placeholders such as {{organization_name}} still in the body. */
  placeholders: z.array(z.string()),
});
export type PolicyVersion = z.infer<typeof PolicyVersion>;
export const PolicyVersionList = z.object({ versions: z.array(PolicyVersionSummary) });
export type PolicyVersionList = z.infer<typeof PolicyVersionList>;

export const PolicyDiff = z.object({
  policyId: Uuid,
  from: z.number().int(),
  to: z.number().int(),
  added: z.number().int(),
  removed: z.number().int(),
  unchanged: z.number().int(),
  lines: z.array(z.object({ kind: z.enum(['unchanged', 'removed', 'added']), text: z.string(), oldLine: z.number().int().nullable(), newLine: z.number().int().nullable() })),
});
export type PolicyDiff = z.infer<typeof PolicyDiff>;

export const Acknowledgement = z.object({ policyId: Uuid, version: z.number().int(), userId: Uuid, acknowledgedAt: z.string() });
export type Acknowledgement = z.infer<typeof Acknowledgement>;
const Acknowledger = z.object({ userId: Uuid, name: z.string(), email: z.string(), personId: Uuid.nullable(), member: z.boolean() });
export const AcknowledgementStatus = z.object({
  policyId: Uuid,
  version: z.number().int(),
  publishedAt: z.string().nullable(),
  counts: z.object({ total: z.number().int(), acknowledged: z.number().int(), pending: z.number().int() }),
  acknowledged: z.array(Acknowledger.extend({ acknowledgedAt: z.string() })),
  pending: z.array(Acknowledger),
});
export type AcknowledgementStatus = z.infer<typeof AcknowledgementStatus>;

export const PolicyTemplateSummary = z.object({
  key: z.string(),
  title: z.string(),
  summary: z.string(),
  criteria: z.array(z.string()),
  reviewIntervalMonths: z.number().int(),
  requiresCategory: z.string().nullable(),
  placeholders: z.array(z.object({ name: z.string(), label: z.string(), hint: z.string(), example: z.string() })),
});
export type PolicyTemplateSummary = z.infer<typeof PolicyTemplateSummary>;
export const PolicyTemplateList = z.object({ version: z.string(), templates: z.array(PolicyTemplateSummary) });
export type PolicyTemplateList = z.infer<typeof PolicyTemplateList>;
export const PolicyTemplateDetail = PolicyTemplateSummary.extend({ body: z.string() });
export type PolicyTemplateDetail = z.infer<typeof PolicyTemplateDetail>;
