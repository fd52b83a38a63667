// Vendors through HTTP: the inventory, validation, reviews and reports, reminders, DC7, tenancy.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, otherTenant, setupInstance, type Agent, type TestApp } from './helpers/app.ts';
import { addDays, addMonths, isoDate } from '../src/domain/calendar/dates.ts';
import { expectCursorRefused, pageThrough } from './helpers/paging.ts';

let t: TestApp;
let admin: Agent;
let globex: Agent;
let today: string;
const ids = {} as Record<'platform' | 'analytics' | 'owner' | 'reviewer' | 'theirPerson' | 'theirSystem' | 'aws' | 'mailer', string>;

const monthsAgo = (n: number) => addMonths(today, -n);
const auditKinds = async (subject: string) =>
  ((await admin.get('/api/v1/audit-log?limit=500')).json().entries as { kind: string; subject: string; data: Record<string, unknown> }[]).filter((e) => e.subject === subject);

beforeAll(async () => {
  t = await makeTestApp();
  today = isoDate(t.deps.now());
  ({ agent: admin } = await setupInstance(t));
  ids.platform = (await admin.post('/api/v1/systems', { name: 'Acme Platform', subserviceOrganizations: [{ name: 'Datadog', service: 'Monitoring', method: 'inclusive' }] })).json().id;
  ids.analytics = (await admin.post('/api/v1/systems', { name: 'Acme Analytics', categories: ['availability'] })).json().id;
  ids.owner = (await admin.post('/api/v1/people', { name: 'Vera Vendor', email: 'vera@acme.test' })).json().id;
  ids.reviewer = (await admin.post('/api/v1/people', { name: 'Rex Reviewer', email: 'rex@acme.test' })).json().id;
  globex = await otherTenant(t);
  ids.theirPerson = (await globex.post('/api/v1/people', { name: 'Gus Globex', email: 'gus@globex.test' })).json().id;
  ids.theirSystem = (await globex.post('/api/v1/systems', { name: 'Globex Cloud' })).json().id;
});
afterAll(async () => { await t.close(); });

