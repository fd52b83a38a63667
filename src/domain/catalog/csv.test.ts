import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.ts';

function fields(text: string): string[][] {
  return parseCsv(text).records.map((r) => r.fields);
}

describe('parseCsv', () => {
  it.each<[string, string, string[][]]>([
    ['empty input', '', []],
    ['one record', 'a,b,c', [['a', 'b', 'c']]],
    ['LF records', 'a,b\n1,2', [['a', 'b'], ['1', '2']]],
    ['CRLF records', 'a,b\r\n1,2\r\n', [['a', 'b'], ['1', '2']]],
    ['lone CR records', 'a\r1', [['a'], ['1']]],
    ['trailing newline adds no record', 'a\n', [['a']]],
    ['empty fields', 'a,,c', [['a', '', 'c']]],
    ['trailing comma', 'a,', [['a', '']]],
    ['only a comma', ',', [['', '']]],
    ['blank line in the middle', 'a\n\nb', [['a'], [''], ['b']]],
    ['quoted comma', '"a,b",c', [['a,b', 'c']]],
    ['doubled quotes', '"say ""hi""",x', [['say "hi"', 'x']]],
    ['only doubled quotes', '""""', [['"']]],
    ['empty quoted field', '"",b', [['', 'b']]],
    ['embedded LF', '"line1\nline2",b\nc,d', [['line1\nline2', 'b'], ['c', 'd']]],
    ['embedded CRLF kept verbatim', '"x\r\ny"\r\nz', [['x\r\ny'], ['z']]],
    ['spaces are significant', ' a , b ', [[' a ', ' b ']]],
    ['byte order mark stripped', '\uFEFFid,title', [['id', 'title']]],
    ['quoted field at end of input', 'a,"b"', [['a', 'b']]],
  ])('%s', (_name, input, expected) => {
    const result = parseCsv(input);
    expect(result.errors).toEqual([]);
    expect(result.records.map((r) => r.fields)).toEqual(expected);
  });

  it('reports the starting line of each record, counting newlines inside quotes', () => {
    const result = parseCsv('h1,h2\n"multi\nline\r\nfield",x\nlast,y\n');
    expect(result.records.map((r) => r.line)).toEqual([1, 2, 5]);
  });

  it('reports an unterminated quoted field with the line it started on', () => {
    const result = parseCsv('a,b\nc,"never\nclosed');
    expect(result.errors).toEqual([{ line: 2, message: expect.stringMatching(/never closed/) }]);
    expect(fields('a,b\nc,"never\nclosed')).toEqual([['a', 'b'], ['c', 'never\nclosed']]);
  });

  it('reports a quote inside an unquoted field', () => {
    const result = parseCsv('ok\nab"c,d');
    expect(result.errors).toEqual([{ line: 2, message: expect.stringMatching(/unquoted field/) }]);
    expect(result.records[1]?.fields).toEqual(['ab"c', 'd']);
  });

  it('reports text after a closing quote and keeps it', () => {
    const result = parseCsv('"abc"def,g');
    expect(result.errors).toEqual([{ line: 1, message: expect.stringMatching(/after the closing quote/) }]);
    expect(result.records[0]?.fields).toEqual(['abcdef', 'g']);
  });

  it('collects every syntax error rather than stopping at the first', () => {
    const result = parseCsv('a"b\n"x"y\nfine\nc"d');
    expect(result.errors.map((e) => e.line)).toEqual([1, 2, 4]);
    expect(result.records).toHaveLength(4);
  });
});
