// The opinion in the API: the proposal computed from the engagement's findings (firm only), the engagement
// partner's decision (accept or override with a rationale), and the decided opinion both parties see.
import { z } from 'zod';
import { Uuid } from './api.ts';
import { OPINIONS, REASON_KINDS } from './examination-vocabulary.ts';

export const Opinion = z.enum(OPINIONS);

const Reason = z.object({ kind: z.enum(REASON_KINDS), criteria: z.array(z.string()), text: z.string() });
const Pervasiveness = z.object({ pervasive: z.boolean(), grounds: z.array(z.string()) });

/** What the proposal was computed from, so the partner can check each input. */
export const OpinionInputs = z.object({
  reportType: z.enum(['type1', 'type2']),
  inScopeCriteria: z.array(z.string()),
  descriptionFindings: z.array(z.object({ section: z.string(), conclusion: z.string(), material: z.boolean(), note: z.string().optional() })),
  designFindings: z.array(z.object({ criterionId: z.string(), conclusion: z.string(), material: z.boolean(), note: z.string().optional(), source: z.string() })),
  operatingFindings: z.array(z.object({ criterionId: z.string(), notMet: z.boolean(), material: z.boolean(), note: z.string().optional() })),
  scopeLimitations: z.array(z.object({ description: z.string(), criteria: z.array(z.string()), material: z.boolean(), pervasive: z.boolean() })),
});
export type OpinionInputs = z.infer<typeof OpinionInputs>;

export const OpinionProposal = z.object({
  opinion: Opinion,
  affectedCriteria: z.array(z.string()),
  reasons: z.array(Reason),
  pervasiveness: z.object({ failures: Pervasiveness, scopeLimitations: Pervasiveness }),
  outOfScopeCriteria: z.array(z.string()),
  ignoredOperatingFindings: z.number().int(),
  basis: z.string(),
  inputs: OpinionInputs,
});
export type OpinionProposal = z.infer<typeof OpinionProposal>;

export const OpinionDecision = z.object({
  id: Uuid,
  opinion: Opinion,
  proposed: Opinion,
  overridden: z.boolean(),
  rationale: z.string(),
  basis: z.string(),
  affectedCriteria: z.array(z.string()),
  decidedByLabel: z.string(),
  decidedAt: z.string(),
});
export type OpinionDecision = z.infer<typeof OpinionDecision>;

/** The decided opinion as the service organization sees it: no proposal, no internal rationale. */
export const PublishedOpinion = OpinionDecision.pick({ opinion: true, basis: true, affectedCriteria: true, decidedAt: true });

export const OpinionState = z.object({
  /** The latest decision (the one in force), or null while undecided. */
  decision: z.union([OpinionDecision, PublishedOpinion]).nullable(),
  /** Every decision, newest first (firm only; empty for the organization). */
  history: z.array(OpinionDecision),
  /** Firm only: the findings changed since the decision, so the proposal now differs from the one decided on. */
  proposalChanged: z.boolean().nullable(),
});
export type OpinionState = z.infer<typeof OpinionState>;

export const DecideOpinionRequest = z.discriminatedUnion('decision', [
  z.strictObject({ decision: z.literal('accept'), rationale: z.string().trim().max(10_000).default('') }),
  z.strictObject({
    decision: z.literal('override'),
    opinion: Opinion,
    /** Why the partner departs from the proposal: required. */
    rationale: z.string().trim().min(1, 'an override needs a rationale').max(10_000),
    /** The basis paragraph for the overriding opinion; default: the proposal's basis followed by the rationale. */
    basis: z.string().trim().min(1).max(50_000).optional(),
  }),
]);
export type DecideOpinionRequest = z.infer<typeof DecideOpinionRequest>;
