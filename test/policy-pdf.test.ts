// Policy versions as PDF through HTTP: the approved version and a draft (watermarked), their text as a
// reader extracts it, tenant isolation, and that a download records nothing in the ledger.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inviteMember, makeTestApp, otherTenant, setupInstance, type Agent, type TestApp } from './helpers/app.ts';
import { hasPdftotext, pageCount, pdfText, standardFontTextCount } from './helpers/pdf.ts';
import { policyDocument, watermarkFor } from '../src/services/policy-export.ts';
import { addMonths } from '../src/domain/policies/review.ts';

const requirePdftotext = process.env.ATTEST_REQUIRE_OFFICE === '1';
if (requirePdftotext && !hasPdftotext) throw new Error('ATTEST_REQUIRE_OFFICE=1 but pdftotext (poppler-utils) is not installed');

const BODY = `# Remote Work Policy

## Purpose

Staff who work away from the office protect **company data** as they would on site.

## Rules

- Use the company VPN for every connection to production.
- Lock the screen when stepping away.
  1. Press the shortcut.
  2. Check the lock screen appears.

## Approved locations

| Location | Allowed | Notes |
| --- | --- | --- |
| Home office | Yes | Private room preferred |
| Public cafe | No | Shoulder surfing risk |

> Questions go to the [security team](mailto:security@acme.test).

\`\`\`
vpn connect --profile prod
\`\`\`
`;

let t: TestApp;
let admin: Agent;
let viewer: Agent;
let policyId: string;
const pdfUrl = (n: number, id = policyId) => `/api/v1/policies/${id}/versions/${n}/pdf`;

beforeAll(async () => {
  t = await makeTestApp();
  ({ agent: admin } = await setupInstance(t));
  viewer = (await inviteMember(t, admin, 'viewer@acme.test', 'viewer', 'Vic Viewer')).agent;
  const systemId = (await admin.post('/api/v1/systems', { name: 'Acme Platform' })).json().id;
  const control = (await admin.post(`/api/v1/systems/${systemId}/controls`, { code: 'RW-01', title: 'Remote access through VPN', activity: 'Remote connections to production go through the VPN.', frequency: 'continuous', nature: 'automated', type: 'preventive', evidenceGuidance: '', criteria: ['CC6.6'] })).json();
  const owner = (await admin.post('/api/v1/people', { name: 'Olga Owner', email: 'olga@acme.test' })).json().id;
  const created = await admin.post('/api/v1/policies', { title: 'Remote Work Policy', criteria: ['CC6.6', 'CC6.7'], controlIds: [control.id], ownerId: owner, reviewIntervalMonths: 6, body: BODY });
  expect(created.statusCode, created.body).toBe(201);
  policyId = created.json().id;
  for (const step of ['submit', 'approve']) expect((await admin.post(`/api/v1/policies/${policyId}/versions/1/${step}`)).statusCode).toBe(200);
  expect((await admin.post(`/api/v1/policies/${policyId}/versions`, { changeNote: 'Add travel rules' })).statusCode).toBe(201);
  expect((await admin.patch(`/api/v1/policies/${policyId}/versions/2`, { body: `${BODY}\n## Travel\n\nNo public Wi-Fi without the VPN.\n` })).statusCode).toBe(200);
}, 60_000);
afterAll(async () => { await t.close(); });

