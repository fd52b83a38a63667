// The SOC 2 report through HTTP: the draft and what issuing needs, management's assertion, issuance by the
// engagement partner (signed PDF, both ledgers, engagement read-only), corrections, downloads and public verification.
import crypto from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examinationFixture, FIXTURE_CONTROLS, type ExaminationFixture } from './helpers/engagement-fixture.ts';
import { acceptAssertion, examinedEngagement } from './helpers/report-fixture.ts';
import { hasPdftotext, pdfText } from './helpers/pdf.ts';
import { ledger } from '../src/db/schema.ts';

let f: ExaminationFixture;
let id: string;

beforeAll(async () => {
  f = await examinationFixture();
  id = await examinedEngagement(f, { assertion: false });
}, 120_000);
afterAll(async () => { await f.t.close(); });

const url = (path = '') => `/api/v1/engagements/${id}${path}`;
const sha256 = (b: Buffer | string) => crypto.createHash('sha256').update(b).digest('hex');
const ledgerOf = (org: string, kind: string) => f.t.deps.db.select().from(ledger).where(and(eq(ledger.org, org), eq(ledger.kind, kind))).orderBy(asc(ledger.seq));

describe('the draft', () => {
  it('shows the report as HTML with every in-scope criterion and control, and lists what issuing still needs', async () => {
    const res = await f.firm.get(url('/report/draft'));
    expect(res.statusCode, res.body).toBe(200);
    const draft = res.json();
    expect(draft.failures).toEqual([]);
    expect(draft.preconditions).toMatchObject({
      signoffs: { tests: 4, complete: 4, pending: [] },
      assertion: { accepted: false, changedSinceAcceptance: false },
      opinion: { decided: true, opinion: 'unqualified' },
      status: { ready: true, status: 'reporting' },
      period: { through: '2026-06-30', ended: true },
    });
    expect(draft.ready).toBe(false);
    for (const code of Object.keys(FIXTURE_CONTROLS)) expect(draft.html).toContain(code);
    for (const criterion of ['CC1.1', 'CC6.1', 'CC8.1', 'A1.2']) expect(draft.html).toContain(criterion);
    expect(draft.html).toContain('1 of 2 sampled changes was approved only after deployment.');
    expect(draft.html).toContain('Weekend deploys now need a second approver on call.');
  });

  it('downloads as PDF, DOCX and HTML marked DRAFT', async () => {
    const pdf = await f.firm.get(url('/report/draft/file?format=pdf'));
    expect([pdf.statusCode, pdf.headers['content-type']]).toEqual([200, 'application/pdf']);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.headers['content-disposition']).toMatch(/DRAFT-soc2-/);
    const docx = await f.firm.get(url('/report/draft/file?format=docx'));
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const html = await f.acme.get(url('/report/draft/file?format=html'));
    expect(html.statusCode).toBe(200);
    expect(html.body).toContain('DRAFT');
    expect((await f.firm.get(url('/report/draft/file?format=rtf'))).statusCode).toBe(400);
  });

  it('is the two parties\' alone: another firm and another tenant get 404', async () => {
    for (const agent of [f.otherFirm, f.globex]) expect((await agent.get(url('/report/draft'))).statusCode).toBe(404);
  });
});