describe('vendor inventory', () => {
  it('adds a vendor with defaults; never reviewed', async () => {
    const res = await admin.post('/api/v1/vendors', { name: 'Mailer Inc', criticality: 'low' });
    expect(res.statusCode).toBe(201);
    const v = res.json();
    ids.mailer = v.id;
    expect(v).toMatchObject({ name: 'Mailer Inc', service: '', criticality: 'low', dataShared: [], owner: null, subservice: false, presentationMethod: null, csocs: [], systems: [], reviews: [], reports: [] });
    expect(v.status).toMatchObject({ reviewState: 'never_reviewed', nextReviewDue: null, cadenceMonths: 36, reportState: 'none', qualifiedOpinion: false, reminders: ['Mailer Inc has never been reviewed.'] });
  });

  it('adds a subservice organization serving two systems, with its owner', async () => {
    const res = await admin.post('/api/v1/vendors', {
      name: 'AWS', service: 'Cloud hosting', criticality: 'critical', ownerId: ids.owner,
      dataShared: [{ dataType: 'Customer data', classification: 'restricted' }],
      contractStart: '2024-01-01', contractEnd: '2027-01-01', website: 'https://aws.amazon.com',
      subservice: true, presentationMethod: 'carve_out', csocs: [{ text: 'Physical access to data centers is restricted.', criteria: ['cc6.4'] }],
      systemIds: [ids.platform, ids.analytics, ids.platform],
    });
    expect(res.statusCode, res.body).toBe(201);
    const v = res.json();
    ids.aws = v.id;
    expect(v.owner).toEqual({ id: ids.owner, name: 'Vera Vendor', email: 'vera@acme.test' });
    expect(v.systems.map((s: { name: string }) => s.name)).toEqual(['Acme Analytics', 'Acme Platform']);
    expect(v.csocs[0].criteria).toEqual(['CC6.4']);
    expect(v.status.cadenceMonths).toBe(12);
    expect(v.status.reminders).toEqual(['AWS has never been reviewed.', 'AWS is a subservice organization with no SOC report on file.']);
    expect((await auditKinds(v.id)).map((e) => e.kind)).toEqual(['vendor.created']);
  });

  it('reports every schema error at once', async () => {
    const res = await admin.post('/api/v1/vendors', { name: '', criticality: 'extreme', website: 'not a url', contractStart: '2025-02-30', dataShared: [{ dataType: 'PII', classification: 'secret' }], surprise: 1 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      'body.contractStart', 'body.criticality', 'body.dataShared.0.classification', 'body.name', 'body.surprise', 'body.website',
    ]);
  });

  it('reports every rule and reference problem at once, never linking another organization\'s people or systems', async () => {
    const random = crypto.randomUUID();
    const res = await admin.post('/api/v1/vendors', {
      name: 'Shady', criticality: 'high', contractStart: '2026-01-01', contractEnd: '2025-01-01', subservice: true,
      ownerId: ids.theirPerson, systemIds: [ids.analytics, ids.theirSystem, random], csocs: [{ text: 'Backups are tested.', criteria: ['A1.3', 'C1.1'] }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([
      { path: 'contractEnd', message: 'must be on or after the contract start' },
      { path: 'presentationMethod', message: 'required for a subservice organization (carve_out or inclusive)' },
      { path: 'service', message: 'describe the service a subservice organization provides' },
      { path: 'ownerId', message: 'no such person in this organization' },
      { path: 'systemIds.1', message: 'no such system in this organization' },
      { path: 'systemIds.2', message: 'no such system in this organization' },
      { path: 'csocs.0.criteria', message: 'C1.1 is not in scope for system Acme Analytics' },
    ]);
    const names = (await admin.get('/api/v1/vendors')).json().vendors.map((v: { name: string }) => v.name);
    expect(names).toEqual(['AWS', 'Mailer Inc']);
  });

  it('refuses a second vendor of the same name', async () => {
    const res = await admin.post('/api/v1/vendors', { name: 'aws', criticality: 'low' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.fields).toEqual([{ path: 'name', message: 'already used by another vendor' }]);
  });

  it('changes some fields, records what changed, and ignores a change to nothing', async () => {
    const res = await admin.patch(`/api/v1/vendors/${ids.mailer}`, { criticality: 'medium', service: 'Transactional email', systemIds: [ids.platform], notes: '' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ criticality: 'medium', service: 'Transactional email', systems: [{ id: ids.platform, name: 'Acme Platform' }] });
    const entries = await auditKinds(ids.mailer);
    expect(entries[0]!.kind).toBe('vendor.updated');
    expect(entries[0]!.data.changes).toEqual({ criticality: { from: 'low', to: 'medium' }, service: { from: '', to: 'Transactional email' }, systemIds: { from: [], to: [ids.platform] } });
    expect((await admin.patch(`/api/v1/vendors/${ids.mailer}`, { criticality: 'medium' })).statusCode).toBe(200);
    expect(await auditKinds(ids.mailer)).toHaveLength(entries.length);
    expect((await admin.patch(`/api/v1/vendors/${ids.mailer}`, {})).statusCode).toBe(400);
  });

  it('checks the vendor as it will be after the change', async () => {
    const res = await admin.patch(`/api/v1/vendors/${ids.mailer}`, { presentationMethod: 'inclusive', contractEnd: '2020-01-01', contractStart: '2021-01-01' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['contractEnd', 'presentationMethod']);
    const steal = await admin.patch(`/api/v1/vendors/${ids.mailer}`, { ownerId: ids.theirPerson });
    expect(steal.json().error.fields).toEqual([{ path: 'ownerId', message: 'no such person in this organization' }]);
    expect((await admin.get(`/api/v1/vendors/${ids.mailer}`)).json().owner).toBeNull();
  });

  it('filters the inventory by criticality and subservice flag', async () => {
    const names = async (q: string) => (await admin.get(`/api/v1/vendors?${q}`)).json().vendors.map((v: { name: string }) => v.name);
    expect(await names('criticality=critical')).toEqual(['AWS']);
    expect(await names('subservice=false')).toEqual(['Mailer Inc']);
    const first = (await admin.get('/api/v1/vendors?limit=1')).json();
    expect(first.vendors.map((v: { name: string }) => v.name)).toEqual(['AWS']);
    expect(await names(`limit=1&cursor=${encodeURIComponent(first.nextCursor)}`)).toEqual(['Mailer Inc']);
    expect((await admin.get('/api/v1/vendors')).json().nextCursor).toBeNull();
    expect((await admin.get('/api/v1/vendors?criticality=huge')).statusCode).toBe(400);
  });
});

describe('reviews and reports', () => {
  it('records a review, which sets the next due date by criticality', async () => {
    const reviewedOn = addDays(monthsAgo(12), 10); // due in about ten days
    const res = await admin.post(`/api/v1/vendors/${ids.aws}/reviews`, { reviewedOn, reviewerId: ids.reviewer, outcome: 'approved_with_conditions', notes: 'Asked for the bridge letter.' });
    expect(res.statusCode, res.body).toBe(201);
    const v = res.json();
    expect(v.reviews).toEqual([expect.objectContaining({ reviewedOn, reviewer: { id: ids.reviewer, name: 'Rex Reviewer', email: 'rex@acme.test' }, outcome: 'approved_with_conditions' })]);
    expect(v.status).toMatchObject({ lastReviewedOn: reviewedOn, nextReviewDue: addMonths(reviewedOn, 12), reviewState: 'due_soon' });
    const entry = (await auditKinds(ids.aws))[0]!;
    expect(entry).toMatchObject({ kind: 'vendor.reviewed', data: { name: 'AWS', outcome: 'approved_with_conditions', reviewedOn } });
  });

  it('refuses a review in the future, by someone not on the roster, with a bad outcome', async () => {
    const tomorrow = addMonths(today, 1);
    const bad = await admin.post(`/api/v1/vendors/${ids.aws}/reviews`, { reviewedOn: tomorrow, reviewerId: ids.theirPerson, outcome: 'approved' });
    expect(bad.json().error.fields).toEqual([
      { path: 'reviewedOn', message: 'must not be in the future' },
      { path: 'reviewerId', message: 'no such person in this organization' },
    ]);
    const schema = await admin.post(`/api/v1/vendors/${ids.aws}/reviews`, { reviewedOn: today, outcome: 'fine' });
    expect(schema.json().error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['body.outcome', 'body.reviewerId']);
  });

  it('files reports; the latest period decides whether the report is current', async () => {
    const old = await admin.post(`/api/v1/vendors/${ids.aws}/reports`, { type: 'soc2_type2', periodStart: monthsAgo(26), periodEnd: monthsAgo(14), opinion: 'unqualified' });
    expect(old.statusCode, old.body).toBe(201);
    expect(old.json().status).toMatchObject({ reportState: 'outdated', latestReportPeriodEnd: monthsAgo(14), qualifiedOpinion: false });
    const current = await admin.post(`/api/v1/vendors/${ids.aws}/reports`, { type: 'soc2_type2', periodStart: monthsAgo(13), periodEnd: monthsAgo(1), opinion: 'qualified', exceptionsNoted: 'One late access review.', bridgeLetter: true, bridgeLetterDate: today });
    expect(current.statusCode, current.body).toBe(201);
    const v = current.json();
    expect(v.reports.map((r: { periodEnd: string }) => r.periodEnd)).toEqual([monthsAgo(1), monthsAgo(14)]);
    expect(v.reports[0]).toMatchObject({ opinion: 'qualified', bridgeLetter: true, bridgeLetterDate: today, exceptionsNoted: 'One late access review.' });
    expect(v.status).toMatchObject({ reportState: 'current', qualifiedOpinion: true });
    expect(v.status.reminders).toContain('The latest report from AWS has a qualified opinion; assess its effect.');
    expect((await auditKinds(ids.aws)).filter((e) => e.kind === 'vendor.report_added')).toHaveLength(2);
  });

  it('refuses an inconsistent report, naming every problem', async () => {
    const res = await admin.post(`/api/v1/vendors/${ids.aws}/reports`, { type: 'soc1_type2', periodEnd: monthsAgo(2), bridgeLetterDate: today });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['periodStart', 'opinion', 'bridgeLetterDate']);
  });
});

describe('reminders', () => {
  it('lists the vendors needing attention, the overdue first', async () => {
    const late = (await admin.post('/api/v1/vendors', { name: 'Late Ltd', criticality: 'high' })).json().id;
    await admin.post(`/api/v1/vendors/${late}/reviews`, { reviewedOn: monthsAgo(14), reviewerId: ids.reviewer, outcome: 'approved' });
    const fine = (await admin.post('/api/v1/vendors', { name: 'Fine Co', criticality: 'medium' })).json().id;
    await admin.post(`/api/v1/vendors/${fine}/reviews`, { reviewedOn: monthsAgo(1), reviewerId: ids.reviewer, outcome: 'approved' });
    const res = await admin.get('/api/v1/vendors/reminders');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.today).toBe(today);
    expect(body.reminders.map((r: { vendor: { name: string }; status: { reviewState: string } }) => [r.vendor.name, r.status.reviewState])).toEqual([
      ['Late Ltd', 'overdue'], ['Mailer Inc', 'never_reviewed'], ['AWS', 'due_soon'],
    ]);
    expect(body.reminders[0].status.reminders[0]).toMatch(/^The review of Late Ltd was due on \d{4}-\d{2}-\d{2} \(\d+ days overdue\)\.$/);
  });
});

describe('DC7 of the system description', () => {
  const dc7 = async (systemId: string) => (await admin.get(`/api/v1/systems/${systemId}/description`)).json().sections.find((s: { key: string }) => s.key === 'DC7');

  it('lists the subservice vendors linked to the system after the organizations typed on it', async () => {
    const section = await dc7(ids.platform);
    expect(section.markdown).toContain('### Datadog');
    expect(section.markdown).toContain('### AWS\n\nCloud hosting. Presented using the carve-out method.\n\n- Physical access to data centers is restricted. _(CC6.4)_');
    expect(section.markdown.indexOf('Datadog')).toBeLessThan(section.markdown.indexOf('AWS'));
    expect(section.markdown).not.toContain('Mailer Inc');
    expect(section.complete).toBe(true);
  });

  it('follows the vendor: unlinked or no longer a subservice organization, it leaves DC7', async () => {
    await admin.patch(`/api/v1/vendors/${ids.aws}`, { systemIds: [ids.platform] });
    expect((await dc7(ids.analytics)).markdown).toBe('The system uses no subservice organizations.');
    const res = await admin.patch(`/api/v1/vendors/${ids.aws}`, { subservice: false });
    expect(res.json()).toMatchObject({ subservice: false, presentationMethod: null, csocs: [] });
    expect((await dc7(ids.platform)).markdown).not.toContain('AWS');
    await admin.patch(`/api/v1/vendors/${ids.aws}`, { subservice: true, presentationMethod: 'carve_out' });
    const section = await dc7(ids.platform);
    expect(section.missing).toEqual(['complementary controls expected of AWS']);
  });
});

describe('another tenant', () => {
  it('gets 404 for Acme\'s vendors, exactly as for an id that does not exist, and changes nothing', async () => {
    const random = crypto.randomUUID();
    const probes: Array<[string, (id: string) => string, unknown]> = [
      ['GET', (id) => `/api/v1/vendors/${id}`, undefined],
      ['PATCH', (id) => `/api/v1/vendors/${id}`, { name: 'Hijacked' }],
      ['POST', (id) => `/api/v1/vendors/${id}/reviews`, { reviewedOn: today, reviewerId: ids.theirPerson, outcome: 'rejected' }],
      ['POST', (id) => `/api/v1/vendors/${id}/reports`, { type: 'other', periodEnd: today }],
    ];
    for (const [method, url, body] of probes) {
      const theirs = await globex.request(method, url(ids.aws), body);
      const none = await globex.request(method, url(random), body);
      expect(theirs.statusCode, `${method} ${url(ids.aws)}`).toBe(404);
      expect(theirs.json().error.message).toBe(none.json().error.message);
    }
    expect((await globex.get('/api/v1/vendors')).json().vendors).toEqual([]);
    expect((await globex.get('/api/v1/vendors/reminders')).json().reminders).toEqual([]);
    const aws = (await admin.get(`/api/v1/vendors/${ids.aws}`)).json();
    expect(aws.name).toBe('AWS');
    expect(aws.reviews).toHaveLength(1);
  });

  it('cannot link Acme\'s systems to its own vendor', async () => {
    const res = await globex.post('/api/v1/vendors', { name: 'Globex Vendor', criticality: 'low', systemIds: [ids.platform] });
    expect(res.json().error.fields).toEqual([{ path: 'systemIds.0', message: 'no such system in this organization' }]);
  });
});

describe('paging', () => {
  type Row = { id: string; name: string; criticality: string; subservice: boolean };
  it('pages the inventory by cursor: each vendor once, by name whatever its case, with the filters kept', async () => {
    const names = ['beta Labs', 'Acme Paper', 'zeta Corp', 'Beacon', 'alpha Soft', 'Omega', 'delta Data'];
    for (const [i, name] of names.entries()) {
      const res = await admin.post('/api/v1/vendors', { name, criticality: i % 2 ? 'high' : 'low' });
      expect(res.statusCode, res.body).toBe(201);
    }
    const whole = (await admin.get('/api/v1/vendors?limit=500')).json();
    expect(whole.nextCursor).toBeNull();
    const all = whole.vendors as Row[];
    expect(all.map((v) => v.name.toLowerCase())).toEqual(all.map((v) => v.name.toLowerCase()).sort());
    const paged = await pageThrough<Row>(admin, '/api/v1/vendors', 'vendors', 2);
    expect(paged.pages).toBe(Math.ceil(all.length / 2));
    expect(paged.items.map((v) => v.id)).toEqual(all.map((v) => v.id));
    for (const [query, limit] of [['criticality=high', 1], ['criticality=low', 2], ['subservice=false', 3]] as const) {
      const expected = (await admin.get(`/api/v1/vendors?${query}&limit=500`)).json().vendors.map((v: Row) => v.id);
      expect(expected.length).toBeGreaterThan(limit);
      expect((await pageThrough<Row>(admin, `/api/v1/vendors?${query}`, 'vendors', limit)).items.map((v) => v.id), query).toEqual(expected);
    }
  });

  it('refuses a cursor it did not issue, and pages another tenant\'s inventory apart', async () => {
    await expectCursorRefused(admin, '/api/v1/vendors', 'policies');
    const { nextCursor } = (await admin.get('/api/v1/vendors?limit=1')).json();
    expect((await globex.get(`/api/v1/vendors?limit=1&cursor=${encodeURIComponent(nextCursor)}`)).json()).toMatchObject({ vendors: [], nextCursor: null });
  });
});
