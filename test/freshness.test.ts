// Evidence freshness through HTTP: a control's timeline, reminders (all, per owner, "mine"), Type II
// readiness, bad input and tenancy. Evidence goes in through the public upload API (multipart).
// The clock is set to 15 Aug 2030 so the controls (created today, in real time) look adopted long ago.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inviteMember, makeTestApp, otherTenant, setupInstance, type Agent, type TestApp } from './helpers/app.ts';

let t: TestApp;
let admin: Agent;
let globex: Agent;
const ids = {} as Record<'system' | 'olivia' | 'mona' | 'quarterly' | 'monthly' | 'continuous' | 'retired' | 'theirControl' | 'theirPerson' | 'theirSystem', string>;
const TODAY = '2030-08-15';

/** Adds an evidence item linked to a control through the public upload API (multipart), or supersedes one. */
async function upload(controlId: string, title: string, periodStart: string, periodEnd = periodStart, supersedes?: string): Promise<string> {
  const boundary = `----attest-${crypto.randomBytes(8).toString('hex')}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="metadata"\r\n\r\n${JSON.stringify({ title, periodStart, periodEnd, controlIds: [controlId] })}\r\n`
    + `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${title.replace(/\W+/g, '-')}.txt"\r\nContent-Type: text/plain\r\n\r\n`;
  const body = Buffer.concat([Buffer.from(head), Buffer.from(`${title}\n${crypto.randomUUID()}\n`), Buffer.from(`\r\n--${boundary}--\r\n`)]);
  const url = supersedes ? `/api/v1/evidence/${supersedes}/supersede` : '/api/v1/evidence';
  const res = await admin.request('POST', url, body, { 'content-type': `multipart/form-data; boundary=${boundary}` });
  if (res.statusCode !== 201) throw new Error(`upload failed: ${res.statusCode} ${res.body}`);
  return res.json().id;
}

async function tombstone(id: string) {
  const res = await admin.post(`/api/v1/evidence/${id}/tombstone`, { reason: 'Wrong system' });
  expect(res.statusCode, res.body).toBe(200);
}

async function control(code: string, frequency: string, criteria: string[], ownerId: string | null, agent = admin, system = ids.system): Promise<string> {
  const res = await agent.post(`/api/v1/systems/${system}/controls`, { code, title: `${code} control`, activity: 'Someone performs the control on its schedule.', frequency, nature: 'manual', type: 'detective', evidenceGuidance: '', criteria, ownerId });
  if (res.statusCode !== 201) throw new Error(`control failed: ${res.body}`);
  return res.json().id;
}

type Window = { label: string; status: string; partial: boolean; daysLeft: number; evidence: { id: string; title: string }[] };

beforeAll(async () => {
  t = await makeTestApp();
  t.clock.offsetMs = Date.parse(`${TODAY}T12:00:00Z`) - Date.now();
  ({ agent: admin } = await setupInstance(t));
  ids.system = (await admin.post('/api/v1/systems', { name: 'Acme Platform' })).json().id;
  // Olivia is the admin's own person (same email: linked to her account); Mona has no account.
  ids.olivia = (await admin.post('/api/v1/people', { name: 'Olivia Owner', email: 'owner@acme.test' })).json().id;
  ids.mona = (await admin.post('/api/v1/people', { name: 'Mona Monthly', email: 'mona@acme.test' })).json().id;
  ids.quarterly = await control('AC-90', 'quarterly', ['CC6.2'], ids.olivia);
  ids.monthly = await control('OPS-90', 'monthly', ['CC7.1'], ids.mona);
  ids.continuous = await control('OPS-91', 'continuous', ['CC7.2'], ids.mona);
  ids.retired = await control('OPS-92', 'annual', ['CC7.2'], ids.mona);
  await admin.post(`/api/v1/controls/${ids.retired}/retire`, { reason: 'No longer performed' });

  // AC-90: one export about Sep–Oct 2029 (spans two quarters), the Q1 2030 review, a Q2 review that is
  // removed, and a Q2 item superseded by a corrected one about Q1: Q2 2030 ends up with no evidence.
  await upload(ids.quarterly, 'Access export Sep-Oct 2029', '2029-09-01', '2029-10-15');
  await upload(ids.quarterly, 'Q1 2030 access review', '2030-02-10');
  const removed = await upload(ids.quarterly, 'Q2 2030 access review', '2030-05-20');
  await tombstone(removed);
  const old = await upload(ids.quarterly, 'Misdated review', '2030-06-01');
  await upload(ids.quarterly, 'Corrected review', '2030-03-01', '2030-03-01', old);
  // OPS-90: one log export about Aug 2029 – Jul 2030 covers every month that has ended.
  await upload(ids.monthly, 'Monthly scan log', '2029-08-01', '2030-07-31');

  globex = await otherTenant(t);
  ids.theirSystem = (await globex.post('/api/v1/systems', { name: 'Globex Cloud' })).json().id;
  ids.theirPerson = (await globex.post('/api/v1/people', { name: 'Gus Globex', email: 'gus@globex.test' })).json().id;
  ids.theirControl = await control('GX-01', 'quarterly', ['CC6.2'], ids.theirPerson, globex, ids.theirSystem);
});
afterAll(async () => { await t.close(); });

