// `attest evidence add` and `attest evidence list` as real processes against a listening server, with an API token.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAttest } from './helpers/cli.ts';
import { makeTestApp, setupInstance, type Agent, type TestApp } from './helpers/app.ts';

let t: TestApp;
let admin: Agent;
let env: NodeJS.ProcessEnv;
let dir: string;
const attest = (args: string[]) => runAttest(args, env);
const sha256 = (b: Buffer | string) => crypto.createHash('sha256').update(b).digest('hex');

beforeAll(async () => {
  t = await makeTestApp();
  ({ agent: admin } = await setupInstance(t));
  const platform = (await admin.post('/api/v1/systems', { name: 'Acme Platform' })).json().id;
  const analytics = (await admin.post('/api/v1/systems', { name: 'Acme Analytics' })).json().id;
  await admin.post(`/api/v1/systems/${platform}/controls/adopt`, { codes: ['AC-03', 'GOV-01'] });
  await admin.post(`/api/v1/systems/${analytics}/controls/adopt`, { codes: ['GOV-01'] });
  const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
  const { secret } = (await admin.post('/api/v1/tokens', { name: 'evidence', role: 'compliance_manager' })).json();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-evidence-cli-'));
  env = { PATH: process.env.PATH, HOME: process.env.HOME, ATTEST_URL: address, ATTEST_TOKEN: secret, ATTEST_DATA_DIR: dir };
}, 60_000);
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('attest evidence', () => {
  it('adds several files to a control, one line per file, and lists them', async () => {
    const a = path.join(dir, 'access-review.csv');
    const b = path.join(dir, 'approvals.txt');
    fs.writeFileSync(a, 'user,reviewed\nalice,yes\n');
    fs.writeFileSync(b, 'Approved by the CTO.\n');
    const res = await attest(['evidence', 'add', a, b, '--control', 'ac-03', '--criterion', 'CC6.2', '--period', '2026-01-01..2026-03-31', '--description', 'Q1']);
    expect(res.code, res.stderr).toBe(0);
    const lines = res.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^[0-9a-f-]{36}  ${sha256('user,reviewed\nalice,yes\n')}  ${a}$`));
    expect(lines[1]).toContain(sha256('Approved by the CTO.\n'));
    const items = (await admin.get('/api/v1/evidence')).json().items as { title: string; fileName: string; contentType: string; controls: { code: string }[]; criteria: string[]; periodEnd: string }[];
    const csv = items.find((i) => i.fileName === 'access-review.csv')!;
    expect(csv).toMatchObject({ title: 'access-review.csv', contentType: 'text/csv', criteria: ['CC6.2'], periodEnd: '2026-03-31' });
    expect(csv.controls.map((c) => c.code)).toEqual(['AC-03']);

    const list = await attest(['evidence', 'list', '--control', 'AC-03']);
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toMatch(/^COLLECTED\s+PERIOD\s+STATUS\s+CONTROLS\s+SHA-256\s+TITLE/);
    expect(list.stdout).toContain('2026-01-01..2026-03-31 current     AC-03');
    expect(list.stdout).toContain('approvals.txt');
  });

  it('uses --title for a single file, and streams a file larger than one read', async () => {
    const big = path.join(dir, 'export.log');
    const content = Buffer.alloc(3 * 1024 * 1024, 'log line\n');
    fs.writeFileSync(big, content);
    const res = await attest(['evidence', 'add', big, '--control', 'AC-03', '--period', '2026-04-01..2026-06-30', '--title', 'Q2 export']);
    expect(res.code, res.stderr).toBe(0);
    const id = res.stdout.trim().split(/\s+/)[0]!;
    const item = (await admin.get(`/api/v1/evidence/${id}`)).json();
    expect(item).toMatchObject({ title: 'Q2 export', size: content.length, sha256: sha256(content) });
  });

  it('requires --system when a code is in several systems, and names bad input', async () => {
    const f = path.join(dir, 'policy.txt');
    fs.writeFileSync(f, 'Governance evidence.\n');
    const ambiguous = await attest(['evidence', 'add', f, '--control', 'GOV-01', '--period', '2026-01-01..2026-03-31']);
    expect(ambiguous.code).not.toBe(0);
    expect(ambiguous.stderr).toMatch(/control GOV-01 exists in several systems \((Acme Platform, Acme Analytics|Acme Analytics, Acme Platform)\); choose one with --system/);
    const chosen = await attest(['evidence', 'add', f, '--control', 'GOV-01', '--system', 'acme analytics', '--period', '2026-01-01..2026-03-31']);
    expect(chosen.code, chosen.stderr).toBe(0);
    const badPeriod = await attest(['evidence', 'add', f, '--control', 'AC-03', '--period', 'Q1 2026']);
    expect(badPeriod.code).not.toBe(0);
    expect(badPeriod.stderr).toContain('--period must look like 2026-01-01..2026-03-31');
  });

  it('prints each failed file and exits non-zero, still uploading the others', async () => {
    const good = path.join(dir, 'good.txt');
    const empty = path.join(dir, 'empty.txt');
    const fake = path.join(dir, 'fake.pdf');
    fs.writeFileSync(good, 'good evidence\n');
    fs.writeFileSync(empty, '');
    fs.writeFileSync(fake, 'I am not a PDF\n');
    const res = await attest(['evidence', 'add', empty, good, fake, path.join(dir, 'missing.txt'), '--control', 'AC-03', '--period', '2026-01-01..2026-03-31']);
    expect(res.code).toBe(1);
    expect(res.stdout.trim().split('\n')).toHaveLength(1);
    expect(res.stdout).toContain(sha256('good evidence\n'));
    expect(res.stderr).toContain(`error: ${empty}: evidence_empty`);
    expect(res.stderr).toContain(`error: ${fake}: evidence_type_mismatch`);
    expect(res.stderr).toContain('missing.txt');
    expect(res.stderr).toContain('3 of 4 file(s) failed');
  });
});
