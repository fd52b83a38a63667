// Policies through HTTP: templates, adoption, versions and their approval workflow, diffs, review cycle,
// publication and acknowledgements, and tenant isolation.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inviteMember, makeTestApp, otherTenant, setupInstance, type Agent, type TestApp } from './helpers/app.ts';
import { POLICY_LIBRARY } from '../src/domain/library/policies/index.ts';
import { expectCursorRefused, pageThrough } from './helpers/paging.ts';

let t: TestApp;
let admin: Agent;
let cm: Agent;
let employee: Agent;
let viewer: Agent;
let employeeId: string;
let policyId: string; // access_control, adopted from the library
const DAY = 86_400_000;

beforeAll(async () => {
  t = await makeTestApp();
  ({ agent: admin } = await setupInstance(t));
  cm = (await inviteMember(t, admin, 'cm@acme.test', 'compliance_manager', 'Casey Compliance')).agent;
  ({ agent: employee, userId: employeeId } = await inviteMember(t, admin, 'emp@acme.test', 'employee', 'Emery Employee'));
  viewer = (await inviteMember(t, admin, 'viewer@acme.test', 'viewer', 'Vic Viewer')).agent;
}, 60_000);
afterAll(async () => { await t.close(); });

const v = (n: number, suffix = '') => `/api/v1/policies/${policyId}/versions/${n}${suffix}`;

describe('library', () => {
  it('lists the templates with their placeholders explained, and serves one with its body', async () => {
    const list = (await employee.get('/api/v1/library/policies')).json();
    expect(list.templates).toHaveLength(POLICY_LIBRARY.length);
    const access = list.templates.find((x: { key: string }) => x.key === 'access_control');
    expect(access.criteria).toContain('CC6.1');
    expect(access.placeholders.find((p: { name: string }) => p.name === 'organization_name').label).toBe('Organization name');
    expect(access).not.toHaveProperty('body');
    const one = (await admin.get('/api/v1/library/policies/access_control')).json();
    expect(one.body).toContain('{{organization_name}}');
    expect((await admin.get('/api/v1/library/policies/nope')).statusCode).toBe(404);
  });
});

describe('adopting templates', () => {
  it('adopts all but the privacy policy when no system covers privacy, idempotently', async () => {
    const res = await cm.post('/api/v1/policies/adopt', { keys: 'all' });
    expect(res.statusCode).toBe(200);
    const { adopted, alreadyAdopted, skipped } = res.json();
    expect(adopted).toHaveLength(POLICY_LIBRARY.length - 1);
    expect(alreadyAdopted).toEqual([]);
    expect(skipped).toEqual([{ key: 'privacy', reason: expect.stringMatching(/privacy category/) }]);
    policyId = adopted.find((a: { key: string }) => a.key === 'access_control').id;
    const again = (await cm.post('/api/v1/policies/adopt', { keys: 'all' })).json();
    expect(again.adopted).toEqual([]);
    expect(again.alreadyAdopted).toHaveLength(POLICY_LIBRARY.length - 1);
    expect((await cm.post('/api/v1/policies/adopt', { keys: ['access_control', 'nope'] })).statusCode).toBe(400);
  });

  it('creates version 1 as a draft holding the template body with its placeholders', async () => {
    const policy = (await viewer.get(`/api/v1/policies/${policyId}`)).json();
    const template = POLICY_LIBRARY.find((x) => x.key === 'access_control')!;
    expect(policy).toMatchObject({ key: 'access_control', title: template.title, sourceTemplate: 'access_control', status: 'draft', latestVersion: 1, currentVersion: null, openVersion: { number: 1, status: 'draft' }, review: { dueOn: null, state: 'never_approved' }, reviewIntervalMonths: template.reviewIntervalMonths });
    expect(policy.criteria).toEqual([...template.criteria]);
    const v1 = (await viewer.get(v(1))).json();
    expect(v1.body).toBe(template.body);
    expect(v1.placeholders).toEqual([...template.placeholders]);
    expect(v1.author.email).toBe('cm@acme.test');
  });

  it('adopts the privacy policy only for a system whose categories include privacy', async () => {
    const plain = (await admin.post('/api/v1/systems', { name: 'Core' })).json().id;
    const skipped = (await admin.post('/api/v1/policies/adopt', { keys: ['privacy'], systemId: plain })).json();
    expect(skipped.skipped.map((s: { key: string }) => s.key)).toEqual(['privacy']);
    expect((await admin.post('/api/v1/policies/adopt', { keys: ['privacy'], systemId: crypto.randomUUID() })).statusCode).toBe(404);
    const privacySystem = (await admin.post('/api/v1/systems', { name: 'People Platform', categories: ['privacy'] })).json().id;
    const res = (await admin.post('/api/v1/policies/adopt', { keys: ['privacy'], systemId: privacySystem })).json();
    expect(res.adopted.map((a: { key: string }) => a.key)).toEqual(['privacy']);
  });
});

