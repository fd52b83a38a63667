// Importing a request list (CSV and XLSX built with exceljs): preview with every row error, all-or-nothing
// apply, audit, notifications; round trip through the export; the `attest requests` CLI against a real server.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inviteMember, makeTestApp, otherTenant, setupInstance, type Agent, type TestApp } from './helpers/app.ts';
import { runAttest } from './helpers/cli.ts';

let t: TestApp;
let admin: Agent;
let employee: Agent;
let globex: Agent;
let systemId: string;
let otherSystemId: string;

const control = async (agent: Agent, sys: string, code: string) =>
  (await agent.post(`/api/v1/systems/${sys}/controls`, { code, title: `Control ${code}`, activity: 'Someone does something on a schedule.', frequency: 'monthly', nature: 'manual', type: 'detective', evidenceGuidance: '', criteria: ['CC4.1'] })).json().id as string;
const titles = async (agent: Agent = admin) => ((await agent.get('/api/v1/requests?limit=200')).json().requests as { title: string }[]).map((r) => r.title).sort();

async function xlsx(rows: (string | Date | number | null)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('PBC list');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

beforeAll(async () => {
  t = await makeTestApp();
  admin = (await setupInstance(t)).agent;
  employee = (await inviteMember(t, admin, 'emma@acme.test', 'employee', 'Emma Employee')).agent;
  systemId = (await admin.post('/api/v1/systems', { name: 'Acme Platform' })).json().id;
  otherSystemId = (await admin.post('/api/v1/systems', { name: 'Acme Analytics' })).json().id;
  await control(admin, systemId, 'AC-01');
  await control(admin, systemId, 'CM-02');
  await control(admin, systemId, 'BK-01');
  await control(admin, otherSystemId, 'BK-01');
  globex = await otherTenant(t);
  const gsys = (await globex.post('/api/v1/systems', { name: 'Globex Cloud' })).json().id;
  await control(globex, gsys, 'GX-01');
}, 60_000);
afterAll(async () => { await t.close(); });

describe('CSV import', () => {
  const good = 'Title,Description,Controls,Due Date,Assignee Email\n"Access review, Q1",Export it,AC-01; CM-02,2030-03-31,EMMA@acme.test\nPolicy acks,,,,\n';

  it('previews every row without writing', async () => {
    const res = await admin.post('/api/v1/requests/import/preview', { format: 'csv', content: good });
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json();
    expect(p).toMatchObject({ valid: true, counts: { valid: 2, error: 0 }, fileErrors: [] });
    expect(p.rows[0]).toMatchObject({ line: 2, title: 'Access review, Q1', dueOn: '2030-03-31', assignee: { email: 'emma@acme.test', label: 'Emma Employee' }, requestId: null });
    expect(p.rows[0].controls.map((c: { code: string }) => c.code)).toEqual(['AC-01', 'CM-02']);
    expect(await titles()).toEqual([]);
  });

  it('shows every error of every row, and applying it imports nothing', async () => {
    const bad = 'title,controls,due_date,assignee_email\nFine,AC-01,2030-01-01,emma@acme.test\n,GX-01,tomorrow,admin@globex.test\nAmbiguous,BK-01,,\n';
    const p = (await admin.post('/api/v1/requests/import/preview', { format: 'csv', content: bad })).json();
    expect(p.valid).toBe(false);
    expect(p.counts).toEqual({ valid: 1, error: 2 });
    expect(p.rows[1].errors).toEqual([
      { field: 'title', message: 'a title is required' },
      { field: 'controls', message: 'no active control with code "GX-01"' },
      { field: 'due_date', message: '"tomorrow" is not a date (YYYY-MM-DD)' },
      { field: 'assignee_email', message: 'admin@globex.test is not a member of this organization' },
    ]);
    expect(p.rows[2].errors).toEqual([{ field: 'controls', message: 'code "BK-01" is used in 2 systems; import into one system' }]);
    const apply = await admin.post('/api/v1/requests/import', { format: 'csv', content: bad });
    expect(apply.statusCode).toBe(400);
    expect(apply.json().error.code).toBe('validation_failed');
    expect(apply.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['lines.3.title', 'lines.3.controls', 'lines.3.due_date', 'lines.3.assignee_email', 'lines.4.controls']);
    expect(await titles()).toEqual([]);
  });

  it('resolves codes within one system when asked', async () => {
    const p = (await admin.post('/api/v1/requests/import/preview', { format: 'csv', content: 'title,controls\nAmbiguous,BK-01\n', systemId: otherSystemId })).json();
    expect(p.valid).toBe(true);
    expect(p.rows[0].controls[0].systemId).toBe(otherSystemId);
    const foreign = await globex.post('/api/v1/requests/import/preview', { format: 'csv', content: 'title\nx\n', systemId });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.fields).toEqual([{ path: 'systemId', message: 'no such system in this organization' }]);
  });

  it('applies a good file in one go: requests, audit entries, assignment notifications', async () => {
    const res = await admin.post('/api/v1/requests/import', { format: 'csv', content: good });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().created).toBe(2);
    const ids = res.json().rows.map((r: { requestId: string }) => r.requestId);
    expect(ids.every((id: string | null) => typeof id === 'string')).toBe(true);
    const first = (await admin.get(`/api/v1/requests/${ids[0]}`)).json();
    expect(first).toMatchObject({ title: 'Access review, Q1', description: 'Export it', status: 'open', dueOn: '2030-03-31', assignee: { label: 'Emma Employee' } });
    expect(await titles()).toEqual(['Access review, Q1', 'Policy acks']);
    const log = (await admin.get('/api/v1/audit-log?limit=50')).json().entries as { kind: string; data: { importId?: string; created?: number; format?: string } }[];
    const created = log.filter((e) => e.kind === 'request.created');
    expect(created).toHaveLength(2);
    expect(new Set(created.map((e) => e.data.importId)).size).toBe(1);
    expect(log.find((e) => e.kind === 'requests.imported')!.data).toEqual({ created: 2, format: 'csv' });
    const notes = (await employee.get('/api/v1/notifications')).json().notifications as { kind: string; link: string }[];
    expect(notes).toEqual([expect.objectContaining({ kind: 'request_assigned', link: `/requests/${ids[0]}` })]);
  });

  it('refuses bad bodies and empty files', async () => {
    expect((await admin.post('/api/v1/requests/import/preview', { format: 'pdf', content: 'x' })).statusCode).toBe(400);
    const empty = (await admin.post('/api/v1/requests/import/preview', { format: 'csv', content: '\n\n' })).json();
    expect(empty.fileErrors).toEqual([{ line: 1, message: 'the file is empty' }]);
    expect((await employee.post('/api/v1/requests/import/preview', { format: 'csv', content: 'title\nx\n' })).statusCode).toBe(403);
    expect((await admin.post('/api/v1/requests/import', { format: 'csv', content: 'title\n' + 'x\n'.repeat(2001) })).json().error.fields[0]).toEqual({ path: 'line.1', message: 'at most 2000 requests per import' });
  });
});