describe('control timeline', () => {
  it('defaults to the 12 months up to today: quarters covered, missing, due', async () => {
    const res = await admin.get(`/api/v1/controls/${ids.quarterly}/freshness`);
    expect(res.statusCode, res.body).toBe(200);
    const f = res.json();
    expect(f.period).toEqual({ from: '2029-08-16', to: TODAY });
    expect(f.today).toBe(TODAY);
    expect(f.kind).toBe('windows');
    expect(f.control).toMatchObject({ code: 'AC-90', frequency: 'quarterly', owner: { id: ids.olivia, name: 'Olivia Owner' } });
    const windows = f.windows as Window[];
    expect(windows.map((w) => [w.label, w.status, w.partial])).toEqual([
      ['2029-Q3', 'covered', true],
      ['2029-Q4', 'covered', false],
      ['2030-Q1', 'covered', false],
      ['2030-Q2', 'missing', false],
      ['2030-Q3', 'due', true],
    ]);
    expect(windows[0]!.evidence.map((e) => e.title)).toEqual(['Access export Sep-Oct 2029']);
    expect(windows[1]!.evidence.map((e) => e.title)).toEqual(['Access export Sep-Oct 2029']);
    // The superseding item counts (its period is in Q1); the superseded and removed ones do not.
    expect(windows[2]!.evidence.map((e) => e.title).sort()).toEqual(['Corrected review', 'Q1 2030 access review']);
    expect(windows[3]!.evidence).toEqual([]);
    expect(windows[4]!.daysLeft).toBe(46);
    expect(f.summary).toEqual({ expected: 5, covered: 3, missing: 1, due: 1, future: 0 });
    expect(f.nextDue).toEqual({ label: '2030-Q2', dueDate: '2030-06-30', daysLeft: -46, overdue: true });
  });

  it('takes a period: a calendar year has four quarters, the last one future', async () => {
    const f = (await admin.get(`/api/v1/controls/${ids.quarterly}/freshness?from=2030-01-01&to=2030-12-31`)).json();
    expect((f.windows as Window[]).map((w) => [w.label, w.status])).toEqual([['2030-Q1', 'covered'], ['2030-Q2', 'missing'], ['2030-Q3', 'due'], ['2030-Q4', 'future']]);
    const monthly = (await admin.get(`/api/v1/controls/${ids.monthly}/freshness?from=2030-01-01&to=2030-12-31`)).json();
    expect(monthly.windows).toHaveLength(12);
    expect(monthly.summary).toEqual({ expected: 12, covered: 7, missing: 0, due: 1, future: 4 });
    expect(monthly.nextDue).toEqual({ label: '2030-08', dueDate: '2030-08-31', daysLeft: 16, overdue: false });
  });

  it('a continuous control is judged by population: no windows', async () => {
    const f = (await admin.get(`/api/v1/controls/${ids.continuous}/freshness`)).json();
    expect(f).toMatchObject({ kind: 'population', windows: [], summary: null, nextDue: null });
  });

  it.each([
    ['from after to', '?from=2030-05-01&to=2030-04-30', 'to'],
    ['a period over 1100 days', '?from=2020-01-01&to=2030-01-01', 'to'],
    ['not a date', '?from=2030-02-30', 'querystring.from'],
    ['an unknown parameter', '?window=q1', null],
  ])('refuses %s with validation_failed', async (_name, query, path) => {
    const res = await admin.get(`/api/v1/controls/${ids.quarterly}/freshness${query}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
    if (path) expect(res.json().error.fields.map((f: { path: string }) => f.path)).toContain(path);
  });

  it('another tenant\'s control is not found, like a random id', async () => {
    const theirs = await admin.get(`/api/v1/controls/${ids.theirControl}/freshness`);
    const none = await admin.get(`/api/v1/controls/${crypto.randomUUID()}/freshness`);
    expect(theirs.statusCode).toBe(404);
    expect(none.statusCode).toBe(404);
    expect(theirs.json().error.code).toBe(none.json().error.code);
  });
});

describe('reminders', () => {
  const codes = (body: { reminders: { control: { code: string } }[] }) => body.reminders.map((r) => r.control.code);

  it('lists overdue controls by due date, with owner and system; due soon only within the window', async () => {
    const res = await admin.get('/api/v1/freshness/reminders');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.withinDays).toBe(14);
    expect(codes(body)).toEqual(['AC-90']);
    expect(body.reminders[0]).toMatchObject({
      state: 'overdue',
      nextDue: { label: '2030-Q2', dueDate: '2030-06-30', overdue: true },
      missingWindows: 1,
      control: { id: ids.quarterly, systemName: 'Acme Platform', owner: { id: ids.olivia } },
    });
    const wider = (await admin.get('/api/v1/freshness/reminders?withinDays=20')).json();
    expect(wider.reminders.map((r: { control: { code: string }; state: string }) => [r.control.code, r.state])).toEqual([['AC-90', 'overdue'], ['OPS-90', 'due_soon']]);
  });

  it('filters by owner, and "me" is the person linked to the signed-in user', async () => {
    const mine = (await admin.get('/api/v1/freshness/reminders?ownerId=me&withinDays=20')).json();
    expect(codes(mine)).toEqual(['AC-90']);
    expect(mine.owner).toEqual({ id: ids.olivia, name: 'Olivia Owner', email: 'owner@acme.test' });
    const mona = (await admin.get(`/api/v1/freshness/reminders?ownerId=${ids.mona}&withinDays=20`)).json();
    expect(codes(mona)).toEqual(['OPS-90']);
    const { agent: viewer } = await inviteMember(t, admin, 'viewer@acme.test', 'viewer');
    const unlinked = await viewer.get('/api/v1/freshness/reminders?ownerId=me');
    expect(unlinked.statusCode).toBe(200);
    expect(unlinked.json()).toEqual({ reminders: [], nextCursor: null, withinDays: 14, owner: null });
    expect(codes((await viewer.get('/api/v1/freshness/reminders')).json())).toEqual(['AC-90']);
  });

  it('pages with a cursor and refuses a forged one', async () => {
    const first = (await admin.get('/api/v1/freshness/reminders?withinDays=20&limit=1')).json();
    expect(codes(first)).toEqual(['AC-90']);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = (await admin.get(`/api/v1/freshness/reminders?withinDays=20&limit=1&cursor=${first.nextCursor}`)).json();
    expect(codes(second)).toEqual(['OPS-90']);
    expect(second.nextCursor).toBeNull();
    const forged = await admin.get('/api/v1/freshness/reminders?cursor=bm90LWEtY3Vyc29y');
    expect(forged.statusCode).toBe(400);
    expect(forged.json().error.code).toBe('validation_failed');
  });

  it('another tenant\'s system or person is not found; bad numbers are refused', async () => {
    expect((await admin.get(`/api/v1/freshness/reminders?systemId=${ids.theirSystem}`)).statusCode).toBe(404);
    expect((await admin.get(`/api/v1/freshness/reminders?ownerId=${ids.theirPerson}`)).statusCode).toBe(404);
    expect((await admin.get(`/api/v1/freshness/reminders?systemId=${ids.system}`)).json().reminders).toHaveLength(1);
    const bad = await admin.get('/api/v1/freshness/reminders?withinDays=-1');
    expect(bad.statusCode).toBe(400);
    // Globex sees only its own control, overdue: it has no evidence at all.
    expect(codes((await globex.get('/api/v1/freshness/reminders')).json())).toEqual(['GX-01']);
  });
});

describe('Type II readiness', () => {
  it('names each control without evidence for an ended window of the last 6 months', async () => {
    const t2 = (await admin.get(`/api/v1/systems/${ids.system}/readiness?reportType=type2`)).json();
    expect(t2.assessed.operating).toBe(true);
    const operating = (t2.gaps as { kind: string }[]).filter((g) => g.kind === 'not_operating');
    expect(operating).toEqual([{ criterionId: 'CC6.2', kind: 'not_operating', message: 'AC-90 has no evidence for 2030-Q2', fix: 'evidence', controlId: ids.quarterly }]);
    const t1 = (await admin.get(`/api/v1/systems/${ids.system}/readiness?reportType=type1`)).json();
    expect(t1.assessed.operating).toBe(false);
    expect((t1.gaps as { kind: string }[]).filter((g) => g.kind === 'not_operating')).toEqual([]);
  });

  it('is not assessed while none of the system\'s controls has any evidence', async () => {
    const empty = (await admin.post('/api/v1/systems', { name: 'Acme Labs' })).json().id;
    await control('LAB-01', 'quarterly', ['CC6.2'], ids.olivia, admin, empty);
    const t2 = (await admin.get(`/api/v1/systems/${empty}/readiness?reportType=type2`)).json();
    expect(t2.assessed.operating).toBe(false);
    expect((t2.gaps as { kind: string }[]).filter((g) => g.kind === 'not_operating')).toEqual([]);
  });

  it('the gap goes away once the missing window has evidence', async () => {
    await upload(ids.quarterly, 'Q2 2030 access review (late)', '2030-06-15');
    const t2 = (await admin.get(`/api/v1/systems/${ids.system}/readiness?reportType=type2`)).json();
    expect((t2.gaps as { kind: string }[]).filter((g) => g.kind === 'not_operating')).toEqual([]);
    const reminders = (await admin.get(`/api/v1/freshness/reminders?systemId=${ids.system}`)).json();
    expect(reminders.reminders).toEqual([]);
  });
});