describe('custom policies', () => {
  it('writes a policy with a key from its title, validating criteria, owner and controls all at once', async () => {
    const bad = await cm.post('/api/v1/policies', { title: 'Remote Work Policy', criteria: ['CC99.1', 'cc6.1'], ownerId: crypto.randomUUID(), controlIds: [crypto.randomUUID()] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['criteria', 'ownerId', 'controlIds']);
    const owner = (await admin.post('/api/v1/people', { name: 'Olga Owner', email: 'olga@acme.test' })).json().id;
    const systemId = (await admin.get('/api/v1/systems')).json().systems[0].id;
    const control = (await admin.post(`/api/v1/systems/${systemId}/controls`, { code: 'RW-01', title: 'Remote', activity: 'Remote access is reviewed monthly by IT.', frequency: 'monthly', nature: 'manual', type: 'detective', evidenceGuidance: '', criteria: ['CC6.1'] })).json().id;
    const res = await cm.post('/api/v1/policies', { title: 'Remote Work Policy', criteria: ['cc6.1'], ownerId: owner, controlIds: [control], reviewIntervalMonths: 6, body: '# Remote work\n\nUse the VPN.\n' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ key: 'remote_work_policy', criteria: ['CC6.1'], owner: { id: owner, name: 'Olga Owner' }, controlIds: [control], reviewIntervalMonths: 6, status: 'draft', sourceTemplate: null });
    const dup = await cm.post('/api/v1/policies', { title: 'Another', key: 'remote_work_policy' });
    expect(dup.statusCode).toBe(409);
  });

  it('edits the policy\'s metadata and records the change', async () => {
    const res = await cm.patch(`/api/v1/policies/${policyId}`, { description: 'Who gets access to what.', reviewIntervalMonths: 6 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ description: 'Who gets access to what.', reviewIntervalMonths: 6 });
    expect((await cm.patch(`/api/v1/policies/${policyId}`, {})).statusCode).toBe(400);
    expect((await employee.patch(`/api/v1/policies/${policyId}`, { description: 'x' })).statusCode).toBe(403);
  });
});

describe('the version workflow', () => {
  it('lets a compliance manager edit and submit a draft but not approve it', async () => {
    const edited = await cm.patch(v(1), { body: '# Access Control\n\nAccess is granted by role.\nAccess is reviewed quarterly.\n', changeNote: 'Filled in' });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ status: 'draft', changeNote: 'Filled in', placeholders: [] });
    expect((await admin.post(v(1, '/approve'))).statusCode).toBe(409); // a draft must be submitted first
    const submitted = await cm.post(v(1, '/submit'));
    expect(submitted.json().status).toBe('in_review');
    expect((await cm.patch(v(1), { body: 'changed in review' })).statusCode).toBe(409);
    const refused = await cm.post(v(1, '/approve'));
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('forbidden');
  });

  it('lets an admin approve; the approved version is then immutable', async () => {
    const approved = await admin.post(v(1, '/approve'));
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', approvedBy: { email: 'owner@acme.test' } });
    expect(approved.json().approvedAt).toBeTruthy();
    const edit = await cm.patch(v(1), { body: 'sneaky' });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.message).toMatch(/new version/);
    const policy = (await cm.get(`/api/v1/policies/${policyId}`)).json();
    expect(policy).toMatchObject({ status: 'approved', currentVersion: { number: 1, publishedAt: null }, openVersion: null, review: { state: 'current' } });
  });

  it('starts a new draft from the latest body and refuses a second open one', async () => {
    const v2 = await cm.post(`/api/v1/policies/${policyId}/versions`, { changeNote: 'Annual review' });
    expect(v2.statusCode).toBe(201);
    expect(v2.json()).toMatchObject({ number: 2, status: 'draft', changeNote: 'Annual review' });
    expect(v2.json().body).toBe((await cm.get(v(1))).json().body);
    const second = await cm.post(`/api/v1/policies/${policyId}/versions`, {});
    expect(second.statusCode).toBe(409);
    expect((await cm.get(`/api/v1/policies/${policyId}`)).json()).toMatchObject({ status: 'approved', openVersion: { number: 2, status: 'draft' }, latestVersion: 2 });
  });

  it('returns a version in review to draft, then approves it, retiring the previous one', async () => {
    await cm.patch(v(2), { body: '# Access Control\n\nAccess is granted by role and approved by a manager.\nAccess is reviewed quarterly.\nAccess is removed within 24 hours.\n' });
    await cm.post(v(2, '/submit'));
    const returned = await admin.post(v(2, '/return'), { note: 'Say who approves' });
    expect(returned.json().status).toBe('draft');
    await cm.post(v(2, '/submit'));
    expect((await admin.post(v(2, '/approve'))).json().status).toBe('approved');
    const versions = (await viewer.get(`/api/v1/policies/${policyId}/versions`)).json().versions;
    expect(versions.map((x: { number: number; status: string }) => [x.number, x.status])).toEqual([[2, 'approved'], [1, 'retired']]);
    expect(versions[1].retiredAt).toBeTruthy();
    expect((await viewer.get(`/api/v1/policies/${policyId}`)).json().currentVersion.number).toBe(2);
  });

  it('diffs two versions line by line', async () => {
    const diff = (await viewer.get(`/api/v1/policies/${policyId}/diff?from=1&to=2`)).json();
    expect(diff).toMatchObject({ from: 1, to: 2, added: 2, removed: 1, unchanged: 3 });
    expect(diff.lines).toEqual([
      { kind: 'unchanged', text: '# Access Control', oldLine: 1, newLine: 1 },
      { kind: 'unchanged', text: '', oldLine: 2, newLine: 2 },
      { kind: 'removed', text: 'Access is granted by role.', oldLine: 3, newLine: null },
      { kind: 'added', text: 'Access is granted by role and approved by a manager.', oldLine: null, newLine: 3 },
      { kind: 'unchanged', text: 'Access is reviewed quarterly.', oldLine: 4, newLine: 4 },
      { kind: 'added', text: 'Access is removed within 24 hours.', oldLine: null, newLine: 5 },
    ]);
    expect((await viewer.get(`/api/v1/policies/${policyId}/diff?from=1&to=9`)).statusCode).toBe(404);
  });

  it('audits every step against the policy', async () => {
    const entries = (await admin.get('/api/v1/audit-log?action=policy.&limit=500')).json().entries as { kind: string; subject: string; objectType: string }[];
    const kinds = new Set(entries.filter((e) => e.subject === policyId).map((e) => e.kind));
    expect(entries.every((e) => e.objectType === 'policy')).toBe(true);
    for (const k of ['policy.created', 'policy.updated', 'policy.version_created', 'policy.version_updated', 'policy.version_submitted', 'policy.version_returned', 'policy.version_approved']) expect(kinds, k).toContain(k);
  });
});

