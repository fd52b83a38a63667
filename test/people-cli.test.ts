// `attest people import` as a real process against a listening server, acting with an API token.
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

function file(name: string, text: string) {
  const p = path.join(dir, name);
  fs.writeFileSync(p, text);
  return p;
}

beforeAll(async () => {
  t = await makeTestApp();
  ({ agent: admin } = await setupInstance(t));
  const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
  const { secret } = (await admin.post('/api/v1/tokens', { name: 'hr sync', role: 'compliance_manager' })).json();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-people-'));
  env = { PATH: process.env.PATH, HOME: process.env.HOME, ATTEST_URL: address, ATTEST_TOKEN: secret, ATTEST_DATA_DIR: dir };
}, 60_000);
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('attest people import', () => {
  it('--dry-run prints the preview and writes nothing', async () => {
    const res = await attest(['people', 'import', file('ok.csv', 'name,email\nAda,ada@acme.test\n'), '--dry-run']);
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/^2\s+create\s+ada@acme\.test/m);
    expect(res.stdout).toContain('1 to create, 0 to update, 0 unchanged, 0 with errors');
    expect((await admin.get('/api/v1/people')).json().people).toEqual([]);
  }, 60_000);

  it('prints every error and imports nothing when a row is wrong', async () => {
    const res = await attest(['people', 'import', file('bad.csv', 'name,email,start_date\nAda,ada@acme.test,2025-01-01\n,bob,someday\n')]);
    expect(res.code).toBe(1);
    expect(res.stdout).toMatch(/^3\s+error\s+bob\s+email: "bob" is not an email address; name: a name is required; start_date: "someday" is not a date/m);
    expect(res.stderr).toContain('nothing was imported');
    expect((await admin.get('/api/v1/people')).json().people).toEqual([]);
  }, 60_000);

  it('imports a valid file', async () => {
    const res = await attest(['people', 'import', file('ok.csv', 'name,email\nAda,ada@acme.test\n')]);
    expect(res.stderr).toBe('');
    expect(res.stdout).toContain('imported: 1 created, 0 updated, 0 unchanged');
    expect((await admin.get('/api/v1/people')).json().people.map((p: { email: string }) => p.email)).toEqual(['ada@acme.test']);
  }, 60_000);
});
