// The risk register and the annual risk assessment (CC3) in the API.
import { z } from 'zod';
import { Uuid } from './api.ts';
import { PageQuery, PersonRef } from './program.ts';

export const RISK_CATEGORIES = ['strategic', 'operational', 'security', 'compliance', 'financial', 'vendor', 'other'] as const;
export const RiskCategory = z.enum(RISK_CATEGORIES);
export type RiskCategory = z.infer<typeof RiskCategory>;
export const RISK_TREATMENTS = ['mitigate', 'accept', 'transfer', 'avoid'] as const;
export const RiskTreatment = z.enum(RISK_TREATMENTS);
export type RiskTreatment = z.infer<typeof RiskTreatment>;
export const RISK_STATUSES = ['open', 'closed'] as const;
export const RiskStatus = z.enum(RISK_STATUSES);
export type RiskStatus = z.infer<typeof RiskStatus>;
export const RISK_LEVELS = ['low', 'medium', 'high', 'critical'] as const;
export const RiskLevel = z.enum(RISK_LEVELS);
export type RiskLevel = z.infer<typeof RiskLevel>;
export const RISK_BASES = ['inherent', 'residual'] as const;
export const RiskBasis = z.enum(RISK_BASES);
export type RiskBasis = z.infer<typeof RiskBasis>;

const IsoDate = z.string().date();
const Text = (max = 5000) => z.string().trim().max(max);
const OneToFive = z.number().int().min(1).max(5);
export const RiskRating = z.strictObject({ likelihood: OneToFive, impact: OneToFive });
export type RiskRating = z.infer<typeof RiskRating>;

/** The fields of a risk as sent in a change: each optional, none defaulted (absent means unchanged). */
const RiskShape = {
  title: z.string().trim().min(1).max(200),
  description: Text(),
  category: RiskCategory,
  ownerId: Uuid.nullable(),
  inherent: RiskRating,
  residual: RiskRating,
  treatment: RiskTreatment,
  treatmentNotes: Text(),
  controlIds: z.array(Uuid).max(200),
  reviewDate: IsoDate.nullable(),
  status: RiskStatus,
};
export const CreateRiskRequest = z.strictObject({
  ...RiskShape,
  description: RiskShape.description.default(''),
  ownerId: RiskShape.ownerId.default(null),
  treatmentNotes: RiskShape.treatmentNotes.default(''),
  controlIds: RiskShape.controlIds.default([]),
  reviewDate: RiskShape.reviewDate.default(null),
  status: RiskShape.status.default('open'),
});
export type CreateRiskRequest = z.infer<typeof CreateRiskRequest>;
export const UpdateRiskRequest = z.strictObject(RiskShape).partial();
export type UpdateRiskRequest = z.infer<typeof UpdateRiskRequest>;

export const ScoredRating = z.object({ likelihood: z.number().int(), impact: z.number().int(), score: z.number().int(), level: RiskLevel });
export type ScoredRating = z.infer<typeof ScoredRating>;
export const ControlRef = z.object({ id: Uuid, systemId: Uuid, code: z.string(), title: z.string() });
export const Risk = z.object({
  id: Uuid,
  title: z.string(),
  description: z.string(),
  category: RiskCategory,
  owner: PersonRef.nullable(),
  inherent: ScoredRating,
  residual: ScoredRating,
  treatment: RiskTreatment,
  treatmentNotes: z.string(),
  controls: z.array(ControlRef),
  reviewDate: z.string().nullable(),
  reviewOverdue: z.boolean(),
  status: RiskStatus,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Risk = z.infer<typeof Risk>;

const LevelCounts = z.object({ low: z.number().int(), medium: z.number().int(), high: z.number().int(), critical: z.number().int() });
/** Counts over open risks; closed risks are only counted in `closed`. */
export const RiskSummary = z.object({
  open: z.number().int(),
  closed: z.number().int(),
  inherent: LevelCounts,
  residual: LevelCounts,
  overdueReviews: z.array(Uuid),
});
export type RiskSummary = z.infer<typeof RiskSummary>;
export const RiskQuery = z.strictObject({ status: z.enum(['open', 'closed', 'all']).default('all'), category: RiskCategory.optional(), ...PageQuery });
/**
 * A page of the register (oldest first; `nextCursor`, opaque, asks for the next page, null on the last)
 * with the summary of every risk the filter matches, not only this page's.
 */
export const RiskList = z.object({ risks: z.array(Risk), nextCursor: z.string().nullable(), summary: RiskSummary });
export type RiskList = z.infer<typeof RiskList>;

export const HeatCell = z.object({ likelihood: z.number().int(), impact: z.number().int(), score: z.number().int(), level: RiskLevel, count: z.number().int(), riskIds: z.array(Uuid) });
export type HeatCell = z.infer<typeof HeatCell>;
/** `grid[likelihood - 1][impact - 1]`, over open risks. */
export const HeatMap = z.object({ basis: RiskBasis, grid: z.array(z.array(HeatCell)) });
export type HeatMap = z.infer<typeof HeatMap>;
export const HeatMapQuery = z.strictObject({ basis: RiskBasis.default('inherent') });

export const CreateRiskAssessmentRequest = z.strictObject({
  performedOn: IsoDate,
  performedById: Uuid,
  scope: z.string().trim().min(1).max(5000),
  changes: z.string().trim().min(1).max(20_000),
});
export type CreateRiskAssessmentRequest = z.infer<typeof CreateRiskAssessmentRequest>;
export const RiskAssessment = z.object({ id: Uuid, performedOn: z.string(), performedBy: PersonRef.nullable(), scope: z.string(), changes: z.string(), createdAt: z.string() });
export type RiskAssessment = z.infer<typeof RiskAssessment>;
export const ASSESSMENT_STATES = ['never', 'current', 'due'] as const;
export const AssessmentStatus = z.object({ state: z.enum(ASSESSMENT_STATES), lastPerformedOn: z.string().nullable(), ageDays: z.number().int().nullable(), dueOn: z.string().nullable() });
export type AssessmentStatus = z.infer<typeof AssessmentStatus>;
/** The latest 200 assessments, newest first, with the status of the latest one. */
export const RiskAssessmentList = z.object({ assessments: z.array(RiskAssessment), status: AssessmentStatus });
export type RiskAssessmentList = z.infer<typeof RiskAssessmentList>;