describe('publication and acknowledgement', () => {
  it('publishes only the approved version, once', async () => {
    expect((await employee.post(v(2, '/acknowledge'))).statusCode).toBe(409); // not yet published
    expect((await cm.post(v(1, '/publish'))).statusCode).toBe(409); // retired
    expect((await employee.post(v(2, '/publish'))).statusCode).toBe(403);
    const published = await cm.post(v(2, '/publish'));
    expect(published.statusCode).toBe(200);
    expect(published.json().publishedAt).toBeTruthy();
    expect((await cm.post(v(2, '/publish'))).statusCode).toBe(409);
  });

  it('records acknowledgements idempotently and counts who is missing', async () => {
    await admin.post('/api/v1/people', { name: 'Emery Employee', email: 'emp@acme.test' }); // linked to the employee's account
    await admin.post('/api/v1/people', { name: 'No Account', email: 'contractor@acme.test' }); // no user: not expected
    const first = await employee.post(v(2, '/acknowledge'));
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ policyId, version: 2, userId: employeeId });
    const again = await employee.post(v(2, '/acknowledge'));
    expect(again.json().acknowledgedAt).toBe(first.json().acknowledgedAt);
    expect((await viewer.post(v(2, '/acknowledge'))).statusCode).toBe(200);
    expect((await viewer.post(v(1, '/acknowledge'))).statusCode).toBe(409);

    const status = (await cm.get(v(2, '/acknowledgements'))).json();
    expect(status.counts).toEqual({ total: 4, acknowledged: 2, pending: 2 });
    expect(status.acknowledged.map((a: { email: string }) => a.email).sort()).toEqual(['emp@acme.test', 'viewer@acme.test']);
    expect(status.acknowledged.find((a: { email: string }) => a.email === 'emp@acme.test').personId).toBeTruthy();
    expect(status.pending.map((a: { email: string }) => a.email).sort()).toEqual(['cm@acme.test', 'owner@acme.test']);
    const entries = (await admin.get('/api/v1/audit-log?action=policy.acknowledged')).json().entries;
    expect(entries).toHaveLength(2);
  });

  it('keeps acknowledgements per version: a newer approved version starts from zero', async () => {
    await cm.post(`/api/v1/policies/${policyId}/versions`, { changeNote: 'Tweak' });
    await cm.post(v(3, '/submit'));
    await admin.post(v(3, '/approve'));
    await cm.post(v(3, '/publish'));
    expect((await cm.get(v(3, '/acknowledgements'))).json().counts).toEqual({ total: 4, acknowledged: 0, pending: 4 });
    expect((await employee.post(v(2, '/acknowledge'))).statusCode).toBe(409);
  });
});

