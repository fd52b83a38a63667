// The personnel roster through HTTP: editing, CSV import with preview, records, flags, the revocation SLA, tenancy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inviteMember, makeTestApp, otherTenant, setupInstance, type Agent, type TestApp } from './helpers/app.ts';

let t: TestApp;
let admin: Agent;
const today = new Date().toISOString().slice(0, 10);
const ids: Record<string, string> = {};
const csv = (...lines: string[]) => ({ csv: lines.join('\n') + '\n' });
const auditKinds = async () => ((await admin.get('/api/v1/audit-log?limit=500')).json().entries as { kind: string; data: Record<string, unknown>; subject: string }[]);

beforeAll(async () => {
  t = await makeTestApp();
  ({ agent: admin } = await setupInstance(t));
});
afterAll(async () => { await t.close(); });

describe('roster fields and editing', () => {
  it('keeps the basic create working and adds the new fields', async () => {
    const res = await admin.post('/api/v1/people', { name: 'Ada Boss', email: 'ada@acme.test' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ employmentType: 'employee', managerId: null, startDate: null, endDate: null, status: 'active', flags: ['training_overdue'] });
    ids.ada = res.json().id;
    const bob = await admin.post('/api/v1/people', { name: 'Bob Dev', email: 'bob@acme.test', managerId: ids.ada, employmentType: 'contractor', startDate: '2024-03-01' });
    expect(bob.json()).toMatchObject({ managerId: ids.ada, employmentType: 'contractor', flags: ['training_overdue', 'background_check_missing'] });
    ids.bob = bob.json().id;
  });

  it('edits a person, with every problem named at once', async () => {
    const bad = await admin.patch(`/api/v1/people/${ids.ada}`, { managerId: ids.bob, startDate: '2025-05-01', endDate: '2025-04-01' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toEqual([{ path: 'endDate', message: 'the end date is before the start date' }, { path: 'managerId', message: 'this person is above the chosen manager' }]);
    expect((await admin.patch(`/api/v1/people/${ids.bob}`, { managerId: ids.bob })).json().error.fields).toEqual([{ path: 'managerId', message: 'a person cannot be their own manager' }]);
    expect((await admin.patch(`/api/v1/people/${ids.bob}`, { email: 'ADA@acme.test' })).statusCode).toBe(409);
    const ok = await admin.patch(`/api/v1/people/${ids.bob}`, { title: 'Engineer', endDate: '2025-01-03' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ title: 'Engineer', status: 'departed', manager: { id: ids.ada, name: 'Ada Boss' }, backgroundChecks: [] });
    expect((await admin.get(`/api/v1/people/${ids.ada}`)).json().reports).toEqual([{ id: ids.bob, name: 'Bob Dev', email: 'bob@acme.test' }]);
    const entry = (await auditKinds()).find((e) => e.kind === 'person.updated')!;
    expect(entry.data.changes).toEqual({ title: { from: '', to: 'Engineer' }, endDate: { from: null, to: '2025-01-03' } });
  });

  it('links the person to a member with the same email on edit', async () => {
    const cat = (await admin.post('/api/v1/people', { name: 'Cat Ops', email: 'cat@acme.test' })).json();
    expect(cat.userId).toBeNull();
    const { userId } = await inviteMember(t, admin, 'cat@acme.test', 'employee');
    const res = await admin.patch(`/api/v1/people/${cat.id}`, {});
    expect(res.json().userId).toBe(userId);
    ids.cat = cat.id;
  });
});

describe('CSV import', () => {
  const mixed = csv(
    'Email,NAME,manager_email,start_date,end_date,employment_type',
    'dan@acme.test,Dan New,ada@acme.test,2025-02-01,,',
    'bob@acme.test,Bob Dev,ada@acme.test,2024-03-01,2025-01-03,contractor',
    'ada@acme.test,Ada B.,,,,',
    'not-an-email,Eve,,2025-13-01,,',
    'fay@acme.test,Fay,ghost@acme.test,2025-03-01,2025-02-01,',
    'DAN@acme.test,Dan Again,,,,',
  );

  it('previews every row: create, unchanged, update, and all the errors', async () => {
    const res = await admin.post('/api/v1/people/import/preview', mixed);
    expect(res.statusCode).toBe(200);
    const preview = res.json();
    expect(preview.valid).toBe(false);
    expect(preview.counts).toEqual({ create: 1, update: 1, unchanged: 1, error: 3 });
    expect(preview.rows.map((r: { line: number; action: string }) => [r.line, r.action])).toEqual([[2, 'create'], [3, 'unchanged'], [4, 'update'], [5, 'error'], [6, 'error'], [7, 'error']]);
    expect(preview.rows[2].changes).toEqual(['name']);
    expect(preview.rows[3].errors.map((e: { field: string }) => e.field)).toEqual(['email', 'start_date']);
    expect(preview.rows[4].errors.map((e: { message: string }) => e.message)).toEqual(['the end date 2025-02-01 is before the start date 2025-03-01', 'ghost@acme.test is neither on the roster nor in the file']);
    expect(preview.rows[5].errors).toEqual([{ field: 'email', message: 'dan@acme.test is also on line 2' }]);
  });

  it('refuses the whole import when any row has an error, and writes nothing', async () => {
    const before = (await admin.get('/api/v1/people')).json().people;
    const auditBefore = (await auditKinds()).length;
    const res = await admin.post('/api/v1/people/import', mixed);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toContainEqual({ path: 'lines.7.email', message: 'dan@acme.test is also on line 2' });
    expect(res.json().error.fields).toHaveLength(5);
    expect((await admin.get('/api/v1/people')).json().people).toEqual(before);
    expect(await auditKinds()).toHaveLength(auditBefore);
    expect((await admin.post('/api/v1/people/import', csv('name,mail'))).json().error.fields[0].path).toBe('line.1');
  });

  it('imports in one go, linking managers within the file, and audits it', async () => {
    const res = await admin.post('/api/v1/people/import', csv('name,email,manager_email,department', 'Dan New,dan@acme.test,gil@acme.test,Eng', 'Gil Lead,gil@acme.test,ada@acme.test,Eng', 'Ada B.,ada@acme.test,,Exec'));
    expect(res.statusCode).toBe(200);
    expect(res.json().counts).toEqual({ create: 2, update: 1, unchanged: 0, error: 0 });
    ids.dan = res.json().rows[0].person.id;
    ids.gil = res.json().rows[1].person.id;
    expect((await admin.get(`/api/v1/people/${ids.dan}`)).json()).toMatchObject({ department: 'Eng', manager: { id: ids.gil } });
    expect((await admin.get(`/api/v1/people/${ids.ada}`)).json()).toMatchObject({ name: 'Ada B.', department: 'Exec' });
    const log = await auditKinds();
    const imported = log.find((e) => e.kind === 'people.imported')!;
    expect(imported.data).toEqual({ created: 2, updated: 1, unchanged: 0 });
    const perPerson = log.filter((e) => e.data.importId === imported.subject).map((e) => e.kind).sort();
    expect(perPerson).toEqual(['person.created', 'person.created', 'person.updated']);
  });

  it('updates on re-import and leaves the rest unchanged', async () => {
    const res = await admin.post('/api/v1/people/import', csv('name,email,title', 'Dan New,dan@acme.test,SRE', 'Gil Lead,gil@acme.test,'));
    expect(res.json().rows.map((r: { action: string }) => r.action)).toEqual(['update', 'unchanged']);
    expect((await admin.get(`/api/v1/people/${ids.dan}`)).json()).toMatchObject({ title: 'SRE', manager: { id: ids.gil } });
  });

  it('refuses a CSV over 2 MB', async () => {
    const res = await admin.post('/api/v1/people/import/preview', { csv: 'name,email\n' + 'x'.repeat(2 * 1024 * 1024) });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([{ path: 'body.csv', message: 'at most 2 MB' }]);
  });
});

describe('records and flags', () => {
  it('records background checks, requiring the date of a finished check', async () => {
    const bad = await admin.post(`/api/v1/people/${ids.dan}/background-checks`, { status: 'passed' });
    expect(bad.json().error.fields).toEqual([{ path: 'completedOn', message: 'required when the check passed' }]);
    expect((await admin.post(`/api/v1/people/${ids.dan}/background-checks`, { status: 'waived', completedOn: '2999-01-01' })).statusCode).toBe(400);
    const ok = await admin.post(`/api/v1/people/${ids.bob}/background-checks`, { status: 'passed', completedOn: '2024-02-20', provider: 'Checkr' });
    expect(ok.statusCode).toBe(201);
    const bob = (await admin.get(`/api/v1/people/${ids.bob}`)).json();
    expect(bob.backgroundChecks).toMatchObject([{ status: 'passed', completedOn: '2024-02-20', provider: 'Checkr' }]);
    expect(bob.flags).not.toContain('background_check_missing');
  });

  it('records trainings, due again in 12 months by default', async () => {
    const res = await admin.post(`/api/v1/people/${ids.ada}/trainings`, { course: 'Security awareness', completedOn: today });
    expect(res.statusCode).toBe(201);
    const [y, m, d] = today.split('-');
    expect(res.json().dueNext).toBe(m === '02' && d === '29' ? `${Number(y) + 1}-02-28` : `${Number(y) + 1}-${m}-${d}`);
    expect((await admin.post(`/api/v1/people/${ids.ada}/trainings`, { course: 'X', completedOn: '2025-01-01', dueNext: '2024-12-01' })).json().error.fields).toEqual([{ path: 'dueNext', message: 'must be after the completion date' }]);
    const overdue = (await admin.get('/api/v1/people?flag=training_overdue')).json().people.map((p: { email: string }) => p.email);
    expect(overdue).toEqual(['cat@acme.test', 'dan@acme.test', 'gil@acme.test']);
  });

  it('flags access not revoked within the SLA in business days, which the organization sets', async () => {
    // Bob's end date is Friday 2025-01-03; revoked Tuesday 2025-01-07: late with 1 business day, in time with 2.
    const res = await admin.post(`/api/v1/people/${ids.bob}/access-events`, { kind: 'revoked', system: 'GitHub', on: '2025-01-07' });
    expect(res.statusCode).toBe(201);
    await admin.post(`/api/v1/people/${ids.bob}/access-events`, { kind: 'granted', system: 'GitHub', on: '2024-03-01' });
    const bob = (await admin.get(`/api/v1/people/${ids.bob}`)).json();
    expect(bob.accessEvents.map((e: { kind: string; on: string }) => `${e.kind} ${e.on}`)).toEqual(['granted 2024-03-01', 'revoked 2025-01-07']);
    expect(bob.flags).toEqual(['access_not_revoked_in_time']);
    expect((await admin.get('/api/v1/organization')).json().accessRevocationSlaDays).toBe(1);
    const patched = await admin.patch('/api/v1/organization', { accessRevocationSlaDays: 2 });
    expect(patched.json().accessRevocationSlaDays).toBe(2);
    expect((await admin.get(`/api/v1/people/${ids.bob}`)).json().flags).toEqual([]);
    expect((await admin.patch('/api/v1/organization', { accessRevocationSlaDays: -1 })).statusCode).toBe(400);
    expect((await auditKinds()).find((e) => e.kind === 'organization.updated')!.data).toEqual({ accessRevocationSlaDays: 2 });
    await admin.patch('/api/v1/organization', { accessRevocationSlaDays: 1 });
  });

  it('summarizes the flags over the roster', async () => {
    const res = await admin.get('/api/v1/people/flags/summary');
    expect(res.json()).toEqual({ total: 5, active: 4, departed: 1, flags: { training_overdue: 3, background_check_missing: 0, access_not_revoked_in_time: 1, acknowledgement_missing: 0 } });
    const kinds = (await auditKinds()).map((e) => e.kind);
    for (const k of ['person.background_check_recorded', 'person.training_recorded', 'person.access_event_recorded']) expect(kinds).toContain(k);
  });

  it('lets readers read but not write', async () => {
    const { agent: viewer } = await inviteMember(t, admin, 'viewer@acme.test', 'viewer');
    expect((await viewer.get(`/api/v1/people/${ids.bob}`)).statusCode).toBe(200);
    expect((await viewer.post(`/api/v1/people/${ids.bob}/trainings`, { course: 'X', completedOn: '2025-01-01' })).statusCode).toBe(403);
  });
});

describe('another tenant', () => {
  it("gets 404 for Acme's people and cannot reach them as managers", async () => {
    const globex = await otherTenant(t);
    const random = crypto.randomUUID();
    const probes: Array<[string, (id: string) => string, unknown]> = [
      ['GET', (id) => `/api/v1/people/${id}`, undefined],
      ['PATCH', (id) => `/api/v1/people/${id}`, { title: 'hijacked' }],
      ['POST', (id) => `/api/v1/people/${id}/background-checks`, { status: 'waived', completedOn: '2025-01-01' }],
      ['POST', (id) => `/api/v1/people/${id}/trainings`, { course: 'hijacked', completedOn: '2025-01-01' }],
      ['POST', (id) => `/api/v1/people/${id}/access-events`, { kind: 'revoked', system: 'x', on: '2025-01-01' }],
    ];
    for (const [method, url, body] of probes) {
      const theirs = await globex.request(method, url(ids.bob!), body);
      const none = await globex.request(method, url(random), body);
      expect(theirs.statusCode, `${method} ${url(ids.bob!)}`).toBe(404);
      expect(theirs.json().error.message).toBe(none.json().error.message);
    }
    const bob = (await admin.get(`/api/v1/people/${ids.bob}`)).json();
    expect(bob).toMatchObject({ title: 'Engineer', trainings: [] });
    expect(bob.backgroundChecks).toHaveLength(1);

    const preview = (await globex.post('/api/v1/people/import/preview', csv('name,email,manager_email', 'Gus,gus@globex.test,ada@acme.test'))).json();
    expect(preview.rows[0].errors).toEqual([{ field: 'manager_email', message: 'ada@acme.test is neither on the roster nor in the file' }]);
    expect((await globex.post('/api/v1/people', { name: 'Gus', email: 'gus@globex.test', managerId: ids.ada })).json().error.fields).toEqual([{ path: 'managerId', message: 'no such person in this organization' }]);
    const mine = (await globex.post('/api/v1/people/import', csv('name,email,manager_email', 'Gus,gus@globex.test,', 'Ada Twin,ada@acme.test,gus@globex.test'))).json();
    expect(mine.counts).toEqual({ create: 2, update: 0, unchanged: 0, error: 0 });
    expect((await globex.get('/api/v1/people')).json().people.map((p: { email: string }) => p.email)).toEqual(['ada@acme.test', 'gus@globex.test']);
    expect((await admin.get(`/api/v1/people/${ids.ada}`)).json().name).toBe('Ada B.');
  });
});
