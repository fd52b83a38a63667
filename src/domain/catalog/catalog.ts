// Pure functions over a criteria catalog: validation, listing/search, lookup
// and grouping. Import of licensed text lives in import.ts (re-exported here).
import { z } from 'zod';
import { compareCriterionIds } from './ids.ts';
import { CRITERION_IDS, expectedCosoPrinciple, findSeries, seriesOfId } from './structure.ts';
import { CATEGORY_IDS, CRITERION_SOURCES, type Category, type Criterion } from './types.ts';

export type { Category, Criterion, CriterionSource } from './types.ts';
export { compareCriterionIds } from './ids.ts';
export {
  applyOverrides,
  parseCatalogImport,
  type CriterionOverride,
  type ImportError,
  type ImportFormat,
  type ImportResult,
} from './import.ts';

export interface CategoryInfo {
  readonly id: Category;
  readonly label: string;
}

export const CATEGORIES: readonly CategoryInfo[] = [
  { id: 'security', label: 'Security (common criteria)' },
  { id: 'availability', label: 'Availability' },
  { id: 'confidentiality', label: 'Confidentiality' },
  { id: 'processing_integrity', label: 'Processing integrity' },
  { id: 'privacy', label: 'Privacy' },
];

export function categoryLabel(category: Category): string {
  return CATEGORIES.find((c) => c.id === category)?.label ?? category;
}

// ---------------------------------------------------------------- validation

/** Text limits: our shipped summaries are short; imported licensed text may be longer. */
const TEXT_RULES = {
  attest: { maxTitle: 80, maxDescription: 1000, minPoints: 3, maxPoints: 8, maxPoint: 300 },
  imported: { maxTitle: 200, maxDescription: 5000, minPoints: 0, maxPoints: 30, maxPoint: 2000 },
} as const;

const nonBlank = z.string().refine((s) => s.trim() !== '', 'must not be blank');

const CriterionSchema = z.strictObject({
  id: z.string().regex(/^[A-Z]+\d+\.\d+$/, 'must look like CC6.1'),
  category: z.enum(CATEGORY_IDS),
  series: z.string(),
  seriesTitle: nonBlank,
  title: nonBlank,
  description: nonBlank,
  pointsOfFocus: z.array(nonBlank),
  cosoPrinciple: z.number().int().min(1).max(17).nullable(),
  source: z.enum(CRITERION_SOURCES),
});

/**
 * Checks a catalog's shape and contents. Returns human-readable problems;
 * an empty list means the catalog is valid.
 */
export function validateCatalog(entries: unknown): string[] {
  if (!Array.isArray(entries)) return ['The catalog must be an array of criteria'];
  const problems: string[] = [];
  const valid: Criterion[] = [];
  entries.forEach((entry: unknown, index) => {
    const parsed = CriterionSchema.safeParse(entry);
    if (parsed.success) valid.push(parsed.data);
    else problems.push(...shapeProblems(entry, index, parsed.error));
  });
  problems.push(...idSetProblems(entries), ...valid.flatMap(entryProblems));
  return problems;
}

function entryLabel(entry: unknown, index: number): string {
  const id = typeof entry === 'object' && entry !== null && 'id' in entry ? entry.id : undefined;
  return typeof id === 'string' ? `${id} (entry ${index + 1})` : `Entry ${index + 1}`;
}

function shapeProblems(entry: unknown, index: number, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.') || 'entry';
    return `${entryLabel(entry, index)}: ${path}: ${issue.message}`;
  });
}

function idSetProblems(entries: readonly unknown[]): string[] {
  const ids = entries.map((e) => (typeof e === 'object' && e !== null && 'id' in e ? e.id : undefined));
  const problems: string[] = [];
  if (entries.length !== CRITERION_IDS.length) {
    problems.push(`Expected ${CRITERION_IDS.length} criteria but found ${entries.length}`);
  }
  const seen = new Set<unknown>();
  for (const id of ids) {
    if (seen.has(id)) problems.push(`Duplicate criterion id ${String(id)}`);
    seen.add(id);
  }
  for (const id of CRITERION_IDS) if (!seen.has(id)) problems.push(`Missing criterion ${id}`);
  for (const id of seen) {
    if (typeof id === 'string' && !CRITERION_IDS.includes(id)) problems.push(`Unexpected criterion id ${id}`);
  }
  return problems;
}

