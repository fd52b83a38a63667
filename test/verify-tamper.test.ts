// `attest verify` as an operator runs it, against a data folder someone has tampered with: every change
// to a ledger row, a checkpoint or a stored blob is named by org, seq and blob.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { openDatabase, queryRows, type Db } from '../src/db/client.ts';
import { ephemeralInstanceKey } from '../src/ledger/instance-key.ts';
import { openRuntime } from '../src/runtime.ts';
import { createTokenLocally, createUserLocally } from '../src/services/local-accounts.ts';
import type { FsBlobStore } from '../src/storage/fs-store.ts';
import { runAttest } from './helpers/cli.ts';
import { freshDatabase } from './helpers/db.ts';
import { addBlobEntry } from './helpers/ledger.ts';

let dataDir: string;
let env: NodeJS.ProcessEnv;
let org: string;
const blobs: { sha256: string; seq: number; file: string }[] = [];
let cleanup: () => Promise<void> = async () => {};

const attest = () => runAttest(['verify'], env);

async function withDb<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir });
  try {
    return await fn(database.db);
  } finally {
    await database.close();
  }
}

/** As a database superuser would: switch the append-only trigger off around one statement. */
async function tamper(table: 'ledger' | 'ledger_checkpoints', statement: ReturnType<typeof sql>) {
  const trigger = table === 'ledger' ? 'ledger_append_only' : 'ledger_checkpoints_append_only';
  await withDb((db) =>
    db.transaction(async (tx) => {
      await tx.execute(sql.raw(`alter table ${table} disable trigger ${trigger}`));
      await tx.execute(statement);
      await tx.execute(sql.raw(`alter table ${table} enable trigger ${trigger}`));
    }),
  );
}

