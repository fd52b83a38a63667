// Full verification (`attest verify`, and the admin's "Verify now"): recompute every hash chain, check every
// checkpoint against its entry, its announcement and its signature, and re-hash every blob the ledger names.
import crypto from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import { and, asc, count, eq, gt } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { ledger, ledgerCheckpoints } from '../db/schema.ts';
import { BlobNotFoundError, SHA256_HEX, type BlobStore } from '../storage/blob-store.ts';
import { checkEntry } from './chain.ts';
import { CHECKPOINT_KIND, checkpointMessage, knownKeys, type Checkpoint } from './checkpoints.ts';
import { GENESIS_PREV } from './hash.ts';

export interface VerifyFailure {
  org: string;
  seq: number;
  /** Set when the failure is about stored bytes. */
  blob?: string;
  problem: string;
}

export interface VerifyProgress {
  checkedEntries: number;
  totalEntries: number;
  checkedBlobs: number;
  totalBlobs: number;
}

export interface VerifyResult extends VerifyProgress {
  organizations: number;
  checkpoints: number;
  failures: VerifyFailure[];
}

export interface VerifyOptions {
  /** Only this organization's chain (the UI); every chain when absent (`attest verify`). */
  org?: string;
  onProgress?: (progress: VerifyProgress) => void;
}

const PAGE = 2000;

interface BlobRef {
  org: string;
  seq: number;
  size: number;
}

/** One line per failure, as `attest verify` prints it. */
export function formatFailure(f: VerifyFailure): string {
  return f.blob ? `FAIL org ${f.org} seq ${f.seq} blob ${f.blob}: ${f.problem}` : `FAIL org ${f.org} seq ${f.seq}: ${f.problem}`;
}

export async function verifyInstance(deps: { db: Db; blobs?: BlobStore | undefined }, options: VerifyOptions = {}): Promise<VerifyResult> {
  const { db } = deps;
  const orgs = options.org
    ? [options.org]
    : (await db.selectDistinct({ org: ledger.org }).from(ledger).orderBy(asc(ledger.org))).map((r) => r.org);
  const [total] = await db.select({ n: count() }).from(ledger).where(options.org ? eq(ledger.org, options.org) : undefined);
  const result: VerifyResult = {
    organizations: orgs.length,
    checkedEntries: 0,
    totalEntries: Number(total?.n ?? 0),
    checkpoints: 0,
    checkedBlobs: 0,
    totalBlobs: 0,
    failures: [],
  };
  const progress = () => options.onProgress?.({ checkedEntries: result.checkedEntries, totalEntries: result.totalEntries, checkedBlobs: result.checkedBlobs, totalBlobs: result.totalBlobs });
  const keys = new Map<string, crypto.KeyObject | null>();
  for (const [keyId, pem] of await knownKeys(db)) {
    try {
      keys.set(keyId, crypto.createPublicKey(pem));
    } catch {
      keys.set(keyId, null);
    }
  }
  const blobs = new Map<string, BlobRef>();
  for (const org of orgs) await verifyOrganization(db, org, keys, blobs, result, progress);
  result.totalBlobs = blobs.size;
  progress();
  for (const [sha256, ref] of blobs) {
    const problem = await checkBlob(deps.blobs, sha256, ref.size);
    if (problem) result.failures.push({ org: ref.org, seq: ref.seq, blob: sha256, problem });
    result.checkedBlobs += 1;
    progress();
  }
  return result;
}

