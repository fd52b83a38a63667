// Appending to and verifying the per-organization hash chain.
import { and, asc, desc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { ledger } from '../db/schema.ts';
import { GENESIS_PREV, entryHash } from './hash.ts';

export interface NewEntry {
  org: string;
  kind: string;
  subject: string;
  payload: Record<string, unknown>;
  at: Date;
}

export interface LedgerEntry {
  org: string;
  seq: number;
  at: string;
  kind: string;
  subject: string;
  payload: unknown;
  prev: string;
  hash: string;
}

/**
 * Appends one entry to the organization's chain. Call inside the transaction that makes the change,
 * so the record and the change commit together. A per-organization advisory lock orders writers.
 */
export async function appendEntry(tx: Db, entry: NewEntry): Promise<LedgerEntry> {
  const [appended] = await appendEntries(tx, entry.org, [entry]);
  return appended!;
}

/**
 * Runs after every append, in the same transaction and under the same lock: the checkpointing step
 * (src/ledger/checkpoints.ts `configureCheckpointing`) registers itself here when the runtime starts,
 * so the dozens of places that record audit entries need not know about signing keys.
 */
export type AppendHook = (tx: Db, org: string, appended: readonly LedgerEntry[]) => Promise<void>;
let appendHook: AppendHook | null = null;

export function setAppendHook(hook: AppendHook | null): void {
  appendHook = hook;
}

/** Appends several entries of one organization in order, with one lock and one insert; returns them. */
export async function appendEntries(tx: Db, org: string, entries: readonly Omit<NewEntry, 'org'>[]): Promise<LedgerEntry[]> {
  const rows = await appendEntriesWithoutHook(tx, org, entries);
  if (appendHook && rows.length > 0) await appendHook(tx, org, rows);
  return rows;
}

/** The append itself, without the after-append hook (the hook's own entries are written through this). */
export async function appendEntriesWithoutHook(tx: Db, org: string, entries: readonly Omit<NewEntry, 'org'>[]): Promise<LedgerEntry[]> {
  if (entries.length === 0) return [];
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${'ledger:' + org}))`);
  const [last] = await tx
    .select({ seq: ledger.seq, hash: ledger.hash })
    .from(ledger)
    .where(eq(ledger.org, org))
    .orderBy(desc(ledger.seq))
    .limit(1);
  let seq = last?.seq ?? 0;
  let prev = last?.hash ?? GENESIS_PREV;
  const rows = entries.map((entry) => {
    seq += 1;
    const content = {
      org,
      seq,
      at: entry.at.toISOString(),
      kind: entry.kind,
      subject: entry.subject,
      payload: JSON.parse(JSON.stringify(entry.payload)) as unknown,
    };
    const full = { ...content, prev, hash: entryHash(prev, content) };
    prev = full.hash;
    return full;
  });
  await tx.insert(ledger).values(rows);
  return rows;
}

export interface LedgerFailure {
  org: string;
  seq: number;
  problem: string;
}

export interface VerifyReport {
  entries: number;
  organizations: number;
  failures: LedgerFailure[];
}

const PAGE = 2000;

/** Recomputes every chain. Reads in pages so memory stays flat however long the ledger is. */
export async function verifyLedger(db: Db, onProgress?: (checked: number) => void): Promise<VerifyReport> {
  const orgs = await db.selectDistinct({ org: ledger.org }).from(ledger).orderBy(asc(ledger.org));
  const report: VerifyReport = { entries: 0, organizations: orgs.length, failures: [] };
  for (const { org } of orgs) {
    await verifyChain(db, org, report, onProgress);
  }
  return report;
}

async function verifyChain(db: Db, org: string, report: VerifyReport, onProgress?: (n: number) => void) {
  let expectedSeq = 1;
  let prevHash = GENESIS_PREV;
  for (;;) {
    const page = await db
      .select()
      .from(ledger)
      .where(and(eq(ledger.org, org), gt(ledger.seq, expectedSeq - 1)))
      .orderBy(asc(ledger.seq))
      .limit(PAGE);
    for (const e of page) {
      for (const problem of checkEntry(e, expectedSeq, prevHash)) report.failures.push({ org, seq: e.seq, problem });
      expectedSeq = e.seq + 1;
      prevHash = e.hash;
      report.entries += 1;
    }
    onProgress?.(report.entries);
    if (page.length < PAGE) return;
  }
}

export function checkEntry(e: LedgerEntry, expectedSeq: number, expectedPrev: string): string[] {
  const problems: string[] = [];
  if (e.seq !== expectedSeq) problems.push(`sequence gap: expected seq ${expectedSeq}, found ${e.seq}`);
  if (e.prev !== expectedPrev) problems.push('prev does not match the hash of the entry before it');
  const recomputed = entryHash(e.prev, e);
  if (recomputed !== e.hash) problems.push(`hash mismatch: stored ${e.hash.slice(0, 16)}…, recomputed ${recomputed.slice(0, 16)}…`);
  return problems;
}
