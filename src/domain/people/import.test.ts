import { describe, expect, it } from 'vitest';
import { previewImport, type RosterEntry } from './import.ts';

const roster: RosterEntry[] = [
  { id: '00000000-0000-4000-8000-000000000001', name: 'Ada Boss', email: 'ada@acme.test', title: 'CEO', department: 'Exec', managerEmail: null, employmentType: 'employee', startDate: '2020-01-01', endDate: null },
  { id: '00000000-0000-4000-8000-000000000002', name: 'Bob Dev', email: 'bob@acme.test', title: 'Engineer', department: 'Eng', managerEmail: 'ada@acme.test', employmentType: 'employee', startDate: '2021-01-01', endDate: null },
];
const csv = (...lines: string[]) => lines.join('\r\n') + '\r\n';
const HEADER = 'name,email,title,department,manager_email,employment_type,start_date,end_date';

describe('roster import preview', () => {
  it('creates, updates and leaves unchanged, with header names in any case and order', () => {
    const res = previewImport(csv('EMAIL,Name,Manager_Email,Start_Date', 'ada@acme.test,Ada Boss,,2020-01-01', 'BOB@acme.test,Bob Developer,ada@acme.test,2021-01-01', 'cy@acme.test,Cy New,dee@acme.test,2026-01-05', 'dee@acme.test,Dee Lead,ada@acme.test,2025-06-01'), roster);
    expect(res.fileErrors).toEqual([]);
    expect(res.rows.map((r) => [r.line, r.action, r.changes])).toEqual([[2, 'unchanged', []], [3, 'update', ['name']], [4, 'create', []], [5, 'create', []]]);
    expect(res.rows[1]!.person).toMatchObject({ id: roster[1]!.id, email: 'bob@acme.test', title: 'Engineer', department: 'Eng' });
    expect(res).toMatchObject({ valid: true, counts: { create: 2, update: 1, unchanged: 1, error: 0 } });
  });

  it('reports every error of every row at once', () => {
    const res = previewImport(csv(HEADER,
      ',not-an-email,,,,,,',
      'Eve,eve@acme.test,,,nobody@acme.test,robot,2026-02-30,',
      'Fay,fay@acme.test,,,,,2026-03-01,2026-02-01',
      'Gus,gus@acme.test,,,,,,',
      'Gus Two,GUS@acme.test,,,ada@acme.test,,,',
      'Hal,hal@acme.test,,,hal@acme.test,,,',
      'Ivy,ivy@acme.test,,,,,,',
    ), roster);
    expect(res.valid).toBe(false);
    const byLine = Object.fromEntries(res.rows.map((r) => [r.line, r]));
    expect(byLine[2]!.errors).toEqual([{ field: 'email', message: '"not-an-email" is not an email address' }, { field: 'name', message: 'a name is required' }]);
    expect(byLine[3]!.errors.map((e) => e.field)).toEqual(['employment_type', 'start_date', 'manager_email']);
    expect(byLine[3]!.errors[2]!.message).toBe('nobody@acme.test is neither on the roster nor in the file');
    expect(byLine[4]!.errors).toEqual([{ field: 'end_date', message: 'the end date 2026-02-01 is before the start date 2026-03-01' }]);
    expect(byLine[5]!.action).toBe('create');
    expect(byLine[6]!.errors).toEqual([{ field: 'email', message: 'gus@acme.test is also on line 5' }]);
    expect(byLine[7]!.errors).toEqual([{ field: 'manager_email', message: 'a person cannot be their own manager' }]);
    expect(byLine[8]!.action).toBe('create');
    expect(res.counts).toEqual({ create: 2, update: 0, unchanged: 0, error: 5 });
  });

  it('refuses a manager chain that loops through the file and the roster', () => {
    const res = previewImport(csv('name,email,manager_email', 'Ada Boss,ada@acme.test,bob@acme.test'), roster);
    expect(res.rows[0]!.errors).toEqual([{ field: 'manager_email', message: 'the manager chain from bob@acme.test leads back to ada@acme.test' }]);
  });

  it('keeps fields whose column is absent, and clears those given blank', () => {
    const res = previewImport(csv('name,email,department,manager_email', 'Bob Dev,bob@acme.test,,'), roster);
    expect(res.rows[0]).toMatchObject({ action: 'update', changes: ['department', 'managerEmail'], person: { title: 'Engineer', department: '', managerEmail: null, startDate: '2021-01-01' } });
  });

  it('names header problems, blank lines are skipped, CSV syntax errors belong to their row', () => {
    expect(previewImport(csv('name,mail,name'), roster).fileErrors.map((e) => e.message)).toEqual([
      'unknown column "mail" (expected name, email, title, department, manager_email, employment_type, start_date, end_date)',
      'column "name" appears twice',
      'the column "email" is required',
    ]);
    expect(previewImport('', roster).fileErrors).toEqual([{ line: 1, message: 'the file is empty' }]);
    const res = previewImport('name,email\n\nJo "x",jo@acme.test\n"Multi\nline",ml@acme.test,extra\n', roster);
    expect(res.rows.map((r) => [r.line, r.errors.map((e) => e.message)])).toEqual([
      [3, ['A double quote appears inside an unquoted field; quote the whole field and double the inner quotes']],
      [4, ['has 3 fields; the header has 2']],
    ]);
  });
});
