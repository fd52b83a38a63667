// `attest demo` issues last year's report; `attest report list | get | verify` read it back as an operator would,
// as real processes against the instance's database. A file that differs by one byte is not an issued report.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAttest } from './helpers/cli.ts';
import { freshDatabase } from './helpers/db.ts';

let dir: string;
let env: NodeJS.ProcessEnv;
let dropDatabase = async () => {};
const attest = (args: string[]) => runAttest(args, env);
const sha256 = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-report-cli-'));
  env = { PATH: process.env.PATH, HOME: process.env.HOME, ATTEST_DATA_DIR: dir, ATTEST_LOG_LEVEL: 'warn' };
  if (process.env.DATABASE_URL) {
    const db = await freshDatabase();
    env.DATABASE_URL = db.url;
    dropDatabase = db.close; // closes its connection and drops the database
  }
  const demo = await runAttest(['demo'], env);
  expect(demo.code, demo.stderr).toBe(0);
}, 300_000);
afterAll(async () => {
  await dropDatabase();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('attest report', () => {
  let id: string;
  let pdfSha: string;
  it('list prints each issued report: id, organization, type, period, version, SHA-256', async () => {
    const res = await attest(['report', 'list']);
    expect(res.code, res.stderr).toBe(0);
    const lines = res.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const [reportId, org, type, period, version, sha] = lines[0]!.split('\t');
    expect(reportId).toMatch(/^[0-9a-f-]{36}$/);
    expect([org, type, version]).toEqual(['Northwind Payroll (demo)', 'Type I', 'v1']);
    expect(period).toMatch(/^as of \d{4}-\d{2}-\d{2}$/);
    expect(sha).toMatch(/^[0-9a-f]{64}$/);
    id = reportId!;
    pdfSha = sha!;
  });

  it('get writes the PDF byte for byte; verify says it is issued, by whom, current', async () => {
    const out = path.join(dir, 'report.pdf');
    const got = await attest(['report', 'get', id, '--out', out]);
    expect(got.code, got.stderr).toBe(0);
    const pdf = fs.readFileSync(out);
    expect(sha256(pdf)).toBe(pdfSha);
    const res = await attest(['report', 'verify', out]);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/^ISSUED: Northwind Payroll \(demo\), Type I as of \d{4}-\d{2}-\d{2}, version 1, by Harbor & Vale CPAs \(demo\)/);
    expect(res.stdout).toContain('signature: valid');
    expect(res.stdout).toContain('current: not replaced');
  });

  it('verify fails (exit 1) on a file with one byte changed', async () => {
    const pdf = fs.readFileSync(path.join(dir, 'report.pdf'));
    pdf[Math.floor(pdf.length / 2)]! ^= 0x01;
    const tampered = path.join(dir, 'tampered.pdf');
    fs.writeFileSync(tampered, pdf);
    const res = await attest(['report', 'verify', tampered]);
    expect(res.code).toBe(1);
    expect(res.stdout).toMatch(/^NOT ISSUED: .*tampered\.pdf \(SHA-256 [0-9a-f]{64}\) is not an issued report byte for byte/);
  });

  it('get names an unknown id', async () => {
    const res = await attest(['report', 'get', 'nope', '--out', path.join(dir, 'x.pdf')]);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/not_found.*attest report list/);
  });
});
