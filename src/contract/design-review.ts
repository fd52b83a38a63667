// Stage 1 (design review) in the API: the firm's worksheet of conclusions on every in-scope criterion, its related
// controls and the description sections DC1–DC9; observations sent to the organization and its responses.
import { z } from 'zod';
import { Uuid } from './api.ts';
import { DESCRIPTION_CONCLUSIONS, DESCRIPTION_SECTIONS, DESIGN_CONCLUSIONS } from './examination-vocabulary.ts';

export const SUBJECT_KINDS = ['criterion', 'control', 'description'] as const;
export const SubjectKind = z.enum(SUBJECT_KINDS);
export type SubjectKind = z.infer<typeof SubjectKind>;
export const Conclusion = z.enum([...DESIGN_CONCLUSIONS, ...DESCRIPTION_CONCLUSIONS]);
export type Conclusion = z.infer<typeof Conclusion>;

const Text = (max = 10_000) => z.string().trim().max(max);

/** One recorded conclusion, as the firm sees it. */
export const DesignConclusion = z.object({
  id: Uuid,
  subjectKind: SubjectKind,
  subject: z.string(),
  conclusion: Conclusion,
  observation: z.string(),
  material: z.boolean(),
  sentAt: z.string().nullable(),
  response: z.string().nullable(),
  respondedByLabel: z.string().nullable(),
  respondedAt: z.string().nullable(),
  /** The firm changed the conclusion after the organization responded (e.g. once the design was fixed). */
  revisedAfterResponse: z.boolean(),
  recordedByLabel: z.string(),
  updatedAt: z.string(),
});
export type DesignConclusion = z.infer<typeof DesignConclusion>;

/** Why a criterion is flagged: no active control maps to it, or none of its concluded controls is suitably designed. */
export const CRITERION_FLAGS = ['no_controls', 'no_suitably_designed_control'] as const;
export const CriterionFlag = z.enum(CRITERION_FLAGS);

export const WorksheetControl = z.object({ id: Uuid, code: z.string(), title: z.string(), conclusion: DesignConclusion.nullable() });
export const WorksheetCriterion = z.object({
  id: z.string(),
  category: z.string(),
  title: z.string(),
  conclusion: DesignConclusion.nullable(),
  controls: z.array(WorksheetControl),
  flag: CriterionFlag.nullable(),
});
export type WorksheetCriterion = z.infer<typeof WorksheetCriterion>;
export const WorksheetSection = z.object({ section: z.enum(DESCRIPTION_SECTIONS), label: z.string(), conclusion: DesignConclusion.nullable() });

export const DesignWorksheet = z.object({
  engagementId: Uuid,
  reportType: z.enum(['type1', 'type2']),
  status: z.string(),
  /** Whether conclusions can be recorded now (the engagement is accepted and not yet in reporting). */
  editable: z.boolean(),
  criteria: z.array(WorksheetCriterion),
  description: z.array(WorksheetSection),
  summary: z.object({
    criteria: z.number().int(),
    criteriaConcluded: z.number().int(),
    flagged: z.number().int(),
    controls: z.number().int(),
    controlsConcluded: z.number().int(),
    sectionsConcluded: z.number().int(),
    observationsUnsent: z.number().int(),
    observationsSent: z.number().int(),
    responses: z.number().int(),
  }),
});
export type DesignWorksheet = z.infer<typeof DesignWorksheet>;

export const ConclusionParams = z.strictObject({ id: Uuid, kind: SubjectKind, subject: z.string().trim().min(1).max(64) });

export const RecordConclusionRequest = z.strictObject({
  conclusion: Conclusion,
  observation: Text().default(''),
  material: z.boolean().default(false),
});
export type RecordConclusionRequest = z.infer<typeof RecordConclusionRequest>;

/** Sends the listed conclusions' observations (default: every unsent conclusion that has an observation). */
export const SendObservationsRequest = z.strictObject({ conclusionIds: z.array(Uuid).max(1000).optional() });
export type SendObservationsRequest = z.infer<typeof SendObservationsRequest>;
export const SendObservationsResult = z.object({ sent: z.number().int(), conclusionIds: z.array(Uuid) });

/** An observation as the organization sees it (no materiality judgement, nothing unsent). */
export const Observation = z.object({
  id: Uuid,
  subjectKind: SubjectKind,
  subject: z.string(),
  /** The criterion id, the control's code and title, or the description section's name. */
  subjectLabel: z.string(),
  conclusion: Conclusion,
  observation: z.string(),
  sentAt: z.string(),
  response: z.string().nullable(),
  respondedByLabel: z.string().nullable(),
  respondedAt: z.string().nullable(),
  revisedAfterResponse: z.boolean(),
});
export type Observation = z.infer<typeof Observation>;
export const ObservationList = z.object({ observations: z.array(Observation) });
export type ObservationList = z.infer<typeof ObservationList>;

export const ObservationParams = z.strictObject({ id: Uuid, conclusionId: Uuid });
export const RespondObservationRequest = z.strictObject({ response: z.string().trim().min(1).max(10_000) });
export type RespondObservationRequest = z.infer<typeof RespondObservationRequest>;