describe('review cycle', () => {
  async function approvedDaysAgo(title: string, days: number) {
    t.clock.offsetMs = -days * DAY;
    try {
      const id = (await cm.post('/api/v1/policies', { title, reviewIntervalMonths: 12 })).json().id;
      await cm.post(`/api/v1/policies/${id}/versions/1/submit`);
      await admin.post(`/api/v1/policies/${id}/versions/1/approve`);
      return id;
    } finally {
      t.clock.offsetMs = 0;
    }
  }

  it('shows each policy as current, due soon or overdue', async () => {
    const overdue = await approvedDaysAgo('Old policy', 400);
    const soon = await approvedDaysAgo('Nearly due policy', 350);
    const list = (await viewer.get('/api/v1/policies')).json().policies as { id: string; review: { state: string; dueOn: string } }[];
    expect(list.find((p) => p.id === overdue)!.review.state).toBe('overdue');
    expect(list.find((p) => p.id === soon)!.review.state).toBe('due_soon');
    expect(list.find((p) => p.id === policyId)!.review.state).toBe('current');
    const drafts = (await viewer.get('/api/v1/policies?status=draft')).json().policies as { status: string }[];
    expect(drafts.length).toBeGreaterThan(10);
    expect(drafts.every((p) => p.status === 'draft')).toBe(true);
  });
});

describe('retiring a policy', () => {
  it('retires the policy and its versions; nothing can change afterwards', async () => {
    const res = await cm.post(`/api/v1/policies/${policyId}/retire`, { reason: 'Merged into the information security policy' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'retired', review: null, currentVersion: null, retiredReason: 'Merged into the information security policy' });
    expect((await cm.post(`/api/v1/policies/${policyId}/retire`, { reason: 'again' })).statusCode).toBe(409);
    expect((await cm.patch(`/api/v1/policies/${policyId}`, { title: 'x' })).statusCode).toBe(409);
    expect((await cm.post(`/api/v1/policies/${policyId}/versions`, {})).statusCode).toBe(409);
    expect((await employee.post(v(3, '/acknowledge'))).statusCode).toBe(409);
    const active = (await viewer.get('/api/v1/policies')).json().policies as { id: string }[];
    expect(active.some((p) => p.id === policyId)).toBe(false);
    const retired = (await viewer.get('/api/v1/policies?status=retired')).json().policies as { id: string }[];
    expect(retired.map((p) => p.id)).toEqual([policyId]);
  });
});