describe('GET /api/v1/policies/:id/versions/:n/pdf', () => {
  it('downloads the approved version as a PDF named after the policy key and version, without a watermark', async () => {
    const res = await viewer.get(pdfUrl(1));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe('attachment; filename="remote_work_policy-v1.pdf"');
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(standardFontTextCount(pdf, 'DRAFT')).toBe(0);
  });

  it.skipIf(!hasPdftotext)('holds the title, version, approval, review, mapping and the body as text', async () => {
    const pdf = (await viewer.get(pdfUrl(1))).rawPayload;
    const pages = pageCount(pdf);
    const text = pdfText(pdf);
    expect(text).toContain('Acme Cloud');
    expect(text).toContain('Remote Work Policy');
    expect(text).toContain('Version 1 · Approved');
    expect(text).toMatch(/Approved by\s+Olivia Owner \(owner@acme\.test\) on \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
    expect(text).toMatch(/Review interval\s+Every 6 months/);
    const approvedAt = (await viewer.get(`/api/v1/policies/${policyId}/versions/1`)).json().approvedAt as string;
    expect(text).toMatch(new RegExp(`Next review\\s+${addMonths(approvedAt, 6)}`));
    expect(text).toMatch(/Owner\s+Olga Owner/);
    expect(text).toContain('CC6.6');
    expect(text).toContain('CC6.7');
    expect(text).toMatch(/RW-01\s+Remote access through VPN\s+Active/);
    for (const heading of ['Purpose', 'Rules', 'Approved locations']) expect(text).toContain(heading);
    expect(text).toContain('Use the company VPN for every connection to production.');
    expect(text).toContain('Press the shortcut.');
    expect(text).toMatch(/Public cafe\s+No\s+Shoulder surfing risk/);
    expect(text).toContain('security team (security@acme.test)');
    expect(text).toContain('vpn connect --profile prod');
    expect(text).toContain(`Page 1 of ${pages}`);
    // The body's first heading repeats the title: it is shown once, in the title block (and the running header).
    expect(text.split('Remote Work Policy').length - 1).toBe(1 + (pages - 1));
  });

  it('marks a draft with a DRAFT watermark on every page', async () => {
    const res = await admin.get(pdfUrl(2));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="remote_work_policy-v2.pdf"');
    const pdf = res.rawPayload;
    expect(standardFontTextCount(pdf, 'DRAFT')).toBe(pageCount(pdf));
  });

  it.skipIf(!hasPdftotext)('names the draft not approved in its text, with the draft\'s own body', async () => {
    const text = pdfText((await admin.get(pdfUrl(2))).rawPayload);
    expect(text).toContain('Version 2 · Draft');
    expect(text).toMatch(/Approved by\s+Not approved/);
    expect(text).toMatch(/Next review\s+Set when this version is approved/);
    expect(text).toContain('Add travel rules');
    expect(text).toContain('No public Wi-Fi without the VPN.');
  });

  it('answers 404 for an unknown version or policy and for another tenant\'s policy, 400 for a malformed id', async () => {
    expect((await admin.get(pdfUrl(3))).json().error.code).toBe('not_found');
    const unknown = await admin.get(pdfUrl(1, crypto.randomUUID()));
    expect(unknown.statusCode).toBe(404);
    const globex = await otherTenant(t);
    const theirs = await globex.get(pdfUrl(1));
    expect(theirs.statusCode).toBe(404);
    expect(theirs.json().error).toMatchObject({ code: 'not_found', message: unknown.json().error.message });
    expect((await admin.get('/api/v1/policies/not-a-uuid/versions/1/pdf')).statusCode).toBe(400);
    expect((await admin.get(pdfUrl(0))).statusCode).toBe(400);
  });

  it('records nothing in the ledger', async () => {
    const newest = async () => (await admin.get('/api/v1/audit-log?limit=1')).json().entries[0].seq as number;
    const before = await newest();
    expect((await viewer.get(pdfUrl(1))).statusCode).toBe(200);
    expect((await admin.get(pdfUrl(2))).statusCode).toBe(200);
    expect(await newest()).toBe(before);
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await admin.get('/api/openapi.json')).json();
    const op = doc.paths['/api/v1/policies/{id}/versions/{n}/pdf'].get;
    expect(op.tags).toEqual(['policies']);
    expect(op.summary).toMatch(/PDF/);
  });
});

describe('policyDocument', () => {
  const policy = {
    id: crypto.randomUUID(), key: 'backup', title: 'Backup Policy', description: '', owner: null, criteria: [], controlIds: [], reviewIntervalMonths: 12,
    sourceTemplate: null, status: 'approved' as const, currentVersion: null, openVersion: null, latestVersion: 1, review: null, retiredAt: null, retiredReason: null, createdAt: '', updatedAt: '',
  };
  const version = (status: 'draft' | 'in_review' | 'approved' | 'retired') => ({
    policyId: policy.id, number: 1, status, changeNote: '', author: null, createdAt: '', updatedAt: '', submittedAt: null,
    approvedAt: status === 'approved' || status === 'retired' ? '2026-01-31T10:00:00.000Z' : null, approvedBy: null, publishedAt: null, retiredAt: null,
  });

  it.each([['draft', 'DRAFT'], ['in_review', 'DRAFT'], ['retired', 'SUPERSEDED'], ['approved', undefined]] as const)('watermarks a %s version with %s', (status, mark) => {
    expect(watermarkFor(status)).toBe(mark);
    expect(policyDocument({ organization: 'Acme', policy, version: version(status), body: '', controls: [], createdAt: new Date() }).watermark).toBe(mark);
  });

  it('computes the next review from the approval, clamping to the month\'s end, and leaves out empty mapping sections', () => {
    const doc = policyDocument({ organization: 'Acme', policy: { ...policy, reviewIntervalMonths: 1 }, version: version('approved'), body: '# Other title\n\nText.', controls: [], createdAt: new Date() });
    const facts = doc.blocks[0]!;
    expect(facts.kind === 'facts' && facts.rows.find((r) => r.label === 'Next review')!.value[0]!.text).toBe('2026-02-28');
    expect(doc.blocks.some((b) => b.kind === 'heading' && b.text[0]!.text === 'Related controls')).toBe(false);
    // A first heading that is not the title stays.
    expect(doc.blocks[1]).toMatchObject({ kind: 'heading', level: 1, text: [{ text: 'Other title' }] });
    expect(doc.blocks.some((b) => b.kind === 'toc')).toBe(false);
  });
});