describe('XLSX import', () => {
  it('reads a workbook with real dates and rich cells; errors are per row and nothing is applied', async () => {
    const bad = await xlsx([
      ['Title', 'Controls', 'Due date', 'Assignee email'],
      ['Firewall review', 'AC-01', new Date(Date.UTC(2030, 5, 30)), 'emma@acme.test'],
      ['Vendor list', 'NOPE', '30/06/2030', null],
    ]);
    const p = (await admin.post('/api/v1/requests/import/preview', { format: 'xlsx', content: bad })).json();
    expect(p.rows[0]).toMatchObject({ valid: true, dueOn: '2030-06-30', assignee: { email: 'emma@acme.test' } });
    expect(p.rows[1].errors.map((e: { field: string }) => e.field)).toEqual(['controls', 'due_date']);
    const before = await titles();
    expect((await admin.post('/api/v1/requests/import', { format: 'xlsx', content: bad })).statusCode).toBe(400);
    expect(await titles()).toEqual(before);

    const good = await xlsx([['title', 'controls', 'due_date'], ['Firewall review', 'AC-01, CM-02', new Date(Date.UTC(2030, 5, 30))], ['Vendor list', '', '']]);
    const res = await admin.post('/api/v1/requests/import', { format: 'xlsx', content: good });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().created).toBe(2);
    expect(await titles()).toEqual([...before, 'Firewall review', 'Vendor list'].sort());
  });

  it('says so when the file is not a workbook', async () => {
    const p = (await admin.post('/api/v1/requests/import/preview', { format: 'xlsx', content: Buffer.from('not a zip').toString('base64') })).json();
    expect(p.valid).toBe(false);
    expect(p.fileErrors).toEqual([{ line: 1, message: 'the file is not a readable XLSX workbook' }]);
  });

  it('round-trips: an exported XLSX imports into another organization with the same titles', async () => {
    const exported = (await admin.get('/api/v1/requests/export.xlsx')).rawPayload.toString('base64');
    const p = (await globex.post('/api/v1/requests/import/preview', { format: 'xlsx', content: exported })).json();
    // Acme's control codes and members are not Globex's: every row that names them is refused
    expect(p.rows.filter((r: { valid: boolean }) => r.valid).map((r: { title: string }) => r.title).sort()).toEqual(['Policy acks', 'Vendor list']);
    const mine = (await admin.post('/api/v1/requests/import/preview', { format: 'xlsx', content: exported })).json();
    expect(mine.fileErrors, JSON.stringify(mine.rows.filter((r: { valid: boolean }) => !r.valid))).toEqual([]);
    expect(mine.valid).toBe(true);
    expect(mine.rows.map((r: { title: string }) => r.title).sort()).toEqual(await titles());
  });
});

