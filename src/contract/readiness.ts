// Readiness of a system for its examination, as the API returns it.
import { z } from 'zod';

export const ReportType = z.enum(['type1', 'type2']);
export const ReadinessQuery = z.strictObject({ reportType: ReportType.default('type1') });
export const Gap = z.object({
  criterionId: z.string(),
  kind: z.enum(['no_control', 'no_owner', 'no_policy', 'policy_not_approved', 'policy_review_overdue', 'people_flag', 'not_operating']),
  message: z.string(),
  fix: z.enum(['controls', 'policies', 'people', 'evidence']),
  /** The control to fix it on, when the gap is about one control (Type II: missing evidence). */
  controlId: z.string().optional(),
});
export type Gap = z.infer<typeof Gap>;
const Group = z.object({ key: z.string(), title: z.string(), total: z.number().int(), ready: z.number().int(), percent: z.number() });
export const Readiness = z.object({
  systemId: z.string(),
  reportType: ReportType,
  percent: z.number(),
  total: z.number().int(),
  ready: z.number().int(),
  criteria: z.array(z.object({
    id: z.string(),
    category: z.string(),
    series: z.string(),
    state: z.enum(['ready', 'gap', 'not_relevant']),
    covered: z.boolean(),
    documented: z.boolean().nullable(),
    controls: z.array(z.string()),
    gaps: z.array(Gap),
  })),
  byCategory: z.array(Group),
  bySeries: z.array(Group),
  gaps: z.array(Gap),
  assessed: z.object({ policies: z.boolean(), people: z.boolean(), operating: z.boolean() }),
});
export type Readiness = z.infer<typeof Readiness>;
