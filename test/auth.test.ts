import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, PASSWORD, makeTestApp, setupInstance, totpFor, type TestApp } from './helpers/app.ts';

let t: TestApp;
beforeAll(async () => { t = await makeTestApp(); });
afterAll(async () => { await t.close(); });

describe('setup, login and MFA', () => {
  let owner: Agent;
  let secret: string;
  let recovery: string[];

  it('reports that setup is needed, then creates the first organization and logs in', async () => {
    const anon = new Agent(t.app);
    expect((await anon.get('/api/v1/setup')).json()).toEqual({ needed: true });
    ({ agent: owner } = await setupInstance(t));
    const s = (await owner.get('/api/v1/session')).json();
    expect(s.state).toBe('active');
    expect(s.activeOrganization.role).toBe('admin');
    expect(s.user.email).toBe('owner@acme.test');
    expect((await anon.get('/api/v1/setup')).json()).toEqual({ needed: false });
  });

  it('refuses a second setup', async () => {
    const res = await new Agent(t.app).post('/api/v1/setup', {
      organization: { name: 'Intruder', kind: 'service_org' },
      admin: { email: 'x@y.test', name: 'X', password: PASSWORD },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('already_set_up');
  });

  it('sets an HttpOnly SameSite session cookie', async () => {
    const res = await new Agent(t.app).post('/api/v1/auth/login', { email: 'owner@acme.test', password: PASSWORD });
    const cookie = res.cookies.find((c) => c.name === 'attest_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const res = await owner.request('PATCH', '/api/v1/organization', { name: 'Acme Cloud Inc' }, { 'x-csrf-token': 'wrong' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('csrf_failed');
  });

  it('enrols TOTP MFA with a QR code and returns recovery codes once', async () => {
    const enrol = await owner.post('/api/v1/me/mfa/enrol');
    expect(enrol.statusCode).toBe(200);
    ({ secret } = enrol.json());
    expect(enrol.json().qrDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(enrol.json().otpauthUrl).toContain('otpauth://totp/');
    const wrong = await owner.post('/api/v1/me/mfa/confirm', { code: '000000' });
    expect(wrong.json().error?.code ?? 'accepted').toBe((await totpFor(secret)) === '000000' ? 'accepted' : 'invalid_mfa_code');
    const ok = await owner.post('/api/v1/me/mfa/confirm', { code: await totpFor(secret) });
    expect(ok.statusCode).toBe(200);
    recovery = ok.json().recoveryCodes;
    expect(recovery).toHaveLength(10);
    expect(new Set(recovery).size).toBe(10);
    expect((await owner.get('/api/v1/session')).json().user.mfaEnabled).toBe(true);
  });

  it('logs out, then needs the code to log back in', async () => {
    expect((await owner.post('/api/v1/auth/logout')).statusCode).toBe(204);
    expect((await owner.get('/api/v1/session')).statusCode).toBe(401);
    const agent = new Agent(t.app);
    const login = await agent.post('/api/v1/auth/login', { email: 'owner@acme.test', password: PASSWORD });
    expect(login.json()).toEqual({ state: 'mfa_required' });
    await agent.refreshSession();
    const blocked = await agent.get('/api/v1/members');
    expect(blocked.statusCode).toBe(401);
    expect(blocked.json().error.code).toBe('mfa_required');
    t.clock.offsetMs = 31_000; // the enrolment code's time step is spent; use the next one
    const done = await agent.post('/api/v1/auth/mfa', { code: await totpFor(secret, 31) });
    expect(done.statusCode).toBe(200);
    expect(done.json().state).toBe('active');
    expect((await agent.get('/api/v1/members')).statusCode).toBe(200);
    owner = agent;
  });

  it('refuses a replayed TOTP code', async () => {
    const agent = new Agent(t.app);
    await agent.post('/api/v1/auth/login', { email: 'owner@acme.test', password: PASSWORD });
    await agent.refreshSession();
    const replay = await agent.post('/api/v1/auth/mfa', { code: await totpFor(secret, 31) });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().error.code).toBe('invalid_mfa_code');
  });

  it('accepts a recovery code once', async () => {
    const use = async () => {
      const agent = new Agent(t.app);
      await agent.post('/api/v1/auth/login', { email: 'owner@acme.test', password: PASSWORD });
      await agent.refreshSession();
      return agent.post('/api/v1/auth/mfa', { code: recovery[0]!.toUpperCase() });
    };
    expect((await use()).statusCode).toBe(200);
    expect((await use()).statusCode).toBe(401);
  });

  it('throttles repeated failures per account', async () => {
    const agent = new Agent(t.app, '10.9.9.9');
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) codes.push((await agent.post('/api/v1/auth/login', { email: 'nobody@acme.test', password: 'wrong password!' })).statusCode);
    expect(codes).toEqual([401, 401, 401, 401, 401, 429]);
    const res = await agent.post('/api/v1/auth/login', { email: 'nobody@acme.test', password: 'wrong password!' });
    expect(res.headers['retry-after']).toBe('900');
  });

  it('throttles per IP across accounts', async () => {
    const agent = new Agent(t.app, '10.8.8.8');
    let last = 0;
    for (let i = 0; i < 31; i++) last = (await agent.post('/api/v1/auth/login', { email: `u${i}@acme.test`, password: 'wrong password!' })).statusCode;
    expect(last).toBe(429);
  });

  it('does not reveal whether an account exists', async () => {
    const a = await new Agent(t.app, '10.1.1.1').post('/api/v1/auth/login', { email: 'owner@acme.test', password: 'not the password' });
    const b = await new Agent(t.app, '10.1.1.2').post('/api/v1/auth/login', { email: 'ghost@acme.test', password: 'not the password' });
    expect(a.statusCode).toBe(401);
    expect(a.json().error.message).toBe(b.json().error.message);
  });

  it('forces MFA enrolment when the organization requires it', async () => {
    expect((await owner.patch('/api/v1/organization', { requireMfa: true })).json().requireMfa).toBe(true);
    const inv = await owner.post('/api/v1/invitations', { email: 'new@acme.test', role: 'viewer' });
    const token = inv.json().link.split('/invite/')[1];
    const newcomer = new Agent(t.app);
    const accepted = await newcomer.post('/api/v1/invitations/accept', { token, name: 'Nina New', password: PASSWORD });
    expect(accepted.json().state).toBe('mfa_enrolment_required');
    const blocked = await newcomer.get('/api/v1/members');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('mfa_enrolment_required');
    const { secret: s2 } = (await newcomer.post('/api/v1/me/mfa/enrol')).json();
    expect((await newcomer.post('/api/v1/me/mfa/confirm', { code: await totpFor(s2, 31) })).statusCode).toBe(200);
    expect((await newcomer.get('/api/v1/members')).statusCode).toBe(200);
    expect((await newcomer.post('/api/v1/me/mfa/disable', { code: await totpFor(s2, 61) })).json().error.code).toBe('forbidden');
  });
});

describe('housekeeping', () => {
  it('deletes expired sessions and old login failures', async () => {
    const { pruneExpired } = await import('../src/services/housekeeping.ts');
    const { queryRows } = await import('../src/db/client.ts');
    const count = async (table: string) => Number((await queryRows<{ n: number }>(t.deps.db, `select count(*)::int as n from ${table}`))[0]!.n);
    expect(await count('sessions')).toBeGreaterThan(0);
    expect(await count('login_failures')).toBeGreaterThan(0);
    t.clock.offsetMs = 13 * 3600_000;
    await pruneExpired(t.deps);
    t.clock.offsetMs = 0;
    expect(await count('sessions')).toBe(0);
    expect(await count('login_failures')).toBe(0);
  });
});
