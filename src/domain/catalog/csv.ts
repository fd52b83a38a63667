// A small RFC 4180 CSV parser: comma separated, double-quoted fields with
// doubled quotes, CRLF / LF / CR record breaks, newlines inside quoted fields.
// Syntax problems are collected (with their line) instead of thrown.

export interface CsvRecord {
  /** 1-based line on which the record starts. */
  readonly line: number;
  readonly fields: string[];
}

export interface CsvSyntaxError {
  readonly line: number;
  readonly message: string;
}

export interface CsvParseResult {
  readonly records: CsvRecord[];
  readonly errors: CsvSyntaxError[];
}

interface Cursor {
  readonly text: string;
  pos: number;
  line: number;
  readonly errors: CsvSyntaxError[];
}

export function parseCsv(input: string): CsvParseResult {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const cur: Cursor = { text, pos: 0, line: 1, errors: [] };
  const records: CsvRecord[] = [];
  while (cur.pos < text.length) records.push(readRecord(cur));
  return { records, errors: cur.errors };
}

function readRecord(cur: Cursor): CsvRecord {
  const line = cur.line;
  const fields: string[] = [];
  for (;;) {
    fields.push(readField(cur));
    if (cur.text[cur.pos] !== ',') break;
    cur.pos++;
  }
  consumeLineBreak(cur);
  return { line, fields };
}

function readField(cur: Cursor): string {
  return cur.text[cur.pos] === '"' ? readQuoted(cur) : readUnquoted(cur);
}

function isFieldEnd(ch: string | undefined): boolean {
  return ch === undefined || ch === ',' || ch === '\n' || ch === '\r';
}

function readUnquoted(cur: Cursor): string {
  const start = cur.pos;
  while (!isFieldEnd(cur.text[cur.pos])) cur.pos++;
  const value = cur.text.slice(start, cur.pos);
  if (value.includes('"')) {
    fail(cur, cur.line, 'A double quote appears inside an unquoted field; quote the whole field and double the inner quotes');
  }
  return value;
}

function readQuoted(cur: Cursor): string {
  const startLine = cur.line;
  cur.pos++; // opening quote
  let value = '';
  for (;;) {
    const close = cur.text.indexOf('"', cur.pos);
    if (close === -1) {
      fail(cur, startLine, 'A quoted field is never closed');
      return value + advanceTo(cur, cur.text.length);
    }
    value += advanceTo(cur, close);
    cur.pos = close + 1;
    if (cur.text[cur.pos] !== '"') break;
    value += '"'; // doubled quote
    cur.pos++;
  }
  return value + readAfterClosingQuote(cur);
}

/** Anything between a closing quote and the next delimiter is an error; it is kept verbatim. */
function readAfterClosingQuote(cur: Cursor): string {
  if (isFieldEnd(cur.text[cur.pos])) return '';
  fail(cur, cur.line, 'Unexpected text after the closing quote of a field');
  const start = cur.pos;
  while (!isFieldEnd(cur.text[cur.pos])) cur.pos++;
  return cur.text.slice(start, cur.pos);
}

/** Moves the cursor to `end`, counting line breaks, and returns the text passed over. */
function advanceTo(cur: Cursor, end: number): string {
  const chunk = cur.text.slice(cur.pos, end);
  cur.line += chunk.match(/\r\n|\r|\n/g)?.length ?? 0;
  cur.pos = end;
  return chunk;
}

function consumeLineBreak(cur: Cursor): void {
  const ch = cur.text[cur.pos];
  if (ch === '\r') cur.pos += cur.text[cur.pos + 1] === '\n' ? 2 : 1;
  else if (ch === '\n') cur.pos += 1;
  else return;
  cur.line++;
}

function fail(cur: Cursor, line: number, message: string): void {
  cur.errors.push({ line, message });
}
