// The examination in Chromium: the service organization proposes a Type II engagement to its audit firm (the short
// period warning shows while the dates are short) → the firm's partner accepts, staffs an auditor, attaches the
// engagement letter and moves to design review → the firm reads the client's controls and the period's evidence
// through the Client program tab (read-only, period-limited) → design review with an observation the organization
// answers → fieldwork: a statistical sample re-performed from its seed, requests the organization answers and the firm
// reviews (the first in the Review drawer, with its comment and evidence), one deviation, the exception and its
// management response → preparer and a different reviewer sign ("changed since review" after a
// change) → review: a qualified opinion proposed for the affected criterion and accepted → a short-period warning.
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser, logIn, serveWithBrowser, type Served } from './browser.ts';
import { Agent, PASSWORD, setupInstance } from '../helpers/app.ts';
import { evidenceUpload } from '../helpers/multipart.ts';
import { createUserLocally } from '../../src/services/local-accounts.ts';

let s: Served;
let admin: Page;
let partner: Page;
let acme: Agent;
let firm: Agent;
let engagementUrl: string;
let planUrl: string;
let items: { id: string; rank: number; key: string; requestId: string | null }[];
const engagementId = () => engagementUrl.split('/').pop()!;
const IN_PERIOD = 'Q1 access review export';
const IN_PERIOD_CSV = 'user,reviewed_on,decision\nalice,2026-03-30,keep\nbob,2026-03-30,remove\n';
const OUT_OF_PERIOD = 'Access review 2024';
const POPULATION_TITLE = 'Access changes 2026';
const POPULATION_KEYS = Array.from({ length: 300 }, (_, i) => `ACC-${2000 + i}`);
const POPULATION_CSV = ['change_id,approved_by', ...POPULATION_KEYS.map((k, i) => `${k},manager${i % 7}@acme.test`)].join('\n') + '\n';
const LETTER = Buffer.from('%PDF-1.4\n% engagement letter between Acme Cloud and Audit LLP\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

async function upload(agent: Agent, title: string, periodStart: string, periodEnd: string, controlIds: string[], content: string) {
  const { payload, headers } = evidenceUpload({ title, periodStart, periodEnd, controlIds }, { fileName: `${title.toLowerCase().replaceAll(' ', '-')}.csv`, content, type: 'text/csv' });
  const res = await agent.request('POST', '/api/v1/evidence', payload, headers);
  if (res.statusCode !== 201) throw new Error(`evidence upload failed: ${res.body}`);
}

/** DESIGN.md's selection written out here, independently of attest: HMAC-SHA256 keyed by the seed bytes, ascending, first n. */
function reperform(keys: string[], seedHex: string, n: number): string[] {
  const seed = Buffer.from(seedHex, 'hex');
  return keys.map((key) => ({ key, mac: crypto.createHmac('sha256', seed).update(key, 'utf8').digest() }))
    .sort((a, b) => Buffer.compare(a.mac, b.mac)).slice(0, n).map((x) => x.key);
}

async function downloadText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), text: await fs.readFile(file, 'utf8') };
}