async function verifyOrganization(
  db: Db,
  org: string,
  keys: Map<string, crypto.KeyObject | null>,
  blobs: Map<string, BlobRef>,
  result: VerifyResult,
  progress: () => void,
) {
  const fail = (seq: number, problem: string) => result.failures.push({ org, seq, problem });
  // Checkpoints are few (one per N entries plus on-demand ones): hold this organization's in memory.
  const checkpoints = new Map<number, Checkpoint>();
  for (const cp of await db.select().from(ledgerCheckpoints).where(eq(ledgerCheckpoints.org, org)).orderBy(asc(ledgerCheckpoints.seq))) {
    checkpoints.set(cp.seq, cp);
  }
  const announced = new Set<number>();
  const matched = new Set<number>();
  let expectedSeq = 1;
  let prevHash = GENESIS_PREV;
  for (;;) {
    const page = await db.select().from(ledger).where(and(eq(ledger.org, org), gt(ledger.seq, expectedSeq - 1))).orderBy(asc(ledger.seq)).limit(PAGE);
    for (const e of page) {
      for (const problem of checkEntry(e, expectedSeq, prevHash)) fail(e.seq, problem);
      const cp = checkpoints.get(e.seq);
      if (cp) {
        result.checkpoints += 1;
        if (cp.hash !== e.hash) fail(e.seq, `checkpoint hash ${cp.hash.slice(0, 16)}… differs from the entry's hash ${e.hash.slice(0, 16)}…`);
        const key = keys.get(cp.keyId);
        if (key === undefined) fail(e.seq, `checkpoint signed by unknown key ${cp.keyId}`);
        else if (key === null) fail(e.seq, `checkpoint key ${cp.keyId} cannot be read`);
        else if (!verifySignature(key, checkpointMessage(org, cp.seq, cp.hash), cp.signature)) fail(e.seq, `checkpoint signature does not verify under key ${cp.keyId.slice(0, 16)}…`);
        checkpoints.delete(e.seq);
        matched.add(e.seq);
      }
      const payload = e.payload as { data?: { seq?: unknown; hash?: unknown; blob?: unknown } } | null;
      const data = payload?.data;
      if (e.kind === CHECKPOINT_KIND && data && typeof data.seq === 'number') {
        announced.add(data.seq);
        // The announcement follows its entry, so the checkpoint has been matched by now unless it is gone.
        if (!matched.has(data.seq)) fail(data.seq, `checkpoint announced by seq ${e.seq} is missing`);
      }
      if (data && data.blob !== undefined) noteBlob(data.blob, org, e.seq, blobs, fail);
      expectedSeq = e.seq + 1;
      prevHash = e.hash;
      result.checkedEntries += 1;
    }
    progress();
    if (page.length < PAGE) break;
  }
  // Checkpoints left over name entries that are not in the ledger.
  for (const cp of checkpoints.values()) fail(cp.seq, `checkpoint names seq ${cp.seq}, which is not in the ledger`);
  // A checkpoint is written with its announcement in one transaction: one without it was added behind the ledger's back.
  for (const seq of matched) if (!announced.has(seq)) fail(seq, 'checkpoint is not announced by a ledger.checkpointed entry');
}

function verifySignature(key: crypto.KeyObject, message: string, signature: string): boolean {
  try {
    return crypto.verify(null, Buffer.from(message, 'utf8'), key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

function noteBlob(raw: unknown, org: string, seq: number, blobs: Map<string, BlobRef>, fail: (seq: number, problem: string) => void) {
  const blob = raw as { sha256?: unknown; size?: unknown } | null;
  if (!blob || typeof blob.sha256 !== 'string' || !SHA256_HEX.test(blob.sha256) || typeof blob.size !== 'number' || !Number.isInteger(blob.size) || blob.size < 0) {
    fail(seq, 'data.blob is not {sha256: 64 lowercase hex, size: bytes}');
    return;
  }
  const seen = blobs.get(blob.sha256);
  if (!seen) blobs.set(blob.sha256, { org, seq, size: blob.size });
  else if (seen.size !== blob.size) fail(seq, `names blob ${blob.sha256} with size ${blob.size}, but seq ${seen.seq} of org ${seen.org} says ${seen.size}`);
}

async function checkBlob(store: BlobStore | undefined, sha256: string, size: number): Promise<string | null> {
  if (!store) return 'no blob store is configured to re-hash it';
  let source;
  try {
    source = await store.open(sha256);
  } catch (err) {
    if (err instanceof BlobNotFoundError) return 'missing from the blob store';
    return `cannot be read: ${(err as Error).message}`;
  }
  const hash = crypto.createHash('sha256');
  let bytes = 0;
  try {
    await pipeline(source, new Writable({
      write(chunk: Buffer, _enc, done) {
        hash.update(chunk);
        bytes += chunk.length;
        done();
      },
    }));
  } catch (err) {
    return `cannot be read: ${(err as Error).message}`;
  }
  const actual = hash.digest('hex');
  const problems: string[] = [];
  if (bytes !== size) problems.push(`size mismatch: the ledger says ${size} bytes, the store holds ${bytes}`);
  if (actual !== sha256) problems.push(`content hash mismatch: the stored bytes hash to ${actual}`);
  return problems.length ? problems.join('; ') : null;
}
