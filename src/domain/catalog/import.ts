// Import of licensed criteria text (e.g. the official AICPA wording, which
// Attest cannot ship) from CSV or JSON, and application of the result.
import { z } from 'zod';
import { parseCsv, type CsvRecord } from './csv.ts';
import { canonicalCriterionId } from './structure.ts';
import type { Criterion } from './types.ts';

export type ImportFormat = 'csv' | 'json';

export interface CriterionOverride {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly pointsOfFocus: string[];
}

export interface ImportError {
  readonly line?: number;
  readonly id?: string;
  readonly message: string;
}

export type ImportResult =
  | { readonly ok: true; readonly overrides: CriterionOverride[] }
  | { readonly ok: false; readonly errors: ImportError[] };

export const IMPORT_LIMITS = {
  maxInputChars: 5_000_000,
  maxTitleChars: 200,
  maxDescriptionChars: 5000,
  maxPointsOfFocus: 30,
  maxPointOfFocusChars: 2000,
} as const;

export const CSV_COLUMNS = ['id', 'title', 'description', 'points_of_focus'] as const;
type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Where a row came from: a CSV line or a (1-based) JSON array entry. */
interface Origin {
  readonly line?: number;
  readonly entry?: number;
}

interface RawRow {
  readonly origin: Origin;
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly pointsOfFocus: readonly string[];
}

interface Rows {
  readonly rows: RawRow[];
  readonly errors: ImportError[];
}

// ---------------------------------------------------------------- entry point

export function parseCatalogImport(text: string, format: ImportFormat): ImportResult {
  if (text.length > IMPORT_LIMITS.maxInputChars) {
    return { ok: false, errors: [{ message: `The file is too large (limit ${IMPORT_LIMITS.maxInputChars} characters)` }] };
  }
  const read = format === 'csv' ? csvRows(text) : jsonRows(text);
  const errors = [...read.errors];
  if (read.rows.length === 0 && errors.length === 0) errors.push({ message: 'The file contains no criteria' });
  const overrides = validateRows(read.rows, errors);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, overrides };
}

/** Returns a new catalog in which the overridden criteria carry the imported text. */
export function applyOverrides(
  catalog: readonly Criterion[],
  overrides: readonly CriterionOverride[],
): Criterion[] {
  const byId = new Map(overrides.map((o) => [o.id.toUpperCase(), o]));
  return catalog.map((criterion) => {
    const override = byId.get(criterion.id.toUpperCase());
    if (!override) return criterion;
    return {
      ...criterion,
      title: override.title,
      description: override.description,
      pointsOfFocus: [...override.pointsOfFocus],
      source: 'imported',
    };
  });
}

// ---------------------------------------------------------------- CSV

function csvRows(text: string): Rows {
  const parsed = parseCsv(text);
  const errors: ImportError[] = parsed.errors.map((e) => ({ line: e.line, message: e.message }));
  const [header, ...data] = parsed.records.filter((r) => !isBlankRecord(r));
  if (!header) return { rows: [], errors };
  const columns = readHeader(header, errors);
  if (!columns) return { rows: [], errors };
  const rows = data.flatMap((record) => csvRow(record, columns, header.fields.length, errors));
  return { rows, errors };
}

function isBlankRecord(record: CsvRecord): boolean {
  return record.fields.every((f) => f.trim() === '');
}

function normalizeColumnName(name: string): string {
  return name.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/** Maps each required column to its index, or reports what is wrong with the header. */
function readHeader(header: CsvRecord, errors: ImportError[]): Record<CsvColumn, number> | undefined {
  const names = header.fields.map(normalizeColumnName);
  const before = errors.length;
  names.forEach((name, i) => {
    if (name !== '' && names.indexOf(name) !== i) {
      errors.push({ line: header.line, message: `Column "${name}" appears more than once in the header` });
    }
  });
  const columns = {} as Record<CsvColumn, number>;
  for (const column of CSV_COLUMNS) {
    columns[column] = names.indexOf(column);
    if (columns[column] === -1) {
      errors.push({ line: header.line, message: `The header row is missing the "${column}" column (expected: ${CSV_COLUMNS.join(',')})` });
    }
  }
  return errors.length === before ? columns : undefined;
}

function csvRow(
  record: CsvRecord,
  columns: Record<CsvColumn, number>,
  width: number,
  errors: ImportError[],
): RawRow[] {
  const field = (column: CsvColumn): string => record.fields[columns[column]] ?? '';
  if (record.fields.length !== width) {
    const id = field('id').trim();
    errors.push({
      line: record.line,
      ...(id ? { id } : {}),
      message: `Expected ${width} fields but found ${record.fields.length}`,
    });
    return [];
  }
  return [{
    origin: { line: record.line },
    id: field('id'),
    title: field('title'),
    description: field('description'),
    pointsOfFocus: field('points_of_focus').split(/\||\r\n|\r|\n/),
  }];
}

// ---------------------------------------------------------------- JSON

function requiredText(what: string) {
  return z.string({ error: (issue) => (issue.input === undefined ? 'is required' : `must be ${what}`) });
}

const JsonEntry = z.object(
  {
    id: requiredText('a string'),
    title: requiredText('a string'),
    description: requiredText('a string'),
    pointsOfFocus: z.array(requiredText('a string'), {
      error: (issue) => (issue.input === undefined ? 'is required' : 'must be an array of strings'),
    }),
  },
  { error: 'must be an object with id, title, description and pointsOfFocus' },
);

function jsonRows(text: string): Rows {
  const parsed = parseJson(text);
  if (!parsed.ok) return { rows: [], errors: [parsed.error] };
  const list = entryList(parsed.value);
  if (!list) {
    return { rows: [], errors: [{ message: 'Expected a JSON array of criteria or an object with a "criteria" array' }] };
  }
  const errors: ImportError[] = [];
  const rows = list.flatMap((value, i) => jsonRow(value, i + 1, errors));
  return { rows, errors };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: ImportError } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const line = jsonErrorLine(text, detail);
    return { ok: false, error: { ...(line ? { line } : {}), message: `Malformed JSON: ${detail}` } };
  }
}