describe('paging', () => {
  type Row = { id: string; title: string; status: string };
  it('pages the policies by cursor: each exactly once, in title order, whatever the filter', async () => {
    const whole = (await viewer.get('/api/v1/policies?status=all&limit=500')).json();
    expect(whole.nextCursor).toBeNull();
    const all = whole.policies as Row[];
    expect(all.length).toBeGreaterThan(10);
    const paged = await pageThrough<Row>(viewer, '/api/v1/policies?status=all', 'policies', 4);
    expect(paged.pages).toBe(Math.ceil(all.length / 4));
    expect(paged.items.map((p) => p.id)).toEqual(all.map((p) => p.id));
    expect(new Set(paged.items.map((p) => p.id)).size).toBe(all.length);
    for (const status of ['active', 'draft', 'approved', 'retired'] as const) {
      const expected = all.filter((p) => (status === 'active' ? p.status !== 'retired' : p.status === status)).map((p) => p.id);
      expect(expected.length, status).toBeGreaterThan(0);
      for (const limit of [1, 3]) {
        const got = await pageThrough<Row>(viewer, `/api/v1/policies?status=${status}`, 'policies', limit);
        expect(got.items.map((p) => p.id), `${status} by ${limit}`).toEqual(expected);
      }
    }
    const q = await pageThrough<Row>(viewer, '/api/v1/policies?status=all&q=policy', 'policies', 2);
    expect(q.items.map((p) => p.id)).toEqual(((await viewer.get('/api/v1/policies?status=all&q=policy&limit=500')).json().policies as Row[]).map((p) => p.id));
  });

  it('refuses a cursor it did not issue', async () => {
    await expectCursorRefused(viewer, '/api/v1/policies', 'vendors');
    const { nextCursor } = (await viewer.get('/api/v1/policies?status=all&limit=1')).json();
    expect((await viewer.get(`/api/v1/vendors?cursor=${encodeURIComponent(nextCursor)}`)).statusCode).toBe(400);
  });
});

describe('another tenant', () => {
  it('gets 404 for another organization\'s policies and versions, exactly as for an unknown id', async () => {
    const globex = await otherTenant(t);
    const target = (await admin.get('/api/v1/policies')).json().policies[0];
    const before = (await admin.get(`/api/v1/policies/${target.id}`)).json();
    const random = crypto.randomUUID();
    const probes: Array<[string, (id: string) => string, unknown]> = [
      ['GET', (id) => `/api/v1/policies/${id}`, undefined],
      ['PATCH', (id) => `/api/v1/policies/${id}`, { title: 'hijacked' }],
      ['POST', (id) => `/api/v1/policies/${id}/retire`, { reason: 'hijacked' }],
      ['GET', (id) => `/api/v1/policies/${id}/versions`, undefined],
      ['POST', (id) => `/api/v1/policies/${id}/versions`, {}],
      ['GET', (id) => `/api/v1/policies/${id}/versions/1`, undefined],
      ['PATCH', (id) => `/api/v1/policies/${id}/versions/1`, { body: 'hijacked' }],
      ['POST', (id) => `/api/v1/policies/${id}/versions/1/submit`, {}],
      ['POST', (id) => `/api/v1/policies/${id}/versions/1/return`, {}],
      ['POST', (id) => `/api/v1/policies/${id}/versions/1/approve`, {}],
      ['POST', (id) => `/api/v1/policies/${id}/versions/1/publish`, {}],
      ['POST', (id) => `/api/v1/policies/${id}/versions/1/acknowledge`, {}],
      ['GET', (id) => `/api/v1/policies/${id}/versions/1/acknowledgements`, undefined],
      ['GET', (id) => `/api/v1/policies/${id}/diff?from=1&to=1`, undefined],
    ];
    for (const [method, url, body] of probes) {
      const theirs = await globex.request(method, url(target.id), body);
      const none = await globex.request(method, url(random), body);
      expect(theirs.statusCode, `${method} ${url(target.id)}`).toBe(404);
      expect(theirs.json()).toEqual({ error: { ...none.json().error, requestId: theirs.json().error.requestId } });
    }
    expect((await globex.get('/api/v1/policies')).json().policies).toEqual([]);
    const acmeSystem = (await admin.get('/api/v1/systems')).json().systems[0].id;
    expect((await globex.post('/api/v1/policies/adopt', { keys: ['backup'], systemId: acmeSystem })).statusCode).toBe(404);
    expect((await admin.get(`/api/v1/policies/${target.id}`)).json()).toEqual(before);
  });
});
