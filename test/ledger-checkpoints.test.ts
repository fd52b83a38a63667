// Signed checkpoints, the instance key, receipts (checked in code and with sha256sum/openssl as the README
// says), and verification from the API.
import { execFileSync, execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/db/client.ts';
import { configureCheckpointing, checkpointMessage } from '../src/ledger/checkpoints.ts';
import { ephemeralInstanceKey, keyIdOf, loadOrCreateInstanceKey, SIGNING_KEY_FILE } from '../src/ledger/instance-key.ts';
import { checkReceipt, receiptForEntry, type LedgerReceipt } from '../src/ledger/receipt.ts';
import { verifyInstance } from '../src/ledger/verify.ts';
import type { BlobStore } from '../src/storage/blob-store.ts';
import { FsBlobStore } from '../src/storage/fs-store.ts';
import { inviteMember, makeTestApp, otherTenant, setupInstance, type Agent, type TestApp } from './helpers/app.ts';
import { addBlobEntry } from './helpers/ledger.ts';

const run = promisify(execFile);

/** A filesystem store whose reads can be held back, to observe a verification while it runs. */
class GatedStore implements BlobStore {
  readonly kind = 'fs' as const;
  gate: Promise<void> | null = null;
  constructor(readonly inner: FsBlobStore) {}
  put(source: Readable, options: { maxBytes: number }) { return this.inner.put(source, options); }
  async open(sha256: string) {
    if (this.gate) await this.gate;
    return this.inner.open(sha256);
  }
  stat(sha256: string) { return this.inner.stat(sha256); }
  remove(sha256: string) { return this.inner.remove(sha256); }
}

let t: TestApp;
let owner: Agent;
let orgId: string;
let blobDir: string;
let store: GatedStore;

const ledgerRows = (org = orgId) =>
  queryRows<{ seq: number; kind: string; subject: string; payload: { actor: { label: string }; data: Record<string, unknown> } }>(t.deps.db, sql`select seq, kind, subject, payload from ledger where org = ${org} order by seq`);
const checkpointRows = (org = orgId) =>
  queryRows<{ seq: number; hash: string; key_id: string; signature: string; at: string }>(t.deps.db, sql`select seq, hash, key_id, signature, at from ledger_checkpoints where org = ${org} order by seq`);

async function waitFor(agent: Agent, id: string) {
  for (let i = 0; i < 200; i++) {
    const v = (await agent.get(`/api/v1/ledger/verifications/${id}`)).json();
    if (v.status !== 'running') return v;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('verification did not finish');
}

beforeAll(async () => {
  blobDir = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-ledger-blobs-'));
  store = new GatedStore(await new FsBlobStore(blobDir).init());
  t = await makeTestApp({ env: { ATTEST_CHECKPOINT_EVERY: '5' }, blobs: store });
  const setup = await setupInstance(t);
  owner = setup.agent;
  orgId = setup.session.activeOrganization.organization.id;
}, 120_000);
afterAll(async () => {
  await t.close();
  fs.rmSync(blobDir, { recursive: true, force: true });
});

describe('the instance key', () => {
  it('is created once in the data folder (PKCS#8, 0600) and its id is the SHA-256 of the raw public key', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-key-'));
    try {
      const key = loadOrCreateInstanceKey(dir);
      const file = path.join(dir, SIGNING_KEY_FILE);
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(fs.readFileSync(file, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
      expect(loadOrCreateInstanceKey(dir).keyId).toBe(key.keyId);
      const raw = crypto.createPublicKey(key.publicKeyPem).export({ format: 'jwk' }).x!;
      expect(key.keyId).toBe(crypto.createHash('sha256').update(Buffer.from(raw, 'base64url')).digest('hex'));
      // ATTEST_SIGNING_KEY wins over the file (several processes, one key)
      const shared = crypto.generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
      expect(loadOrCreateInstanceKey(dir, shared).keyId).toBe(keyIdOf(crypto.createPublicKey(shared)));
      expect(() => loadOrCreateInstanceKey(dir, 'not a key')).toThrow(/ATTEST_SIGNING_KEY is not a PEM private key/);
      const rsa = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
      expect(() => loadOrCreateInstanceKey(dir, rsa)).toThrow(/must be Ed25519/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is shown to every member, never its private part', async () => {
    const { agent: viewer } = await inviteMember(t, owner, 'viewer@acme.test', 'viewer');
    const res = await viewer.get('/api/v1/ledger/public-key');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ keyId: t.deps.signingKey.keyId, algorithm: 'Ed25519', publicKeyPem: t.deps.signingKey.publicKeyPem });
    expect(res.body).not.toMatch(/PRIVATE/);
  });
});

describe('automatic checkpoints', () => {
  it('sign the entry that crosses a multiple of N, announced by the next entry', async () => {
    // setup wrote 1–3; the viewer's invitation 4–7 (invitation.created, accepted, member.added, login): 5 was crossed at 6
    const before = await ledgerRows();
    const cps = await checkpointRows();
    expect(cps.length).toBeGreaterThanOrEqual(1);
    const first = cps[0]!;
    expect(first.seq).toBeGreaterThanOrEqual(5);
    const announcement = before.find((e) => e.seq === first.seq + 1)!;
    expect(announcement.kind).toBe('ledger.checkpointed');
    expect(announcement.payload.data).toEqual({ seq: first.seq, hash: first.hash, keyId: t.deps.signingKey.keyId });
    expect(announcement.payload.actor.label).toBe('attest');
    const [entry] = await queryRows<{ hash: string }>(t.deps.db, sql`select hash from ledger where org = ${orgId} and seq = ${first.seq}`);
    expect(first.hash).toBe(entry!.hash);
    const ok = crypto.verify(null, Buffer.from(`attest-checkpoint/1\n${orgId}\n${first.seq}\n${first.hash}\n`), crypto.createPublicKey(t.deps.signingKey.publicKeyPem), Buffer.from(first.signature, 'base64'));
    expect(ok).toBe(true);
    expect(first.key_id).toBe(t.deps.signingKey.keyId);
  });

  it('follow every multiple of N: one entry at a time, each multiple is signed', async () => {
    const headBefore = (await ledgerRows()).at(-1)!.seq;
    const before = (await checkpointRows()).length;
    for (let i = 0; i < 10; i++) await owner.post('/api/v1/invitations', { email: `auto${i}@acme.test`, role: 'viewer' });
    const headAfter = (await ledgerRows()).at(-1)!.seq;
    const signed = (await checkpointRows()).slice(before).map((c) => c.seq);
    const multiples = Array.from({ length: headAfter }, (_, i) => i + 1).filter((seq) => seq > headBefore && seq % 5 === 0 && seq <= headAfter);
    expect(signed.length).toBeGreaterThanOrEqual(2);
    expect(signed).toEqual(multiples);
    expect((await verifyInstance(t.deps, { org: orgId })).failures).toEqual([]);
  });

  it('are append-only', async () => {
    const causeOf = (e: unknown) => String((e as { cause?: { message?: string } }).cause?.message);
    const update = await t.deps.db.execute(sql`update ledger_checkpoints set hash = 'x' where org = ${orgId}`).catch(causeOf);
    const remove = await t.deps.db.execute(sql`delete from ledger_checkpoints where org = ${orgId}`).catch(causeOf);
    expect(update).toMatch(/append-only \(UPDATE refused\)/);
    expect(remove).toMatch(/append-only \(DELETE refused\)/);
  });
});

describe('on-demand checkpoints', () => {
  it('the admin signs the head now; the announcement records who asked', async () => {
    const head = (await ledgerRows()).at(-1)!;
    const res = await owner.post('/api/v1/ledger/checkpoints');
    expect(res.statusCode).toBe(201);
    const cp = res.json();
    expect(cp.seq).toBe(head.seq);
    expect(cp.message).toBe(checkpointMessage(orgId, head.seq, cp.hash));
    const after = await ledgerRows();
    expect(after.at(-1)).toMatchObject({ seq: head.seq + 1, kind: 'ledger.checkpointed' });
    expect(after.at(-1)!.payload.actor.label).toBe('owner@acme.test');
  });

  it('only the admin signs; admin and compliance manager list, newest first, a page at a time', async () => {
    const { agent: cm } = await inviteMember(t, owner, 'cm@acme.test', 'compliance_manager');
    const { agent: co } = await inviteMember(t, owner, 'co@acme.test', 'control_owner');
    expect((await cm.post('/api/v1/ledger/checkpoints')).statusCode).toBe(403);
    expect((await co.get('/api/v1/ledger/checkpoints')).statusCode).toBe(403);
    const all = await checkpointRows();
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const res = await cm.get(`/api/v1/ledger/checkpoints?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.statusCode).toBe(200);
      const page = res.json();
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((c: { seq: number }) => c.seq));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.map((c) => c.seq).reverse());
    const bad = await cm.get('/api/v1/ledger/checkpoints?cursor=nonsense');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('validation_failed');
  });

  it('another tenant sees only its own checkpoints', async () => {
    const globex = await otherTenant(t);
    await globex.post('/api/v1/ledger/checkpoints');
    const theirs = (await globex.get('/api/v1/ledger/checkpoints')).json().items as { message: string }[];
    expect(theirs.length).toBe(1);
    expect(theirs[0]!.message).not.toContain(orgId);
  });
});

describe('receipts', () => {
  let receipt: LedgerReceipt;
  let file: Buffer;
  let sha256: string;

  it('cover an entry with the next checkpoint, signing the head on demand when none covers it yet', async () => {
    file = Buffer.from('%PDF-1.4\nquarterly access review, signed\n');
    const added = await addBlobEntry(t.deps.db, t.deps.blobs, orgId, file, 'Access review Q1');
    sha256 = added.sha256;
    const cpsBefore = (await checkpointRows()).length;
    receipt = await receiptForEntry(t.deps, orgId, added.entry.seq);
    expect((await checkpointRows()).length).toBe(cpsBefore + 1);
    expect(receipt.checkpoint.seq).toBeGreaterThanOrEqual(added.entry.seq);
    expect(receipt.entry).toMatchObject({ seq: added.entry.seq, kind: 'evidence.added', hash: added.entry.hash });
    expect(checkReceipt(receipt, sha256)).toEqual({ ok: true, problems: [] });
    // Asking again reuses the checkpoint
    const again = await receiptForEntry(t.deps, orgId, added.entry.seq);
    expect(again.checkpoint.seq).toBe(receipt.checkpoint.seq);
    expect((await checkpointRows()).length).toBe(cpsBefore + 1);
  }, 90_000);

  it('walk the chain from an older entry up to its checkpoint', async () => {
    const older = await receiptForEntry(t.deps, orgId, 2);
    expect(older.chain.length).toBe(older.checkpoint.seq - 2);
    expect(checkReceipt(older)).toEqual({ ok: true, problems: [] });
  });

  it('fail the check for another file, an edited entry, a broken chain or a forged signature', () => {
    expect(checkReceipt(receipt, crypto.createHash('sha256').update('other').digest('hex')).problems).toEqual([expect.stringMatching(/records blob .* not the file's/)]);
    const edited = structuredClone(receipt);
    edited.entry.canonical = edited.entry.canonical.replace('Access review Q1', 'Access review Q2');
    expect(checkReceipt(edited).problems).toContainEqual(expect.stringMatching(/sha256\(prev ‖ canonical\) is not the hash/));
    const forged = structuredClone(receipt);
    forged.checkpoint.signature = ephemeralInstanceKey().sign(forged.checkpoint.message);
    expect(checkReceipt(forged).problems).toEqual(['the checkpoint signature does not verify']);
    const otherKey = structuredClone(receipt);
    const impostor = ephemeralInstanceKey();
    otherKey.publicKeyPem = impostor.publicKeyPem;
    otherKey.checkpoint.signature = impostor.sign(otherKey.checkpoint.message);
    expect(checkReceipt(otherKey).problems).toEqual(['the public key does not match the checkpoint key id']);
  });

  const tools = ['sha256sum', 'openssl', 'jq', 'base64'].every((tool) => {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  });
  if (!tools && process.env.ATTEST_REQUIRE_TOOLS) throw new Error('ATTEST_REQUIRE_TOOLS is set but sha256sum, openssl, jq or base64 is missing');

  it.skipIf(!tools)('check out with the README\'s shell steps (sha256sum, jq, openssl), and fail them when tampered', async () => {
    const readme = fs.readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('## Checking an evidence receipt'));
    const script = /```sh\n([\s\S]*?)```/.exec(section)?.[1];
    expect(script).toBeTruthy();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-receipt-'));
    try {
      fs.writeFileSync(path.join(dir, 'receipt.json'), JSON.stringify(receipt, null, 2));
      fs.writeFileSync(path.join(dir, 'access-review.pdf'), file);
      const env = { PATH: process.env.PATH, RECEIPT: 'receipt.json', FILE: 'access-review.pdf', KEY_ID: t.deps.signingKey.keyId };
      const ok = await run('bash', ['-c', script!], { cwd: dir, env });
      expect(ok.stdout).toMatch(/Signature Verified Successfully/);
      expect(ok.stdout.trim().split('\n').at(-1)).toBe('receipt OK');

      const fail = (extra: Record<string, string>) => run('bash', ['-c', script!], { cwd: dir, env: { ...env, ...extra } }).then(() => 'passed', (e: { stdout: string }) => e.stdout);
      fs.writeFileSync(path.join(dir, 'other.pdf'), Buffer.concat([file, Buffer.from(' ')]));
      expect(await fail({ FILE: 'other.pdf' })).toMatch(/the file is not the one recorded/);
      const forged = structuredClone(receipt);
      forged.checkpoint.signature = ephemeralInstanceKey().sign(forged.checkpoint.message);
      fs.writeFileSync(path.join(dir, 'forged.json'), JSON.stringify(forged));
      expect(await fail({ RECEIPT: 'forged.json' })).toMatch(/Signature Verification Failure/);
      expect(await fail({ KEY_ID: '0'.repeat(64) })).toMatch(/not the published key/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});

describe('verification from the API', () => {
  it('runs in the background for the caller\'s organization, one at a time, and reports progress', async () => {
    let release!: () => void;
    store.gate = new Promise<void>((r) => { release = r; });
    const started = await owner.post('/api/v1/ledger/verifications');
    expect(started.statusCode).toBe(202);
    const { id } = started.json();
    const again = await owner.post('/api/v1/ledger/verifications');
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('ledger_verification_running');
    // held at the blob step: every entry checked, no blob yet
    let running = (await owner.get(`/api/v1/ledger/verifications/${id}`)).json();
    for (let i = 0; i < 100 && running.totalBlobs === 0; i++) {
      await new Promise((r) => setTimeout(r, 20));
      running = (await owner.get(`/api/v1/ledger/verifications/${id}`)).json();
    }
    expect(running).toMatchObject({ status: 'running', checkedBlobs: 0, totalBlobs: 1 });
    expect(running.checkedEntries).toBe(running.totalEntries);
    store.gate = null;
    release();
    const done = await waitFor(owner, id);
    const entries = (await ledgerRows()).length;
    expect(done).toMatchObject({ status: 'ok', checkedEntries: entries, totalEntries: entries, checkedBlobs: 1, totalBlobs: 1, failures: [], failureCount: 0 });
    expect(done.checkedCheckpoints).toBe((await checkpointRows()).length);
    expect(done.finishedAt).not.toBeNull();
  }, 90_000);

  it('is the admin\'s alone; another tenant\'s verification is not found', async () => {
    const { id } = (await owner.post('/api/v1/ledger/verifications')).json();
    await waitFor(owner, id);
    const { agent: cm } = await inviteMember(t, owner, 'cm2@acme.test', 'compliance_manager');
    expect((await cm.post('/api/v1/ledger/verifications')).statusCode).toBe(403);
    expect((await cm.get(`/api/v1/ledger/verifications/${id}`)).statusCode).toBe(403);
    const initech = await otherTenant(t, 'Initech');
    const theirs = await initech.get(`/api/v1/ledger/verifications/${id}`);
    const none = await initech.get(`/api/v1/ledger/verifications/${crypto.randomUUID()}`);
    expect(theirs.statusCode).toBe(404);
    expect(theirs.json().error).toMatchObject({ code: 'not_found', message: none.json().error.message });
  });

  it('names a corrupted blob', async () => {
    const blobFile = store.inner.pathOf((await addBlobEntry(t.deps.db, t.deps.blobs, orgId, Buffer.from('a,b\n1,2\n'), 'Export')).sha256);
    fs.chmodSync(blobFile, 0o644);
    const bytes = fs.readFileSync(blobFile);
    bytes[0] = bytes[0]! ^ 1;
    fs.writeFileSync(blobFile, bytes);
    const { id } = (await owner.post('/api/v1/ledger/verifications')).json();
    const done = await waitFor(owner, id);
    expect(done.status).toBe('failed');
    expect(done.failures).toEqual([{ seq: expect.any(Number), blob: path.basename(blobFile), problem: expect.stringMatching(/^content hash mismatch/) }]);
  }, 90_000);
});

describe('a key change', () => {
  it('keeps older checkpoints verifiable under the key that signed them', async () => {
    const newKey = ephemeralInstanceKey();
    configureCheckpointing({ key: newKey, every: 5 });
    try {
      for (let i = 0; i < 5; i++) await owner.post('/api/v1/invitations', { email: `rotated${i}@acme.test`, role: 'viewer' });
      const keys = new Set((await checkpointRows()).map((c) => c.key_id));
      expect(keys).toEqual(new Set([t.deps.signingKey.keyId, newKey.keyId]));
      const report = await verifyInstance({ db: t.deps.db }, { org: orgId });
      expect(report.failures.filter((f) => !f.blob)).toEqual([]);
    } finally {
      configureCheckpointing({ key: t.deps.signingKey, every: 5 });
    }
  });
});
