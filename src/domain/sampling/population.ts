// A population read from a sheet (CSV, or the first worksheet of an XLSX file read by the shell):
// the first non-blank row names the columns, each later non-blank row is one item, and the key
// column identifies each item by its exact cell text (nothing trimmed: that is what gets hashed).
import { tableFromCsv, type Table } from '../requests/import.ts';
import { SamplingInputError } from './errors.ts';

export type { Table };

export interface PopulationItem {
  /** Line (CSV) or row (XLSX) number in the file. */
  line: number;
  key: string;
  /** The row's cells by column name. */
  values: Record<string, string>;
}

export interface Population {
  columns: string[];
  /** The column's name as written in the file. */
  keyColumn: string;
  items: PopulationItem[];
  keys: string[];
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');
const fold = (name: string) => name.trim().toLowerCase();
const list = (values: readonly string[], max = 10) => values.slice(0, max).join(', ') + (values.length > max ? `, … (${values.length} in all)` : '');

function findColumn(columns: readonly string[], wanted: string): number {
  const exact = columns.indexOf(wanted);
  if (exact !== -1) return exact;
  const loose = columns.flatMap((c, i) => (fold(c) === fold(wanted) ? [i] : []));
  if (loose.length === 1) return loose[0]!;
  const found = columns.map((c) => JSON.stringify(c)).join(', ');
  if (loose.length > 1) throw new SamplingInputError(`the key column "${wanted}" matches ${loose.length} columns; the columns are: ${found}`);
  throw new SamplingInputError(`no column "${wanted}" in the file; the columns are: ${found}`);
}

/** Items and keys of a sheet; every problem that stops sampling is a SamplingInputError. */
export function populationFromTable(table: Table, keyColumn: string): Population {
  if (table.errors.length) throw new SamplingInputError(`the file cannot be read: ${table.errors.map((e) => `line ${e.line}: ${e.message}`).join('; ')}`);
  const [header, ...rows] = table.records.filter((r) => !isBlank(r.cells));
  if (!header) throw new SamplingInputError('the file is empty');
  if (rows.length === 0) throw new SamplingInputError('the file has a header row but no items');
  const columns = header.cells;
  const index = findColumn(columns, keyColumn);
  const items = rows.map((r) => ({
    line: r.line,
    key: r.cells[index] ?? '',
    values: Object.fromEntries(columns.map((c, i) => [c, r.cells[i] ?? ''])),
  }));

  const blank = items.filter((i) => i.key.trim() === '').map((i) => String(i.line));
  if (blank.length) throw new SamplingInputError(`empty key in column "${columns[index]}" on line(s) ${list(blank)}`, blank);
  const lines = new Map<string, number[]>();
  for (const item of items) lines.set(item.key, [...(lines.get(item.key) ?? []), item.line]);
  const duplicates = [...lines].filter(([, at]) => at.length > 1);
  if (duplicates.length) {
    throw new SamplingInputError(`duplicate keys in column "${columns[index]}": ${list(duplicates.map(([k, at]) => `${JSON.stringify(k)} (lines ${at.join(', ')})`))}`, duplicates.map(([k]) => k));
  }
  return { columns, keyColumn: columns[index]!, items, keys: items.map((i) => i.key) };
}

/** The same from CSV text (RFC 4180, UTF-8 with or without a byte order mark). */
export function populationFromCsv(csv: string, keyColumn: string): Population {
  return populationFromTable(tableFromCsv(csv), keyColumn);
}
