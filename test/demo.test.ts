// The demo organization: created through the real use cases, idempotent, and lived-in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, makeTestApp, type TestApp } from './helpers/app.ts';
import { createDemo, DEMO_PASSWORD, DEMO_USERS } from '../src/services/demo.ts';
import { verifyLedger } from '../src/ledger/chain.ts';

let t: TestApp;
beforeAll(async () => { t = await makeTestApp(); });
afterAll(async () => { await t.close(); });

describe('demo organization', () => {
  let admin: Agent;

  it('is offered on a new instance and logs in as the demo admin', async () => {
    admin = new Agent(t.app);
    const res = await admin.post('/api/v1/setup/demo');
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ user: { email: DEMO_USERS[0]!.email }, activeOrganization: { role: 'admin', organization: { name: 'Northwind Payroll (demo)' } } });
    expect((await new Agent(t.app).post('/api/v1/setup/demo')).json().error.code).toBe('already_set_up');
  }, 60_000);

  it('is idempotent', async () => {
    const again = await createDemo(t.deps);
    expect(again.created).toBe(false);
    const systems = (await admin.get('/api/v1/systems')).json().systems;
    expect(systems).toHaveLength(1);
  });

  it('lets every demo user log in with the printed password', async () => {
    for (const u of DEMO_USERS) {
      const res = await new Agent(t.app, `10.0.0.${DEMO_USERS.indexOf(u) + 1}`).post('/api/v1/auth/login', { email: u.email, password: DEMO_PASSWORD });
      expect(res.json(), u.email).toEqual({ state: 'active' });
    }
  });

  it('has a program with something in every area, and honest gaps', async () => {
    const systemId = (await admin.get('/api/v1/systems')).json().systems[0].id;
    const controls = (await admin.get(`/api/v1/systems/${systemId}/controls`)).json().controls;
    expect(controls.length).toBeGreaterThan(100);
    expect(controls.every((c: { owner: unknown }) => c.owner !== null)).toBe(true);
    const policies = (await admin.get('/api/v1/policies?status=all')).json().policies as { status: string }[];
    expect(new Set(policies.map((p) => p.status))).toEqual(new Set(['approved', 'in_review', 'draft']));
    expect((await admin.get('/api/v1/vendors')).json().vendors).toHaveLength(4);
    expect((await admin.get('/api/v1/risks')).json().risks).toHaveLength(6);
    const readiness = (await admin.get(`/api/v1/systems/${systemId}/readiness`)).json();
    expect(readiness.percent).toBeGreaterThan(50);
    expect(readiness.percent).toBeLessThan(100);
    expect(readiness.gaps.some((g: { kind: string }) => g.kind === 'people_flag')).toBe(true);
    const description = (await admin.get(`/api/v1/systems/${systemId}/description`)).json();
    expect(description.sections.find((s: { key: string }) => s.key === 'DC7').markdown).toContain('Amazon Web Services');
    expect((await verifyLedger(t.deps.db)).failures).toEqual([]);
  });
});