describe('issuing', () => {
  it('is refused while management has not accepted its assertion, naming what is missing', async () => {
    const res = await f.firm.post(url('/reports'), {});
    expect([res.statusCode, res.json().error.code]).toEqual([409, 'report_not_ready']);
    expect(res.json().error.fields.map((x: { path: string }) => x.path)).toEqual(['assertion']);
  });

  it('lets only the organization\'s admin accept the assertion, for the text it read', async () => {
    const assertion = (await f.acme.get(url('/assertion'))).json();
    expect(assertion.text).toContain('Acme');
    expect(assertion.sha256).toBe(sha256(assertion.text));
    expect((await f.compliance.post(url('/assertion/accept'), { sha256: assertion.sha256 })).statusCode).toBe(403);
    expect((await f.firm.post(url('/assertion/accept'), { sha256: assertion.sha256 })).statusCode).toBe(403);
    const stale = await f.acme.post(url('/assertion/accept'), { sha256: '0'.repeat(64) });
    expect([stale.statusCode, stale.json().error.code]).toEqual([409, 'assertion_changed']);
    const accepted = await acceptAssertion(f.acme, id);
    expect(accepted.accepted).toMatchObject({ sha256: assertion.sha256 });
    expect(await ledgerOf(f.acmeId, 'assertion.accepted')).toHaveLength(1);
  });

  it('is the engagement partner\'s: the auditor and the organization get 403', async () => {
    expect((await f.auditor.agent.post(url('/reports'), {})).statusCode).toBe(403);
    expect((await f.acme.post(url('/reports'), {})).statusCode).toBe(403);
  });

  let reportId: string;
  let pdf: Buffer;
  it('issues a signed PDF recorded in both ledgers; the engagement becomes issued', async () => {
    const res = await f.firm.post(url('/reports'), {});
    expect(res.statusCode, res.body).toBe(201);
    const report = res.json();
    reportId = report.id;
    expect(report).toMatchObject({ version: 1, replacesReportId: null, replacedBy: null, reportType: 'type2', periodStart: '2025-07-01', periodEnd: '2026-06-30', organizationName: 'Acme Cloud', firmName: 'Audit LLP', systemName: 'Acme Platform', opinion: 'unqualified' });
    const file = await f.acme.get(`/api/v1/reports/${reportId}/file?format=pdf`);
    pdf = file.rawPayload;
    expect(sha256(pdf)).toBe(report.pdfSha256);
    const settings = (await f.firm.get('/api/v1/report-settings')).json();
    expect(settings.keyId).toBe(report.keyId);
    expect(crypto.verify(null, pdf, crypto.createPublicKey(settings.publicKeyPem), Buffer.from(report.signature, 'base64'))).toBe(true);
    for (const org of [f.firmId, f.acmeId]) {
      const [event] = await ledgerOf(org, 'report.issued');
      expect((event!.payload as { data: unknown }).data).toMatchObject({ version: 1, blob: { sha256: report.pdfSha256, size: pdf.length }, signature: report.signature });
    }
    expect((await f.firm.get(url())).json().status).toBe('issued');
    expect(pdf.toString('latin1')).not.toContain('DRAFT');
  });

  it.skipIf(!hasPdftotext)('has every section, criterion and control in order, and no DRAFT mark', () => {
    const text = pdfText(pdf);
    // The last occurrence of each heading is the section itself (the first is its line in the table of contents).
    const order = ['Section I — Independent', 'Section II — Management', 'Section III — Description', 'Section IV — Trust', 'Section V — Other'].map((h) => text.lastIndexOf(h));
    expect(order.every((i, n) => i > 0 && (n === 0 || i > order[n - 1]!)), order.join(',')).toBe(true);
    const sectionIV = text.slice(order[3], order[4]);
    const criteria = ['CC1.1', 'CC6.1', 'CC8.1', 'A1.2'].map((c) => sectionIV.indexOf(c));
    expect(criteria.every((i, n) => i >= 0 && (n === 0 || i > criteria[n - 1]!)), criteria.join(',')).toBe(true);
    for (const code of Object.keys(FIXTURE_CONTROLS)) expect(sectionIV).toContain(code);
    expect(text).not.toMatch(/\bDRAFT\b/);
  });

  it('is listed for both parties, and the organization downloads DOCX and HTML rendered from the issued inputs (same bytes twice)', async () => {
    for (const agent of [f.firm, f.acme, f.viewer]) expect((await agent.get('/api/v1/reports')).json().items.map((r: { id: string }) => r.id)).toEqual([reportId]);
    expect((await f.globex.get('/api/v1/reports')).json().items).toEqual([]);
    expect((await f.globex.get(`/api/v1/reports/${reportId}`)).statusCode).toBe(404);
    const a = await f.acme.get(`/api/v1/reports/${reportId}/file?format=docx`);
    const b = await f.acme.get(`/api/v1/reports/${reportId}/file?format=docx`);
    expect(sha256(a.rawPayload)).toBe(sha256(b.rawPayload));
  });

  it('leaves the engagement read-only: no second issue, no new assertion, no phase change', async () => {
    const again = await f.firm.post(url('/reports'), {});
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'engagement_issued']);
    const assertion = (await f.acme.get(url('/assertion'))).json();
    expect((await f.acme.post(url('/assertion/accept'), { sha256: assertion.sha256 })).json().error.code).toBe('engagement_issued');
    expect((await f.firm.post(url('/status'), { status: 'review' })).statusCode).toBe(409);
  });

  it('verifies publicly by SHA-256: an issued report, and a file that is not one', async () => {
    const res = await f.t.app.inject({ method: 'GET', url: `/api/v1/public/reports/${sha256(pdf)}` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ issued: true, report: { id: reportId, version: 1, firmName: 'Audit LLP', organizationName: 'Acme Cloud', signatureValid: true, replacedBy: null } });
    const tampered = Buffer.from(pdf);
    tampered[tampered.length - 10]! ^= 1;
    const not = await f.t.app.inject({ method: 'GET', url: `/api/v1/public/reports/${sha256(tampered)}` });
    expect(not.json()).toEqual({ sha256: sha256(tampered), issued: false, report: null, copy: null });
    expect((await f.t.app.inject({ method: 'GET', url: '/api/v1/public/reports/nothex' })).statusCode).toBe(400);
  });

  it('issues a correction as a new version that names the one it replaces', async () => {
    const noReason = await f.firm.post(url('/reports'), { replaces: reportId });
    expect([noReason.statusCode, noReason.json().error.fields[0].path]).toEqual([400, 'reason']);
    await f.firm.request('PUT', '/api/v1/report-settings', { city: 'Denver, Colorado' });
    const res = await f.firm.post(url('/reports'), { replaces: reportId, reason: 'City of the firm was missing' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ version: 2, replacesReportId: reportId, correctionReason: 'City of the firm was missing' });
    const old = (await f.t.app.inject({ method: 'GET', url: `/api/v1/public/reports/${sha256(pdf)}` })).json();
    expect(old.report.replacedBy).toMatchObject({ id: res.json().id, version: 2 });
  });
});