const failLines = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('FAIL'));

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-verify-'));
  env = { PATH: process.env.PATH, HOME: process.env.HOME, ATTEST_DATA_DIR: dataDir, ATTEST_LOG_LEVEL: 'warn', ATTEST_CHECKPOINT_EVERY: '4' };
  if (process.env.DATABASE_URL) {
    const db = await freshDatabase();
    env.DATABASE_URL = db.url;
    cleanup = async () => {
      const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      await admin.query(`drop database if exists ${new URL(db.url!).pathname.slice(1)} with (force)`);
      await admin.end();
    };
  }
  // Populate through the same runtime the CLI opens (instance key and blob store in the data folder).
  const rt = await openRuntime(loadConfig(env));
  try {
    await createUserLocally(rt.deps, { email: 'ops@acme.test', name: 'Ops', org: 'Acme', kind: 'service_org', role: 'admin', password: 'a long enough password' });
    org = (await queryRows<{ id: string }>(rt.deps.db, sql`select id from organizations where name = 'Acme'`))[0]!.id;
    const store = rt.deps.blobs as FsBlobStore;
    for (const [i, text] of ['quarterly access review\n', 'id,user\n1,ana\n', '%PDF-1.4 change ticket\n'].entries()) {
      const added = await addBlobEntry(rt.deps.db, rt.deps.blobs, org, Buffer.from(text), `evidence ${i}`);
      blobs.push({ sha256: added.sha256, seq: added.entry.seq, file: store.pathOf(added.sha256) });
    }
    for (let i = 0; i < 4; i++) await createTokenLocally(rt.deps, { email: 'ops@acme.test', org: 'Acme', role: 'viewer', name: `job ${i}` });
  } finally {
    await rt.close();
  }
}, 180_000);
afterAll(async () => {
  await cleanup();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('attest verify', () => {
  let entries = 0;
  let checkpoints: { seq: number; signature: string; hash: string; at: string; key_id: string }[] = [];

  it('prints ok with what it checked, and the instance key exists in the data folder', async () => {
    expect(fs.statSync(path.join(dataDir, 'instance-ed25519.pem')).mode & 0o777).toBe(0o600);
    checkpoints = await withDb((db) => queryRows(db, sql`select seq, signature, hash, at, key_id from ledger_checkpoints where org = ${org} order by seq`));
    entries = Number((await withDb((db) => queryRows<{ n: number }>(db, sql`select count(*)::int as n from ledger`)))[0]!.n);
    expect(checkpoints.length).toBeGreaterThanOrEqual(2);
    const res = await attest();
    expect(res.stdout.trim()).toBe(`ok ${entries} entries, ${checkpoints.length} checkpoints, 3 blobs`);
    expect(res.code).toBe(0);
  }, 120_000);

  it('names the blob whose file lost or changed one byte, and a deleted one', async () => {
    const [a, b] = blobs as [(typeof blobs)[0], (typeof blobs)[0]];
    const original = fs.readFileSync(a.file);
    fs.chmodSync(a.file, 0o600);
    const flipped = Buffer.from(original);
    flipped[3] = flipped[3]! ^ 0x20;
    fs.writeFileSync(a.file, flipped);
    const moved = `${b.file}.away`;
    fs.renameSync(b.file, moved);
    try {
      const res = await attest();
      expect(res.code).toBe(1);
      expect(failLines(res.stdout)).toEqual([
        expect.stringMatching(new RegExp(`^FAIL org ${org} seq ${a.seq} blob ${a.sha256}: content hash mismatch: the stored bytes hash to [0-9a-f]{64}$`)),
        `FAIL org ${org} seq ${b.seq} blob ${b.sha256}: missing from the blob store`,
      ]);
      // a shorter file: the size differs too
      fs.writeFileSync(a.file, original.subarray(1));
      const shorter = await attest();
      expect(failLines(shorter.stdout)[0]).toMatch(new RegExp(`blob ${a.sha256}: size mismatch: the ledger says ${original.length} bytes, the store holds ${original.length - 1}; content hash mismatch`));
    } finally {
      fs.writeFileSync(a.file, original);
      fs.renameSync(moved, b.file);
    }
  }, 180_000);

  it('names the seq of an edited ledger row, even one a checkpoint signed', async () => {
    const target = checkpoints[0]!.seq;
    const [row] = await withDb((db) => queryRows<{ payload: unknown }>(db, sql`select payload from ledger where org = ${org} and seq = ${target}`));
    await tamper('ledger', sql`update ledger set payload = jsonb_set(payload, '{actor,label}', '"someone else"') where org = ${org} and seq = ${target}`);
    try {
      const res = await attest();
      expect(res.code).toBe(1);
      expect(failLines(res.stdout)).toEqual([expect.stringMatching(new RegExp(`^FAIL org ${org} seq ${target}: hash mismatch`))]);
    } finally {
      await tamper('ledger', sql`update ledger set payload = ${JSON.stringify(row!.payload)}::jsonb where org = ${org} and seq = ${target}`);
    }
  }, 120_000);

  it('names a deleted checkpoint by the entry that announced it', async () => {
    const cp = checkpoints[1]!;
    await tamper('ledger_checkpoints', sql`delete from ledger_checkpoints where org = ${org} and seq = ${cp.seq}`);
    try {
      const res = await attest();
      expect(res.code).toBe(1);
      expect(failLines(res.stdout)).toEqual([`FAIL org ${org} seq ${cp.seq}: checkpoint announced by seq ${cp.seq + 1} is missing`]);
    } finally {
      await withDb((db) => db.execute(sql`insert into ledger_checkpoints (org, seq, hash, at, key_id, signature) values (${org}, ${cp.seq}, ${cp.hash}, ${cp.at}, ${cp.key_id}, ${cp.signature})`));
    }
  }, 120_000);

  it('names a forged signature and a checkpoint of a rewritten hash', async () => {
    const [first, second] = checkpoints as [(typeof checkpoints)[0], (typeof checkpoints)[0]];
    const forger = ephemeralInstanceKey();
    const forged = forger.sign(`attest-checkpoint/1\n${org}\n${first.seq}\n${first.hash}\n`);
    const otherHash = crypto.createHash('sha256').update('rewritten history').digest('hex');
    await tamper('ledger_checkpoints', sql`update ledger_checkpoints set signature = ${forged} where org = ${org} and seq = ${first.seq}`);
    await tamper('ledger_checkpoints', sql`update ledger_checkpoints set hash = ${otherHash} where org = ${org} and seq = ${second.seq}`);
    try {
      const res = await attest();
      expect(res.code).toBe(1);
      expect(failLines(res.stdout)).toEqual([
        expect.stringMatching(new RegExp(`^FAIL org ${org} seq ${first.seq}: checkpoint signature does not verify under key [0-9a-f]{16}…$`)),
        expect.stringMatching(new RegExp(`^FAIL org ${org} seq ${second.seq}: checkpoint hash [0-9a-f]{16}… differs from the entry's hash`)),
        expect.stringMatching(new RegExp(`^FAIL org ${org} seq ${second.seq}: checkpoint signature does not verify`)),
      ]);
    } finally {
      await tamper('ledger_checkpoints', sql`update ledger_checkpoints set signature = ${first.signature} where org = ${org} and seq = ${first.seq}`);
      await tamper('ledger_checkpoints', sql`update ledger_checkpoints set hash = ${second.hash} where org = ${org} and seq = ${second.seq}`);
    }
  }, 120_000);

  it('is ok again once everything is put back', async () => {
    const res = await attest();
    expect(res.stdout.trim()).toBe(`ok ${entries} entries, ${checkpoints.length} checkpoints, 3 blobs`);
    expect(res.code).toBe(0);
  }, 120_000);
});
