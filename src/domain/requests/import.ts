// The request-list import preview: a spreadsheet's rows (from CSV or XLSX) checked against this
// organization's controls and members, every error of every row at once. Columns are matched by
// name (case, spaces and order do not matter); columns attest does not know are ignored.
import { z } from 'zod';
import { IMPORT_COLUMNS, type RequestControlRef, type RequestImportPreview, type RequestImportRow, type UserRef } from '../../contract/requests.ts';
import { parseCsv } from '../catalog/csv.ts';
import { isIsoDate } from '../people/dates.ts';

export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
export const MAX_IMPORT_ROWS = 2_000;

/** A sheet as read from a file: its records with their line (row) numbers, the first one the header. */
export interface Table {
  records: { line: number; cells: string[] }[];
  /** Syntax problems found while reading, by line. */
  errors: { line: number; message: string }[];
}

export interface ImportRefs {
  /** This organization's active controls by lower-cased code (several when systems share a code). */
  controlsByCode: ReadonlyMap<string, readonly RequestControlRef[]>;
  /** This organization's members by lower-cased email. */
  membersByEmail: ReadonlyMap<string, UserRef & { email: string }>;
}

const ALIASES: Record<string, ImportColumn> = {
  title: 'title', request: 'title', description: 'description', details: 'description',
  controls: 'controls', control: 'controls', control_codes: 'controls',
  due_date: 'due_date', due: 'due_date', due_on: 'due_date',
  assignee_email: 'assignee_email', assignee: 'assignee_email', owner_email: 'assignee_email',
};
const normalize = (header: string) => header.trim().toLowerCase().replace(/[\s-]+/g, '_');
const LIMITS = { title: 300, description: 10_000 } as const;
const Email = z.string().email().max(254);

export function tableFromCsv(csv: string): Table {
  const parsed = parseCsv(csv);
  return { records: parsed.records.map((r) => ({ line: r.line, cells: r.fields })), errors: [...parsed.errors] };
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/** Splits "AC-01; AC-02, CM-3" into codes (both separators allowed, blanks dropped, repeats once). */
export function splitCodes(cell: string): string[] {
  return [...new Set(cell.split(/[;,]/).map((c) => c.trim()).filter((c) => c !== ''))];
}

function checkRow(line: number, get: (c: ImportColumn) => string, refs: ImportRefs, syntax: string[]): RequestImportRow {
  const errors: RequestImportRow['errors'] = syntax.map((message) => ({ field: '', message }));
  const title = get('title').trim();
  if (title === '') errors.push({ field: 'title', message: 'a title is required' });
  else if (title.length > LIMITS.title) errors.push({ field: 'title', message: `longer than ${LIMITS.title} characters` });
  const description = get('description').trim();
  if (description.length > LIMITS.description) errors.push({ field: 'description', message: `longer than ${LIMITS.description} characters` });

  const controls: RequestControlRef[] = [];
  for (const code of splitCodes(get('controls'))) {
    const found = refs.controlsByCode.get(code.toLowerCase()) ?? [];
    if (found.length === 0) errors.push({ field: 'controls', message: `no active control with code "${code}"` });
    else if (found.length > 1) errors.push({ field: 'controls', message: `code "${code}" is used in ${found.length} systems; import into one system` });
    else if (!controls.some((c) => c.id === found[0]!.id)) controls.push(found[0]!);
  }

  const due = get('due_date').trim();
  let dueOn: string | null = null;
  if (due !== '') {
    if (isIsoDate(due)) dueOn = due;
    else errors.push({ field: 'due_date', message: `"${due}" is not a date (YYYY-MM-DD)` });
  }

  const email = get('assignee_email').trim().toLowerCase();
  let assignee: RequestImportRow['assignee'] = null;
  if (email !== '') {
    if (!Email.safeParse(email).success) errors.push({ field: 'assignee_email', message: `"${email}" is not an email address` });
    else {
      assignee = refs.membersByEmail.get(email) ?? null;
      if (!assignee) errors.push({ field: 'assignee_email', message: `${email} is not a member of this organization` });
    }
  }
  return { line, valid: errors.length === 0, errors, title, description, controls, dueOn, assignee, requestId: null };
}

export function previewRequestImport(table: Table, refs: ImportRefs): RequestImportPreview {
  const fileErrors: RequestImportPreview['fileErrors'] = [];
  const records = table.records.filter((r) => !isBlank(r.cells));
  const [header, ...body] = records;
  if (!header) return { valid: false, counts: { valid: 0, error: 0 }, fileErrors: table.errors.length ? [...table.errors] : [{ line: 1, message: 'the file is empty' }], rows: [] };

  const columns = new Map<ImportColumn, number>();
  header.cells.forEach((raw, i) => {
    const col = ALIASES[normalize(raw)];
    if (!col) return;
    if (columns.has(col)) fileErrors.push({ line: header.line, message: `two columns mean "${col}"` });
    else columns.set(col, i);
  });
  if (!columns.has('title')) fileErrors.push({ line: header.line, message: `the column "title" is required (columns: ${IMPORT_COLUMNS.join(', ')})` });
  if (body.length === 0) fileErrors.push({ line: header.line, message: 'the file has no request rows' });
  if (body.length > MAX_IMPORT_ROWS) fileErrors.push({ line: header.line, message: `at most ${MAX_IMPORT_ROWS} requests per import` });

  const syntaxByLine = new Map<number, string[]>();
  for (const e of table.errors) {
    const row = [...body].reverse().find((r) => r.line <= e.line);
    if (row) syntaxByLine.set(row.line, [...(syntaxByLine.get(row.line) ?? []), e.message]);
    else fileErrors.push(e);
  }

  const rows = body.map((r) => checkRow(r.line, (c) => (columns.has(c) ? (r.cells[columns.get(c)!] ?? '') : ''), refs, syntaxByLine.get(r.line) ?? []));
  const error = rows.filter((r) => !r.valid).length;
  return { valid: error === 0 && fileErrors.length === 0, counts: { valid: rows.length - error, error }, fileErrors, rows };
}
