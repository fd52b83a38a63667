// `attest matrix` and `attest readiness` as real processes against a listening server, with an API token.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAttest } from './helpers/cli.ts';
import { makeTestApp, setupInstance, type TestApp } from './helpers/app.ts';

let t: TestApp;
let env: NodeJS.ProcessEnv;
let dir: string;

const attest = (args: string[]) => runAttest(args, env);

beforeAll(async () => {
  t = await makeTestApp();
  const { agent: admin } = await setupInstance(t);
  const systemId = (await admin.post('/api/v1/systems', { name: 'Acme Platform' })).json().id;
  await admin.post(`/api/v1/systems/${systemId}/controls/adopt`, { codes: ['AC-01', 'GOV-01'] });
  const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
  const { secret } = (await admin.post('/api/v1/tokens', { name: 'exports', role: 'viewer' })).json();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-exports-'));
  env = { PATH: process.env.PATH, HOME: process.env.HOME, ATTEST_URL: address, ATTEST_TOKEN: secret, ATTEST_DATA_DIR: dir };
}, 60_000);
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('program exports from the CLI', () => {
  it('prints the matrix as CSV and writes it as XLSX', async () => {
    const csv = await attest(['matrix']);
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\r\n').slice(0, 3).map((l) => l.split(',')[0])).toEqual(['Code', 'AC-01', 'GOV-01']);
    const out = path.join(dir, 'matrix.xlsx');
    const xlsx = await attest(['matrix', '--system', 'acme platform', '--format', 'xlsx', '--out', out]);
    expect(xlsx.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet('Control matrix')!.rowCount).toBe(3);
  }, 60_000);

  it('refuses XLSX to the terminal and an unknown system, with a clear message', async () => {
    expect((await attest(['matrix', '--format', 'xlsx'])).stderr).toMatch(/needs --out/);
    const res = await attest(['matrix', '--system', 'Nope']);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/No system "Nope"\. Systems: Acme Platform/);
  }, 60_000);

  it('summarizes readiness and prints the gap list', async () => {
    const summary = await attest(['readiness']);
    expect(summary.stdout).toMatch(/^Acme Platform: [\d.]+% ready \(\d+ of 33 criteria\), \d+ gap\(s\)/);
    expect(summary.stdout).toMatch(/Security\s+[\d.]+%/);
    const gaps = await attest(['readiness', '--gaps', '--type', 'type2']);
    expect(gaps.stdout.startsWith('criterion,gap,message,fix_in\r\n')).toBe(true);
    expect(gaps.stdout).toContain('no_owner');
  }, 60_000);
});
