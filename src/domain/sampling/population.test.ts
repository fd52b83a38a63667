import { describe, expect, it } from 'vitest';
import { SamplingInputError } from './errors.ts';
import { populationFromCsv, populationFromTable } from './population.ts';

describe('population from a sheet', () => {
  it('reads the key column as the exact cell text, with quoted commas and spaces', () => {
    const csv = '\uFEFFTicket,Summary\r\n"CHG-1, part 2",Deploy\r\n  CHG 2 ,Rollback\r\n,\r\n"say ""hi""",x\r\n';
    const population = populationFromCsv(csv, 'ticket');
    expect(population.keyColumn).toBe('Ticket');
    expect(population.columns).toEqual(['Ticket', 'Summary']);
    expect(population.keys).toEqual(['CHG-1, part 2', '  CHG 2 ', 'say "hi"']);
    expect(population.items[1]).toEqual({ line: 3, key: '  CHG 2 ', values: { Ticket: '  CHG 2 ', Summary: 'Rollback' } });
  });

  it('prefers the exactly named column over a case-insensitive match', () => {
    expect(populationFromCsv('id,ID\n1,a\n2,b\n', 'ID').keys).toEqual(['a', 'b']);
    expect(() => populationFromCsv('id,ID\n1,a\n', 'Id')).toThrow(/matches 2 columns/);
  });

  it.each([
    ['', 'id', /the file is empty/],
    ['\n\n', 'id', /the file is empty/],
    ['id,name\n', 'id', /a header row but no items/],
    ['ticket,name\n1,a\n', 'id', /no column "id" in the file; the columns are: "ticket", "name"/],
    ['id,name\n1,a\n,b\n3,c\n', 'id', /empty key in column "id" on line\(s\) 3/],
    ['id\nA\nB\nA\nB\nA\n', 'id', /duplicate keys in column "id": "A" \(lines 2, 4, 6\), "B" \(lines 3, 5\)/],
    ['id\n"open\n', 'id', /cannot be read: line 2: A quoted field is never closed/],
  ])('rejects %j (key %s)', (csv, key, message) => {
    expect(() => populationFromCsv(csv, key)).toThrow(SamplingInputError);
    expect(() => populationFromCsv(csv, key)).toThrow(message);
  });

  it('reads a table from another reader (XLSX rows) the same way', () => {
    const table = { records: [{ line: 1, cells: ['Key'] }, { line: 2, cells: ['45292'] }, { line: 4, cells: ['x'] }], errors: [] };
    expect(populationFromTable(table, 'key').items.map((i) => [i.line, i.key])).toEqual([[2, '45292'], [4, 'x']]);
  });
});
