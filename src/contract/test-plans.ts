// Test plans in the API: per control of an engagement, the procedures, the population, the sample size with its
// rationale, the re-performable selection, the results per item, the conclusion, the exception with the organization's
// management response, the preparer's and reviewer's sign-offs, and the notes on the workpaper.
import { z } from 'zod';
import { Uuid } from './api.ts';
import { CONTROL_CONCLUSIONS, PROCEDURE_TYPES, ROOT_CAUSE_CLASSIFICATIONS, SAMPLE_RESULTS } from './examination-vocabulary.ts';

const Text = (max = 10_000) => z.string().trim().max(max);
const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const Rate = z.number().gt(0).lt(1);

export const Procedure = z.object({ type: z.enum(PROCEDURE_TYPES), text: z.string().trim().min(1).max(4000) });
export type Procedure = z.infer<typeof Procedure>;

export const SAMPLING_METHODS = ['frequency', 'statistical', 'all_items'] as const;
export const SamplingMethod = z.enum(SAMPLING_METHODS);
export const SELECTION_ALGORITHM = 'HMAC-SHA256 ascending (DESIGN.md)';

export const Population = z.object({
  source: z.enum(['evidence', 'manual']),
  /** The client's evidence item whose file is the population (source evidence). */
  evidenceId: Uuid.nullable(),
  evidenceTitle: z.string().nullable(),
  /** The column holding each item's key as written in the file (`key` for a list entered by hand). */
  keyColumn: z.string(),
  /** SHA-256 of the population's bytes; download them from …/population/content to re-perform the selection. */
  sha256: z.string(),
  size: z.number().int(),
  /** The period the population covers: the evidence item's, or the engagement's for a list entered by hand. */
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
});

export const Sampling = z.object({
  method: z.enum([...SAMPLING_METHODS, 'judgmental']),
  params: z.record(z.string(), z.unknown()),
  size: z.number().int(),
  /** Deviations that can be found while still supporting reliance (statistical sampling; 0 otherwise). */
  allowedDeviations: z.number().int(),
  rationale: z.string(),
});

export const Selection = z.object({ seed: z.string(), algorithm: z.string(), selectedAt: z.string(), size: z.number().int() });

export const Progress = z.object({
  selected: z.number().int(),
  requested: z.number().int(),
  pass: z.number().int(),
  deviation: z.number().int(),
  notApplicable: z.number().int(),
  pending: z.number().int(),
});

export const Signoff = z.object({ id: Uuid, role: z.enum(['preparer', 'reviewer']), userId: Uuid.nullable(), label: z.string(), digest: z.string(), signedAt: z.string() });
export type Signoff = z.infer<typeof Signoff>;

export const SignoffState = z.object({
  preparer: Signoff.nullable(),
  reviewer: Signoff.nullable(),
  /** The digest of what a sign-off covers, as the plan stands now. */
  currentDigest: z.string(),
  changedSincePreparation: z.boolean(),
  /** Something the reviewer signed changed afterwards (false when nobody reviewed yet). */
  changedSinceReview: z.boolean(),
});

export const Evaluation = z.object({
  tested: z.number().int(),
  deviations: z.number().int(),
  deviationRate: z.number(),
  upperDeviationLimit: z.number(),
  confidence: z.number(),
  tolerableRate: z.number(),
  exceedsTolerable: z.boolean(),
  supportsReliance: z.boolean(),
});

