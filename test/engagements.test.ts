// Engagements through HTTP: proposing and accepting, the period rules, the firm's team, documents, phases — and
// independence: a firm reads a client's program only through an engagement it is on, read-only, limited to the
// engagement's system and period; every evidence read lands in the client's ledger.
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, PASSWORD, inviteMember, makeTestApp, otherTenant, setupInstance, type TestApp } from './helpers/app.ts';
import { evidenceUpload } from './helpers/multipart.ts';
import { createUserLocally } from '../src/services/local-accounts.ts';
import { ledger } from '../src/db/schema.ts';
import { insertRequests } from '../src/db/requests.ts';
import { frequencyTableOf } from '../src/services/sample-selection.ts';

let t: TestApp;
let acme: Agent;
let acmeId: string;
let firm: Agent;
let firmId: string;
let auditor: { agent: Agent; userId: string };
let systemId: string;
let otherSystemId: string;

async function login(email: string): Promise<Agent> {
  const agent = new Agent(t.app);
  const res = await agent.post('/api/v1/auth/login', { email, password: PASSWORD });
  expect(res.statusCode, res.body).toBe(200);
  await agent.refreshSession();
  return agent;
}

const view = (agent: Agent, engagementId: string, method: string, url: string, body?: unknown) =>
  agent.request(method, url, body, { 'attest-engagement': engagementId });

