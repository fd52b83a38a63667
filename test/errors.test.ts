// Bad input gets a clear error with a stable code, every field error at once, and writes nothing.
import { sql } from 'drizzle-orm';
import { queryRows } from '../src/db/client.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent} from './helpers/app.ts';
import { makeTestApp, setupInstance, type TestApp } from './helpers/app.ts';

let t: TestApp;
let owner: Agent;
beforeAll(async () => {
  t = await makeTestApp({ env: { ATTEST_BODY_LIMIT: '4096' } });
  ({ agent: owner } = await setupInstance(t));
});
afterAll(async () => { await t.close(); });

const ledgerCount = async () => Number((await queryRows<{ n: number }>(t.deps.db, sql`select count(*)::int as n from ledger`))[0]!.n);
const raw = (payload: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/v1/invitations', payload, headers: { 'content-type': 'application/json', cookie: `attest_session=${owner.cookie}`, 'x-csrf-token': owner.csrf!, ...headers } });

describe('bad input', () => {
  it('malformed JSON → 400 malformed_json', async () => {
    const res = await raw('{"email": ');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('malformed_json');
  });

  it('unknown fields and wrong types → 400 with every field error at once', async () => {
    const before = await ledgerCount();
    const res = await owner.post('/api/v1/invitations', { email: 42, role: 'emperor', extra: true });
    expect(res.statusCode).toBe(400);
    const body = res.json().error;
    expect(body.code).toBe('validation_failed');
    const paths = body.fields.map((f: { path: string }) => f.path).sort();
    expect(paths).toEqual(['body.email', 'body.extra', 'body.role']);
    expect(await ledgerCount()).toBe(before);
  });

  it('a role of the other kind of organization → 400 and nothing written', async () => {
    const before = await ledgerCount();
    const res = await owner.post('/api/v1/invitations', { email: 'p@x.test', role: 'partner' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([{ path: 'role', message: 'not a role of this organization' }]);
    expect(await ledgerCount()).toBe(before);
    expect((await owner.get('/api/v1/invitations')).json().invitations).toEqual([]);
  });

  it('oversize body → 413 payload_too_large', async () => {
    const res = await raw(JSON.stringify({ email: 'a@b.test', role: 'viewer', pad: 'x'.repeat(10_000) }));
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('payload_too_large');
  });

  it('a non-JSON body → 415', async () => {
    const res = await raw('email=a', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('unsupported_media_type');
  });

  it('a malformed id → 400, an unknown id → 404', async () => {
    expect((await owner.delete('/api/v1/tokens/not-a-uuid')).json().error.code).toBe('validation_failed');
    expect((await owner.delete('/api/v1/tokens/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('unknown API routes → 404 JSON; other paths serve the app shell or a build hint', async () => {
    const res = await owner.get('/api/v1/nope');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
    const page = await owner.get('/settings/members');
    expect(page.statusCode).toBe(200);
  });

  it('an unexpected failure → opaque 500 with the request id', async () => {
    const broken = await makeTestApp();
    await broken.database.close();
    const res = await broken.app.inject({ method: 'GET', url: '/api/v1/catalog/criteria' });
    expect(res.statusCode).toBe(500);
    expect(res.json().error.code).toBe('internal_error');
    expect(res.json().error.message).not.toMatch(/closed|pglite|pool/i);
    expect(res.json().error.requestId).toBe(res.headers['x-request-id']);
    const health = await broken.app.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(503);
    await broken.app.close();
  });
});
