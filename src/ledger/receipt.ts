// Evidence receipts: everything an auditor needs to prove, outside attest and with standard tools, that a
// ledger entry (and the file whose hash it records) existed in the chain signed by the instance key.
// Format `attest-receipt/1`, specified in docs/adr/004-checkpoints-and-receipts.md and the README.
import crypto from 'node:crypto';
import { and, asc, between, eq } from 'drizzle-orm';
import { ledger, ledgerKeys } from '../db/schema.ts';
import type { Db } from '../db/client.ts';
import { CHECKPOINT_FORMAT, checkpointCovering, checkpointHead, checkpointMessage } from './checkpoints.ts';
import { canonicalJson } from './hash.ts';
import type { InstanceKey } from './instance-key.ts';
import { keyIdOf } from './instance-key.ts';

export const RECEIPT_FORMAT = 'attest-receipt/1';

export interface ReceiptLink {
  seq: number;
  prev: string;
  /** The RFC 8785 canonical JSON of {org, seq, at, kind, subject, payload}: hash = sha256(prev ‖ canonical). */
  canonical: string;
  hash: string;
}

export interface LedgerReceipt {
  format: typeof RECEIPT_FORMAT;
  org: string;
  entry: ReceiptLink & { at: string; kind: string; subject: string };
  /** The entries after `entry` up to and including the checkpointed one (empty when the entry itself is signed). */
  chain: ReceiptLink[];
  checkpoint: { seq: number; hash: string; at: string; keyId: string; message: string; signature: string };
  publicKeyPem: string;
}

/** What receiptForEntry needs from Deps (a structural subset, so src/ledger does not import services). */
export interface ReceiptDeps {
  db: Db;
  signingKey: InstanceKey;
  now: () => Date;
}

export class ReceiptEntryNotFoundError extends Error {
  constructor(readonly org: string, readonly seq: number) {
    super(`ledger entry ${seq} of organization ${org} does not exist`);
    this.name = 'ReceiptEntryNotFoundError';
  }
}

function linkOf(row: { org: string; seq: number; at: string; kind: string; subject: string; payload: unknown; prev: string; hash: string }): ReceiptLink {
  const { org, seq, at, kind, subject, payload } = row;
  return { seq, prev: row.prev, canonical: canonicalJson({ org, seq, at, kind, subject, payload }), hash: row.hash };
}

/**
 * The receipt of one ledger entry. When no checkpoint covers the entry yet, signs the chain's head first
 * (an on-demand checkpoint, announced in the ledger like any other).
 */
export async function receiptForEntry(deps: ReceiptDeps, organizationId: string, seq: number): Promise<LedgerReceipt> {
  const [row] = await deps.db.select().from(ledger).where(and(eq(ledger.org, organizationId), eq(ledger.seq, seq))).limit(1);
  if (!row) throw new ReceiptEntryNotFoundError(organizationId, seq);
  let checkpoint = await checkpointCovering(deps.db, organizationId, seq);
  if (!checkpoint) {
    await checkpointHead(deps.db, deps.signingKey, organizationId, { at: deps.now() });
    checkpoint = await checkpointCovering(deps.db, organizationId, seq);
    if (!checkpoint) throw new Error(`no checkpoint covers seq ${seq} after signing the head`);
  }
  const [key] = await deps.db.select().from(ledgerKeys).where(eq(ledgerKeys.keyId, checkpoint.keyId)).limit(1);
  if (!key) throw new Error(`checkpoint key ${checkpoint.keyId} is not among the known keys`);
  const after = checkpoint.seq > seq
    ? await deps.db.select().from(ledger).where(and(eq(ledger.org, organizationId), between(ledger.seq, seq + 1, checkpoint.seq))).orderBy(asc(ledger.seq))
    : [];
  return {
    format: RECEIPT_FORMAT,
    org: organizationId,
    entry: { ...linkOf(row), at: row.at, kind: row.kind, subject: row.subject },
    chain: after.map(linkOf),
    checkpoint: {
      seq: checkpoint.seq,
      hash: checkpoint.hash,
      at: checkpoint.at,
      keyId: checkpoint.keyId,
      message: checkpointMessage(organizationId, checkpoint.seq, checkpoint.hash),
      signature: checkpoint.signature,
    },
    publicKeyPem: key.publicKeyPem,
  };
}

export interface ReceiptCheck {
  ok: boolean;
  problems: string[];
}

const sha256Hex = (text: string) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * Checks a receipt without any database: the algorithm the README walks through with sha256sum and openssl.
 * With fileSha256, also checks that the entry records that file (payload.data.blob.sha256).
 * Proves the entry is in the chain the key signed; it trusts the public key only as far as you do.
 */
export function checkReceipt(receipt: LedgerReceipt, fileSha256?: string): ReceiptCheck {
  const problems: string[] = [];
  if (receipt.format !== RECEIPT_FORMAT) problems.push(`unknown format ${String(receipt.format)}`);
  const links = [receipt.entry, ...receipt.chain];
  let expectedPrev: string | null = null;
  let expectedSeq = receipt.entry.seq;
  for (const link of links) {
    if (link.seq !== expectedSeq) problems.push(`seq ${link.seq}: expected seq ${expectedSeq}`);
    if (expectedPrev !== null && link.prev !== expectedPrev) problems.push(`seq ${link.seq}: prev is not the hash of seq ${link.seq - 1}`);
    if (sha256Hex(link.prev + link.canonical) !== link.hash) problems.push(`seq ${link.seq}: sha256(prev ‖ canonical) is not the hash`);
    let content: { org?: unknown; seq?: unknown } = {};
    try {
      content = JSON.parse(link.canonical) as typeof content;
    } catch {
      problems.push(`seq ${link.seq}: canonical is not JSON`);
    }
    if (content.org !== receipt.org || content.seq !== link.seq) problems.push(`seq ${link.seq}: canonical names another org or seq`);
    expectedPrev = link.hash;
    expectedSeq = link.seq + 1;
  }
  const entryContent = safeParse(receipt.entry.canonical) as { at?: unknown; kind?: unknown; subject?: unknown; payload?: { data?: { blob?: { sha256?: unknown } } } } | null;
  if (entryContent && (entryContent.at !== receipt.entry.at || entryContent.kind !== receipt.entry.kind || entryContent.subject !== receipt.entry.subject)) {
    problems.push('entry at/kind/subject differ from its canonical JSON');
  }
  if (fileSha256 !== undefined) {
    const recorded = entryContent?.payload?.data?.blob?.sha256;
    if (recorded !== fileSha256.toLowerCase()) problems.push(`the entry records blob ${String(recorded)}, not the file's ${fileSha256}`);
  }
  const last = links[links.length - 1]!;
  const cp = receipt.checkpoint;
  if (cp.seq !== last.seq || cp.hash !== last.hash) problems.push(`the checkpoint signs seq ${cp.seq}, the chain ends at seq ${last.seq}`);
  if (cp.message !== checkpointMessage(receipt.org, cp.seq, cp.hash)) problems.push(`the checkpoint message is not ${CHECKPOINT_FORMAT} of (org, seq, hash)`);
  try {
    const publicKey = crypto.createPublicKey(receipt.publicKeyPem);
    if (keyIdOf(publicKey) !== cp.keyId) problems.push('the public key does not match the checkpoint key id');
    if (!crypto.verify(null, Buffer.from(cp.message, 'utf8'), publicKey, Buffer.from(cp.signature, 'base64'))) problems.push('the checkpoint signature does not verify');
  } catch {
    problems.push('the public key cannot be read');
  }
  return { ok: problems.length === 0, problems };
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
