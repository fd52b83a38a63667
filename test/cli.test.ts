// The `attest` command run as a real process, as an operator would, against the same database configuration.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAttest } from './helpers/cli.ts';
import { freshDatabase } from './helpers/db.ts';
import { openDatabase, queryRows } from '../src/db/client.ts';

let dataDir: string;
let env: NodeJS.ProcessEnv;
let cleanup: () => Promise<void> = async () => {};

const attest = (args: string[], extra: NodeJS.ProcessEnv = {}) => runAttest(args, { ...env, ...extra });

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-cli-'));
  env = { PATH: process.env.PATH, HOME: process.env.HOME, ATTEST_DATA_DIR: dataDir, ATTEST_LOG_LEVEL: 'warn' };
  if (process.env.DATABASE_URL) {
    const db = await freshDatabase();
    env.DATABASE_URL = db.url;
    await db.close.bind(db); // keep the database; it is dropped in afterAll
    cleanup = async () => {
      const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      await admin.query(`drop database if exists ${new URL(db.url!).pathname.slice(1)} with (force)`);
      await admin.end();
    };
  }
});
afterAll(async () => {
  await cleanup();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('attest CLI', () => {
  it('user create makes the organization and the user, audited', async () => {
    const res = await attest(['user', 'create', '--email', 'ops@acme.test', '--name', 'Ops', '--org', 'Acme', '--role', 'admin'], { ATTEST_PASSWORD: 'a long enough password' });
    expect(res.stderr).toBe('');
    expect(res.stdout.trim()).toBe('created ops@acme.test as admin in Acme (new organization)');
    const again = await attest(['user', 'create', '--email', 'ops@acme.test', '--name', 'Ops', '--org', 'acme', '--role', 'viewer'], { ATTEST_PASSWORD: 'a long enough password' });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/error \(conflict\): ops@acme\.test is already a member of Acme/);
  }, 60_000);

  it('rejects bad input with every problem named', async () => {
    const res = await attest(['user', 'create', '--email', 'nope', '--name', 'X', '--org', 'Acme', '--role', 'partner'], { ATTEST_PASSWORD: 'short' });
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/validation_failed/);
    expect(res.stderr).toMatch(/email/);
    expect(res.stderr).toMatch(/password: at least 12 characters/);
    const badRole = await attest(['user', 'create', '--email', 'x@y.test', '--name', 'X', '--org', 'Acme', '--role', 'emperor'], { ATTEST_PASSWORD: 'a long enough password' });
    expect(badRole.code).toBe(1);
    expect(badRole.stderr).toMatch(/Allowed choices are admin, compliance_manager/);
  }, 60_000);

  it('token create prints the secret once', async () => {
    const res = await attest(['token', 'create', '--email', 'ops@acme.test', '--org', 'Acme', '--role', 'viewer', '--name', 'backup job']);
    expect(res.code).toBe(0);
    expect(res.stdout.trim()).toMatch(/^attest_[A-Za-z0-9_-]{43}$/);
  }, 60_000);

  it('verify prints ok, and names the seq after a row is edited', async () => {
    const ok = await attest(['verify']);
    expect(ok.stdout.trim()).toBe('ok 3 entries, 0 checkpoints, 0 blobs');
    expect(ok.code).toBe(0);

    const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir });
    await database.db.transaction(async (tx) => {
      await tx.execute('alter table ledger disable trigger ledger_append_only');
      await tx.execute(`update ledger set payload = jsonb_set(payload, '{data,role}', '"admin"') where seq = 3`);
      await tx.execute('alter table ledger enable trigger ledger_append_only');
    });
    await database.close();
    const bad = await attest(['verify']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^FAIL org [0-9a-f-]{36} seq 3: hash mismatch/m);
    expect(bad.stdout).not.toMatch(/seq [12]:/);
  }, 60_000);

  it.skipIf(!!process.env.DATABASE_URL)('refuses to open a data folder another process holds', async () => {
    const holder = await openDatabase({ dataDir });
    try {
      const res = await attest(['migrate']);
      expect(res.code).toBe(1);
      expect(res.stderr).toMatch(/data_dir_in_use/);
      expect(res.stderr).toMatch(/is in use by another attest process/);
    } finally {
      await holder.close();
    }
    expect((await attest(['migrate'])).stdout.trim()).toBe('migrations applied');
  }, 60_000);

  it('catalog import replaces text from a licensed file, and rejects unknown ids without changing anything', async () => {
    const bad = path.join(dataDir, 'bad.csv');
    fs.writeFileSync(bad, 'id,title,description,points_of_focus\nCC1.1,Licensed title,Licensed text,a|b\nCC99.9,Nope,Nope,\n');
    const rejected = await attest(['catalog', 'import', bad]);
    expect(rejected.code).toBe(1);
    expect(rejected.stderr).toMatch(/CC99\.9/);
    const good = path.join(dataDir, 'good.json');
    fs.writeFileSync(good, JSON.stringify({ criteria: [{ id: 'CC1.1', title: 'Licensed title', description: 'Licensed text', pointsOfFocus: ['a', 'b'] }] }));
    const imported = await attest(['catalog', 'import', good]);
    expect(imported.stdout.trim()).toBe('imported licensed text for 1 criteria');
    const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir });
    const rows = await queryRows(database.db, 'select criterion_id, title from catalog_overrides');
    await database.close();
    expect(rows).toEqual([{ criterion_id: 'CC1.1', title: 'Licensed title' }]);
  }, 60_000);
});
