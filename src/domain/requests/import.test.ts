import { describe, expect, it } from 'vitest';
import { previewRequestImport, splitCodes, tableFromCsv, type ImportRefs } from './import.ts';

const ctl = (id: string, code: string, systemId = '00000000-0000-4000-8000-000000000001') => ({ id, code, title: `Control ${code}`, systemId });
const refs: ImportRefs = {
  controlsByCode: new Map([
    ['ac-01', [ctl('c1', 'AC-01')]],
    ['cm-02', [ctl('c2', 'CM-02')]],
    ['dup-1', [ctl('c3', 'DUP-1'), ctl('c4', 'DUP-1', '00000000-0000-4000-8000-000000000002')]],
  ]),
  membersByEmail: new Map([['ann@acme.test', { id: 'u1', label: 'Ann', email: 'ann@acme.test' }]]),
};

describe('splitCodes', () => {
  it.each([
    ['AC-01; CM-02', ['AC-01', 'CM-02']],
    ['AC-01,CM-02 , AC-01', ['AC-01', 'CM-02']],
    [' ; , ', []],
    ['', []],
  ])('%j → %j', (cell, codes) => expect(splitCodes(cell)).toEqual(codes));
});

describe('previewRequestImport', () => {
  it('reads a good file with columns in any order and case, ignoring unknown columns', () => {
    const csv = 'Assignee Email,Title,Notes,Due Date,Controls,Description\nANN@acme.test,Access review Q1,x,2026-04-01,ac-01;CM-02,Export of the review\n\n,Backup test,,,,\n';
    const p = previewRequestImport(tableFromCsv(csv), refs);
    expect(p.valid).toBe(true);
    expect(p.counts).toEqual({ valid: 2, error: 0 });
    expect(p.rows[0]).toMatchObject({ line: 2, title: 'Access review Q1', dueOn: '2026-04-01', assignee: { id: 'u1' }, description: 'Export of the review' });
    expect(p.rows[0]!.controls.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(p.rows[1]).toMatchObject({ line: 4, title: 'Backup test', dueOn: null, assignee: null, controls: [] });
  });

  it('reports every error of every row at once', () => {
    const csv = [
      'title,controls,due_date,assignee_email',
      ',NOPE-9;DUP-1,31/12/2026,not-an-email',
      'Fine,AC-01,2026-02-30,bob@elsewhere.test',
      `${'x'.repeat(301)},,,`,
    ].join('\n');
    const p = previewRequestImport(tableFromCsv(csv), refs);
    expect(p.valid).toBe(false);
    expect(p.counts).toEqual({ valid: 0, error: 3 });
    expect(p.rows[0]!.errors.map((e) => e.field)).toEqual(['title', 'controls', 'controls', 'due_date', 'assignee_email']);
    expect(p.rows[0]!.errors[2]!.message).toContain('2 systems');
    expect(p.rows[1]!.errors).toEqual([
      { field: 'due_date', message: '"2026-02-30" is not a date (YYYY-MM-DD)' },
      { field: 'assignee_email', message: 'bob@elsewhere.test is not a member of this organization' },
    ]);
    expect(p.rows[2]!.errors).toEqual([{ field: 'title', message: 'longer than 300 characters' }]);
  });

  it('reports file errors: empty file, no title column, no rows, duplicate columns', () => {
    expect(previewRequestImport(tableFromCsv(''), refs).fileErrors).toEqual([{ line: 1, message: 'the file is empty' }]);
    const noTitle = previewRequestImport(tableFromCsv('description\nx\n'), refs);
    expect(noTitle.valid).toBe(false);
    expect(noTitle.fileErrors[0]!.message).toContain('"title" is required');
    expect(previewRequestImport(tableFromCsv('title\n'), refs).fileErrors).toEqual([{ line: 1, message: 'the file has no request rows' }]);
    expect(previewRequestImport(tableFromCsv('title,request\na,b\n'), refs).fileErrors).toEqual([{ line: 1, message: 'two columns mean "title"' }]);
  });

  it('attaches CSV syntax errors to their row', () => {
    const p = previewRequestImport(tableFromCsv('title\n"unterminated\n'), refs);
    expect(p.valid).toBe(false);
    expect(p.rows[0]!.errors[0]!.field).toBe('');
  });
});
