// Reading a roster CSV into rows keyed by column: header matching (case-insensitive, any order),
// blank lines skipped, CSV syntax errors attached to the row they occur in.
import { parseCsv } from '../catalog/csv.ts';

export const IMPORT_COLUMNS = ['name', 'email', 'title', 'department', 'manager_email', 'employment_type', 'start_date', 'end_date'] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
export const REQUIRED_COLUMNS: readonly ImportColumn[] = ['name', 'email'];
export const MAX_IMPORT_ROWS = 10_000;

export interface CsvRow {
  line: number;
  /** Only the columns present in the header. */
  cells: Partial<Record<ImportColumn, string>>;
  syntaxErrors: string[];
  fieldCountError: string | null;
}

export interface ReadResult {
  columns: ReadonlySet<ImportColumn>;
  rows: CsvRow[];
  fileErrors: { line: number; message: string }[];
}

function readHeader(fields: string[], line: number, fileErrors: ReadResult['fileErrors']): (ImportColumn | null)[] {
  const seen = new Set<string>();
  const mapped = fields.map((raw) => {
    const name = raw.trim().toLowerCase();
    if (!(IMPORT_COLUMNS as readonly string[]).includes(name)) {
      fileErrors.push({ line, message: `unknown column "${raw.trim()}" (expected ${IMPORT_COLUMNS.join(', ')})` });
      return null;
    }
    if (seen.has(name)) fileErrors.push({ line, message: `column "${name}" appears twice` });
    seen.add(name);
    return name as ImportColumn;
  });
  for (const c of REQUIRED_COLUMNS) if (!seen.has(c)) fileErrors.push({ line, message: `the column "${c}" is required` });
  return mapped;
}

const isBlank = (fields: string[]) => fields.length === 1 && fields[0]!.trim() === '';

export function readImportCsv(csv: string): ReadResult {
  const parsed = parseCsv(csv);
  const records = parsed.records.filter((r) => !isBlank(r.fields));
  const fileErrors: ReadResult['fileErrors'] = [];
  const [header, ...body] = records;
  if (!header) return { columns: new Set(), rows: [], fileErrors: [{ line: 1, message: 'the file is empty' }] };
  const mapped = readHeader(header.fields, header.line, fileErrors);
  if (body.length > MAX_IMPORT_ROWS) fileErrors.push({ line: header.line, message: `at most ${MAX_IMPORT_ROWS} rows per import` });
  const rows: CsvRow[] = body.map((r) => ({
    line: r.line,
    cells: Object.fromEntries(mapped.flatMap((col, i) => (col ? [[col, r.fields[i] ?? '']] : []))),
    syntaxErrors: [],
    fieldCountError: r.fields.length === mapped.length ? null : `has ${r.fields.length} fields; the header has ${mapped.length}`,
  }));
  for (const e of parsed.errors) {
    const row = [...rows].reverse().find((r) => r.line <= e.line);
    if (row) row.syntaxErrors.push(e.message);
    else fileErrors.push(e);
  }
  return { columns: new Set(mapped.filter((c): c is ImportColumn => c !== null)), rows, fileErrors };
}
