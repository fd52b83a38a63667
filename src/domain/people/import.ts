// The roster import preview: every row checked (all errors at once) and compared with the roster.
// A column present in the header sets its field on every row (blank: empty text, no manager, no date,
// employee); a column absent from the header leaves the field as it is for people already on the roster.
import { z } from 'zod';
import type { ImportCounts, ImportedPerson, ImportPreview, ImportRow, ImportRowError } from '../../contract/people.ts';
import { EMPLOYMENT_TYPES, type EmploymentType } from '../../contract/program.ts';
import { isIsoDate } from './dates.ts';
import { readImportCsv, type CsvRow, type ImportColumn } from './import-csv.ts';

export type RosterEntry = ImportedPerson & { id: string };

const EmailSchema = z.string().email().max(254);
const TEXT_LIMITS: Partial<Record<ImportColumn, number>> = { name: 120, title: 120, department: 120 };
const COMPARED = ['name', 'title', 'department', 'managerEmail', 'employmentType', 'startDate', 'endDate'] as const;

interface Checked {
  row: CsvRow;
  person: ImportedPerson;
  errors: ImportRowError[];
}

function text(row: CsvRow, col: ImportColumn, errors: ImportRowError[]): string | undefined {
  const value = row.cells[col]?.trim();
  const max = TEXT_LIMITS[col];
  if (value !== undefined && max !== undefined && value.length > max) errors.push({ field: col, message: `longer than ${max} characters` });
  return value;
}

function dateCell(row: CsvRow, col: 'start_date' | 'end_date', errors: ImportRowError[]): string | null | undefined {
  const value = text(row, col, errors);
  if (value === undefined || value === '') return value === undefined ? undefined : null;
  if (!isIsoDate(value)) errors.push({ field: col, message: `"${value}" is not a date (YYYY-MM-DD)` });
  return value;
}

function employmentCell(row: CsvRow, errors: ImportRowError[]): EmploymentType | undefined {
  const value = text(row, 'employment_type', errors)?.toLowerCase();
  if (value === undefined) return undefined;
  if (value === '') return 'employee';
  if ((EMPLOYMENT_TYPES as readonly string[]).includes(value)) return value as EmploymentType;
  errors.push({ field: 'employment_type', message: `"${value}" is not one of ${EMPLOYMENT_TYPES.join(', ')}` });
  return undefined;
}

function emailCell(row: CsvRow, col: 'email' | 'manager_email', errors: ImportRowError[]): string {
  const value = (text(row, col, errors) ?? '').toLowerCase();
  if (value === '' && col === 'email') errors.push({ field: col, message: 'an email is required' });
  else if (value !== '' && !EmailSchema.safeParse(value).success) errors.push({ field: col, message: `"${value}" is not an email address` });
  return value;
}

/** Reads one row's cells over the current roster entry (if any): the person as the row leaves them. */
function checkRow(row: CsvRow, roster: ReadonlyMap<string, RosterEntry>): Checked {
  const errors: ImportRowError[] = row.syntaxErrors.map((message) => ({ field: '', message }));
  if (row.fieldCountError) errors.push({ field: '', message: row.fieldCountError });
  const email = emailCell(row, 'email', errors);
  const current = roster.get(email);
  const name = text(row, 'name', errors) ?? '';
  if (name === '') errors.push({ field: 'name', message: 'a name is required' });
  const manager = row.cells.manager_email === undefined ? undefined : emailCell(row, 'manager_email', errors) || null;
  const person: ImportedPerson = {
    id: current?.id ?? null,
    name,
    email,
    title: text(row, 'title', errors) ?? current?.title ?? '',
    department: text(row, 'department', errors) ?? current?.department ?? '',
    managerEmail: manager === undefined ? (current?.managerEmail ?? null) : manager,
    employmentType: employmentCell(row, errors) ?? current?.employmentType ?? 'employee',
    startDate: dateCell(row, 'start_date', errors) ?? (row.cells.start_date === undefined ? (current?.startDate ?? null) : null),
    endDate: dateCell(row, 'end_date', errors) ?? (row.cells.end_date === undefined ? (current?.endDate ?? null) : null),
  };
  const datesOk = !errors.some((e) => e.field === 'start_date' || e.field === 'end_date');
  if (datesOk && person.startDate && person.endDate && person.endDate < person.startDate) errors.push({ field: 'end_date', message: `the end date ${person.endDate} is before the start date ${person.startDate}` });
  return { row, person, errors };
}

function checkDuplicates(checked: Checked[]) {
  const first = new Map<string, number>();
  for (const c of checked) {
    if (!c.person.email) continue;
    const line = first.get(c.person.email);
    if (line === undefined) first.set(c.person.email, c.row.line);
    else c.errors.push({ field: 'email', message: `${c.person.email} is also on line ${line}` });
  }
}

/** Managers must be on the roster or in the file, not the person themself, and the chain must not loop. */
function checkManagers(checked: Checked[], roster: ReadonlyMap<string, RosterEntry>) {
  const managerOf = new Map<string, string | null>([...roster.values()].map((r) => [r.email, r.managerEmail]));
  for (const c of checked) if (c.person.email) managerOf.set(c.person.email, c.person.managerEmail);
  for (const c of checked) {
    const m = c.person.managerEmail;
    if (!m || c.errors.some((e) => e.field === 'manager_email')) continue;
    if (m === c.person.email) c.errors.push({ field: 'manager_email', message: 'a person cannot be their own manager' });
    else if (!managerOf.has(m)) c.errors.push({ field: 'manager_email', message: `${m} is neither on the roster nor in the file` });
    else if (loops(c.person.email, managerOf)) c.errors.push({ field: 'manager_email', message: `the manager chain from ${m} leads back to ${c.person.email}` });
  }
}

function loops(start: string, managerOf: ReadonlyMap<string, string | null>): boolean {
  let at = managerOf.get(start) ?? null;
  for (let steps = 0; at !== null && steps <= managerOf.size; steps++) {
    if (at === start) return true;
    at = managerOf.get(at) ?? null;
  }
  return false;
}

function toResult(c: Checked, roster: ReadonlyMap<string, RosterEntry>): ImportRow {
  if (c.errors.length) return { line: c.row.line, action: 'error', errors: c.errors, changes: [], person: c.person };
  const current = roster.get(c.person.email);
  if (!current) return { line: c.row.line, action: 'create', errors: [], changes: [], person: c.person };
  const changes = COMPARED.filter((k) => current[k] !== c.person[k]);
  return { line: c.row.line, action: changes.length ? 'update' : 'unchanged', errors: [], changes: [...changes], person: c.person };
}

export function countActions(rows: readonly ImportRow[]): ImportCounts {
  const counts: ImportCounts = { create: 0, update: 0, unchanged: 0, error: 0 };
  for (const r of rows) counts[r.action]++;
  return counts;
}

/** Checks a roster CSV against the current roster (this organization's people only). */
export function previewImport(csv: string, current: readonly RosterEntry[]): ImportPreview {
  const { rows, fileErrors } = readImportCsv(csv);
  const roster = new Map(current.map((r) => [r.email, r]));
  const checked = fileErrors.length ? [] : rows.map((row) => checkRow(row, roster));
  checkDuplicates(checked);
  checkManagers(checked, roster);
  const results = checked.map((c) => toResult(c, roster));
  const counts = countActions(results);
  return { valid: fileErrors.length === 0 && counts.error === 0, counts, fileErrors, rows: results };
}
