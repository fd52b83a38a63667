// Vendors in the API: the inventory, reviews, SOC reports on file, and the review status derived from them.
import { z } from 'zod';
import { Uuid } from './api.ts';
import { DATA_CLASSIFICATIONS, MappedText, PageQuery, PersonRef, SUBSERVICE_METHODS } from './program.ts';

export const VENDOR_CRITICALITIES = ['low', 'medium', 'high', 'critical'] as const;
export const VendorCriticality = z.enum(VENDOR_CRITICALITIES);
export type VendorCriticality = z.infer<typeof VendorCriticality>;
export const REVIEW_OUTCOMES = ['approved', 'approved_with_conditions', 'rejected'] as const;
export const ReviewOutcome = z.enum(REVIEW_OUTCOMES);
export type ReviewOutcome = z.infer<typeof ReviewOutcome>;
export const REPORT_TYPES = ['soc1_type1', 'soc1_type2', 'soc2_type1', 'soc2_type2', 'iso27001', 'other'] as const;
export const ReportType = z.enum(REPORT_TYPES);
export type ReportType = z.infer<typeof ReportType>;
export const REPORT_OPINIONS = ['unqualified', 'qualified', 'adverse', 'disclaimer'] as const;
export const ReportOpinion = z.enum(REPORT_OPINIONS);
export type ReportOpinion = z.infer<typeof ReportOpinion>;
export const PresentationMethod = z.enum(SUBSERVICE_METHODS);

export const REVIEW_STATES = ['current', 'due_soon', 'overdue', 'never_reviewed'] as const;
export const ReviewState = z.enum(REVIEW_STATES);
export type ReviewState = z.infer<typeof ReviewState>;
export const REPORT_STATES = ['none', 'current', 'outdated'] as const;
export const ReportState = z.enum(REPORT_STATES);
export type ReportState = z.infer<typeof ReportState>;

const IsoDate = z.string().date();
const Line = (max = 300) => z.string().trim().min(1).max(max);
const Text = (max = 5000) => z.string().trim().max(max);

export const DataShared = z.strictObject({ dataType: Line(120), classification: z.enum(DATA_CLASSIFICATIONS) });
export type DataShared = z.infer<typeof DataShared>;

/** The fields of a vendor as sent in a change: each optional, none defaulted (absent means unchanged). */
const VendorShape = {
  name: Line(200),
  service: Text(2000),
  criticality: VendorCriticality,
  dataShared: z.array(DataShared).max(50),
  ownerId: Uuid.nullable(),
  contractStart: IsoDate.nullable(),
  contractEnd: IsoDate.nullable(),
  website: z.string().trim().url().max(500).nullable(),
  notes: Text(),
  subservice: z.boolean(),
  presentationMethod: PresentationMethod.nullable(),
  csocs: z.array(MappedText).max(100),
  systemIds: z.array(Uuid).max(100),
};

export const CreateVendorRequest = z.strictObject({
  ...VendorShape,
  service: VendorShape.service.default(''),
  dataShared: VendorShape.dataShared.default([]),
  ownerId: VendorShape.ownerId.default(null),
  contractStart: VendorShape.contractStart.default(null),
  contractEnd: VendorShape.contractEnd.default(null),
  website: VendorShape.website.default(null),
  notes: VendorShape.notes.default(''),
  subservice: VendorShape.subservice.default(false),
  presentationMethod: VendorShape.presentationMethod.default(null),
  csocs: VendorShape.csocs.default([]),
  systemIds: VendorShape.systemIds.default([]),
});
export type CreateVendorRequest = z.infer<typeof CreateVendorRequest>;
export const UpdateVendorRequest = z.strictObject(VendorShape).partial();
export type UpdateVendorRequest = z.infer<typeof UpdateVendorRequest>;

export const CreateVendorReviewRequest = z.strictObject({
  reviewedOn: IsoDate,
  reviewerId: Uuid,
  outcome: ReviewOutcome,
  notes: Text().default(''),
});
export type CreateVendorReviewRequest = z.infer<typeof CreateVendorReviewRequest>;

/** A SOC report (or certificate) on file. Type 1 reports are as of one date: `periodEnd`, no `periodStart`. */
export const CreateVendorReportRequest = z.strictObject({
  type: ReportType,
  periodStart: IsoDate.nullable().default(null),
  periodEnd: IsoDate,
  opinion: ReportOpinion.nullable().default(null),
  exceptionsNoted: Text().default(''),
  bridgeLetter: z.boolean().default(false),
  bridgeLetterDate: IsoDate.nullable().default(null),
});
export type CreateVendorReportRequest = z.infer<typeof CreateVendorReportRequest>;

export const VendorStatus = z.object({
  reviewState: ReviewState,
  lastReviewedOn: z.string().nullable(),
  nextReviewDue: z.string().nullable(),
  cadenceMonths: z.number().int(),
  reportState: ReportState,
  latestReportPeriodEnd: z.string().nullable(),
  qualifiedOpinion: z.boolean(),
  reminders: z.array(z.string()),
});
export type VendorStatus = z.infer<typeof VendorStatus>;

export const VendorReview = z.object({ id: Uuid, reviewedOn: z.string(), reviewer: PersonRef.nullable(), outcome: ReviewOutcome, notes: z.string(), createdAt: z.string() });
export type VendorReview = z.infer<typeof VendorReview>;
export const VendorReport = z.object({
  id: Uuid,
  type: ReportType,
  periodStart: z.string().nullable(),
  periodEnd: z.string(),
  opinion: ReportOpinion.nullable(),
  exceptionsNoted: z.string(),
  bridgeLetter: z.boolean(),
  bridgeLetterDate: z.string().nullable(),
  createdAt: z.string(),
});
export type VendorReport = z.infer<typeof VendorReport>;

export const SystemRef = z.object({ id: Uuid, name: z.string() });
export const Vendor = z.object({
  id: Uuid,
  name: z.string(),
  service: z.string(),
  criticality: VendorCriticality,
  dataShared: z.array(DataShared),
  owner: PersonRef.nullable(),
  contractStart: z.string().nullable(),
  contractEnd: z.string().nullable(),
  website: z.string().nullable(),
  notes: z.string(),
  subservice: z.boolean(),
  presentationMethod: PresentationMethod.nullable(),
  csocs: z.array(MappedText),
  systems: z.array(SystemRef),
  status: VendorStatus,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Vendor = z.infer<typeof Vendor>;
/** One vendor with its reviews and reports, newest first (the latest 100 of each). */
export const VendorDetail = Vendor.extend({ reviews: z.array(VendorReview), reports: z.array(VendorReport) });
export type VendorDetail = z.infer<typeof VendorDetail>;

export const VendorQuery = z.strictObject({
  criticality: VendorCriticality.optional(),
  subservice: z.enum(['true', 'false']).optional(),
  ...PageQuery,
});
/** A page of vendors ordered by name; `nextCursor` (opaque) asks for the next page, null on the last. */
export const VendorList = z.object({ vendors: z.array(Vendor), nextCursor: z.string().nullable() });
export type VendorList = z.infer<typeof VendorList>;

export const VendorReminder = z.object({ vendor: z.object({ id: Uuid, name: z.string(), criticality: VendorCriticality }), status: VendorStatus });
export const VendorReminderList = z.object({ today: z.string(), reminders: z.array(VendorReminder) });
export type VendorReminderList = z.infer<typeof VendorReminderList>;
