// The demo organization: created through the real use cases, idempotent, and lived-in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, makeTestApp, type TestApp } from './helpers/app.ts';
import { createDemo, DEMO_FIRM, DEMO_FIRM_USERS, DEMO_PASSWORD, DEMO_USERS } from '../src/services/demo.ts';
import { verifyLedger } from '../src/ledger/chain.ts';
import { verifyInstance } from '../src/ledger/verify.ts';
import { demoPeriods } from '../src/services/demo-engagement.ts';
import { addDays } from '../src/domain/calendar/dates.ts';

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

  it('has an audit firm with last year\'s report issued and this year\'s ready to issue, whose partner can propose to Northwind', async () => {
    const partner = new Agent(t.app, '10.0.1.1');
    await partner.post('/api/v1/auth/login', { email: DEMO_FIRM_USERS[0]!.email, password: DEMO_PASSWORD });
    const session = (await partner.get('/api/v1/session')).json();
    expect(session.activeOrganization).toMatchObject({ role: 'partner', organization: { name: DEMO_FIRM, kind: 'audit_firm' } });
    const engagements = (await partner.get('/api/v1/engagements')).json().engagements as Array<{ name: string; status: string; reportType: string }>;
    expect(engagements.map((e) => [e.reportType, e.status]).sort()).toEqual([['type1', 'issued'], ['type1', 'reporting']]);
    const reports = (await partner.get('/api/v1/reports')).json().items;
    const lastYear = demoPeriods(new Date()).lastYear;
    // Dated as the firm would have dated it then: six weeks after its as-of date, not on the day the demo was made.
    expect(reports).toEqual([expect.objectContaining({ organizationName: 'Northwind Payroll (demo)', firmName: DEMO_FIRM, version: 1, opinion: 'unqualified', asOfDate: lastYear, reportDate: addDays(lastYear, 42) })]);
    const ready = engagements.find((e) => e.status === 'reporting')!;
    const draft = (await partner.get(`/api/v1/engagements/${(ready as unknown as { id: string }).id}/report/draft`)).json();
    expect([draft.failures, draft.preconditions.assertion.accepted, draft.preconditions.opinion.decided]).toEqual([[], false, true]);
    const counterparties = (await partner.get('/api/v1/engagements/counterparties')).json().organizations.map((o: { name: string }) => o.name);
    expect(counterparties).toContain('Northwind Payroll (demo)');
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

  it('has a year of evidence of several kinds, with deliberate gaps that Type II readiness and the reminders show', async () => {
    const systemId = (await admin.get('/api/v1/systems')).json().systems[0].id;
    const controls = (await admin.get(`/api/v1/systems/${systemId}/controls`)).json().controls as { id: string; code: string }[];
    const items: { contentType: string; size: number; periodStart: string; controls: { id: string }[] }[] = [];
    for (let cursor: string | null = null, first = true; first || cursor; first = false) {
      const page: { items: typeof items; nextCursor: string | null } = (await admin.get(`/api/v1/evidence?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)).json();
      items.push(...page.items);
      cursor = page.nextCursor;
    }
    expect(items.length).toBeGreaterThan(80);
    expect(items.length).toBeLessThan(150);
    expect(new Set(items.map((i) => i.contentType))).toEqual(new Set(['text/csv', 'image/png', 'application/pdf', 'application/json', 'text/plain']));
    expect(Math.max(...items.map((i) => i.size))).toBeLessThan(8 * 1024);
    expect(new Set(items.map((i) => i.periodStart)).size).toBeGreaterThanOrEqual(4); // the quarters of the year
    const withEvidence = new Set(items.flatMap((i) => i.controls.map((c) => c.id)));
    expect(withEvidence.size / controls.length).toBeGreaterThan(0.9);
    const none = controls.find((c) => c.code === 'OPS-06')!;
    expect(withEvidence.has(none.id)).toBe(false);

    const type2 = (await admin.get(`/api/v1/systems/${systemId}/readiness?reportType=type2`)).json();
    expect(type2.assessed.operating).toBe(true);
    const notOperating = type2.gaps.filter((g: { kind: string }) => g.kind === 'not_operating') as { controlId?: string }[];
    expect(notOperating.some((g) => g.controlId === none.id)).toBe(true);
    expect(type2.percent).toBeLessThan((await admin.get(`/api/v1/systems/${systemId}/readiness`)).json().percent);

    const reminders = (await admin.get('/api/v1/freshness/reminders')).json().reminders as { control: { code: string } }[];
    expect(reminders.map((r) => r.control.code)).toContain('OPS-06');
    // BCP skipped one quarter: its quarterly restore test shows a missing window between covered ones.
    const restore = controls.find((c) => c.code === 'BCP-03')!;
    const timeline = (await admin.get(`/api/v1/controls/${restore.id}/freshness`)).json();
    expect(timeline.summary.missing).toBeGreaterThanOrEqual(1);
    expect(timeline.summary.covered).toBeGreaterThanOrEqual(2);
  });

  it('has an open request list in every status, with assignees, due dates, controls and evidence', async () => {
    const requests = (await admin.get('/api/v1/requests')).json().requests as { status: string; assignee: unknown; dueOn: string | null; dueState: string; controls: unknown[]; attachmentCount: number; commentCount: number }[];
    expect(requests.length).toBeGreaterThanOrEqual(5);
    expect(requests.length).toBeLessThanOrEqual(8);
    const count = (status: string) => requests.filter((r) => r.status === status).length;
    expect(count('open')).toBeGreaterThanOrEqual(2);
    expect(count('submitted')).toBeGreaterThanOrEqual(1);
    expect(count('accepted')).toBeGreaterThanOrEqual(1);
    const returned = requests.filter((r) => r.status === 'returned');
    expect(returned).toHaveLength(1);
    expect(returned[0]!.commentCount).toBeGreaterThanOrEqual(1);
    expect(requests.filter((r) => r.assignee !== null).length).toBeGreaterThanOrEqual(5);
    expect(requests.some((r) => r.dueState === 'overdue')).toBe(true);
    expect(requests.every((r) => r.controls.length > 0)).toBe(true);
    expect(requests.filter((r) => r.attachmentCount > 0).length).toBeGreaterThanOrEqual(3);
  });

  it('passes a full verification of the ledger, blobs included', async () => {
    const result = await verifyInstance(t.deps);
    expect(result.failures).toEqual([]);
    expect(result.totalBlobs).toBeGreaterThan(80);
    expect(result.checkedBlobs).toBe(result.totalBlobs);
  });
});