describe.skipIf(!hasBrowser)('engagement journey in Chromium', () => {
  beforeAll(async () => {
    s = await serveWithBrowser();
    acme = (await setupInstance(s.t)).agent;
    const systemId = (await acme.post('/api/v1/systems', { name: 'Acme Platform', categories: ['availability'] })).json().id as string;
    const control = async (code: string, title: string, criteria: string[]) =>
      (await acme.post(`/api/v1/systems/${systemId}/controls`, { code, title, activity: 'Someone reviews something on a schedule.', frequency: 'quarterly', nature: 'manual', type: 'detective', evidenceGuidance: '', criteria })).json().id as string;
    const ac01 = await control('AC-01', 'Quarterly access reviews', ['CC6.2']);
    await control('CM-01', 'Change approval', ['CC8.1']);
    await upload(acme, IN_PERIOD, '2026-01-01', '2026-03-31', [ac01], IN_PERIOD_CSV);
    await upload(acme, OUT_OF_PERIOD, '2024-01-01', '2024-03-31', [ac01], 'user,decision\ncarol,keep\n');
    await upload(acme, POPULATION_TITLE, '2026-01-01', '2026-12-31', [ac01], POPULATION_CSV);
    await createUserLocally(s.t.deps, { email: 'partner@firm.test', name: 'Pat Partner', org: 'Audit LLP', kind: 'audit_firm', role: 'partner', password: PASSWORD });
    await createUserLocally(s.t.deps, { email: 'auditor@firm.test', name: 'Avery Auditor', org: 'Audit LLP', kind: 'audit_firm', role: 'auditor', password: PASSWORD });
    firm = new Agent(s.t.app);
    await firm.post('/api/v1/auth/login', { email: 'partner@firm.test', password: PASSWORD });
    await firm.refreshSession();
    admin = await logIn(s.browser, s.url, 'owner@acme.test');
  }, 120_000);
  afterAll(async () => { await s?.close(); });

  it('the service organization proposes a Type II engagement; a short period asks for a reason and warns', async () => {
    await admin.goto(`${s.url}/audits`);
    await admin.getByText('No engagements yet').waitFor();
    await admin.getByRole('button', { name: 'Propose an engagement' }).first().click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByLabel('Name').fill('SOC 2 Type II 2026');
    await dialog.getByLabel('Audit firm').click();
    await admin.getByRole('option', { name: 'Audit LLP' }).click();
    // The only system is chosen with its categories.
    await expect.poll(() => dialog.getByLabel('System examined').inputValue()).toBe('Acme Platform');
    expect(await dialog.getByLabel('Availability').isChecked()).toBe(true);
    await dialog.getByLabel('Period start').fill('2026-01-01');
    await dialog.getByLabel('Period end').fill('2026-03-31');
    await dialog.getByText('shorter than the usual minimum of 6 months').waitFor();
    await dialog.getByLabel('Reason for the short period').waitFor();
    expect(await dialog.getByRole('button', { name: 'Propose' }).isDisabled()).toBe(true);
    await dialog.getByLabel('Period end').fill('2027-03-31');
    await dialog.getByText('may not be longer than 12 months').waitFor();
    await dialog.getByLabel('Period end').fill('2026-12-31');
    expect(await dialog.getByLabel('Reason for the short period').count()).toBe(0);
    await dialog.getByRole('button', { name: 'Propose' }).click();
    await admin.waitForURL(/\/audits\/[0-9a-f-]{36}$/);
    engagementUrl = admin.url();
    await admin.getByText('Waiting for the other party').waitFor();
    await admin.getByRole('button', { name: 'Withdraw' }).waitFor();
    expect(await admin.getByRole('button', { name: 'Accept' }).count()).toBe(0);
    expect(await admin.getByRole('tab', { name: 'Client program' }).count()).toBe(0);
  }, 90_000);

  it('the firm partner accepts, adds an auditor, attaches the engagement letter and moves to design review', async () => {
    partner = await logIn(s.browser, s.url, 'partner@firm.test');
    await partner.goto(`${s.url}/audits`);
    await partner.getByRole('link', { name: 'SOC 2 Type II 2026' }).click();
    await expect.poll(() => partner.url()).toBe(engagementUrl);
    await partner.getByText('This engagement is proposed to you').waitFor();
    await partner.getByRole('button', { name: 'Accept', exact: true }).click();
    await partner.getByRole('button', { name: 'Accept engagement' }).click();
    await partner.getByRole('button', { name: 'Move to Design review' }).waitFor();
    await partner.getByRole('cell', { name: 'Pat Partner', exact: true }).waitFor();
    await partner.getByRole('row', { name: 'Pat Partner partner@firm.test Engagement partner' }).waitFor();

    await partner.getByRole('combobox', { name: 'Member of the firm' }).click();
    await partner.getByRole('option', { name: 'Avery Auditor (auditor@firm.test)' }).click();
    await partner.getByRole('button', { name: 'Add to team' }).click();
    await partner.getByRole('cell', { name: 'Avery Auditor', exact: true }).waitFor();

    await partner.locator('input[type="file"]').setInputFiles({ name: 'engagement-letter.pdf', mimeType: 'application/pdf', buffer: LETTER });
    const letter = partner.getByRole('link', { name: 'engagement-letter.pdf' });
    await letter.waitFor();
    const [download] = await Promise.all([partner.waitForEvent('download'), letter.click()]);
    expect(crypto.createHash('sha256').update(await fs.readFile(await download.path())).digest('hex')).toBe(crypto.createHash('sha256').update(LETTER).digest('hex'));

    await partner.getByRole('button', { name: 'Move to Design review' }).click();
    await partner.getByRole('button', { name: 'Back to Planning' }).waitFor();
    const read = (await firm.get(`/api/v1/engagements/${engagementUrl.split('/').pop()}`)).json();
    expect([read.status, read.team.map((m: { email: string; role: string }) => `${m.email}:${m.role}`).sort(), read.documents.map((d: { kind: string }) => d.kind)])
      .toEqual(['design_review', ['auditor@firm.test:auditor', 'partner@firm.test:engagement_partner'], ['engagement_letter']]);
  }, 120_000);

  it('the firm reads the client\'s controls and only the period\'s evidence through the Client program tab', async () => {
    await partner.getByRole('tab', { name: 'Client program' }).click();
    await partner.getByText('Read-only view of the client\'s program').waitFor();
    await partner.getByRole('row', { name: /^AC-01 Quarterly access reviews/ }).waitFor();
    await partner.getByRole('row', { name: /^CM-01 Change approval/ }).waitFor();
    await partner.getByText(IN_PERIOD).waitFor();
    expect(await partner.getByText(OUT_OF_PERIOD).count()).toBe(0);
    const file = await downloadText(partner, () => partner.getByRole('button', { name: `Download ${IN_PERIOD}` }).click());
    expect(file.text).toBe(IN_PERIOD_CSV);
    // The client sees the new phase but no client-program tab and no phase buttons.
    await admin.goto(engagementUrl);
    await admin.getByText('Design review', { exact: true }).first().waitFor();
    expect(await admin.getByRole('tab', { name: 'Client program' }).count()).toBe(0);
    expect(await admin.getByRole('button', { name: /^Move to/ }).count()).toBe(0);
  }, 90_000);

  it('design review: the firm records a deficiency and sends it; the organization responds; the firm sees the answer', async () => {
    await partner.goto(`${engagementUrl}/design-review`);
    await partner.getByText('Criteria concluded').waitFor();
    await partner.getByRole('button', { name: 'Conclude on CM-01 Change approval' }).click();
    const dialog = partner.getByRole('dialog');
    await dialog.getByLabel('Design deficiency').check();
    expect(await dialog.getByRole('button', { name: 'Record conclusion' }).isDisabled()).toBe(true);
    await dialog.getByLabel('Observation').fill('Emergency changes are deployed without a recorded approval.');
    await dialog.getByRole('button', { name: 'Record conclusion' }).click();
    await dialog.waitFor({ state: 'hidden' }); // saved (its textarea holds the same text)
    await partner.getByText('Emergency changes are deployed without a recorded approval.').waitFor();
    await partner.getByText('No suitably designed control').waitFor();
    await partner.getByRole('button', { name: 'Send 1 observation to Acme Cloud' }).click();
    await partner.getByText('Sent', { exact: true }).waitFor();

    await admin.goto(`${engagementUrl}/findings`);
    await admin.getByText('Emergency changes are deployed without a recorded approval.').waitFor();
    await admin.getByLabel('Response to CM-01 Change approval').fill('A second approver is now required in the deploy tool.');
    await admin.getByRole('button', { name: 'Respond' }).click();
    await admin.getByText(/^Your response \(.+\): A second approver is now required/).waitFor();

    await partner.reload();
    await partner.getByText(/^Response \(.+\): A second approver is now required/).waitFor();
  }, 90_000);

  it('the firm sees the proposed opinion, the dashboard and the test matrix export; the organization its dashboard', async () => {
    await partner.getByRole('tab', { name: 'Opinion' }).click();
    await partner.getByText('Proposed opinion').waitFor();
    await partner.getByText('Draft basis').waitFor();
    await partner.getByText('The engagement partner decides in review or reporting.').waitFor();
    await partner.getByRole('tab', { name: 'Dashboard' }).click();
    await partner.getByText('Controls by test status').waitFor();
    const href = await partner.getByRole('link', { name: 'Export test matrix (XLSX)' }).getAttribute('href');
    expect(href).toBe(`/api/v1/engagements/${engagementUrl.split('/').pop()}/test-matrix.xlsx`);
    const exported = await partner.evaluate(async (u) => { const r = await fetch(u); return [r.status, r.headers.get('content-type'), (await r.arrayBuffer()).byteLength]; }, href!);
    expect(exported[0]).toBe(200);
    expect(exported[1]).toContain('spreadsheetml');
    await admin.goto(`${engagementUrl}/dashboard`);
    await admin.getByText('Requests open').waitFor();
    expect(await admin.getByText('Controls by test status').count()).toBe(0);
    expect(await admin.getByRole('link', { name: 'Export test matrix (XLSX)' }).count()).toBe(0);
  }, 60_000);

  it('fieldwork: a plan for AC-01, its population from the client\'s export, a statistical sample re-performable from its seed, requests', async () => {
    await partner.goto(engagementUrl);
    await partner.getByRole('button', { name: 'Move to Fieldwork' }).click();
    await partner.getByRole('button', { name: 'Back to Design review' }).waitFor();
    await partner.getByRole('tab', { name: 'Test plans' }).click();
    await partner.getByText('No test plans yet').waitFor();
    await partner.getByRole('combobox', { name: 'Control to plan' }).click();
    await partner.getByRole('option', { name: 'AC-01 · Quarterly access reviews' }).click();
    await partner.getByRole('button', { name: 'Plan control' }).click();
    await partner.getByRole('link', { name: 'AC-01' }).click();
    await partner.waitForURL(/\/test-plans\/[0-9a-f-]{36}$/);
    planUrl = partner.url();

    await partner.getByRole('combobox', { name: 'Evidence file (CSV or XLSX)' }).click();
    await partner.getByRole('option', { name: `${POPULATION_TITLE} (access-changes-2026.csv)` }).click();
    await partner.getByLabel('Key column').fill('change_id');
    await partner.getByRole('button', { name: 'Record population' }).click();
    await partner.getByText('300 items', { exact: true }).waitFor();

    await partner.getByText('Statistical (attributes)').click();
    await partner.getByRole('combobox', { name: 'Confidence' }).click();
    await partner.getByRole('option', { name: '90%' }).click();
    await partner.getByLabel('Tolerable deviation rate (%)').fill('10');
    await partner.getByLabel('Expected deviation rate (%)').fill('0');
    await expect.poll(() => partner.getByTestId('sample-size-preview').textContent()).toBe('22');
    await partner.getByRole('button', { name: 'Record sample size' }).click();
    await partner.getByText(/items · method statistical/).waitFor();

    await partner.getByRole('button', { name: 'Select sample' }).click();
    const seed = (await partner.getByTestId('selection-seed').textContent())!;
    expect(seed).toMatch(/^[0-9a-f]{64}$/);
    const plan = (await firm.get(`/api/v1/engagements/${engagementId()}/test-plans/${planUrl.split('/').pop()}`)).json();
    items = plan.items;
    expect([plan.sampling.size, plan.selection.seed]).toEqual([22, seed]);
    expect(items.map((i) => i.key)).toEqual(reperform(POPULATION_KEYS, seed, 22));
    await partner.getByRole('cell', { name: items[0]!.key, exact: true }).waitFor();

    await partner.getByLabel('Ask Acme Cloud for the 22 selected items: due').fill('2026-12-15');
    await partner.getByRole('button', { name: 'Create requests' }).click();
    await expect.poll(() => partner.getByText('not requested').count()).toBe(0);
  }, 120_000);

  it('the organization answers the requests; the firm reviews and accepts them (the organization cannot)', async () => {
    const base = `/api/v1/engagements/${engagementId()}`;
    // The organization's list, filtered by the server to this engagement (and `none` for its own requests).
    const mine = (await acme.get(`/api/v1/requests?engagementId=${engagementId()}&limit=200`)).json().requests as { id: string; status: string; title: string; engagementId: string }[];
    expect([mine.length, mine.every((r) => r.engagementId === engagementId())]).toEqual([22, true]);
    const own = (await acme.get('/api/v1/requests?engagementId=none&limit=200')).json().requests as { engagementId: string | null }[];
    expect(own.filter((r) => r.engagementId !== null)).toEqual([]);
    const plan = (await firm.get(`${base}/test-plans/${planUrl.split('/').pop()}`)).json();
    items = plan.items;
    const firstRequestId = items[0]!.requestId!;
    expect(mine.map((r) => r.id)).toContain(firstRequestId);

    // The first answer: a comment and an evidence file attached, then submitted in the browser.
    const evidenceId = ((await acme.get('/api/v1/evidence?limit=50')).json().items as { id: string; title: string }[]).find((x) => x.title === IN_PERIOD)!.id;
    expect((await acme.post(`/api/v1/requests/${firstRequestId}/evidence`, { evidenceId })).statusCode).toBe(200);
    expect((await acme.post(`/api/v1/requests/${firstRequestId}/comments`, { body: 'The ticket export shows the approval.' })).statusCode).toBe(201);
    await admin.goto(`${engagementUrl}/findings`);
    await admin.getByRole('link', { name: new RegExp(`${items[0]!.key}$`) }).click();
    await admin.getByRole('button', { name: 'Submit for review' }).click();
    await admin.getByText('Submitted', { exact: true }).first().waitFor();
    await admin.goto(`${engagementUrl}/findings`);
    await admin.getByRole('row', { name: new RegExp(`${items[0]!.key}.*Submitted — waiting for your auditor`) }).waitFor();
    expect(await admin.getByText('Submitted — waiting for your auditor').count()).toBe(1);
    // The organization answers its auditor's request but may not accept or return it.
    const refused = await acme.post(`/api/v1/requests/${firstRequestId}/accept`, {});
    expect([refused.statusCode, refused.json().error.code]).toEqual([403, 'forbidden']);
    expect((await acme.post(`/api/v1/requests/${firstRequestId}/return`, { comment: 'no' })).statusCode).toBe(403);
    // The rest of the answers through the API, as a busy compliance lead would in bulk.
    for (const r of mine.filter((x) => x.id !== firstRequestId)) {
      expect((await acme.post(`/api/v1/requests/${r.id}/submit`, {})).statusCode).toBe(200);
    }

    // The firm reviews the first answer in the drawer: the comment, the evidence (size, download through the engagement).
    await partner.goto(planUrl);
    const badge = partner.getByTestId(`request-status-${items[0]!.key}`);
    await expect.poll(() => badge.textContent()).toBe('submitted');
    await partner.getByRole('button', { name: `Review the answer for ${items[0]!.key}` }).click();
    const drawer = partner.getByRole('dialog');
    await drawer.getByText('The ticket export shows the approval.').waitFor();
    await drawer.getByText(IN_PERIOD, { exact: true }).waitFor();
    await drawer.getByText(`${Buffer.byteLength(IN_PERIOD_CSV)} B`, { exact: true }).waitFor();
    const file = await downloadText(partner, () => drawer.getByRole('button', { name: `Download ${IN_PERIOD}` }).click());
    expect([file.name, file.text]).toEqual(['q1-access-review-export.csv', IN_PERIOD_CSV]);
    expect(await drawer.getByRole('button', { name: 'Return to Acme Cloud' }).isDisabled()).toBe(true);
    await drawer.getByRole('button', { name: 'Accept answer' }).click();
    await expect.poll(() => badge.textContent()).toBe('accepted');
    expect(await partner.getByRole('button', { name: `Review the answer for ${items[0]!.key}` }).count()).toBe(0);

    // The others through the firm's API route: returning needs a reason.
    const second = mine.find((r) => r.id === items[1]!.requestId)!;
    expect((await firm.post(`${base}/requests/${second.id}/return`, {})).statusCode).toBe(400);
    expect((await firm.post(`${base}/requests/${second.id}/return`, { comment: 'Attach the approval, please.' })).json().status).toBe('returned');
    expect((await acme.post(`/api/v1/requests/${second.id}/submit`, { comment: 'Attached.' })).statusCode).toBe(200);
    for (const r of mine.filter((x) => x.id !== firstRequestId)) {
      expect((await firm.post(`${base}/requests/${r.id}/accept`, {})).statusCode).toBe(200);
    }
    const after = (await firm.get(`${base}/test-plans/${planUrl.split('/').pop()}`)).json().items as { requestStatus: string }[];
    expect(after.map((i) => i.requestStatus)).toEqual(Array(22).fill('accepted'));
    await admin.goto(`${engagementUrl}/findings`);
    await expect.poll(() => admin.getByText('Accepted by your auditor').count()).toBe(22);
  }, 180_000);

  it('the firm records one deviation, the exception, and gets a management response', async () => {
    await partner.goto(planUrl);
    const result = async (key: string, label: string, notes: string) => {
      await partner.getByRole('combobox', { name: `Result for ${key}` }).click();
      await partner.getByRole('option', { name: label, exact: true }).click();
      await partner.getByLabel(`Notes for ${key}`).fill(notes);
      await partner.getByRole('button', { name: `Save result for ${key}` }).click();
      await expect.poll(() => partner.getByRole('button', { name: `Save result for ${key}` }).isDisabled()).toBe(true);
    };
    await result(items[0]!.key, 'Pass', 'Approved by the manager before the change.');
    await result(items[1]!.key, 'Deviation', 'No approval recorded.');
    for (const item of items.slice(2)) {
      expect((await firm.request('PUT', `/api/v1/engagements/${engagementId()}/test-plans/${planUrl.split('/').pop()}/items/${item.id}`, { result: 'pass', notes: '', evidenceIds: [] })).statusCode).toBe(200);
    }
    await partner.reload();
    await partner.getByText('22 selected · 21 pass · 1 deviation').waitFor();
    await partner.getByRole('combobox', { name: 'Conclusion' }).click();
    await partner.getByRole('option', { name: 'Exceptions noted' }).click();
    await partner.getByRole('button', { name: 'Record conclusion' }).click();
    await partner.getByText('1 deviation found: record the exception').waitFor();
    await partner.getByLabel('What went wrong (for the description)').fill('did not have a recorded approval');
    await partner.getByLabel('What an item is').fill('access change');
    await partner.getByLabel('Root cause').fill('The approver was on leave and the ticket was closed without a delegate.');
    await partner.getByLabel('Isolated', { exact: true }).check();
    await partner.getByLabel('Criteria not met').first().click();
    await partner.getByRole('option', { name: 'CC6.2' }).click();
    await partner.keyboard.press('Escape');
    await partner.getByLabel('Material (feeds the opinion proposal)').check();
    await partner.getByRole('button', { name: 'Record exception' }).click();
    await partner.getByText('Criteria not met:').waitFor();
    await partner.getByRole('button', { name: 'Send to Acme Cloud' }).click();
    await partner.getByText('Waiting for Acme Cloud\'s management response.').waitFor();

    await admin.goto(`${engagementUrl}/findings`);
    await admin.getByLabel('Management response to AC-01').fill('A delegate approver is now assigned automatically during leave.');
    await admin.getByRole('button', { name: 'Send response' }).click();
    await admin.getByText(/^Management response \(.+\): A delegate approver/).waitFor();
    await partner.reload();
    await partner.getByText('A delegate approver is now assigned automatically during leave.').waitFor();
  }, 180_000);

  it('a preparer and a different reviewer sign; a later change shows "changed since review"', async () => {
    await partner.getByRole('button', { name: 'Sign as preparer' }).click();
    await partner.getByText(/^partner@firm\.test, |^Pat Partner, /).waitFor();
    const auditor = await logIn(s.browser, s.url, 'auditor@firm.test');
    await auditor.goto(planUrl);
    await auditor.getByRole('button', { name: 'Sign as reviewer' }).click();
    await auditor.getByText(/^auditor@firm\.test, |^Avery Auditor, /).waitFor();
    expect(await auditor.getByText('Changed since review').count()).toBe(0);
    await partner.reload();
    await partner.getByLabel(`Notes for ${items[2]!.key}`).fill('Re-checked against the ticket history.');
    await partner.getByRole('button', { name: `Save result for ${items[2]!.key}` }).click();
    await partner.getByText('Something the reviewer signed has changed since. Review it again and sign.').waitFor();
    // The preparer signs the changed work again, then the reviewer reviews it again.
    await partner.getByRole('button', { name: 'Sign as preparer' }).click();
    await auditor.reload();
    await auditor.getByRole('button', { name: 'Sign as reviewer' }).click();
    await expect.poll(() => auditor.getByText('Something the reviewer signed has changed since. Review it again and sign.').count()).toBe(0);
    await auditor.context().close();
  }, 120_000);

  it('in review the partner accepts the proposed qualified opinion for CC6.2; the organization sees it', async () => {
    await partner.goto(engagementUrl);
    await partner.getByRole('button', { name: 'Move to Review' }).click();
    await partner.getByRole('button', { name: 'Back to Fieldwork' }).waitFor();
    await partner.getByRole('tab', { name: 'Opinion' }).click();
    await partner.getByText('Proposed opinion').waitFor();
    await partner.getByText('Qualified', { exact: true }).first().waitFor();
    await partner.getByText('CC6.2', { exact: true }).first().waitFor();
    await partner.getByRole('button', { name: 'Decide the opinion' }).click();
    await partner.getByRole('button', { name: 'Record decision' }).click();
    await partner.getByText('In force').waitFor();
    const state = (await firm.get(`/api/v1/engagements/${engagementId()}/opinion`)).json();
    expect([state.decision.opinion, state.decision.affectedCriteria, state.decision.overridden]).toEqual(['qualified', ['CC6.2'], false]);

    await admin.goto(`${engagementUrl}/findings`);
    await admin.getByText('Affected criteria:').waitFor();
    await admin.getByText('Qualified', { exact: true }).waitFor();
  }, 90_000);

  it('the auditor on the team sees the engagement but cannot move it or staff it', async () => {
    const auditor = await logIn(s.browser, s.url, 'auditor@firm.test');
    await auditor.goto(`${s.url}/audits`);
    await auditor.getByRole('link', { name: 'SOC 2 Type II 2026' }).click();
    await auditor.getByRole('tab', { name: 'Client program' }).waitFor();
    await auditor.getByRole('cell', { name: 'Avery Auditor', exact: true }).waitFor();
    expect(await auditor.getByRole('button', { name: /^Move to/ }).count()).toBe(0);
    expect(await auditor.getByRole('button', { name: 'Add to team' }).count()).toBe(0);
  }, 60_000);

  it('shows the short-period warning on an engagement proposed with a reason', async () => {
    const firmId = (await acme.get('/api/v1/engagements/counterparties')).json().organizations[0].id;
    const systemId = (await acme.get('/api/v1/systems')).json().systems[0].id;
    const short = await acme.post('/api/v1/engagements', { name: 'First look 2026', counterpartyId: firmId, systemId, reportType: 'type2', periodStart: '2026-07-01', periodEnd: '2026-09-30', shortPeriodReason: 'The platform launched in July.' });
    expect(short.statusCode).toBe(201);
    await admin.goto(`${s.url}/audits/${short.json().id}`);
    await admin.getByText('Reason recorded: The platform launched in July.').waitFor();
    await admin.goto(`${s.url}/audits`);
    await admin.getByRole('link', { name: 'First look 2026' }).waitFor();
    await admin.getByRole('link', { name: 'SOC 2 Type II 2026' }).waitFor();
  }, 60_000);
});
