// The SOC 2 report over HTTP: drafts with their checks, management's assertion, issuance, issued reports,
// public verification, and the firm's report settings.
import { z } from 'zod';
import { OPINIONS } from './examination-vocabulary.ts';
import { REPORT_TYPES } from './engagement-vocabulary.ts';

const Uuid = z.uuid();
const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const REPORT_FORMATS = ['pdf', 'docx', 'html'] as const;
export const ReportFormat = z.enum(REPORT_FORMATS);
export type ReportFormat = z.infer<typeof ReportFormat>;

export const ReportSummary = z.object({
  id: Uuid,
  engagementId: Uuid,
  version: z.number().int(),
  replacesReportId: Uuid.nullable(),
  correctionReason: z.string().nullable(),
  /** The version that replaced this one, when there is one. */
  replacedBy: z.object({ id: Uuid, version: z.number().int(), issuedAt: z.string() }).nullable(),
  reportType: z.enum(REPORT_TYPES),
  asOfDate: z.string().nullable(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  reportDate: z.string(),
  organizationName: z.string(),
  firmName: z.string(),
  systemName: z.string(),
  opinion: z.enum(OPINIONS),
  pdfSha256: Sha256,
  pdfSize: z.number().int(),
  keyId: z.string(),
  signature: z.string(),
  issuedByLabel: z.string(),
  issuedAt: z.string(),
});
export type ReportSummary = z.infer<typeof ReportSummary>;
export const ReportList = z.object({ items: z.array(ReportSummary) });
export type ReportList = z.infer<typeof ReportList>;

export const CheckFailure = z.object({ code: z.string(), message: z.string(), ref: z.string().optional() });
export type CheckFailure = z.infer<typeof CheckFailure>;

/** What issuing needs, each with whether it holds; the draft page lists them. */
export const IssuePreconditions = z.object({
  signoffs: z.object({ tests: z.number().int(), complete: z.number().int(), pending: z.array(z.string()) }),
  assertion: z.object({ accepted: z.boolean(), acceptedByLabel: z.string().nullable(), acceptedAt: z.string().nullable(), changedSinceAcceptance: z.boolean() }),
  opinion: z.object({ decided: z.boolean(), opinion: z.enum(OPINIONS).nullable() }),
  status: z.object({ ready: z.boolean(), status: z.string() }),
  /** Last period's exceptions carried forward (roll-forward) that the auditor has not closed yet. */
  followUps: z.object({ open: z.number().int() }),
  /** The last day examined (as-of date or period end) has passed by the report date: no report before its period ends. */
  period: z.object({ through: z.string().nullable(), ended: z.boolean() }),
});
export type IssuePreconditions = z.infer<typeof IssuePreconditions>;

export const ReportDraft = z.object({
  engagementId: Uuid,
  /** The model's own checks (every criterion, control and exception accounted for). */
  failures: z.array(CheckFailure),
  preconditions: IssuePreconditions,
  /** Every precondition and check holds (the partner may issue). */
  ready: z.boolean(),
  reports: z.array(ReportSummary),
  /** The draft as HTML (sections I–V), for reading in the app. */
  html: z.string(),
});
export type ReportDraft = z.infer<typeof ReportDraft>;

export const Assertion = z.object({
  engagementId: Uuid,
  /** Section II as it stands now, in the firm's wording filled from the engagement. */
  text: z.string(),
  sha256: Sha256,
  accepted: z.object({ byLabel: z.string(), at: z.string(), sha256: Sha256 }).nullable(),
  changedSinceAcceptance: z.boolean(),
});
export type Assertion = z.infer<typeof Assertion>;

export const AcceptAssertionRequest = z.strictObject({
  /** The SHA-256 of the text the admin read: a text that changed since is refused, not silently accepted. */
  sha256: Sha256,
});

export const IssueReportRequest = z.strictObject({
  /** A correction: the issued version this one replaces, and why. */
  replaces: Uuid.optional(),
  reason: z.string().trim().min(1).max(2000).optional(),
  /**
   * The date of the auditor's report (Section I), when the firm had enough evidence for its opinion: after the as-of
   * date or period end, not after the day of issue. Default: the day of issue.
   */
  reportDate: z.string().date().optional(),
});
export type IssueReportRequest = z.infer<typeof IssueReportRequest>;

export const VerifyResult = z.object({
  sha256: Sha256,
  issued: z.boolean(),
  report: ReportSummary.omit({ signature: true }).extend({ signatureValid: z.boolean(), publicKeyPem: z.string() }).nullable(),
  /** Not the issued bytes, but a copy the trust portal stamped for a recipient: which report, for whom, when. */
  copy: z.object({ reportId: Uuid, recipient: z.string(), downloadedAt: z.string() }).nullable(),
});
export type VerifyResult = z.infer<typeof VerifyResult>;

export const FirmReportSettings = z.object({
  city: z.string(),
  /** The firm's own wording, by template key; keys absent use attest's default. */
  templates: z.record(z.string(), z.string()),
  /** attest's default wording for every key, to start an edit from. */
  defaults: z.record(z.string(), z.string()),
  publicKeyPem: z.string().nullable(),
  keyId: z.string().nullable(),
});
export type FirmReportSettings = z.infer<typeof FirmReportSettings>;

export const UpdateFirmReportSettings = z.strictObject({
  city: z.string().trim().max(120).optional(),
  templates: z.record(z.string(), z.string().max(20_000)).optional(),
});
export type UpdateFirmReportSettings = z.infer<typeof UpdateFirmReportSettings>;

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
/** The next period's engagement from an issued one; every field defaults from the previous engagement. */
export const RollForwardRequest = z.strictObject({
  name: z.string().trim().min(2).max(200).optional(),
  asOfDate: IsoDay.optional(),
  periodStart: IsoDay.optional(),
  periodEnd: IsoDay.optional(),
});

export const FollowUpItem = z.object({
  id: Uuid,
  controlCode: z.string(),
  description: z.string(),
  managementResponse: z.string().nullable(),
  resolution: z.string().nullable(),
  closedByLabel: z.string().nullable(),
  closedAt: z.string().nullable(),
});
export const FollowUpList = z.object({ items: z.array(FollowUpItem) });
export const CloseFollowUpRequest = z.strictObject({ resolution: z.string().trim().min(1).max(5000) });
