// The trust portal through HTTP: an organization publishes its page and offers an issued report; prospects get
// access by approval or by accepting the NDA; every copy names its recipient on each page and is logged; access
// expires; bridge letters; the currency flag; and no other organization's data leaks.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent } from './helpers/app.ts';
import { examinationFixture, type ExaminationFixture } from './helpers/engagement-fixture.ts';
import { examinedEngagement } from './helpers/report-fixture.ts';
import { hasPdftotext, pdfText } from './helpers/pdf.ts';

let f: ExaminationFixture;
let reportId: string;
let prospect: Agent;

const sha256 = (b: Buffer | string) => crypto.createHash('sha256').update(b).digest('hex');

beforeAll(async () => {
  f = await examinationFixture();
  const id = await examinedEngagement(f, { reportType: 'type1' });
  const issued = await f.firm.post(`/api/v1/engagements/${id}/reports`, {});
  expect(issued.statusCode, issued.body).toBe(201);
  reportId = issued.json().id;
  prospect = new Agent(f.t.app);
}, 120_000);
afterAll(async () => { await f.t.close(); });

describe('the trust page', () => {
  it('is unpublished and offers nothing by default', async () => {
    const settings = (await f.acme.get('/api/v1/trust-page')).json();
    expect(settings).toMatchObject({ slug: 'acme-cloud', published: false, reportIds: [], accessMode: 'approval', showControlSummary: false });
    expect(settings.availableReports.map((r: { id: string }) => r.id)).toEqual([reportId]);
    expect((await prospect.get('/api/v1/public/trust/acme-cloud')).statusCode).toBe(404);
  });

  it('refuses another organization\'s report and a taken address', async () => {
    const bad = await f.acme.request('PUT', '/api/v1/trust-page', { reportIds: [crypto.randomUUID()] });
    expect([bad.statusCode, bad.json().error.fields[0].path]).toEqual([400, 'reportIds']);
    await f.globex.request('PUT', '/api/v1/trust-page', { slug: 'globex-trust' });
    const taken = await f.acme.request('PUT', '/api/v1/trust-page', { slug: 'globex-trust' });
    expect([taken.statusCode, taken.json().error.code]).toEqual([409, 'conflict']);
  });

  it('shows, once published, what the organization chose: categories, controls by area, the report', async () => {
    const res = await f.acme.request('PUT', '/api/v1/trust-page', { published: true, headline: 'Security at Acme', showControlSummary: true, reportIds: [reportId] });
    expect(res.statusCode, res.body).toBe(200);
    const page = (await prospect.get('/api/v1/public/trust/acme-cloud')).json();
    expect(page).toMatchObject({ organization: 'Acme Cloud', headline: 'Security at Acme', categories: ['security', 'availability'], accessMode: 'approval' });
    expect(page.reports).toEqual([expect.objectContaining({ id: reportId, reportType: 'type1', asOfDate: '2026-06-30', outdated: false, firmName: 'Audit LLP' })]);
    expect(page.controlSummary.reduce((n: number, a: { controls: number }) => n + a.controls, 0)).toBe(4);
  });
});