describe('a Type I report', () => {
  it('issues without tests of controls', async () => {
    const type1 = await examinedEngagement(f, { reportType: 'type1' });
    const draft = (await f.firm.get(`/api/v1/engagements/${type1}/report/draft`)).json();
    expect(draft.failures).toEqual([]);
    expect(draft.preconditions.signoffs).toEqual({ tests: 0, complete: 0, pending: [] });
    const res = await f.firm.post(`/api/v1/engagements/${type1}/reports`, {});
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ reportType: 'type1', asOfDate: '2026-06-30', periodStart: null, reportDate: new Date(Date.now() + f.t.clock.offsetMs).toISOString().slice(0, 10) });
  });

  let datedReportId: string;
  it('is dated by the partner between the as-of date and the day of issue; a date outside is refused and nothing is issued', async () => {
    const type1 = await examinedEngagement(f, { reportType: 'type1' });
    const issue = (reportDate: string) => f.firm.post(`/api/v1/engagements/${type1}/reports`, { reportDate });
    const tomorrow = new Date(Date.now() + f.t.clock.offsetMs + 86_400_000).toISOString().slice(0, 10);
    for (const [date, message] of [
      ['2026-06-30', 'The report date 2026-06-30 must be after 2026-06-30, the last day the examination covers.'],
      [tomorrow, `The report date ${tomorrow} is after the day of issue`],
    ] as const) {
      const refused = await issue(date);
      expect([refused.statusCode, refused.json().error.code, refused.json().error.fields[0].path]).toEqual([400, 'validation_failed', 'body.reportDate']);
      expect(refused.json().error.fields[0].message).toContain(message);
    }
    expect((await issue('2026-02-30')).json().error.code).toBe('validation_failed');
    expect([(await f.firm.get(`/api/v1/engagements/${type1}`)).json().status, (await f.firm.get(`/api/v1/engagements/${type1}/report/draft`)).json().reports]).toEqual(['reporting', []]);

    const res = await issue('2026-08-14');
    expect(res.statusCode, res.body).toBe(201);
    const report = res.json();
    expect(report.reportDate).toBe('2026-08-14');
    const [event] = (await ledgerOf(f.firmId, 'report.issued')).filter((e) => (e.payload as { data: { engagementId: string } }).data.engagementId === type1);
    expect((event!.payload as { data: unknown }).data).toMatchObject({ reportDate: '2026-08-14' });
    datedReportId = report.id;
  });

  it.skipIf(!hasPdftotext)('prints the chosen date in the issued PDF', async () => {
    const pdf = (await f.firm.get(`/api/v1/reports/${datedReportId}/file?format=pdf`)).rawPayload;
    expect(pdfText(pdf)).toContain('August 14, 2026');
  });
});

