// Consistency checks for a policy template library. Returns human-readable
// problems; an empty list means the library is valid.
import type { z } from 'zod';
import { extractPlaceholders } from './render.ts';
import { PolicyTemplateSchema, type PolicyTemplate } from './types.ts';

/** Second-level headings every template body must contain, in this order. */
export const REQUIRED_HEADINGS = [
  'Purpose',
  'Scope',
  'Roles and responsibilities',
  'Policy',
  'Exceptions',
  'Enforcement',
  'Review',
] as const;

/** Placeholders every template carries in its header. */
export const STANDARD_PLACEHOLDERS = ['organization_name', 'policy_owner', 'effective_date', 'review_interval'] as const;

export const BODY_LIMITS = { minChars: 1500, maxChars: 9000, minPolicySections: 3 } as const;

// Every C0 control character except line feed, DEL, and the C1 range.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;
const WELL_FORMED_PLACEHOLDER = /\{\{[a-z][a-z0-9_]*\}\}/g;

export function validatePolicyLibrary(library: unknown, knownCriterionIds: readonly string[]): string[] {
  if (!Array.isArray(library)) return ['Policy library must be an array'];
  const problems: string[] = [];
  const known = new Set(knownCriterionIds);
  const keys = new Map<string, number>();
  const titles = new Map<string, number>();

  library.forEach((entry: unknown, index) => {
    const parsed = PolicyTemplateSchema.safeParse(entry);
    if (!parsed.success) {
      problems.push(...shapeProblems(entry, index, parsed.error));
      return;
    }
    const template = parsed.data;
    const label = template.key;

    const firstKey = keys.get(template.key);
    if (firstKey !== undefined) problems.push(`${label}: duplicate key (entries ${firstKey} and ${index})`);
    else keys.set(template.key, index);

    const titleKey = template.title.trim().toLowerCase();
    const firstTitle = titles.get(titleKey);
    if (firstTitle !== undefined) {
      problems.push(`${label}: duplicate title "${template.title}" (entries ${firstTitle} and ${index})`);
    } else titles.set(titleKey, index);

    problems.push(...criteriaProblems(template, known).map((p) => `${label}: ${p}`));
    problems.push(...bodyProblems(template).map((p) => `${label}: ${p}`));
  });
  return problems;
}

function shapeProblems(entry: unknown, index: number, error: z.ZodError): string[] {
  const key =
    typeof entry === 'object' && entry !== null && typeof (entry as { key?: unknown }).key === 'string'
      ? ` (${(entry as { key: string }).key})`
      : '';
  return error.issues.map((issue) => {
    const path = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return `Entry ${index}${key}: ${path}${issue.message}`;
  });
}

function criteriaProblems(template: PolicyTemplate, known: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const id of template.criteria) {
    if (seen.has(id)) problems.push(`criterion ${id} is listed twice`);
    seen.add(id);
    if (!known.has(id)) problems.push(`unknown criterion ${id}`);
  }
  return problems;
}

function bodyProblems(template: PolicyTemplate): string[] {
  const { body } = template;
  const problems: string[] = [];

  if (body.length < BODY_LIMITS.minChars || body.length > BODY_LIMITS.maxChars) {
    problems.push(`body has ${body.length} characters, expected ${BODY_LIMITS.minChars}–${BODY_LIMITS.maxChars}`);
  }

  const control = CONTROL_CHARACTER.exec(body);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    problems.push(`body contains control character U+${code} at offset ${control.index}`);
  }

  const leftover = body.replace(WELL_FORMED_PLACEHOLDER, '');
  const stray = /\{\{|\}\}/.exec(leftover);
  if (stray) {
    const context = leftover.slice(Math.max(0, stray.index - 20), stray.index + 22).replace(/\n/g, ' ');
    problems.push(`body has an unbalanced or malformed placeholder near "${context}"`);
  }

  problems.push(...placeholderProblems(template));
  problems.push(...headingProblems(template));
  return problems;
}

function placeholderProblems(template: PolicyTemplate): string[] {
  const used = extractPlaceholders(template.body);
  const listed = template.placeholders;
  const problems: string[] = [];
  const undeclared = used.filter((name) => !listed.includes(name));
  const unused = [...new Set(listed)].filter((name) => !used.includes(name));
  if (undeclared.length > 0) problems.push(`placeholders used in the body but not listed: ${undeclared.join(', ')}`);
  if (unused.length > 0) problems.push(`placeholders listed but not used in the body: ${unused.join(', ')}`);
  if (undeclared.length === 0 && unused.length === 0 && listed.join('\n') !== used.join('\n')) {
    problems.push('placeholders must be sorted and listed once each');
  }
  const absent = STANDARD_PLACEHOLDERS.filter((name) => !used.includes(name));
  if (absent.length > 0) problems.push(`body lacks the standard placeholders: ${absent.join(', ')}`);
  return problems;
}

function headingProblems(template: PolicyTemplate): string[] {
  const lines = template.body.split('\n');
  const problems: string[] = [];

  if (lines[0] !== `# ${template.title}`) problems.push(`body must start with the heading "# ${template.title}"`);

  const headings = lines.flatMap((line, index) => (line.startsWith('## ') ? [{ text: line.slice(3).trim(), index }] : []));
  const present: { text: string; index: number }[] = [];
  for (const required of REQUIRED_HEADINGS) {
    const found = headings.filter((h) => h.text === required);
    if (found.length === 0) problems.push(`body lacks the heading "## ${required}"`);
    if (found.length > 1) problems.push(`body has the heading "## ${required}" more than once`);
    if (found[0]) present.push(found[0]);
  }
  const actual = [...present].sort((a, b) => a.index - b.index).map((h) => h.text);
  if (actual.join('\n') !== present.map((h) => h.text).join('\n')) {
    problems.push(`required headings are out of order: found ${actual.join(', ')}; expected ${REQUIRED_HEADINGS.join(', ')}`);
  }

  const policy = headings.find((h) => h.text === 'Policy');
  if (policy) {
    const next = headings.find((h) => h.index > policy.index);
    const section = lines.slice(policy.index + 1, next ? next.index : lines.length);
    const numbers = section.flatMap((line) => {
      const match = /^### (\d+)\. \S/.exec(line);
      return match ? [Number(match[1])] : [];
    });
    if (numbers.length < BODY_LIMITS.minPolicySections) {
      problems.push(`the Policy section has ${numbers.length} numbered subsections, expected at least ${BODY_LIMITS.minPolicySections}`);
    } else if (numbers.some((n, i) => n !== i + 1)) {
      problems.push(`the Policy section's subsections are not numbered 1, 2, 3, …`);
    }
  }
  return problems;
}
