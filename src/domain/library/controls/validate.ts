// Validation of a control library and criteria coverage calculations.
import type { z } from 'zod';
import { CONTROL_AREAS, ControlTemplateSchema, type ControlTemplate } from './types.ts';

export const CONTROL_CODE_PATTERN = /^[A-Z]{2,4}-\d{2}$/;
/** Lowercase words separated by single spaces, hyphens or slashes, e.g. `access review`, `bc/dr`. */
export const TOPIC_PATTERN = /^[a-z0-9]+(?:[ /-][a-z0-9]+)*$/;

export const CONTROL_TEXT_LIMITS = {
  minActivity: 40,
  maxActivity: 600,
  maxTitle: 80,
  minEvidence: 20,
  maxEvidence: 600,
  maxCriteria: 6,
} as const;

/**
 * Checks a control library's shape and contents. Returns human-readable
 * problems; an empty list means the library is valid.
 */
export function validateControlLibrary(library: readonly unknown[], knownCriterionIds: readonly string[]): string[] {
  if (!Array.isArray(library)) return ['The control library must be an array of controls'];
  const known = new Set(knownCriterionIds);
  const problems: string[] = [];
  const valid: ControlTemplate[] = [];

  library.forEach((entry: unknown, index) => {
    const parsed = ControlTemplateSchema.safeParse(entry);
    if (parsed.success) valid.push(parsed.data);
    else problems.push(...shapeProblems(entry, index, parsed.error));
  });

  problems.push(...duplicateProblems(valid, (c) => c.code, 'code'));
  problems.push(...duplicateProblems(valid, (c) => c.title.trim().toLowerCase(), 'title'));
  for (const control of valid) problems.push(...controlProblems(control, known));
  return problems;
}

function entryLabel(entry: unknown, index: number): string {
  const code = typeof entry === 'object' && entry !== null && 'code' in entry ? entry.code : undefined;
  return typeof code === 'string' ? `${code} (entry ${index + 1})` : `Entry ${index + 1}`;
}

function shapeProblems(entry: unknown, index: number, error: z.ZodError): string[] {
  const label = entryLabel(entry, index);
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return path === '' ? `${label}: ${issue.message}` : `${label}: ${path}: ${issue.message}`;
  });
}

function duplicateProblems(
  controls: readonly ControlTemplate[],
  key: (c: ControlTemplate) => string,
  what: string,
): string[] {
  const byKey = new Map<string, string[]>();
  for (const control of controls) {
    const k = key(control);
    byKey.set(k, [...(byKey.get(k) ?? []), control.code]);
  }
  const problems: string[] = [];
  for (const [k, codes] of byKey) {
    if (codes.length > 1) problems.push(`Duplicate ${what} "${k}" used by ${codes.join(', ')}`);
  }
  return problems;
}

function controlProblems(control: ControlTemplate, known: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const add = (message: string) => problems.push(`${control.code}: ${message}`);
  const limits = CONTROL_TEXT_LIMITS;

  if (!CONTROL_CODE_PATTERN.test(control.code)) {
    add('code must look like AREA-NN, e.g. AC-04');
  } else if (control.code.split('-')[0] !== control.area) {
    add(`code prefix does not match area "${control.area}"`);
  }
  if (!Object.hasOwn(CONTROL_AREAS, control.area)) add(`unknown area "${control.area}"`);
  if (control.title.length > limits.maxTitle) add(`title is longer than ${limits.maxTitle} characters`);

  const activity = control.activity.trim().length;
  if (activity < limits.minActivity || activity > limits.maxActivity) {
    add(`activity must be ${limits.minActivity}–${limits.maxActivity} characters (has ${activity})`);
  }
  const evidence = control.evidenceGuidance.trim().length;
  if (evidence < limits.minEvidence || evidence > limits.maxEvidence) {
    add(`evidence guidance must be ${limits.minEvidence}–${limits.maxEvidence} characters (has ${evidence})`);
  }

  if (control.criteria.length > limits.maxCriteria) add(`lists more than ${limits.maxCriteria} criteria`);
  for (const id of control.criteria) {
    if (!known.has(id)) add(`unknown criterion "${id}"`);
  }
  for (const id of duplicatesIn(control.criteria)) add(`criterion "${id}" is listed more than once`);

  for (const topic of control.topics) {
    if (!TOPIC_PATTERN.test(topic)) add(`topic "${topic}" must be lowercase words`);
  }
  for (const topic of duplicatesIn(control.topics)) add(`topic "${topic}" is listed more than once`);
  return problems;
}

function duplicatesIn(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) duplicates.add(value);
    seen.add(value);
  }
  return [...duplicates];
}

// ------------------------------------------------------------------ coverage

/**
 * For each criterion id, in the order given, the codes of the controls that
 * map to it (in library order). Criteria no control maps to get an empty
 * list; mappings to ids not in `criterionIds` are ignored.
 */
export function criteriaCoverage(
  library: readonly ControlTemplate[],
  criterionIds: readonly string[],
): Map<string, string[]> {
  const coverage = new Map<string, string[]>(criterionIds.map((id) => [id, []]));
  for (const control of library) {
    for (const id of new Set(control.criteria)) coverage.get(id)?.push(control.code);
  }
  return coverage;
}

/** The criterion ids, in the order given, that no control in the library maps to. */
export function uncoveredCriteria(library: readonly ControlTemplate[], criterionIds: readonly string[]): string[] {
  return [...criteriaCoverage(library, criterionIds)].filter(([, codes]) => codes.length === 0).map(([id]) => id);
}
