// Writes an audit record to the organization's ledger, in the caller's transaction.
import type { Db } from '../db/client.ts';
import { appendEntry } from '../ledger/chain.ts';
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

export async function recordAudit<K extends AuditKind>(tx: Db, record: AuditRecord<K>): Promise<void> {
  const data = AUDIT_EVENTS[record.kind].parse(record.data) as Record<string, unknown>;
  await appendEntry(tx, {
    org: record.org,
    kind: record.kind,
    subject: record.objectId,
    at: record.at,
    payload: {
      actor: record.actor,
      objectType: record.objectType,
      ip: record.meta.ip,
      requestId: record.meta.requestId,
      data,
    },
  });
}

export function actorOf(ctx: { actor: { type: 'user' | 'token'; userId: string; tokenId: string | null; label: string } }): AuditActor {
  return ctx.actor.type === 'token'
    ? { type: 'token', id: ctx.actor.tokenId, label: ctx.actor.label }
    : { type: 'user', id: ctx.actor.userId, label: ctx.actor.label };
}
