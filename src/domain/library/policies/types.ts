// Shape of a starter policy template shipped with attest.
import { z } from 'zod';

/** Trust Services categories a template can depend on. Security is always in scope, so it is not listed. */
export const POLICY_CATEGORIES = ['privacy', 'availability', 'confidentiality', 'processing_integrity'] as const;
export type PolicyCategory = (typeof POLICY_CATEGORIES)[number];

export interface PolicyTemplate {
  /** Stable identifier, snake_case, e.g. `access_control`. */
  readonly key: string;
  readonly title: string;
  /** One sentence describing what the policy covers. */
  readonly summary: string;
  /** The policy text in Markdown, with `{{placeholder}}` fields for the organization to fill in. */
  readonly body: string;
  /** Trust Services Criteria ids the policy supports. */
  readonly criteria: readonly string[];
  /** How often the policy must be reviewed; 12 unless there is a reason to differ. */
  readonly reviewIntervalMonths: number;
  /** Offered only when this category is in the examination scope; null means always offered. */
  readonly requiresCategory: PolicyCategory | null;
  /** Every placeholder name used in the body, sorted, each once. */
  readonly placeholders: readonly string[];
}

export const DEFAULT_REVIEW_INTERVAL_MONTHS = 12;

/** A placeholder name: lower snake_case, starting with a letter. */
export const PLACEHOLDER_NAME = /^[a-z][a-z0-9_]*$/;

const nonBlank = z.string().refine((s) => s.trim() !== '', 'must not be blank');

export const PolicyTemplateSchema = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be lower snake_case').max(64),
  title: nonBlank.pipe(z.string().max(100)),
  summary: nonBlank
    .pipe(z.string().max(300))
    .refine((s) => !s.includes('\n'), 'must be a single line')
    .refine((s) => /[^.!?][.]$/.test(s.trim()), 'must be one sentence ending with a period')
    .refine((s) => !/[.!?]\s+[A-Z]/.test(s), 'must be a single sentence'),
  body: z.string(),
  criteria: z.array(z.string().regex(/^[A-Z]+\d+\.\d+$/, 'must look like CC6.1')).min(1),
  reviewIntervalMonths: z.number().int().min(1).max(36),
  requiresCategory: z.enum(POLICY_CATEGORIES).nullable(),
  placeholders: z.array(z.string().regex(PLACEHOLDER_NAME, 'must be lower snake_case')),
});

// Compile-time check that the schema and the interface agree.
type SchemaOutput = z.infer<typeof PolicyTemplateSchema>;
const _schemaMatchesInterface: (t: SchemaOutput) => PolicyTemplate = (t) => t;
const _interfaceMatchesSchema: (t: PolicyTemplate) => Readonly<SchemaOutput> = (t) => ({
  ...t,
  criteria: [...t.criteria],
  placeholders: [...t.placeholders],
});
void _schemaMatchesInterface;
void _interfaceMatchesSchema;
