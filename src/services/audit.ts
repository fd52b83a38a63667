// Writes an audit record to the organization's ledger, in the caller's transaction.
import type { Db } from '../db/client.ts';
import { appendEntries, type LedgerEntry } from '../ledger/chain.ts';
import { AUDIT_EVENTS, type AuditData, type AuditKind, type ObjectType } from '../ledger/events.ts';
import type { RequestMeta } from './context.ts';

export interface AuditActor {
  type: 'user' | 'token' | 'system';
  id: string | null;
  label: string;
}

export interface AuditRecord<K extends AuditKind> {
  org: string;
  actor: AuditActor;
  meta: RequestMeta;
  kind: K;
  objectType: ObjectType;
  objectId: string;
  data: AuditData<K>;
  at: Date;
}

/** Returns the appended ledger entries (one). */
export async function recordAudit<K extends AuditKind>(tx: Db, record: AuditRecord<K>): Promise<LedgerEntry[]> {
  return recordAudits(tx, [record]);
}

/** Several records of one organization, appended in order with one lock (e.g. adopting a library). */
export async function recordAudits<K extends AuditKind>(tx: Db, records: readonly AuditRecord<K>[]): Promise<LedgerEntry[]> {
  const org = records[0]?.org;
  if (!org) return [];
  if (records.some((r) => r.org !== org)) throw new Error('recordAudits takes records of one organization');
  return appendEntries(
    tx,
    org,
    records.map((record) => ({
      kind: record.kind,
      subject: record.objectId,
      at: record.at,
      payload: {
        actor: record.actor,
        objectType: record.objectType,
        ip: record.meta.ip,
        requestId: record.meta.requestId,
        data: AUDIT_EVENTS[record.kind].parse(record.data) as Record<string, unknown>,
      },
    })),
  );
}

export function actorOf(ctx: { actor: { type: 'user' | 'token'; userId: string; tokenId: string | null; label: string } }): AuditActor {
  return ctx.actor.type === 'token'
    ? { type: 'token', id: ctx.actor.tokenId, label: ctx.actor.label }
    : { type: 'user', id: ctx.actor.userId, label: ctx.actor.label };
}