/** Best effort: JSON.parse messages sometimes carry a character position. */
function jsonErrorLine(text: string, message: string): number | undefined {
  const explicit = /\(line (\d+) column \d+\)/.exec(message);
  if (explicit?.[1]) return Number(explicit[1]);
  const position = /at position (\d+)/.exec(message);
  if (!position?.[1]) return undefined;
  return text.slice(0, Number(position[1])).split('\n').length;
}

function entryList(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (typeof value === 'object' && value !== null && 'criteria' in value) {
    const criteria: unknown = value.criteria;
    if (Array.isArray(criteria)) return criteria;
  }
  return undefined;
}

function jsonRow(value: unknown, entry: number, errors: ImportError[]): RawRow[] {
  const parsed = JsonEntry.safeParse(value);
  if (parsed.success) return [{ origin: { entry }, ...parsed.data }];
  const id = idOf(value);
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.') || 'entry';
    errors.push(located({ entry }, `${path}: ${issue.message}`, id));
  }
  return [];
}

function idOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !('id' in value)) return undefined;
  return typeof value.id === 'string' ? value.id.trim() || undefined : undefined;
}

// ---------------------------------------------------------------- shared rules

function located(origin: Origin, message: string, id?: string): ImportError {
  return {
    ...(origin.line !== undefined ? { line: origin.line } : {}),
    ...(id !== undefined ? { id } : {}),
    message: origin.entry !== undefined ? `Entry ${origin.entry}: ${message}` : message,
  };
}

function describeOrigin(origin: Origin): string {
  return origin.line !== undefined ? `line ${origin.line}` : `entry ${origin.entry ?? '?'}`;
}

/** Removes control characters other than newline and tab (CR/CRLF become newlines first). */
export function stripControlCharacters(value: string): string {
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  return value.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '');
}

function charCount(value: string): number {
  return Array.from(value).length;
}

interface CleanText {
  readonly title: string;
  readonly description: string;
  readonly pointsOfFocus: string[];
}

function cleanRow(row: RawRow): CleanText {
  return {
    title: stripControlCharacters(row.title).replace(/\s+/g, ' ').trim(),
    description: stripControlCharacters(row.description).trim(),
    pointsOfFocus: row.pointsOfFocus.map((p) => stripControlCharacters(p).trim()).filter((p) => p !== ''),
  };
}

function textProblems(text: CleanText): string[] {
  const limits = IMPORT_LIMITS;
  const problems: string[] = [];
  if (text.title === '') problems.push('Title must not be empty');
  if (charCount(text.title) > limits.maxTitleChars) problems.push(`Title is longer than ${limits.maxTitleChars} characters`);
  if (text.description === '') problems.push('Description must not be empty');
  if (charCount(text.description) > limits.maxDescriptionChars) {
    problems.push(`Description is longer than ${limits.maxDescriptionChars} characters`);
  }
  if (text.pointsOfFocus.length > limits.maxPointsOfFocus) {
    problems.push(`Too many points of focus (${text.pointsOfFocus.length}; at most ${limits.maxPointsOfFocus})`);
  }
  text.pointsOfFocus.forEach((point, i) => {
    if (charCount(point) > limits.maxPointOfFocusChars) {
      problems.push(`Point of focus ${i + 1} is longer than ${limits.maxPointOfFocusChars} characters`);
    }
  });
  return problems;
}

/** Checks id, uniqueness and text of every row; pushes all problems into `errors`. */
function validateRows(rows: readonly RawRow[], errors: ImportError[]): CriterionOverride[] {
  const seen = new Map<string, Origin>();
  const overrides: CriterionOverride[] = [];
  for (const row of rows) {
    const override = validateRow(row, seen, errors);
    if (override) overrides.push(override);
  }
  return overrides;
}

function validateRow(row: RawRow, seen: Map<string, Origin>, errors: ImportError[]): CriterionOverride | undefined {
  const rawId = stripControlCharacters(row.id).trim();
  const id = idProblem(row.origin, rawId, seen, errors);
  const text = cleanRow(row);
  const problems = textProblems(text);
  for (const problem of problems) errors.push(located(row.origin, problem, id ?? (rawId || undefined)));
  if (!id || problems.length > 0) return undefined;
  return { id, ...text };
}

/** Returns the canonical id, or undefined after reporting why it is unusable. */
function idProblem(origin: Origin, rawId: string, seen: Map<string, Origin>, errors: ImportError[]): string | undefined {
  if (rawId === '') {
    errors.push(located(origin, 'Criterion id is missing'));
    return undefined;
  }
  const id = canonicalCriterionId(rawId);
  if (!id) {
    errors.push(located(origin, `Unknown criterion id "${rawId}"`, rawId));
    return undefined;
  }
  const first = seen.get(id);
  if (first) {
    errors.push(located(origin, `Duplicate criterion id "${id}" (first given on ${describeOrigin(first)})`, id));
    return undefined;
  }
  seen.set(id, origin);
  return id;
}