describe('access by approval', () => {
  let token: string;
  it('waits for the organization; a download before that is refused', async () => {
    const res = await prospect.post('/api/v1/public/trust/acme-cloud/access-requests', { name: 'Dana Lee', email: 'dana@initech.example', company: 'Initech', reason: 'Vendor review' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ state: 'pending', expiresAt: null });
    token = res.json().token;
    const early = await prospect.get(`/api/v1/public/trust/acme-cloud/reports/${reportId}/file?token=${token}`);
    expect([early.statusCode, early.json().error.code]).toEqual([403, 'forbidden']);
  });

  it('is approved by the organization, then the copy names its recipient on every page and is logged', async () => {
    const [request] = (await f.acme.get('/api/v1/trust-page/access-requests')).json().items;
    expect((await f.viewer.post(`/api/v1/trust-page/access-requests/${request.id}/decide`, { decision: 'approve' })).statusCode).toBe(403);
    expect((await f.globex.post(`/api/v1/trust-page/access-requests/${request.id}/decide`, { decision: 'approve' })).statusCode).toBe(404);
    const approved = await f.acme.post(`/api/v1/trust-page/access-requests/${request.id}/decide`, { decision: 'approve' });
    expect(approved.json()).toMatchObject({ state: 'granted', decidedByLabel: 'owner@acme.test' });
    const res = await prospect.get(`/api/v1/public/trust/acme-cloud/reports/${reportId}/file?token=${token}`);
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    const pdf = res.rawPayload;
    if (hasPdftotext) {
      const text = pdfText(pdf);
      const stamps = text.match(/Prepared for Dana Lee, Initech, dana@initech\.example, \d{4}-\d{2}-\d{2} — restricted use/g) ?? [];
      const pages = (text.match(/\f/g) ?? []).length;
      expect(stamps.length).toBeGreaterThanOrEqual(Math.max(1, pages));
    }
    const log = (await f.acme.get('/api/v1/trust-page/access-log')).json().items;
    const download = log.find((e: { kind: string }) => e.kind === 'report_download');
    expect(download).toMatchObject({ reportId, copySha256: sha256(pdf), recipient: 'Dana Lee <dana@initech.example>, Initech' });
    // The copy is not the issued report, but verification says whose copy it is.
    const verified = (await prospect.get(`/api/v1/public/reports/${sha256(pdf)}`)).json();
    expect(verified).toMatchObject({ issued: false, report: null, copy: { reportId, recipient: 'Dana Lee <dana@initech.example>, Initech' } });
  });

  it('exports the log as CSV', async () => {
    const res = await f.acme.get('/api/v1/trust-page/access-log.csv');
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const lines = res.body.trim().split('\r\n');
    expect(lines[0]).toBe('When (UTC),What,Recipient,Report,Copy SHA-256,IP');
    expect(lines.some((l) => l.includes('report download') && l.includes('Dana Lee'))).toBe(true);
  });

  it('ends when revoked, and when it expires', async () => {
    const [request] = (await f.acme.get('/api/v1/trust-page/access-requests')).json().items;
    await f.acme.post(`/api/v1/trust-page/access-requests/${request.id}/decide`, { decision: 'revoke' });
    expect((await prospect.get(`/api/v1/public/trust/acme-cloud/access?token=${token}`)).json().state).toBe('revoked');
    expect((await prospect.get(`/api/v1/public/trust/acme-cloud/reports/${reportId}/file?token=${token}`)).statusCode).toBe(403);
  });
});

describe('access on the NDA', () => {
  it('needs the NDA accepted, then grants at once for the set days, recording time and IP', async () => {
    await f.acme.request('PUT', '/api/v1/trust-page', { accessMode: 'nda', ndaText: 'Keep it confidential.', accessDays: 7 });
    const refused = await prospect.post('/api/v1/public/trust/acme-cloud/access-requests', { name: 'Sam Roe', email: 'sam@hooli.example', company: 'Hooli' });
    expect([refused.statusCode, refused.json().error.fields[0].path]).toEqual([400, 'acceptNda']);
    const res = await prospect.post('/api/v1/public/trust/acme-cloud/access-requests', { name: 'Sam Roe', email: 'sam@hooli.example', company: 'Hooli', acceptNda: true });
    expect(res.json().state).toBe('granted');
    const days = (Date.parse(res.json().expiresAt) - f.t.deps.now().getTime()) / 86_400_000;
    expect(Math.round(days)).toBe(7);
    const [request] = (await f.acme.get('/api/v1/trust-page/access-requests')).json().items;
    expect(request).toMatchObject({ email: 'sam@hooli.example', state: 'granted', decidedByLabel: 'NDA accepted' });
    expect(request.ndaAcceptedAt).not.toBeNull();
    expect(request.ndaIp).not.toBeNull();
    expect((await prospect.get(`/api/v1/public/trust/acme-cloud/reports/${reportId}/file?token=${res.json().token}`)).statusCode).toBe(200);
  });

  it('refuses a token of another page, and bad input', async () => {
    expect((await prospect.get(`/api/v1/public/trust/acme-cloud/access?token=${'y'.repeat(32)}`)).statusCode).toBe(404);
    const bad = await prospect.post('/api/v1/public/trust/acme-cloud/access-requests', { name: '', email: 'not-an-email', company: 'X', acceptNda: true });
    expect(bad.statusCode).toBe(400);
  });
});

describe('bridge letters', () => {
  it('are drafted for the report, signed by the admin, and offered beside it', async () => {
    const draft = await f.compliance.post('/api/v1/bridge-letters', { reportId, changes: 'Moved the database to a managed service.' });
    expect(draft.statusCode, draft.body).toBe(201);
    expect(draft.json()).toMatchObject({ coversFrom: '2026-07-01', signedAt: null, published: false });
    expect((await f.compliance.post(`/api/v1/bridge-letters/${draft.json().id}/sign`, {})).statusCode).toBe(403);
    const signed = await f.acme.post(`/api/v1/bridge-letters/${draft.json().id}/sign`, {});
    expect(signed.json()).toMatchObject({ signedByLabel: 'owner@acme.test', published: true });
    expect(signed.json().sha256).toMatch(/^[0-9a-f]{64}$/);
    const page = (await prospect.get('/api/v1/public/trust/acme-cloud')).json();
    expect(page.bridgeLetters).toEqual([expect.objectContaining({ id: draft.json().id, reportId })]);
  });
});