function entryProblems(c: Criterion): string[] {
  return [...structureProblems(c), ...textProblems(c)].map((p) => `${c.id}: ${p}`);
}

function structureProblems(c: Criterion): string[] {
  const problems: string[] = [];
  const series = seriesOfId(c.id);
  if (c.series !== series) problems.push(`series is ${c.series}, expected ${String(series)} from the id`);
  const info = series ? findSeries(series) : undefined;
  if (info && c.category !== info.category) problems.push(`category is ${c.category}, expected ${info.category}`);
  if (info && c.seriesTitle !== info.title) problems.push(`series title "${c.seriesTitle}" does not match "${info.title}"`);
  const coso = expectedCosoPrinciple(c.id);
  if (c.cosoPrinciple !== coso) problems.push(`COSO principle is ${String(c.cosoPrinciple)}, expected ${String(coso)}`);
  return problems;
}

function textProblems(c: Criterion): string[] {
  const rules = TEXT_RULES[c.source];
  const problems: string[] = [];
  if (c.title.length > rules.maxTitle) problems.push(`title is longer than ${rules.maxTitle} characters`);
  if (c.description.length > rules.maxDescription) {
    problems.push(`description is longer than ${rules.maxDescription} characters`);
  }
  const count = c.pointsOfFocus.length;
  if (count < rules.minPoints || count > rules.maxPoints) {
    problems.push(`has ${count} points of focus, expected ${rules.minPoints}–${rules.maxPoints}`);
  }
  if (c.pointsOfFocus.some((p) => p.length > rules.maxPoint)) {
    problems.push(`a point of focus is longer than ${rules.maxPoint} characters`);
  }
  if (new Set(c.pointsOfFocus).size !== count) problems.push('repeats a point of focus');
  return problems;
}

// ---------------------------------------------------------------- queries

export interface CriteriaFilter {
  readonly category?: Category;
  /** Case-insensitive; every whitespace-separated term must match somewhere. */
  readonly q?: string;
}

export function sortCriteria(criteria: readonly Criterion[]): Criterion[] {
  return [...criteria].sort((a, b) => compareCriterionIds(a.id, b.id));
}

function searchableFields(c: Criterion): string[] {
  return [c.id, c.title, c.description, c.seriesTitle, ...c.pointsOfFocus].map((f) => f.toLowerCase());
}

export function matchesQuery(criterion: Criterion, q: string): boolean {
  const terms = q.toLowerCase().split(/\s+/).filter((t) => t !== '');
  const fields = searchableFields(criterion);
  return terms.every((term) => fields.some((field) => field.includes(term)));
}

/** Criteria filtered by category and/or search text, in natural id order. */
export function listCriteria(catalog: readonly Criterion[], filter: CriteriaFilter = {}): Criterion[] {
  const { category, q } = filter;
  const matching = catalog.filter(
    (c) => (category === undefined || c.category === category) && (q === undefined || matchesQuery(c, q)),
  );
  return sortCriteria(matching);
}

/** Case-insensitive lookup by id (surrounding whitespace ignored). */
export function getCriterion(catalog: readonly Criterion[], id: string): Criterion | undefined {
  const wanted = id.trim().toUpperCase();
  return catalog.find((c) => c.id.toUpperCase() === wanted);
}

export interface SeriesGroup {
  readonly series: string;
  readonly seriesTitle: string;
  readonly category: Category;
  readonly criteria: Criterion[];
}

/** Groups criteria by series; groups and their members are in natural id order. */
export function groupBySeries(criteria: readonly Criterion[]): SeriesGroup[] {
  const groups: SeriesGroup[] = [];
  for (const criterion of sortCriteria(criteria)) {
    const last = groups.at(-1);
    if (last && last.series === criterion.series) last.criteria.push(criterion);
    else {
      groups.push({
        series: criterion.series,
        seriesTitle: criterion.seriesTitle,
        category: criterion.category,
        criteria: [criterion],
      });
    }
  }
  return groups;
}