export const TestException = z.object({
  id: Uuid,
  testPlanId: Uuid,
  description: z.string(),
  rootCause: z.string(),
  classification: z.enum(ROOT_CAUSE_CLASSIFICATIONS).nullable(),
  evaluation: Evaluation.nullable(),
  criteriaNotMet: z.array(z.string()),
  material: z.boolean(),
  sentAt: z.string().nullable(),
  managementResponse: z.string().nullable(),
  respondedByLabel: z.string().nullable(),
  respondedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type TestException = z.infer<typeof TestException>;

export const ControlRef = z.object({ id: Uuid, code: z.string(), title: z.string(), frequency: z.string(), nature: z.string(), criteria: z.array(z.string()) });

export const TestPlan = z.object({
  id: Uuid,
  engagementId: Uuid,
  control: ControlRef,
  procedures: z.array(Procedure),
  population: Population.nullable(),
  sampling: Sampling.nullable(),
  selection: Selection.nullable(),
  progress: Progress,
  conclusion: z.enum(CONTROL_CONCLUSIONS).nullable(),
  conclusionNotes: z.string(),
  exception: TestException.nullable(),
  signoffs: SignoffState,
  openReviewNotes: z.number().int(),
  updatedAt: z.string(),
});
export type TestPlan = z.infer<typeof TestPlan>;
export const TestPlanList = z.object({ testPlans: z.array(TestPlan) });
export type TestPlanList = z.infer<typeof TestPlanList>;

export const SampleItem = z.object({
  id: Uuid,
  rank: z.number().int(),
  key: z.string(),
  hmac: z.string(),
  requestId: Uuid.nullable(),
  requestStatus: z.string().nullable(),
  result: z.enum(SAMPLE_RESULTS).nullable(),
  notes: z.string(),
  evidenceIds: z.array(Uuid),
  updatedAt: z.string(),
});
export type SampleItem = z.infer<typeof SampleItem>;

export const WorkpaperNote = z.object({
  id: Uuid,
  testPlanId: Uuid.nullable(),
  kind: z.enum(['review_note', 'internal']),
  body: z.string(),
  shared: z.boolean(),
  authorLabel: z.string(),
  resolvedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type WorkpaperNote = z.infer<typeof WorkpaperNote>;
export const WorkpaperNoteList = z.object({ notes: z.array(WorkpaperNote) });
export type WorkpaperNoteList = z.infer<typeof WorkpaperNoteList>;

export const TestPlanDetail = TestPlan.extend({ items: z.array(SampleItem), notes: z.array(WorkpaperNote) });
export type TestPlanDetail = z.infer<typeof TestPlanDetail>;

// ---- requests

export const PlanParams = z.strictObject({ id: Uuid, planId: Uuid });
export const ItemParams = z.strictObject({ id: Uuid, planId: Uuid, itemId: Uuid });
export const ExceptionParams = z.strictObject({ id: Uuid, exceptionId: Uuid });
export const NoteParams = z.strictObject({ id: Uuid, noteId: Uuid });

/** A plan for one control of the engagement's system; procedures default from the procedure library. */
export const CreateTestPlanRequest = z.strictObject({ controlId: Uuid, procedures: z.array(Procedure).max(50).optional() });
export type CreateTestPlanRequest = z.infer<typeof CreateTestPlanRequest>;
export const CreateAllResult = z.object({ created: z.number().int(), testPlans: z.array(TestPlan) });
export type CreateAllResult = z.infer<typeof CreateAllResult>;

export const UpdateTestPlanRequest = z.strictObject({ procedures: z.array(Procedure).min(1).max(50).optional(), conclusionNotes: Text().optional() });
export type UpdateTestPlanRequest = z.infer<typeof UpdateTestPlanRequest>;

/** Discarding a selection is never implicit: say so, and why. */
const Discard = { discardSelection: z.strictObject({ reason: z.string().trim().min(1).max(2000) }).optional() };

export const SetPopulationRequest = z.discriminatedUnion('source', [
  z.strictObject({ source: z.literal('evidence'), evidenceId: Uuid, keyColumn: z.string().min(1).max(200), ...Discard }),
  z.strictObject({ source: z.literal('manual'), keys: z.array(z.string().min(1).max(500)).max(100_000), ...Discard }),
]);
export type SetPopulationRequest = z.infer<typeof SetPopulationRequest>;

export const SetSampleSizeRequest = z.discriminatedUnion('method', [
  /** By the control's frequency, from the engagement's table (or attest's defaults). */
  z.strictObject({ method: z.literal('frequency'), ...Discard }),
  /** Statistical attribute sampling (AICPA tables ). */
  z.strictObject({ method: z.literal('statistical'), confidence: z.union([z.literal(0.9), z.literal(0.95)]), tolerableRate: Rate, expectedRate: z.number().min(0).lt(1), ...Discard }),
  z.strictObject({ method: z.literal('all_items'), ...Discard }),
]);
export type SetSampleSizeRequest = z.infer<typeof SetSampleSizeRequest>;

export const SelectSampleRequest = z.strictObject({ seed: z.string().regex(/^[0-9a-fA-F]{64}$/, '64 hexadecimal characters (32 bytes)').optional() });
export type SelectSampleRequest = z.infer<typeof SelectSampleRequest>;
export const DiscardSelectionRequest = z.strictObject({ reason: z.string().trim().min(1).max(2000) });

export const CreateSampleRequestsRequest = z.strictObject({ dueOn: IsoDay, assigneeId: Uuid.optional() });
export type CreateSampleRequestsRequest = z.infer<typeof CreateSampleRequestsRequest>;

export const RecordResultRequest = z.strictObject({
  result: z.enum(SAMPLE_RESULTS).nullable(),
  notes: Text().default(''),
  /** The client's evidence items that support the result (within the engagement's period). */
  evidenceIds: z.array(Uuid).max(100).default([]),
});
export type RecordResultRequest = z.infer<typeof RecordResultRequest>;

export const ConcludeRequest = z.strictObject({ conclusion: z.enum(CONTROL_CONCLUSIONS).nullable(), notes: Text().optional() });
export type ConcludeRequest = z.infer<typeof ConcludeRequest>;

export const RecordExceptionRequest = z.strictObject({
  /** What went wrong with each deviating item, as a predicate ("did not have documented approval"); used in the description. */
  deviationText: Text(1000).optional(),
  /** What an item is ("change"); default "item". */
  itemNoun: z.string().trim().min(1).max(60).optional(),
  rootCause: Text().default(''),
  classification: z.enum(ROOT_CAUSE_CLASSIFICATIONS).nullable().default(null),
  /** For a non-statistical sample: the rate and confidence the evaluation uses (defaults 0.10 and 0.90). */
  tolerableRate: Rate.optional(),
  confidence: z.number().gt(0).lt(1).optional(),
  criteriaNotMet: z.array(z.string().trim().min(1).max(20)).max(100).default([]),
  material: z.boolean().default(false),
});
export type RecordExceptionRequest = z.infer<typeof RecordExceptionRequest>;

/** An exception as the organization sees it once sent: what was found, and its response. */
export const SentException = z.object({
  id: Uuid,
  control: z.object({ id: Uuid, code: z.string(), title: z.string() }),
  description: z.string(),
  criteriaNotMet: z.array(z.string()),
  sentAt: z.string(),
  managementResponse: z.string().nullable(),
  respondedByLabel: z.string().nullable(),
  respondedAt: z.string().nullable(),
});
export type SentException = z.infer<typeof SentException>;
export const ExceptionList = z.object({ exceptions: z.array(SentException) });
export type ExceptionList = z.infer<typeof ExceptionList>;
export const ManagementResponseRequest = z.strictObject({ response: z.string().trim().min(1).max(10_000) });

export const SignRequest = z.strictObject({ role: z.enum(['preparer', 'reviewer']) });

export const NoteQuery = z.strictObject({ testPlanId: Uuid.optional() });
export const AddNoteRequest = z.strictObject({
  testPlanId: Uuid.optional(),
  kind: z.enum(['review_note', 'internal']),
  body: z.string().trim().min(1).max(10_000),
  /** Internal notes only: shared with the organization. */
  shared: z.boolean().default(false),
});
export type AddNoteRequest = z.infer<typeof AddNoteRequest>;
export const ShareNoteRequest = z.strictObject({ shared: z.boolean() });
