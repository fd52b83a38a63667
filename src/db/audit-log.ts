// Reads of the ledger shaped as the audit log: one organization's chain, newest first, filtered.
import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from './client.ts';
import { ledger } from './schema.ts';
import type { Scope } from '../services/context.ts';

export interface AuditFilter {
  actor?: string | undefined;
  action?: string | undefined;
  from?: string | undefined; // YYYY-MM-DD inclusive
  to?: string | undefined; // YYYY-MM-DD inclusive
  before?: number | undefined;
  subject?: string | undefined;
}

export async function listAuditEntries(db: Db, scope: Scope, filter: AuditFilter, limit: number) {
  const conditions: SQL[] = [eq(ledger.org, scope.organizationId)];
  if (filter.before) conditions.push(lt(ledger.seq, filter.before));
  if (filter.subject) conditions.push(eq(ledger.subject, filter.subject));
  if (filter.action) conditions.push(sql`${ledger.kind} ilike ${'%' + escapeLike(filter.action) + '%'}`);
  if (filter.actor) conditions.push(sql`${ledger.payload}->'actor'->>'label' ilike ${'%' + escapeLike(filter.actor) + '%'}`);
  if (filter.from) conditions.push(gte(ledger.at, filter.from));
  if (filter.to) conditions.push(lt(ledger.at, nextDay(filter.to)));
  return db.select().from(ledger).where(and(...conditions)).orderBy(desc(ledger.seq)).limit(limit);
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => '\\' + c);
}

function nextDay(date: string): string {
  const d = new Date(date + 'T00:00:00.000Z');
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString();
}
