// The control ownership matrix XLSX opens in a real spreadsheet program: LibreOffice Calc, headless,
// converts the downloaded file to CSV and the CSV holds the header row, the control codes and owners.
// Skipped when soffice is absent, unless ATTEST_REQUIRE_OFFICE=1 (CI).
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, setupInstance, type Agent, type TestApp } from './helpers/app.ts';

const soffice = (() => {
  try {
    return execFileSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
})();
if (process.env.ATTEST_REQUIRE_OFFICE === '1' && !soffice) throw new Error('ATTEST_REQUIRE_OFFICE=1 but LibreOffice (soffice) is not installed');

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, line breaks inside quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

let t: TestApp;
let admin: Agent;
let systemId: string;
let work: string;

beforeAll(async () => {
  t = await makeTestApp();
  ({ agent: admin } = await setupInstance(t));
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-office-'));
}, 60_000);
afterAll(async () => {
  await t.close();
  fs.rmSync(work, { recursive: true, force: true });
});

describe.skipIf(!soffice)('control ownership matrix in a spreadsheet program', () => {
  it('opens in LibreOffice Calc with its header row, every control code and the assigned owner', async () => {
    systemId = (await admin.post('/api/v1/systems', { name: 'Acme Platform' })).json().id;
    expect((await admin.post(`/api/v1/systems/${systemId}/controls/adopt`, { codes: 'all' })).statusCode).toBe(200);
    const ownerId = (await admin.post('/api/v1/people', { name: 'Sam Security', email: 'sam@acme.test' })).json().id;
    const control = (await admin.get(`/api/v1/systems/${systemId}/controls?q=AC-01`)).json().controls[0];
    expect((await admin.patch(`/api/v1/controls/${control.id}`, { ownerId, frequency: 'quarterly' })).statusCode).toBe(200);
    const codes: string[] = [];
    let cursor: string | null = null;
    do {
      const page = (await admin.get(`/api/v1/systems/${systemId}/controls${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`)).json() as { controls: { code: string }[]; nextCursor: string | null };
      codes.push(...page.controls.map((c) => c.code));
      cursor = page.nextCursor;
    } while (cursor);
    expect(codes.length).toBeGreaterThan(100);

    const res = await admin.request('GET', `/api/v1/systems/${systemId}/control-matrix.xlsx`);
    expect(res.statusCode).toBe(200);
    const xlsx = path.join(work, 'matrix.xlsx');
    fs.writeFileSync(xlsx, res.rawPayload);

    // A private profile, so parallel runs (and a user's own LibreOffice) never share a lock.
    const profile = `file://${path.join(work, 'profile')}`;
    const started = Date.now();
    await promisify(execFile)(soffice!, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1', '--outdir', work, xlsx], { timeout: 120_000 });
    console.info(`soffice converted the XLSX to CSV in ${Date.now() - started} ms`);

    const rows = parseCsv(fs.readFileSync(path.join(work, 'matrix.csv'), 'utf8'));
    expect(rows[0]).toEqual(['Code', 'Title', 'Owner', 'Owner email', 'Backup owner', 'Backup owner email', 'Frequency', 'Nature', 'Type', 'Evidence expected', 'Criteria', 'Status']);
    const body = rows.slice(1).filter((r) => r.some((c) => c !== ''));
    expect(body.map((r) => r[0]).sort()).toEqual([...codes].sort());
    const ac01 = body.find((r) => r[0] === 'AC-01')!;
    expect(ac01.slice(2, 4)).toEqual(['Sam Security', 'sam@acme.test']);
    expect(ac01[6]).toBe('Quarterly');
    expect(body.find((r) => r[0] !== 'AC-01')![2]).toBe('(no owner)');
  }, 180_000);
});
