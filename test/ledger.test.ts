// The audit trail is a hash chain: every write leaves an entry; editing any row is detected by seq.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GENESIS_PREV, entryHash } from '../src/ledger/hash.ts';
import { verifyLedger } from '../src/ledger/chain.ts';
import { queryRows } from '../src/db/client.ts';
import { inviteMember, makeTestApp, setupInstance, type TestApp } from './helpers/app.ts';

let t: TestApp;
let orgId: string;
beforeAll(async () => {
  t = await makeTestApp();
  const { agent, session } = await setupInstance(t);
  orgId = session.activeOrganization.organization.id;
  await inviteMember(t, agent, 'colleague@acme.test', 'control_owner');
  await agent.patch('/api/v1/organization', { name: 'Acme Cloud Inc' });
});
afterAll(async () => { await t.close(); });

async function rows() {
  return queryRows<{ org: string; seq: number; at: string; kind: string; subject: string; payload: unknown; prev: string; hash: string }>(t.deps.db, sql`select org, seq, at, kind, subject, payload, prev, hash from ledger where org = ${orgId} order by seq`);
}

async function tamper(statement: ReturnType<typeof sql>) {
  await t.deps.db.transaction(async (tx) => {
    await tx.execute(sql`alter table ledger disable trigger ledger_append_only`);
    await tx.execute(statement);
    await tx.execute(sql`alter table ledger enable trigger ledger_append_only`);
  });
}

describe('ledger', () => {
  it('records every write of the journey, chained from the genesis hash', async () => {
    const entries = await rows();
    expect(entries.map((e) => e.kind)).toEqual([
      'organization.created',
      'member.added',
      'session.login',
      'invitation.created',
      'invitation.accepted',
      'member.added',
      'session.login',
      'organization.updated',
    ]);
    expect(entries.map((e) => Number(e.seq))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(entries[0]!.prev).toBe(GENESIS_PREV);
    for (const [i, e] of entries.entries()) {
      if (i > 0) expect(e.prev).toBe(entries[i - 1]!.hash);
      expect(entryHash(e.prev, { ...e, seq: Number(e.seq) })).toBe(e.hash);
    }
    const invited = entries[3]!.payload as { actor: { label: string }; ip: string; requestId: string; objectType: string; data: { role: string } };
    expect(invited.actor.label).toBe('owner@acme.test');
    expect(invited.objectType).toBe('invitation');
    expect(invited.data.role).toBe('control_owner');
    expect(invited.ip).toBe('127.0.0.1');
    expect(invited.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses updates and deletes through the append-only trigger', async () => {
    const causeOf = (e: unknown) => String((e as { cause?: { message?: string } }).cause?.message);
    const update = await t.deps.db.execute(sql`update ledger set kind = 'x' where org = ${orgId} and seq = 1`).catch(causeOf);
    const remove = await t.deps.db.execute(sql`delete from ledger where org = ${orgId}`).catch(causeOf);
    expect(update).toMatch(/append-only \(UPDATE refused\)/);
    expect(remove).toMatch(/append-only \(DELETE refused\)/);
  });

  it('keeps one gapless chain under concurrent writers', async () => {
    const { createApiToken } = await import('../src/services/api-tokens.ts');
    const owner = (await queryRows<{ user_id: string }>(t.deps.db, sql`select user_id from memberships where organization_id = ${orgId} and role = 'admin'`))[0]!.user_id;
    const ctx = { ip: null, requestId: null, actor: { type: 'user' as const, userId: owner, label: 'owner@acme.test', tokenId: null, organizationId: orgId, organizationKind: 'service_org' as const, role: 'admin' as const } };
    await Promise.all(Array.from({ length: 20 }, (_, i) => createApiToken(t.deps, ctx, { name: `t${i}`, role: 'viewer' })));
    const seqs = (await rows()).map((e) => Number(e.seq));
    expect(seqs).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
    expect((await verifyLedger(t.deps.db)).failures).toEqual([]);
  });

  it('verifies clean', async () => {
    const report = await verifyLedger(t.deps.db);
    expect(report.failures).toEqual([]);
    expect(report.entries).toBe(28);
  });

  it('names the seq of an edited payload', async () => {
    await tamper(sql`update ledger set payload = jsonb_set(payload, '{data,role}', '"admin"') where org = ${orgId} and seq = 4`);
    const report = await verifyLedger(t.deps.db);
    expect(report.failures.map((f) => [f.org, f.seq])).toEqual([[orgId, 4]]);
    expect(report.failures[0]!.problem).toMatch(/hash mismatch/);
  });

  it('names the seq when a row is recomputed but breaks the chain, and a deleted row as a gap', async () => {
    const all = await rows();
    const e = all[5]!;
    expect(Number(e.seq)).toBe(6);
    const forged = { ...e, seq: Number(e.seq), kind: 'member.removed' };
    await tamper(sql`update ledger set kind = ${forged.kind}, hash = ${entryHash(forged.prev, forged)} where org = ${orgId} and seq = 6`);
    await tamper(sql`delete from ledger where org = ${orgId} and seq = 28`);
    const report = await verifyLedger(t.deps.db);
    const bySeq = report.failures.map((f) => f.seq);
    expect(bySeq).toContain(4);
    expect(bySeq).toContain(7); // its prev no longer matches the forged entry 6
    expect(report.entries).toBe(27);
  });
});
