// Engagements in the API: proposing and accepting an examination, its terms (report type, date or period),
// the firm's team, documents (the engagement letter), and moving it through its phases.
import { z } from 'zod';
import { Uuid } from './api.ts';
import { CONTROL_FREQUENCIES, OptionalCategory } from './program.ts';
import { ENGAGEMENT_STATUSES, REPORT_TYPES } from './engagement-vocabulary.ts';

/** The header a firm's team member sends to read the client's program through an engagement. */
export const ENGAGEMENT_VIEW_HEADER = 'attest-engagement';

const IsoDate = z.string().date();
export const ReportType = z.enum(REPORT_TYPES);
export const EngagementStatus = z.enum(ENGAGEMENT_STATUSES);
export type EngagementStatus = z.infer<typeof EngagementStatus>;
export const EngagementSide = z.enum(['firm', 'service_org']);
export const TeamRole = z.enum(['engagement_partner', 'auditor']);

const OrgRef = z.object({ id: Uuid, name: z.string() });

export const TeamMember = z.object({ userId: Uuid, name: z.string(), email: z.string(), role: TeamRole });
export type TeamMember = z.infer<typeof TeamMember>;

export const EngagementDocument = z.object({
  id: Uuid,
  kind: z.enum(['engagement_letter', 'representation_letter', 'other']),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  uploadedBySide: EngagementSide,
  uploadedByLabel: z.string(),
  createdAt: z.string(),
});
export type EngagementDocument = z.infer<typeof EngagementDocument>;

/** The firm's sample sizes by control frequency (and `automated`) for this engagement, over attest's defaults. */
export const FREQUENCY_TABLE_KEYS = [...CONTROL_FREQUENCIES.filter((f) => f !== 'per_occurrence'), 'automated'] as const;
export const FrequencyTable = z.partialRecord(z.enum(FREQUENCY_TABLE_KEYS), z.number().int().min(1).max(1000));

export const Engagement = z.object({
  id: Uuid,
  name: z.string(),
  firm: OrgRef,
  serviceOrg: OrgRef,
  system: OrgRef.nullable(),
  reportType: ReportType,
  asOfDate: IsoDate.nullable(),
  periodStart: IsoDate.nullable(),
  periodEnd: IsoDate.nullable(),
  shortPeriodReason: z.string().nullable(),
  /** Optional categories in scope besides Security (always in scope). */
  categories: z.array(OptionalCategory),
  status: EngagementStatus,
  proposedBy: EngagementSide,
  proposedByLabel: z.string(),
  acceptedAt: z.string().nullable(),
  acceptedByLabel: z.string().nullable(),
  /** Shown beside the terms: e.g. a Type II period shorter than six months. */
  warnings: z.array(z.string()),
  /** The viewer's side, place on the team, and what it may do now (the UI shows only those buttons). */
  viewer: z.object({ side: EngagementSide, teamRole: TeamRole.nullable(), actions: z.array(z.string()) }),
  nextStatuses: z.array(EngagementStatus),
  /** Null: attest's default frequency table. */
  frequencyTable: FrequencyTable.nullable(),
  team: z.array(TeamMember),
  documents: z.array(EngagementDocument),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Engagement = z.infer<typeof Engagement>;

export const EngagementSummary = Engagement.pick({ id: true, name: true, firm: true, serviceOrg: true, system: true, reportType: true, asOfDate: true, periodStart: true, periodEnd: true, status: true, proposedBy: true, createdAt: true });
export type EngagementSummary = z.infer<typeof EngagementSummary>;
export const EngagementList = z.object({ engagements: z.array(EngagementSummary) });
export type EngagementList = z.infer<typeof EngagementList>;

const Terms = {
  reportType: ReportType,
  asOfDate: IsoDate.nullable().default(null),
  periodStart: IsoDate.nullable().default(null),
  periodEnd: IsoDate.nullable().default(null),
  shortPeriodReason: z.string().trim().max(2000).nullable().default(null),
};

export const ProposeEngagementRequest = z.strictObject({
  name: z.string().trim().min(2).max(200),
  /** The other party: the audit firm (when the service organization proposes) or the service organization (when the firm does). */
  counterpartyId: Uuid,
  /** The service organization's system (it proposes); a firm leaves it out and the organization chooses on acceptance. */
  systemId: Uuid.nullable().default(null),
  /** Categories in scope, from the system's (Security always); default: all of the system's. */
  categories: z.array(OptionalCategory).max(4).nullable().default(null),
  ...Terms,
});
export type ProposeEngagementRequest = z.infer<typeof ProposeEngagementRequest>;

export const RespondEngagementRequest = z.discriminatedUnion('decision', [
  z.strictObject({ decision: z.literal('accept'), systemId: Uuid.nullable().default(null), categories: z.array(OptionalCategory).max(4).nullable().default(null) }),
  z.strictObject({ decision: z.literal('decline'), reason: z.string().trim().min(1).max(2000) }),
]);
export type RespondEngagementRequest = z.infer<typeof RespondEngagementRequest>;

export const WithdrawEngagementRequest = z.strictObject({ reason: z.string().trim().min(1).max(2000) });

/** The firm changes the terms while planning (after that they are fixed). */
export const UpdateEngagementRequest = z.strictObject({
  name: z.string().trim().min(2).max(200),
  reportType: ReportType,
  asOfDate: IsoDate.nullable(),
  periodStart: IsoDate.nullable(),
  periodEnd: IsoDate.nullable(),
  shortPeriodReason: z.string().trim().max(2000).nullable(),
  categories: z.array(OptionalCategory).max(4),
  /** The firm's sample sizes by frequency for this engagement (null: back to the defaults). */
  frequencyTable: FrequencyTable.nullable(),
}).partial();
export type UpdateEngagementRequest = z.infer<typeof UpdateEngagementRequest>;

export const ChangeStatusRequest = z.strictObject({ status: EngagementStatus });

export const AddTeamMemberRequest = z.strictObject({ userId: Uuid, role: TeamRole });
export type AddTeamMemberRequest = z.infer<typeof AddTeamMemberRequest>;

export const Counterparties = z.object({ organizations: z.array(OrgRef) });
export type Counterparties = z.infer<typeof Counterparties>;
