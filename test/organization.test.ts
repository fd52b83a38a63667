// Members, invitations and API tokens through HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, PASSWORD, inviteMember, makeTestApp, setupInstance, type TestApp } from './helpers/app.ts';
import { createUserLocally } from '../src/services/local-accounts.ts';

let t: TestApp;
let owner: Agent;
beforeAll(async () => {
  t = await makeTestApp({ env: { ATTEST_PUBLIC_URL: 'https://attest.example.com/' } });
  ({ agent: owner } = await setupInstance(t));
});
afterAll(async () => { await t.close(); });

const tokenOf = (link: string) => link.split('/invite/')[1]!;

describe('invitations', () => {
  it('creates a single-use link with the public URL; the colleague sees only their organization', async () => {
    const res = await owner.post('/api/v1/invitations', { email: 'Carol@Acme.test', role: 'compliance_manager' });
    expect(res.statusCode).toBe(201);
    const { invitation, link } = res.json();
    expect(link).toMatch(/^https:\/\/attest\.example\.com\/invite\/[A-Za-z0-9_-]{40,}$/);
    expect(invitation).toMatchObject({ email: 'carol@acme.test', role: 'compliance_manager', status: 'pending' });

    const anon = new Agent(t.app);
    const preview = await anon.get(`/api/v1/invitations/preview/${tokenOf(link)}`);
    expect(preview.json()).toMatchObject({ organization: { name: 'Acme Cloud', kind: 'service_org' }, role: 'compliance_manager', existingUser: false });

    const carol = new Agent(t.app);
    const accepted = await carol.post('/api/v1/invitations/accept', { token: tokenOf(link), name: 'Carol', password: PASSWORD });
    expect(accepted.statusCode).toBe(201);
    expect(accepted.json().memberships).toEqual([{ organization: expect.objectContaining({ name: 'Acme Cloud' }), role: 'compliance_manager' }]);

    const again = await new Agent(t.app).post('/api/v1/invitations/accept', { token: tokenOf(link), name: 'Mallory', password: PASSWORD });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('invitation_used');
    expect((await anon.get(`/api/v1/invitations/preview/${tokenOf(link)}`)).json().error.code).toBe('invitation_used');
    const list = (await owner.get('/api/v1/invitations')).json().invitations;
    expect(list[0].status).toBe('accepted');
  });

  it('expires after seven days and can be revoked', async () => {
    const { link } = (await owner.post('/api/v1/invitations', { email: 'late@acme.test', role: 'viewer' })).json();
    t.clock.offsetMs = 7 * 86400_000 + 1000;
    const late = await new Agent(t.app).post('/api/v1/invitations/accept', { token: tokenOf(link), name: 'Late', password: PASSWORD });
    t.clock.offsetMs = 0;
    expect(late.statusCode).toBe(410);
    expect(late.json().error.code).toBe('invitation_expired');

    const second = (await owner.post('/api/v1/invitations', { email: 'revoked@acme.test', role: 'viewer' })).json();
    expect((await owner.delete(`/api/v1/invitations/${second.invitation.id}`)).statusCode).toBe(204);
    expect((await owner.delete(`/api/v1/invitations/${second.invitation.id}`)).statusCode).toBe(409);
    const accept = await new Agent(t.app).post('/api/v1/invitations/accept', { token: tokenOf(second.link), name: 'R', password: PASSWORD });
    expect(accept.json().error.code).toBe('invitation_expired');
  });

  it('lets an existing user of another organization join with their own password (org switcher)', async () => {
    await createUserLocally(t.deps, { email: 'pat@firm.test', name: 'Pat', org: 'Audit LLP', kind: 'audit_firm', role: 'partner', password: PASSWORD });
    const { link } = (await owner.post('/api/v1/invitations', { email: 'pat@firm.test', role: 'viewer' })).json();
    const pat = new Agent(t.app);
    const wrong = await pat.post('/api/v1/invitations/accept', { token: tokenOf(link), password: 'not my password' });
    expect(wrong.json().error.code).toBe('invalid_credentials');
    const ok = await pat.post('/api/v1/invitations/accept', { token: tokenOf(link), password: PASSWORD });
    expect(ok.statusCode).toBe(201);
    const session = ok.json();
    expect(session.activeOrganization.organization.name).toBe('Acme Cloud');
    expect(session.memberships.map((m: { organization: { name: string } }) => m.organization.name)).toEqual(['Acme Cloud', 'Audit LLP']);
    const firmId = session.memberships[1].organization.id;
    const switched = await pat.post('/api/v1/session/organization', { organizationId: firmId });
    expect(switched.json().activeOrganization).toMatchObject({ role: 'partner', organization: { kind: 'audit_firm' } });
    expect((await pat.get('/api/v1/organization')).json().name).toBe('Audit LLP');
    const acmeMembers = (await owner.get('/api/v1/members')).json().members.map((m: { email: string }) => m.email);
    expect(acmeMembers).toContain('pat@firm.test');
    const firmMembers = (await pat.get('/api/v1/members')).json().members.map((m: { email: string }) => m.email);
    expect(firmMembers).toEqual(['pat@firm.test']);
  });

  it('refuses to invite an existing member', async () => {
    const res = await owner.post('/api/v1/invitations', { email: 'owner@acme.test', role: 'viewer' });
    expect(res.statusCode).toBe(409);
  });
});