async function addEvidence(agent: Agent, title: string, periodStart: string, periodEnd: string): Promise<string> {
  const { payload, headers } = evidenceUpload({ title, periodStart, periodEnd }, { fileName: `${title}.txt`, content: `${title} contents\n` });
  const res = await agent.request('POST', '/api/v1/evidence', payload, headers);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

/** Acme proposes a Type II engagement over 2026 to the firm; the firm's partner accepts. */
async function acceptedEngagement(overrides: Record<string, unknown> = {}): Promise<string> {
  const proposed = await acme.post('/api/v1/engagements', { name: `SOC 2 Type II ${Math.random()}`, counterpartyId: firmId, systemId, reportType: 'type2', periodStart: '2026-01-01', periodEnd: '2026-12-31', ...overrides });
  expect(proposed.statusCode, proposed.body).toBe(201);
  const id = proposed.json().id;
  const accepted = await firm.post(`/api/v1/engagements/${id}/respond`, { decision: 'accept' });
  expect(accepted.statusCode, accepted.body).toBe(200);
  return id;
}

beforeAll(async () => {
  t = await makeTestApp();
  const setup = await setupInstance(t);
  acme = setup.agent;
  acmeId = setup.session.activeOrganization.organization.id;
  await createUserLocally(t.deps, { email: 'partner@firm.test', name: 'Pat Partner', org: 'Audit LLP', kind: 'audit_firm', role: 'partner', password: PASSWORD });
  firm = await login('partner@firm.test');
  firmId = (await firm.get('/api/v1/session')).json().activeOrganization.organization.id;
  auditor = await inviteMember(t, firm, 'auditor@firm.test', 'auditor', 'Avery Auditor');
  systemId = (await acme.post('/api/v1/systems', { name: 'Acme Platform', categories: ['availability'] })).json().id;
  otherSystemId = (await acme.post('/api/v1/systems', { name: 'Acme Internal Tools' })).json().id;
}, 60_000);
afterAll(async () => { await t.close(); });

describe('proposing and accepting', () => {
  it('lists the other kind of organization as counterparties', async () => {
    const forAcme = (await acme.get('/api/v1/engagements/counterparties')).json().organizations.map((o: { name: string }) => o.name);
    expect(forAcme).toEqual(['Audit LLP']);
    const forFirm = (await firm.get('/api/v1/engagements/counterparties')).json().organizations.map((o: { name: string }) => o.name);
    expect(forFirm).toContain('Acme Cloud');
    expect(forFirm).not.toContain('Audit LLP');
  });

  it('enforces the period rules: longer than 12 months refused, shorter than 6 needs a reason and warns', async () => {
    const base = { name: 'Period rules', counterpartyId: firmId, systemId, reportType: 'type2' };
    const long = await acme.post('/api/v1/engagements', { ...base, periodStart: '2026-01-01', periodEnd: '2027-01-01' });
    expect([long.statusCode, long.json().error.code]).toEqual([400, 'validation_failed']);
    expect(long.json().error.fields[0].path).toBe('periodEnd');
    const twelve = await acme.post('/api/v1/engagements', { ...base, periodStart: '2026-01-01', periodEnd: '2026-12-31' });
    expect(twelve.statusCode, twelve.body).toBe(201);
    expect(twelve.json().warnings).toEqual([]);
    const backwards = await acme.post('/api/v1/engagements', { ...base, periodStart: '2026-06-01', periodEnd: '2026-05-01' });
    expect(backwards.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['periodEnd']);
    const short = await acme.post('/api/v1/engagements', { ...base, periodStart: '2026-01-01', periodEnd: '2026-03-31' });
    expect(short.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['shortPeriodReason']);
    const reasoned = await acme.post('/api/v1/engagements', { ...base, periodStart: '2026-01-01', periodEnd: '2026-03-31', shortPeriodReason: 'First examination after launch' });
    expect(reasoned.statusCode, reasoned.body).toBe(201);
    expect(reasoned.json().warnings[0]).toMatch(/shorter than .*6 months.*First examination after launch/);
    const typeOne = await acme.post('/api/v1/engagements', { ...base, reportType: 'type1', periodStart: '2026-01-01', periodEnd: '2026-12-31' });
    expect(typeOne.json().error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['asOfDate', 'periodEnd', 'periodStart']);
  });

  it('refuses a system or categories outside the service organization, and a counterparty of the wrong kind', async () => {
    const globex = await otherTenant(t, 'GlobexScope');
    const globexSystem = (await globex.post('/api/v1/systems', { name: 'Globex App' })).json().id;
    const base = { name: 'Bad refs', counterpartyId: firmId, reportType: 'type1', asOfDate: '2026-06-30' };
    expect((await acme.post('/api/v1/engagements', { ...base, systemId: globexSystem })).json().error.fields[0]).toMatchObject({ path: 'systemId' });
    expect((await acme.post('/api/v1/engagements', { ...base, systemId, categories: ['privacy'] })).json().error.fields[0]).toMatchObject({ path: 'categories' });
    const globexOrg = (await globex.get('/api/v1/session')).json().activeOrganization.organization.id;
    expect((await acme.post('/api/v1/engagements', { ...base, systemId, counterpartyId: globexOrg })).json().error.fields[0]).toMatchObject({ path: 'counterpartyId' });
  });

  it('lets only the other party answer, puts the accepting partner on the team and records it in both ledgers', async () => {
    const res = await acme.post('/api/v1/engagements', { name: 'Answered', counterpartyId: firmId, systemId, reportType: 'type1', asOfDate: '2026-06-30' });
    const id = res.json().id;
    expect(res.json()).toMatchObject({ status: 'proposed', proposedBy: 'service_org', categories: ['availability'], system: { id: systemId } });
    expect((await acme.post(`/api/v1/engagements/${id}/respond`, { decision: 'accept' })).statusCode).toBe(403);
    const accepted = await firm.post(`/api/v1/engagements/${id}/respond`, { decision: 'accept' });
    expect(accepted.json()).toMatchObject({ status: 'planning', acceptedByLabel: 'partner@firm.test', viewer: { side: 'firm', teamRole: 'engagement_partner' } });
    expect(accepted.json().team.map((m: { email: string }) => m.email)).toEqual(['partner@firm.test']);
    expect((await firm.post(`/api/v1/engagements/${id}/respond`, { decision: 'accept' })).json().error.code).toBe('engagement_invalid_transition');
    for (const org of [acmeId, firmId]) {
      const kinds = (await t.deps.db.select({ kind: ledger.kind }).from(ledger).where(and(eq(ledger.org, org), eq(ledger.subject, id))).orderBy(asc(ledger.seq))).map((r) => r.kind);
      expect(kinds).toEqual(['engagement.proposed', 'engagement.accepted']);
    }
  });

  it('has the service organization choose its system when the firm proposes', async () => {
    const res = await firm.post('/api/v1/engagements', { name: 'Firm proposes', counterpartyId: acmeId, reportType: 'type1', asOfDate: '2026-09-30' });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id;
    expect(res.json().system).toBeNull();
    expect((await acme.post(`/api/v1/engagements/${id}/respond`, { decision: 'accept' })).json().error.fields[0].path).toBe('systemId');
    const accepted = await acme.post(`/api/v1/engagements/${id}/respond`, { decision: 'accept', systemId: otherSystemId });
    expect(accepted.json()).toMatchObject({ status: 'planning', system: { id: otherSystemId, name: 'Acme Internal Tools' }, categories: [] });
  });

  it('declines and withdraws only from proposed, each by the right party', async () => {
    const a = (await acme.post('/api/v1/engagements', { name: 'To decline', counterpartyId: firmId, systemId, reportType: 'type1', asOfDate: '2026-06-30' })).json().id;
    expect((await firm.post(`/api/v1/engagements/${a}/withdraw`, { reason: 'not ours' })).statusCode).toBe(403);
    expect((await firm.post(`/api/v1/engagements/${a}/respond`, { decision: 'decline', reason: 'Conflict of interest' })).json().status).toBe('declined');
    const b = (await acme.post('/api/v1/engagements', { name: 'To withdraw', counterpartyId: firmId, systemId, reportType: 'type1', asOfDate: '2026-06-30' })).json().id;
    expect((await acme.post(`/api/v1/engagements/${b}/withdraw`, { reason: 'Changed our plans' })).json().status).toBe('withdrawn');
    expect((await firm.post(`/api/v1/engagements/${b}/respond`, { decision: 'accept' })).json().error.code).toBe('engagement_invalid_transition');
  });
});

describe('phases, terms and team', () => {
  it('moves one phase at a time; Type I skips fieldwork; the client cannot move it', async () => {
    const id = await acceptedEngagement();
    expect((await firm.post(`/api/v1/engagements/${id}/status`, { status: 'fieldwork' })).json().error.code).toBe('engagement_invalid_transition');
    expect((await acme.post(`/api/v1/engagements/${id}/status`, { status: 'design_review' })).statusCode).toBe(403);
    const moved = await firm.post(`/api/v1/engagements/${id}/status`, { status: 'design_review' });
    expect(moved.json()).toMatchObject({ status: 'design_review', nextStatuses: ['fieldwork', 'planning'] });
    expect((await firm.patch(`/api/v1/engagements/${id}`, { name: 'Too late' })).json().error.code).toBe('engagement_invalid_transition');
    const typeOne = await acceptedEngagement({ reportType: 'type1', asOfDate: '2026-06-30', periodStart: null, periodEnd: null });
    expect((await firm.post(`/api/v1/engagements/${typeOne}/status`, { status: 'design_review' })).json().nextStatuses).toEqual(['review', 'planning']);
  });

  it('lets the firm change the terms while planning, with the same rules', async () => {
    const id = await acceptedEngagement();
    expect((await firm.patch(`/api/v1/engagements/${id}`, { periodEnd: '2027-06-30' })).json().error.code).toBe('validation_failed');
    const changed = await firm.patch(`/api/v1/engagements/${id}`, { periodStart: '2026-03-01', periodEnd: '2027-02-28', categories: [] });
    expect(changed.json()).toMatchObject({ periodStart: '2026-03-01', periodEnd: '2027-02-28', categories: [] });
    expect((await acme.patch(`/api/v1/engagements/${id}`, { name: 'Client edit' })).statusCode).toBe(403);
  });

  it('takes the firm\'s own sample sizes by frequency while planning, and uses them for the engagement\'s tests', async () => {
    const id = await acceptedEngagement();
    const set = await firm.patch(`/api/v1/engagements/${id}`, { frequencyTable: { weekly: 10, automated: 2 } });
    expect(set.json().frequencyTable).toEqual({ weekly: 10, automated: 2 });
    const table = frequencyTableOf({ frequencyTable: set.json().frequencyTable });
    expect([table.periodic.weekly, table.automated, table.periodic.daily]).toEqual([10, 2, 25]);
    expect((await firm.patch(`/api/v1/engagements/${id}`, { frequencyTable: { hourly: 3 } })).json().error.code).toBe('validation_failed');
    expect((await firm.patch(`/api/v1/engagements/${id}`, { frequencyTable: { weekly: 0 } })).json().error.code).toBe('validation_failed');
    expect((await acme.patch(`/api/v1/engagements/${id}`, { frequencyTable: { weekly: 1 } })).statusCode).toBe(403);
    expect((await firm.patch(`/api/v1/engagements/${id}`, { frequencyTable: null })).json().frequencyTable).toBeNull();
  });

  it('staffs the team from the firm only; an engagement partner must be a firm partner', async () => {
    const id = await acceptedEngagement();
    const outsider = (await acme.get('/api/v1/session')).json().user.id;
    expect((await firm.post(`/api/v1/engagements/${id}/team`, { userId: outsider, role: 'auditor' })).json().error.fields[0].path).toBe('userId');
    expect((await firm.post(`/api/v1/engagements/${id}/team`, { userId: auditor.userId, role: 'engagement_partner' })).json().error.fields[0].path).toBe('role');
    const added = await firm.post(`/api/v1/engagements/${id}/team`, { userId: auditor.userId, role: 'auditor' });
    expect(added.json().team.map((m: { email: string; role: string }) => `${m.email}:${m.role}`).sort()).toEqual(['auditor@firm.test:auditor', 'partner@firm.test:engagement_partner']);
    expect((await auditor.agent.post(`/api/v1/engagements/${id}/team`, { userId: auditor.userId, role: 'auditor' })).statusCode).toBe(403);
    const partnerId = (await firm.get('/api/v1/session')).json().user.id;
    expect((await firm.delete(`/api/v1/engagements/${id}/team/${partnerId}`)).json().error.code).toBe('conflict');
    expect((await firm.delete(`/api/v1/engagements/${id}/team/${auditor.userId}`)).json().team).toHaveLength(1);
  });

  it('stores the engagement letter, hashed and in both ledgers; refuses a fake PDF', async () => {
    const id = await acceptedEngagement();
    const pdf = Buffer.from('%PDF-1.4\n% engagement letter\n%%EOF\n');
    const { payload, headers } = evidenceUploadFile('letter.pdf', pdf);
    const res = await acme.request('POST', `/api/v1/engagements/${id}/documents?kind=engagement_letter`, payload, headers);
    expect(res.statusCode, res.body).toBe(201);
    const doc = res.json().documents[0];
    expect(doc).toMatchObject({ kind: 'engagement_letter', fileName: 'letter.pdf', size: pdf.length, uploadedBySide: 'service_org' });
    const download = await firm.get(`/api/v1/engagements/${id}/documents/${doc.id}/content`);
    expect(download.rawPayload.equals(pdf)).toBe(true);
    for (const org of [acmeId, firmId]) {
      const rows = await t.deps.db.select({ payload: ledger.payload }).from(ledger).where(and(eq(ledger.org, org), eq(ledger.kind, 'engagement.document_added')));
      expect(rows.map((r) => (r.payload as { data: { blob: { sha256: string } } }).data.blob.sha256)).toContain(doc.sha256);
    }
    const fake = evidenceUploadFile('letter.pdf', Buffer.from('not a pdf'));
    expect((await acme.request('POST', `/api/v1/engagements/${id}/documents`, fake.payload, fake.headers)).json().error.code).toBe('evidence_type_mismatch');
    expect((await firm.get(`/api/v1/engagements/${id}`)).json().documents).toHaveLength(1);
  });
});

function evidenceUploadFile(fileName: string, content: Buffer) {
  const boundary = `----attest${Math.random().toString(16).slice(2)}`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('independence', () => {
  let id: string;
  let inPeriod: string;
  let outOfPeriod: string;
  beforeAll(async () => {
    id = await acceptedEngagement();
    inPeriod = await addEvidence(acme, 'Q2 access review', '2026-04-01', '2026-06-30');
    outOfPeriod = await addEvidence(acme, 'Old access review', '2025-01-01', '2025-03-31');
    await acme.post(`/api/v1/systems/${systemId}/controls`, { code: 'AC-01', title: 'Access review', activity: 'Managers review access quarterly.', frequency: 'quarterly', nature: 'manual', type: 'detective', evidenceGuidance: '', criteria: ['CC6.2'] });
    await acme.post(`/api/v1/systems/${otherSystemId}/controls`, { code: 'IT-01', title: 'Internal tools review', activity: 'Reviewed.', frequency: 'annual', nature: 'manual', type: 'detective', evidenceGuidance: '', criteria: ['CC6.2'] });
    await acme.post('/api/v1/requests', { title: 'Acme internal request' });
  });

  it('gives the firm no program of its own without the header', async () => {
    expect((await firm.get('/api/v1/systems')).statusCode).toBe(403);
    expect((await firm.get(`/api/v1/systems/${systemId}`)).statusCode).toBe(403);
  });

  it('shows the team the engagement system only, and evidence of the period only', async () => {
    const systems = (await view(firm, id, 'GET', '/api/v1/systems')).json().systems;
    expect(systems.map((s: { id: string }) => s.id)).toEqual([systemId]);
    expect((await view(firm, id, 'GET', `/api/v1/systems/${otherSystemId}`)).statusCode).toBe(404);
    expect((await view(firm, id, 'GET', `/api/v1/systems/${systemId}/controls`)).json().controls.map((c: { code: string }) => c.code)).toEqual(['AC-01']);
    const items = (await view(firm, id, 'GET', '/api/v1/evidence')).json().items.map((i: { id: string }) => i.id);
    expect(items).toContain(inPeriod);
    expect(items).not.toContain(outOfPeriod);
    expect((await view(firm, id, 'GET', `/api/v1/evidence/${outOfPeriod}`)).statusCode).toBe(404);
    expect((await view(firm, id, 'GET', `/api/v1/evidence/${outOfPeriod}/content`)).statusCode).toBe(404);
    for (const url of ['/api/v1/policies', '/api/v1/people', '/api/v1/vendors', '/api/v1/risks']) {
      expect((await view(firm, id, 'GET', url)).statusCode, url).toBe(200);
    }
  });

  it('shows only the engagement\'s own requests, never the organization\'s internal ones', async () => {
    const titles = (await view(firm, id, 'GET', '/api/v1/requests')).json().requests.map((r: { title: string }) => r.title);
    expect(titles).not.toContain('Acme internal request');
  });

  it('records every evidence read by the firm in the client\'s ledger', async () => {
    const before = await viewedEntries();
    expect((await view(firm, id, 'GET', `/api/v1/evidence/${inPeriod}`)).statusCode).toBe(200);
    const content = await view(firm, id, 'GET', `/api/v1/evidence/${inPeriod}/content`);
    expect(content.body).toBe('Q2 access review contents\n');
    const after = await viewedEntries();
    expect(after.slice(before.length)).toEqual([
      { subject: inPeriod, actor: 'partner@firm.test', engagementId: id, how: 'detail' },
      { subject: inPeriod, actor: 'partner@firm.test', engagementId: id, how: 'download' },
    ]);
    // The client's own reads are not "auditor views".
    await acme.get(`/api/v1/evidence/${inPeriod}`);
    expect(await viewedEntries()).toHaveLength(after.length);
  });

  async function viewedEntries() {
    const rows = await t.deps.db.select({ subject: ledger.subject, payload: ledger.payload }).from(ledger).where(and(eq(ledger.org, acmeId), eq(ledger.kind, 'evidence.viewed'))).orderBy(ledger.seq);
    return rows.map((r) => {
      const p = r.payload as { actor: { label: string }; data: { engagementId: string; how: string } };
      return { subject: r.subject, actor: p.actor.label, engagementId: p.data.engagementId, how: p.data.how };
    });
  }

  it('never writes to the client through the view', async () => {
    const writes: Array<[string, string, unknown]> = [
      ['POST', `/api/v1/systems/${systemId}/controls`, { code: 'XX-01', title: 'Sneaky control', activity: 'Something is done by someone on a schedule.', frequency: 'annual', nature: 'manual', type: 'detective', evidenceGuidance: '', criteria: ['CC1.1'] }],
      ['PATCH', `/api/v1/systems/${systemId}`, { name: 'Renamed' }],
      ['POST', '/api/v1/requests', { title: 'Sneaky' }],
      ['POST', '/api/v1/risks', { title: 'Risk', category: 'other', inherent: { likelihood: 1, impact: 1 }, residual: { likelihood: 1, impact: 1 }, treatment: 'accept' }],
      ['POST', `/api/v1/evidence/${inPeriod}/tombstone`, { reason: 'x' }],
      ['GET', '/api/v1/members', undefined],
      ['GET', '/api/v1/audit-log', undefined],
      ['GET', '/api/v1/tokens', undefined],
      ['POST', '/api/v1/ledger/checkpoints', {}],
    ];
    for (const [method, url, body] of writes) {
      const res = await view(firm, id, method, url, body);
      expect([res.statusCode, res.json().error?.code], `${method} ${url}: ${res.body.slice(0, 200)}`).toEqual([403, 'forbidden']);
    }
    expect((await acme.get(`/api/v1/systems/${systemId}`)).json().name).toBe('Acme Platform');
  });

  it('keeps auditors off engagements they are not on, and opens it when staffed', async () => {
    expect((await auditor.agent.get('/api/v1/engagements')).json().engagements.map((e: { id: string }) => e.id)).not.toContain(id);
    expect((await auditor.agent.get(`/api/v1/engagements/${id}`)).statusCode).toBe(403);
    expect((await view(auditor.agent, id, 'GET', '/api/v1/systems')).statusCode).toBe(403);
    await firm.post(`/api/v1/engagements/${id}/team`, { userId: auditor.userId, role: 'auditor' });
    expect((await auditor.agent.get('/api/v1/engagements')).json().engagements.map((e: { id: string }) => e.id)).toContain(id);
    expect((await view(auditor.agent, id, 'GET', '/api/v1/systems')).statusCode).toBe(200);
    await firm.delete(`/api/v1/engagements/${id}/team/${auditor.userId}`);
    expect((await view(auditor.agent, id, 'GET', '/api/v1/systems')).statusCode).toBe(403);
  });

  it('keeps each engagement to its own client, and hides other firms\' engagements', async () => {
    const globex = await otherTenant(t, 'GlobexIndependent');
    const globexSystem = (await globex.post('/api/v1/systems', { name: 'Globex Billing' })).json().id;
    const g = (await globex.post('/api/v1/engagements', { name: 'Globex audit', counterpartyId: firmId, systemId: globexSystem, reportType: 'type1', asOfDate: '2026-06-30' })).json().id;
    await firm.post(`/api/v1/engagements/${g}/respond`, { decision: 'accept' });
    expect((await view(firm, g, 'GET', '/api/v1/systems')).json().systems.map((s: { name: string }) => s.name)).toEqual(['Globex Billing']);
    expect((await view(firm, g, 'GET', `/api/v1/systems/${systemId}`)).statusCode).toBe(404);
    expect((await view(firm, g, 'GET', `/api/v1/evidence/${inPeriod}`)).statusCode).toBe(404);
    // Acme is not a party to Globex's engagement: unknown to it, as to another firm.
    expect((await acme.get(`/api/v1/engagements/${g}`)).statusCode).toBe(404);
    await createUserLocally(t.deps, { email: 'partner@rival.test', name: 'Rita Rival', org: 'Rival CPAs', kind: 'audit_firm', role: 'partner', password: PASSWORD });
    const rival = await login('partner@rival.test');
    expect((await rival.get(`/api/v1/engagements/${id}`)).statusCode).toBe(404);
    expect((await view(rival, id, 'GET', '/api/v1/systems')).statusCode).toBe(404);
    expect((await rival.get('/api/v1/engagements')).json().engagements).toEqual([]);
  });

  it('gives no access before acceptance, and refuses a malformed header', async () => {
    const proposed = (await acme.post('/api/v1/engagements', { name: 'Not yet', counterpartyId: firmId, systemId, reportType: 'type1', asOfDate: '2026-06-30' })).json().id;
    expect((await view(firm, proposed, 'GET', '/api/v1/systems')).statusCode).toBe(403);
    expect((await view(firm, 'not-a-uuid', 'GET', '/api/v1/systems')).json().error.code).toBe('validation_failed');
    expect((await view(acme, id, 'GET', '/api/v1/systems')).statusCode).toBe(403);
  });

  it('holds for a user who belongs to both kinds of organization', async () => {
    await createUserLocally(t.deps, { email: 'dual@firm.test', name: 'Dana Dual', org: 'Audit LLP', kind: 'audit_firm', role: 'auditor', password: PASSWORD });
    await createUserLocally(t.deps, { email: 'dual@firm.test', name: 'Dana Dual', org: 'Acme Cloud', kind: 'service_org', role: 'admin', password: PASSWORD });
    const dual = await login('dual@firm.test');
    const session = (await dual.get('/api/v1/session')).json();
    const orgs = Object.fromEntries(session.memberships.map((m: { organization: { id: string; kind: string } }) => [m.organization.kind, m.organization.id]));
    await dual.post('/api/v1/session/organization', { organizationId: orgs.audit_firm });
    await firm.post(`/api/v1/engagements/${id}/team`, { userId: session.user.id, role: 'auditor' });
    // As the firm's auditor, through the engagement: reads yes, writes no, workpapers of the firm only.
    expect((await view(dual, id, 'GET', `/api/v1/systems/${systemId}`)).statusCode).toBe(200);
    expect((await view(dual, id, 'PATCH', `/api/v1/systems/${systemId}`, { name: 'Dual edit' })).statusCode).toBe(403);
    expect((await dual.post(`/api/v1/engagements/${id}/status`, { status: 'design_review' })).statusCode).toBe(403);
    // As Acme's admin: the organization's own program is writable, the firm's side of the engagement is not.
    await dual.post('/api/v1/session/organization', { organizationId: orgs.service_org });
    expect((await dual.patch(`/api/v1/systems/${systemId}`, { boundaries: 'Edited by the admin' })).statusCode).toBe(200);
    expect((await dual.post(`/api/v1/engagements/${id}/status`, { status: 'design_review' })).statusCode).toBe(403);
    expect((await dual.post(`/api/v1/engagements/${id}/team`, { userId: auditor.userId, role: 'auditor' })).statusCode).toBe(403);
    // The header is a firm's: as Acme's admin it is refused rather than silently ignored.
    expect((await view(dual, id, 'GET', '/api/v1/systems')).statusCode).toBe(403);
  });
});

describe('requests made through an engagement', () => {
  let id: string;
  async function auditorRequest(engagementId: string, title: string): Promise<string> {
    const partnerId = (await firm.get('/api/v1/session')).json().user.id;
    const [row] = await insertRequests(t.deps.db, { organizationId: acmeId }, [{ title, engagementId, createdById: partnerId, createdByLabel: 'partner@firm.test' }]);
    return row!.id;
  }
  beforeAll(async () => { id = await acceptedEngagement(); });

  it('are answered by the organization and accepted or returned by the firm, never accepted by the organization', async () => {
    const requestId = await auditorRequest(id, 'Change ticket CHG-1042');
    expect((await acme.post(`/api/v1/requests/${requestId}/submit`, { comment: 'Ticket and approval attached.' })).statusCode).toBe(200);
    const refused = await acme.post(`/api/v1/requests/${requestId}/accept`, {});
    expect([refused.statusCode, refused.json().error.code]).toEqual([403, 'forbidden']);
    expect(refused.json().error.message).toMatch(/auditor/);
    const returned = await firm.post(`/api/v1/engagements/${id}/requests/${requestId}/return`, { comment: 'The approval is dated after the deployment.' });
    expect(returned.json()).toMatchObject({ status: 'returned' });
    await acme.post(`/api/v1/requests/${requestId}/submit`, {});
    const accepted = await firm.post(`/api/v1/engagements/${id}/requests/${requestId}/accept`, {});
    expect(accepted.json()).toMatchObject({ status: 'accepted' });
    const transitions = (await t.deps.db.select({ payload: ledger.payload }).from(ledger).where(and(eq(ledger.org, acmeId), eq(ledger.subject, requestId), eq(ledger.kind, 'request.status_changed'))).orderBy(ledger.seq))
      .map((r) => { const p = r.payload as { actor: { label: string }; data: { to: string } }; return `${p.actor.label}:${p.data.to}`; });
    expect(transitions).toEqual(['owner@acme.test:submitted', 'partner@firm.test:returned', 'owner@acme.test:submitted', 'partner@firm.test:accepted']);
  });

  it('let the firm read what the organization attached as the answer, even from outside the period', async () => {
    const requestId = await auditorRequest(id, 'Policy in force before the period');
    const old = await addEvidence(acme, 'Policy signed in 2025', '2025-01-01', '2025-01-31');
    expect((await view(firm, id, 'GET', `/api/v1/evidence/${old}`)).statusCode).toBe(404);
    expect((await acme.post(`/api/v1/requests/${requestId}/evidence`, { evidenceId: old })).statusCode).toBe(200);
    expect((await view(firm, id, 'GET', `/api/v1/evidence/${old}`)).statusCode).toBe(200);
    expect((await view(firm, id, 'GET', `/api/v1/evidence/${old}/content`)).body).toBe('Policy signed in 2025 contents\n');
    const other = await acceptedEngagement();
    expect((await view(firm, other, 'GET', `/api/v1/evidence/${old}`)).statusCode).toBe(404);
  });

  it('notify the auditor in the firm when the organization answers', async () => {
    const requestId = await auditorRequest(id, 'User access list Q3');
    await acme.post(`/api/v1/requests/${requestId}/submit`, {});
    const notes = (await firm.get('/api/v1/notifications')).json().notifications;
    expect(notes.find((n: { title: string }) => n.title.includes('User access list Q3'))).toMatchObject({ kind: 'request_submitted', link: `/audits/${id}` });
  });

  it('are the firm\'s to review only on their own engagement, and only by its team', async () => {
    const requestId = await auditorRequest(id, 'Backup restore test');
    await acme.post(`/api/v1/requests/${requestId}/submit`, {});
    const other = await acceptedEngagement();
    expect((await firm.post(`/api/v1/engagements/${other}/requests/${requestId}/accept`, {})).statusCode).toBe(404);
    const own = (await acme.post('/api/v1/requests', { title: 'Internal task' })).json().id;
    await acme.post(`/api/v1/requests/${own}/submit`, {});
    expect((await firm.post(`/api/v1/engagements/${id}/requests/${own}/accept`, {})).statusCode).toBe(404);
    expect((await acme.post(`/api/v1/engagements/${id}/requests/${requestId}/accept`, {})).statusCode).toBe(403);
    expect((await auditor.agent.post(`/api/v1/engagements/${id}/requests/${requestId}/accept`, {})).statusCode).toBe(403);
  });

  it('can be listed by engagement, or only the organization\'s own', async () => {
    const mine = (await acme.get(`/api/v1/requests?engagementId=${id}&limit=200`)).json().requests;
    expect(mine.length).toBeGreaterThanOrEqual(3);
    expect(mine.every((r: { engagementId: string }) => r.engagementId === id)).toBe(true);
    const own = (await acme.get('/api/v1/requests?engagementId=none&limit=200')).json().requests;
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((r: { engagementId: string | null }) => r.engagementId === null)).toBe(true);
  });
});