describe('a period not yet over', () => {
  it('blocks issuing: the checklist and the refusal both say until when', async () => {
    const today = new Date(Date.now() + f.t.clock.offsetMs);
    const asOf = new Date(today.getTime() + 30 * 86_400_000).toISOString().slice(0, 10);
    const future = await examinedEngagement(f, { reportType: 'type1', asOf });
    const draft = (await f.firm.get(`/api/v1/engagements/${future}/report/draft`)).json();
    expect([draft.preconditions.period, draft.ready]).toEqual([{ through: asOf, ended: false }, false]);
    const res = await f.firm.post(`/api/v1/engagements/${future}/reports`, {});
    expect([res.statusCode, res.json().error.code]).toEqual([409, 'report_not_ready']);
    expect(res.json().error.fields).toEqual([{ path: 'period', message: `the examination covers up to ${asOf}; the report can be dated and issued only after that day` }]);
  });
});

describe('firm report settings', () => {
  it('are the partner\'s: unknown template keys and empty texts are refused by name', async () => {
    expect((await f.auditor.agent.get('/api/v1/report-settings')).statusCode).toBe(403);
    expect((await f.acme.get('/api/v1/report-settings')).statusCode).toBe(403);
    const settings = (await f.firm.get('/api/v1/report-settings')).json();
    const [key] = Object.keys(settings.defaults);
    const bad = await f.firm.request('PUT', '/api/v1/report-settings', { templates: { nonsense: 'x', [key!]: '  ' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.map((x: { path: string }) => x.path).sort()).toEqual([`templates.${key}`, 'templates.nonsense'].sort());
  });
});

describe('rolling forward', () => {
  let next: string;
  it('proposes the next period from an issued engagement, carrying scope, team and test plans', async () => {
    const notIssued = await f.firm.post(`/api/v1/engagements/${await examinedEngagement(f, { reportType: 'type1', assertion: false })}/roll-forward`, {});
    expect([notIssued.statusCode, notIssued.json().error.code]).toEqual([409, 'engagement_invalid_transition']);
    expect((await f.auditor.agent.post(url('/roll-forward'), {})).statusCode).toBe(403);
    const res = await f.firm.post(url('/roll-forward'), {});
    expect(res.statusCode, res.body).toBe(201);
    next = res.json().id;
    expect(res.json()).toMatchObject({ status: 'proposed', reportType: 'type2', periodStart: '2026-07-01', periodEnd: '2027-06-30', categories: ['availability'] });
    expect((await f.firm.post(url('/roll-forward'), {})).json().error.code).toBe('conflict');
    const accepted = await f.acme.post(`/api/v1/engagements/${next}/respond`, { decision: 'accept' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().system.id).toBe(f.systemId);
    const plans = (await f.auditor.agent.get(`/api/v1/engagements/${next}/test-plans`)).json().testPlans;
    expect(plans.map((p: { control: { code: string } }) => p.control.code).sort()).toEqual(Object.keys(FIXTURE_CONTROLS).sort());
    expect(plans.every((p: { population: unknown; selection: unknown }) => p.population === null && p.selection === null)).toBe(true);
  });

  it('turns last period\'s exceptions into follow-up items the auditor must close before issuing', async () => {
    const items = (await f.auditor.agent.get(`/api/v1/engagements/${next}/follow-ups`)).json().items;
    expect(items).toEqual([expect.objectContaining({ controlCode: 'CM-01', description: '1 of 2 sampled changes was approved only after deployment.', managementResponse: 'Weekend deploys now need a second approver on call.', closedAt: null })]);
    expect((await f.acme.get(`/api/v1/engagements/${next}/follow-ups`)).statusCode).toBe(403);
    expect((await f.firm.get(`/api/v1/engagements/${next}/report/draft`)).json().preconditions.followUps).toEqual({ open: 1 });
    expect((await f.auditor.agent.post(`/api/v1/engagements/${next}/follow-ups/${items[0].id}/close`, { resolution: '' })).statusCode).toBe(400);
    const closed = await f.auditor.agent.post(`/api/v1/engagements/${next}/follow-ups/${items[0].id}/close`, { resolution: 'Inspected the new on-call approval rule; it operated for every weekend change.' });
    expect(closed.json()).toMatchObject({ closedByLabel: 'auditor@firm.test' });
    expect((await f.firm.get(`/api/v1/engagements/${next}/report/draft`)).json().preconditions.followUps).toEqual({ open: 0 });
  });
});
