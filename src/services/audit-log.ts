// The audit log: the organization's ledger entries, filtered, paged, and exported as CSV.
import type { AuditEntry } from '../contract/api.ts';
import { listAuditEntries, type AuditFilter } from '../db/audit-log.ts';
import type { LedgerEntry } from '../ledger/chain.ts';
import { csvRow } from '../domain/export/csv.ts';
import type { Ctx, Deps } from './context.ts';
import { authorize } from './gate.ts';

interface StoredPayload {
  actor?: { type?: AuditEntry['actor']['type']; id?: string | null; label?: string };
  objectType?: string;
  ip?: string | null;
  requestId?: string | null;
  data?: Record<string, unknown>;
}

export function presentAuditEntry(e: LedgerEntry): AuditEntry {
  const p = (e.payload ?? {}) as StoredPayload;
  return {
    seq: e.seq,
    at: e.at,
    kind: e.kind,
    subject: e.subject,
    actor: { type: p.actor?.type ?? 'system', id: p.actor?.id ?? null, label: p.actor?.label ?? 'system' },
    objectType: p.objectType ?? 'unknown',
    ip: p.ip ?? null,
    requestId: p.requestId ?? null,
    data: p.data ?? {},
    hash: e.hash,
  };
}

export async function readAuditLog(deps: Deps, ctx: Ctx, filter: AuditFilter, limit: number) {
  const scope = authorize(ctx, 'audit.read');
  const rows = await listAuditEntries(deps.db, scope, filter, limit + 1);
  const page = rows.slice(0, limit).map(presentAuditEntry);
  return { entries: page, nextBefore: rows.length > limit ? page[page.length - 1]!.seq : null };
}

export const AUDIT_CSV_HEADER = ['seq', 'at', 'action', 'actor', 'actor_type', 'object_type', 'object_id', 'ip', 'request_id', 'details', 'hash'];

/** Streams the whole filtered log as CSV rows, page by page (memory stays flat). */
export async function* exportAuditLog(deps: Deps, ctx: Ctx, filter: AuditFilter): AsyncGenerator<string> {
  const scope = authorize(ctx, 'audit.read');
  yield csvRow(AUDIT_CSV_HEADER);
  let before = filter.before;
  for (;;) {
    const rows = await listAuditEntries(deps.db, scope, { ...filter, before }, 1000);
    for (const row of rows) {
      const e = presentAuditEntry(row);
      yield csvRow([e.seq, e.at, e.kind, e.actor.label, e.actor.type, e.objectType, e.subject, e.ip, e.requestId, JSON.stringify(e.data), e.hash]);
    }
    if (rows.length < 1000) return;
    before = rows[rows.length - 1]!.seq;
  }
}