describe('attest requests (CLI)', () => {
  let env: NodeJS.ProcessEnv;
  let dir: string;
  beforeAll(async () => {
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { secret } = (await admin.post('/api/v1/tokens', { name: 'pbc sync', role: 'compliance_manager' })).json();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-requests-'));
    env = { PATH: process.env.PATH, HOME: process.env.HOME, ATTEST_URL: address, ATTEST_TOKEN: secret, ATTEST_DATA_DIR: dir };
  }, 60_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('import --dry-run previews, a bad file fails with every error, a good one imports', async () => {
    const before = await titles();
    const ok = path.join(dir, 'ok.csv');
    fs.writeFileSync(ok, 'title,controls,due_date\nCLI request,AC-01,2030-01-01\n');
    const dry = await runAttest(['requests', 'import', ok, '--dry-run'], env);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(/^2\s+ok\s+CLI request\s+controls AC-01, due 2030-01-01/m);
    expect(await titles()).toEqual(before);
    const bad = path.join(dir, 'bad.csv');
    fs.writeFileSync(bad, 'title,due_date\n,soon\n');
    const failed = await runAttest(['requests', 'import', bad], env);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain('title: a title is required; due_date: "soon" is not a date (YYYY-MM-DD)');
    expect(failed.stderr).toContain('nothing was imported');
    const done = await runAttest(['requests', 'import', ok], env);
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toContain('imported: 1 request(s) created');
    expect(await titles()).toContain('CLI request');
  }, 120_000);

  it('export writes CSV and XLSX files', async () => {
    const csv = path.join(dir, 'out.csv');
    expect((await runAttest(['requests', 'export', '--format', 'csv', '--out', csv], env)).code).toBe(0);
    expect(fs.readFileSync(csv, 'utf8')).toMatch(/^title,description,controls,due_date,assignee_email,status/);
    const out = path.join(dir, 'out.xlsx');
    expect((await runAttest(['requests', 'export', '--format', 'xlsx', '--out', out], env)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets[0]!.rowCount).toBe((await titles()).length + 1);
  }, 120_000);
});
