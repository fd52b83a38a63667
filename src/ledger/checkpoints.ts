// Signed checkpoints: the instance key signs (org, seq, hash) of one ledger entry, and the next entry of the
// same chain, `ledger.checkpointed`, announces it, so a deleted checkpoint row is named by verification.
// Automatic checkpoints: whenever an append crosses a multiple of N (ATTEST_CHECKPOINT_EVERY), the last entry
// appended is signed, inside the same transaction (see docs/adr/004-checkpoints-and-receipts.md).
import { and, asc, desc, eq, gte, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { ledger, ledgerCheckpoints, ledgerKeys } from '../db/schema.ts';
import { appendEntriesWithoutHook, setAppendHook, type LedgerEntry } from './chain.ts';
import type { InstanceKey } from './instance-key.ts';

export const CHECKPOINT_FORMAT = 'attest-checkpoint/1';
export const CHECKPOINT_KIND = 'ledger.checkpointed';

export interface Checkpoint {
  org: string;
  seq: number;
  hash: string;
  at: string;
  keyId: string;
  signature: string;
}

/** The exact bytes (UTF-8) that are signed; rebuild with `printf 'attest-checkpoint/1\n%s\n%s\n%s\n' "$org" "$seq" "$hash"`. */
export function checkpointMessage(org: string, seq: number, hash: string): string {
  return `${CHECKPOINT_FORMAT}\n${org}\n${seq}\n${hash}\n`;
}

export interface CheckpointActor {
  type: 'user' | 'token' | 'system';
  id: string | null;
  label: string;
}

export const SYSTEM_CHECKPOINT_ACTOR: CheckpointActor = { type: 'system', id: null, label: 'attest' };

function lockChain(tx: Db, org: string) {
  return tx.execute(sql`select pg_advisory_xact_lock(hashtext(${'ledger:' + org}))`);
}

/**
 * Signs `entry` (which must be in the ledger, in this transaction) and appends the announcement entry.
 * The caller holds the organization's ledger lock (any append in this transaction took it).
 */
async function signEntry(tx: Db, key: InstanceKey, entry: LedgerEntry, at: Date, actor: CheckpointActor, meta: { ip: string | null; requestId: string | null }): Promise<Checkpoint> {
  await tx.insert(ledgerKeys).values({ keyId: key.keyId, publicKeyPem: key.publicKeyPem }).onConflictDoNothing();
  const checkpoint: Checkpoint = {
    org: entry.org,
    seq: entry.seq,
    hash: entry.hash,
    at: at.toISOString(),
    keyId: key.keyId,
    signature: key.sign(checkpointMessage(entry.org, entry.seq, entry.hash)),
  };
  await tx.insert(ledgerCheckpoints).values(checkpoint);
  await appendEntriesWithoutHook(tx, entry.org, [{
    kind: CHECKPOINT_KIND,
    subject: String(entry.seq),
    at,
    payload: {
      actor,
      objectType: 'ledger_checkpoint',
      ip: meta.ip,
      requestId: meta.requestId,
      data: { seq: entry.seq, hash: entry.hash, keyId: key.keyId },
    },
  }]);
  return checkpoint;
}

/** Whether a batch that appended seqs first..last crossed a multiple of every. */
export function crossesMultiple(first: number, last: number, every: number): boolean {
  return Math.floor(last / every) > Math.floor((first - 1) / every);
}

/**
 * Turns on automatic checkpoints for this process (called once by the runtime, and by the test app).
 * Returns a function that turns them off again.
 */
export function configureCheckpointing(options: { key: InstanceKey; every: number; now?: () => Date }): () => void {
  if (!Number.isInteger(options.every) || options.every < 2) throw new Error('ATTEST_CHECKPOINT_EVERY must be an integer of at least 2');
  const now = options.now ?? (() => new Date());
  setAppendHook(async (tx, _org, appended) => {
    const first = appended[0]!;
    const last = appended[appended.length - 1]!;
    if (!crossesMultiple(first.seq, last.seq, options.every)) return;
    await signEntry(tx, options.key, last, now(), SYSTEM_CHECKPOINT_ACTOR, { ip: null, requestId: null });
  });
  return () => setAppendHook(null);
}

/**
 * Signs the head of the organization's chain now (on demand). Returns null when the chain is empty.
 * Runs in its own transaction unless given one.
 */
export async function checkpointHead(
  db: Db,
  key: InstanceKey,
  org: string,
  options: { at: Date; actor?: CheckpointActor; meta?: { ip: string | null; requestId: string | null } },
): Promise<Checkpoint | null> {
  return db.transaction(async (tx) => {
    await lockChain(tx, org);
    const [head] = await tx.select().from(ledger).where(eq(ledger.org, org)).orderBy(desc(ledger.seq)).limit(1);
    if (!head) return null;
    return signEntry(tx, key, head, options.at, options.actor ?? SYSTEM_CHECKPOINT_ACTOR, options.meta ?? { ip: null, requestId: null });
  });
}

/** The first checkpoint at or after seq, or null. */
export async function checkpointCovering(db: Db, org: string, seq: number): Promise<Checkpoint | null> {
  const [row] = await db
    .select()
    .from(ledgerCheckpoints)
    .where(and(eq(ledgerCheckpoints.org, org), gte(ledgerCheckpoints.seq, seq)))
    .orderBy(asc(ledgerCheckpoints.seq))
    .limit(1);
  return row ?? null;
}

/** One organization's checkpoints, newest first, before the cursor seq. */
export async function listCheckpoints(db: Db, org: string, options: { before?: number | undefined; limit: number }): Promise<Checkpoint[]> {
  const conditions = [eq(ledgerCheckpoints.org, org)];
  if (options.before !== undefined) conditions.push(lt(ledgerCheckpoints.seq, options.before));
  return db.select().from(ledgerCheckpoints).where(and(...conditions)).orderBy(desc(ledgerCheckpoints.seq)).limit(options.limit);
}

/** Public keys by key id (all keys the instance ever signed with). */
export async function knownKeys(db: Db): Promise<Map<string, string>> {
  const rows = await db.select().from(ledgerKeys).limit(10_000);
  return new Map(rows.map((r) => [r.keyId, r.publicKeyPem]));
}

/** Records the key as known (at start), so settings can show it even before the first checkpoint. */
export async function registerKey(db: Db, key: InstanceKey): Promise<void> {
  await db.insert(ledgerKeys).values({ keyId: key.keyId, publicKeyPem: key.publicKeyPem }).onConflictDoNothing();
}