describe('members', () => {
  it('changes roles and removes members, but never the last admin', async () => {
    const { userId } = await inviteMember(t, owner, 'dave@acme.test', 'employee', 'Dave');
    const changed = await owner.patch(`/api/v1/members/${userId}`, { role: 'admin' });
    expect(changed.json()).toMatchObject({ email: 'dave@acme.test', role: 'admin' });
    const me = (await owner.get('/api/v1/session')).json().user.id;
    expect((await owner.patch(`/api/v1/members/${userId}`, { role: 'viewer' })).statusCode).toBe(200);
    const demoteSelf = await owner.patch(`/api/v1/members/${me}`, { role: 'viewer' });
    expect(demoteSelf.statusCode).toBe(409);
    expect(demoteSelf.json().error.message).toMatch(/last admin/);
    expect((await owner.delete(`/api/v1/members/${me}`)).statusCode).toBe(409);
    expect((await owner.delete(`/api/v1/members/${userId}`)).statusCode).toBe(204);
    expect((await owner.get('/api/v1/members')).json().members.some((m: { userId: string }) => m.userId === userId)).toBe(false);
  });
});

describe('api tokens', () => {
  it('shows the secret once, authenticates with it, and stops after revocation', async () => {
    const created = await owner.post('/api/v1/tokens', { name: 'CI', role: 'compliance_manager' });
    expect(created.statusCode).toBe(201);
    const { token, secret } = created.json();
    expect(secret.startsWith(token.prefix)).toBe(true);
    expect(JSON.stringify((await owner.get('/api/v1/tokens')).json())).not.toContain(secret);
    const bot = new Agent(t.app);
    bot.bearer = secret;
    expect((await bot.get('/api/v1/audit-log')).statusCode).toBe(200);
    expect((await owner.get('/api/v1/tokens')).json().tokens[0].lastUsedAt).not.toBeNull();
    expect((await owner.delete(`/api/v1/tokens/${token.id}`)).statusCode).toBe(204);
    const after = await bot.get('/api/v1/audit-log');
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('unauthenticated');
  });
});

describe('organization settings and audit log', () => {
  it('filters the audit log and exports it as CSV', async () => {
    await owner.patch('/api/v1/organization', { name: 'Acme Cloud Inc' });
    const all = (await owner.get('/api/v1/audit-log?limit=500')).json();
    expect(all.entries.length).toBeGreaterThan(10);
    const renamed = (await owner.get('/api/v1/audit-log?action=organization.updated')).json().entries;
    expect(renamed).toHaveLength(1);
    expect(renamed[0]).toMatchObject({ kind: 'organization.updated', actor: { label: 'owner@acme.test' }, data: { name: 'Acme Cloud Inc' } });
    const byDave = (await owner.get('/api/v1/audit-log?actor=dave')).json().entries;
    expect(byDave.every((e: { actor: { label: string } }) => e.actor.label.includes('dave'))).toBe(true);
    expect(byDave.length).toBeGreaterThan(0);
    const today = new Date().toISOString().slice(0, 10);
    expect((await owner.get(`/api/v1/audit-log?from=${today}&to=${today}`)).json().entries.length).toBe(Math.min(all.entries.length, 100));
    expect((await owner.get('/api/v1/audit-log?to=2000-01-01')).json().entries).toEqual([]);

    const page1 = (await owner.get('/api/v1/audit-log?limit=3')).json();
    const page2 = (await owner.get(`/api/v1/audit-log?limit=3&before=${page1.nextBefore}`)).json();
    expect(page2.entries[0].seq).toBe(page1.entries[2].seq - 1);

    const csv = await owner.get('/api/v1/audit-log/export.csv');
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename="attest-audit-log-\d{4}-\d{2}-\d{2}\.csv"/);
    const lines = csv.body.trim().split('\r\n');
    expect(lines[0]).toBe('seq,at,action,actor,actor_type,object_type,object_id,ip,request_id,details,hash');
    expect(lines.length).toBe(all.entries.length + 1);
    expect(lines[1]).toMatch(/organization\.updated,owner@acme\.test,user,organization/);
  });
});
