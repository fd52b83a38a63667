// Risks through HTTP: the register, validation, linked controls, summary, heat map, risk assessments, tenancy.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, otherTenant, setupInstance, type Agent, type TestApp } from './helpers/app.ts';
import { addDays, addMonths, isoDate } from '../src/domain/calendar/dates.ts';
import { sql } from 'drizzle-orm';
import { expectCursorRefused, pageThrough } from './helpers/paging.ts';

let t: TestApp;
let admin: Agent;
let globex: Agent;
let today: string;
const ids = {} as Record<'owner' | 'control' | 'control2' | 'theirPerson' | 'theirControl' | 'breach' | 'outage' | 'fraud', string>;

const control = (agent: Agent, systemId: string, code: string) =>
  agent.post(`/api/v1/systems/${systemId}/controls`, { code, title: `${code} title`, activity: 'Someone does something on a schedule.', frequency: 'annual', nature: 'manual', type: 'preventive', evidenceGuidance: '', criteria: ['CC3.2'] }).then((r) => r.json().id as string);
const subjectEntries = async (subject: string) =>
  ((await admin.get('/api/v1/audit-log?limit=500')).json().entries as { kind: string; subject: string; data: Record<string, unknown> }[]).filter((e) => e.subject === subject);

beforeAll(async () => {
  t = await makeTestApp();
  today = isoDate(t.deps.now());
  ({ agent: admin } = await setupInstance(t));
  const systemId = (await admin.post('/api/v1/systems', { name: 'Acme Platform' })).json().id;
  ids.control = await control(admin, systemId, 'RK-01');
  ids.control2 = await control(admin, systemId, 'RK-02');
  ids.owner = (await admin.post('/api/v1/people', { name: 'Rita Risk', email: 'rita@acme.test' })).json().id;
  globex = await otherTenant(t);
  ids.theirPerson = (await globex.post('/api/v1/people', { name: 'Gus Globex', email: 'gus@globex.test' })).json().id;
  ids.theirControl = await control(globex, (await globex.post('/api/v1/systems', { name: 'Globex Cloud' })).json().id, 'GX-01');
});
afterAll(async () => { await t.close(); });

const breach = () => ({
  title: 'Customer data breach', description: 'Unauthorized access to production data.', category: 'security', ownerId: ids.owner,
  inherent: { likelihood: 4, impact: 5 }, residual: { likelihood: 2, impact: 5 }, treatment: 'mitigate', treatmentNotes: 'MFA and access reviews.',
  controlIds: [ids.control, ids.control2, ids.control], reviewDate: addMonths(today, 6),
});

describe('risk register', () => {
  it('registers a risk with scores, levels, owner and linked controls', async () => {
    const res = await admin.post('/api/v1/risks', breach());
    expect(res.statusCode, res.body).toBe(201);
    const r = res.json();
    ids.breach = r.id;
    expect(r).toMatchObject({
      title: 'Customer data breach', category: 'security', status: 'open', treatment: 'mitigate', reviewOverdue: false,
      owner: { id: ids.owner, name: 'Rita Risk', email: 'rita@acme.test' },
      inherent: { likelihood: 4, impact: 5, score: 20, level: 'critical' },
      residual: { likelihood: 2, impact: 5, score: 10, level: 'high' },
    });
    expect(r.controls.map((c: { code: string }) => c.code)).toEqual(['RK-01', 'RK-02']);
    const [entry] = await subjectEntries(r.id);
    expect(entry).toMatchObject({ kind: 'risk.created', data: { title: 'Customer data breach', inherentScore: 20, residualScore: 10 } });
  });

  it('registers a minimal risk with defaults', async () => {
    const res = await admin.post('/api/v1/risks', { title: 'Cloud outage', category: 'operational', inherent: { likelihood: 3, impact: 3 }, residual: { likelihood: 1, impact: 3 }, treatment: 'transfer', reviewDate: addDays(today, -1) });
    expect(res.statusCode, res.body).toBe(201);
    ids.outage = res.json().id;
    expect(res.json()).toMatchObject({ description: '', owner: null, controls: [], status: 'open', reviewOverdue: true, inherent: { score: 9, level: 'medium' }, residual: { score: 3, level: 'low' } });
  });

  it('reports every schema error at once', async () => {
    const res = await admin.post('/api/v1/risks', { title: '', category: 'weather', inherent: { likelihood: 0, impact: 6 }, residual: { likelihood: 2.5, impact: 1 }, treatment: 'ignore', reviewDate: 'soon' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      'body.category', 'body.inherent.impact', 'body.inherent.likelihood', 'body.residual.likelihood', 'body.reviewDate', 'body.title', 'body.treatment',
    ]);
  });

  it('never links another organization\'s person or control, naming each', async () => {
    const res = await admin.post('/api/v1/risks', { ...breach(), title: 'Stolen', ownerId: ids.theirPerson, controlIds: [ids.control, ids.theirControl, crypto.randomUUID()] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([
      { path: 'ownerId', message: 'no such person in this organization' },
      { path: 'controlIds.1', message: 'no such control in this organization' },
      { path: 'controlIds.2', message: 'no such control in this organization' },
    ]);
    expect((await admin.get('/api/v1/risks')).json().risks).toHaveLength(2);
  });

  it('changes ratings, controls and status, recording what changed', async () => {
    const res = await admin.patch(`/api/v1/risks/${ids.breach}`, { residual: { likelihood: 1, impact: 5 }, controlIds: [ids.control2], treatmentNotes: 'MFA and access reviews.' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ residual: { score: 5, level: 'medium' }, controls: [{ id: ids.control2, code: 'RK-02' }] });
    const [entry] = await subjectEntries(ids.breach);
    expect(entry).toMatchObject({ kind: 'risk.updated', data: { changes: { residual: { from: { likelihood: 2, impact: 5 }, to: { likelihood: 1, impact: 5 } }, controlIds: { from: [ids.control, ids.control2].sort(), to: [ids.control2] } } } });
    expect((await admin.patch(`/api/v1/risks/${ids.breach}`, { residual: { likelihood: 1, impact: 5 } })).statusCode).toBe(200);
    expect(await subjectEntries(ids.breach)).toHaveLength(2);
    expect((await admin.patch(`/api/v1/risks/${ids.breach}`, {})).statusCode).toBe(400);
    expect((await admin.patch(`/api/v1/risks/${ids.breach}`, { controlIds: [ids.theirControl] })).json().error.fields).toEqual([{ path: 'controlIds.0', message: 'no such control in this organization' }]);
  });

  it('lists the register with a summary, filtered by status and category', async () => {
    ids.fraud = (await admin.post('/api/v1/risks', { title: 'Invoice fraud', category: 'financial', inherent: { likelihood: 5, impact: 5 }, residual: { likelihood: 5, impact: 5 }, treatment: 'accept', status: 'closed' })).json().id;
    const all = (await admin.get('/api/v1/risks')).json();
    expect(all.risks.map((r: { title: string }) => r.title)).toEqual(['Customer data breach', 'Cloud outage', 'Invoice fraud']);
    expect(all.nextCursor).toBeNull();
    expect(all.summary).toEqual({
      open: 2, closed: 1,
      inherent: { low: 0, medium: 1, high: 0, critical: 1 },
      residual: { low: 1, medium: 1, high: 0, critical: 0 },
      overdueReviews: [ids.outage],
    });
    expect((await admin.get('/api/v1/risks?status=closed')).json().risks.map((r: { id: string }) => r.id)).toEqual([ids.fraud]);
    expect((await admin.get('/api/v1/risks?category=operational')).json().risks.map((r: { id: string }) => r.id)).toEqual([ids.outage]);
    expect((await admin.get('/api/v1/risks?status=maybe')).statusCode).toBe(400);
    expect((await admin.get(`/api/v1/risks/${ids.outage}`)).json().title).toBe('Cloud outage');
  });
});

describe('heat map', () => {
  it('places open risks in a 5×5 grid on the inherent or residual rating', async () => {
    const inherent = (await admin.get('/api/v1/risks/heat-map')).json();
    expect(inherent.basis).toBe('inherent');
    expect(inherent.grid).toHaveLength(5);
    expect(inherent.grid[3][4]).toEqual({ likelihood: 4, impact: 5, score: 20, level: 'critical', count: 1, riskIds: [ids.breach] });
    expect(inherent.grid[2][2]).toMatchObject({ count: 1, riskIds: [ids.outage] });
    expect(inherent.grid[4][4].count).toBe(0); // the closed fraud risk is not on the map
    const residual = (await admin.get('/api/v1/risks/heat-map?basis=residual')).json();
    expect(residual.grid[0][4].riskIds).toEqual([ids.breach]);
    expect(residual.grid[0][2].riskIds).toEqual([ids.outage]);
    expect(residual.grid.flat().reduce((n: number, c: { count: number }) => n + c.count, 0)).toBe(2);
    expect((await admin.get('/api/v1/risks/heat-map?basis=gut')).statusCode).toBe(400);
  });
});

describe('risk assessments', () => {
  it('has none at first: an assessment is needed', async () => {
    expect((await admin.get('/api/v1/risk-assessments')).json()).toEqual({ assessments: [], status: { state: 'never', lastPerformedOn: null, ageDays: null, dueOn: null } });
  });

  it('records assessments; one older than twelve months is due again', async () => {
    const old = addMonths(today, -13);
    const res = await admin.post('/api/v1/risk-assessments', { performedOn: old, performedById: ids.owner, scope: 'All systems', changes: 'First assessment.' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ performedOn: old, performedBy: { id: ids.owner, name: 'Rita Risk' }, scope: 'All systems' });
    expect((await admin.get('/api/v1/risk-assessments')).json().status).toMatchObject({ state: 'due', lastPerformedOn: old, dueOn: addMonths(old, 12) });
    const recent = addMonths(today, -1);
    await admin.post('/api/v1/risk-assessments', { performedOn: recent, performedById: ids.owner, scope: 'All systems', changes: 'Added vendor risks.' });
    const list = (await admin.get('/api/v1/risk-assessments')).json();
    expect(list.assessments.map((a: { performedOn: string }) => a.performedOn)).toEqual([recent, old]);
    expect(list.status).toMatchObject({ state: 'current', lastPerformedOn: recent });
    expect(list.status.ageDays).toBeGreaterThanOrEqual(28);
    const kinds = ((await admin.get('/api/v1/audit-log?limit=500')).json().entries as { kind: string }[]).filter((e) => e.kind === 'risk_assessment.recorded');
    expect(kinds).toHaveLength(2);
  });

  it('refuses an assessment in the future, by someone not on the roster, or without a summary', async () => {
    const bad = await admin.post('/api/v1/risk-assessments', { performedOn: addDays(today, 2), performedById: ids.theirPerson, scope: 'All', changes: 'x' });
    expect(bad.json().error.fields).toEqual([
      { path: 'performedOn', message: 'must not be in the future' },
      { path: 'performedById', message: 'no such person in this organization' },
    ]);
    const schema = await admin.post('/api/v1/risk-assessments', { performedOn: today, scope: '' });
    expect(schema.json().error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['body.changes', 'body.performedById', 'body.scope']);
  });
});

describe('another tenant', () => {
  it('gets 404 for Acme\'s risks, exactly as for an id that does not exist, and sees none of Acme\'s data', async () => {
    const random = crypto.randomUUID();
    for (const [method, body] of [['GET', undefined], ['PATCH', { title: 'Hijacked' }]] as const) {
      const theirs = await globex.request(method, `/api/v1/risks/${ids.breach}`, body);
      const none = await globex.request(method, `/api/v1/risks/${random}`, body);
      expect(theirs.statusCode).toBe(404);
      expect(theirs.json().error.message).toBe(none.json().error.message);
    }
    expect((await globex.get('/api/v1/risks')).json().risks).toEqual([]);
    expect((await globex.get('/api/v1/risks/heat-map')).json().grid.flat().every((c: { count: number }) => c.count === 0)).toBe(true);
    expect((await globex.get('/api/v1/risk-assessments')).json().assessments).toEqual([]);
    expect((await admin.get(`/api/v1/risks/${ids.breach}`)).json().title).toBe('Customer data breach');
  });
});

describe('paging', () => {
  type Row = { id: string; title: string; status: string; category: string; createdAt: string };
  it('pages the register by cursor: each risk once, oldest first, ties on the same instant broken by id', async () => {
    const org = (await admin.get('/api/v1/session')).json().activeOrganization.organization.id as string;
    // Six risks registered in the same microsecond, and two a microsecond apart within one millisecond.
    const insert = (title: string, at: string, status = 'open') => t.deps.db.execute(sql`
      insert into risks (organization_id, title, category, inherent_likelihood, inherent_impact, residual_likelihood, residual_impact, treatment, status, created_at)
      values (${org}, ${title}, 'vendor', 2, 2, 1, 2, 'mitigate', ${status}, ${at}::timestamptz)`);
    for (let i = 0; i < 6; i++) await insert(`Tied ${i}`, '2030-01-01 00:00:00.000001+00', i % 2 ? 'closed' : 'open');
    await insert('Micro late', '2030-01-02 00:00:00.000900+00');
    await insert('Micro early', '2030-01-02 00:00:00.000100+00');

    const whole = (await admin.get('/api/v1/risks?limit=500')).json();
    expect(whole.risks).toHaveLength(3 + 8);
    const paged = await pageThrough<Row>(admin, '/api/v1/risks', 'risks', 2);
    expect(paged.pages).toBe(6);
    expect(paged.items.map((r) => r.id)).toEqual(whole.risks.map((r: Row) => r.id));
    const tied = paged.items.filter((r) => r.title.startsWith('Tied')).map((r) => r.id);
    expect(tied).toEqual([...tied].sort());
    expect(paged.items.slice(-2).map((r) => r.title)).toEqual(['Micro early', 'Micro late']);

    for (const [query, limit] of [['status=closed', 1], ['category=vendor', 4], ['status=open&category=vendor', 2]] as const) {
      const expected = (await admin.get(`/api/v1/risks?${query}&limit=500`)).json().risks.map((r: Row) => r.id);
      expect(expected.length).toBeGreaterThan(limit);
      expect((await pageThrough<Row>(admin, `/api/v1/risks?${query}`, 'risks', limit)).items.map((r) => r.id), query).toEqual(expected);
    }
  });

  it('summarizes the whole register on every page', async () => {
    const whole = (await admin.get('/api/v1/risks?limit=500')).json();
    const first = (await admin.get('/api/v1/risks?limit=1')).json();
    const second = (await admin.get(`/api/v1/risks?limit=1&cursor=${encodeURIComponent(first.nextCursor)}`)).json();
    expect(first.summary).toEqual(whole.summary);
    expect(second.summary).toEqual(whole.summary);
    expect(whole.summary.open + whole.summary.closed).toBe(whole.risks.length);
  });

  it('refuses a cursor it did not issue', async () => {
    await expectCursorRefused(admin, '/api/v1/risks', 'controls');
    const notAnInstant = Buffer.from(JSON.stringify(['risks', 'AC-01', crypto.randomUUID()])).toString('base64url');
    expect((await admin.get(`/api/v1/risks?cursor=${notAnInstant}`)).json().error.code).toBe('validation_failed');
    expect((await globex.get('/api/v1/risks?limit=1')).json()).toMatchObject({ risks: [], nextCursor: null });
  });
});
