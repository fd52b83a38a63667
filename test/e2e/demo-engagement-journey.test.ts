// Issue 5's examination on the demo organization, in Chromium: the demo is created on a fresh instance; Alex
// (Northwind's admin) proposes a Type II engagement over the demo's evidence year to Harbor & Vale → Hana (partner)
// accepts, staffs Ivan (auditor) and moves to design review → a design conclusion on CHG-01 → fieldwork: Ivan plans
// CHG-01, records the population from Northwind's deployment export (the demo's quarterly deployment exports sit
// beside it), a statistical sample re-performed from its seed, requests → Casey (compliance manager) answers → the
// firm accepts → one deviation, the exception, Casey's management response → Ivan prepares, Hana reviews → review:
// the proposal is qualified for CC8.1 and Hana accepts it. Bulk steps go through the API, as the first journey does.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasBrowser, logIn, serveWithBrowser, type Served } from './browser.ts';
import { Agent } from '../helpers/app.ts';
import { evidenceUpload } from '../helpers/multipart.ts';
import { DEMO_FIRM, DEMO_FIRM_USERS, DEMO_ORGANIZATION, DEMO_PASSWORD, DEMO_USERS } from '../../src/services/demo.ts';
import { demoQuarters } from '../../src/services/demo-evidence.ts';
import { addDays, isoDate } from '../../src/domain/calendar/dates.ts';

const ALEX = DEMO_USERS.find((u) => u.role === 'admin')!;
const CASEY = DEMO_USERS.find((u) => u.role === 'compliance_manager')!;
const HANA = DEMO_FIRM_USERS.find((u) => u.role === 'partner')!;
const IVAN = DEMO_FIRM_USERS.find((u) => u.role === 'auditor')!;
const ENGAGEMENT = 'Northwind SOC 2 Type II (demo year)';
const CONTROL = 'CHG-01';
const CONTROL_TITLE = 'Change approval before deployment';
const CRITERION = 'CC8.1';
const TODAY = isoDate(new Date());
// The demo's evidence year: its full calendar quarters up to the last one that has ended.
const QUARTERS = demoQuarters(TODAY);
const PERIOD_START = QUARTERS[0]!.start;
const PERIOD_END = QUARTERS[QUARTERS.length - 2]!.end;
const POPULATION_TITLE = 'Production deployments over the examination period';
const POPULATION_FILE = 'production-deployments.csv';
const POPULATION_KEYS = Array.from({ length: 240 }, (_, i) => `DEP-${5000 + i}`);
const SERVICES = ['payroll-api', 'payroll-web', 'tax-engine', 'infrastructure'];
const POPULATION_CSV = ['deployment,service,approver,deployed_on', ...POPULATION_KEYS.map((k, i) => `${k},${SERVICES[i % 4]},${DEMO_USERS[2]!.name},${addDays(PERIOD_START, i % 300)}`)].join('\n') + '\n';

let s: Served;
let alex: Page;
let casey: Page;
let hana: Page;
let ivan: Page;
let northwind: Agent; // Casey through the API
let firm: Agent; // Hana through the API
let engagementUrl: string;
let planUrl: string;
let items: { id: string; rank: number; key: string; requestId: string | null }[];
/** The sign-off line or label of a user: "email, date" or "name, date". */
const signedBy = (u: { email: string; name: string }) => new RegExp(`^(${u.email.replaceAll('.', '\\.')}|${u.name}), `);
const engagementId = () => engagementUrl.split('/').pop()!;
const planId = () => planUrl.split('/').pop()!;

/** DESIGN.md's selection written out here, independently of attest: HMAC-SHA256 keyed by the seed bytes, ascending, first n. */
function reperform(keys: string[], seedHex: string, n: number): string[] {
  const seed = Buffer.from(seedHex, 'hex');
  return keys.map((key) => ({ key, mac: crypto.createHmac('sha256', seed).update(key, 'utf8').digest() }))
    .sort((a, b) => Buffer.compare(a.mac, b.mac)).slice(0, n).map((x) => x.key);
}

/** The login page with the demo's printed password. */
const logInDemo = (browser: Browser, url: string, email: string): Promise<Page> => logIn(browser, url, email, undefined, DEMO_PASSWORD);

async function apiLogin(ip: string, email: string): Promise<Agent> {
  const agent = new Agent(s.t.app, ip);
  const res = await agent.post('/api/v1/auth/login', { email, password: DEMO_PASSWORD });
  if (res.json().state !== 'active') throw new Error(`login of ${email} failed: ${res.body}`);
  await agent.refreshSession();
  return agent;
}

describe.skipIf(!hasBrowser)('engagement journey on the demo organization in Chromium', () => {
  beforeAll(async () => {
    s = await serveWithBrowser();
    const setup = await new Agent(s.t.app).post('/api/v1/setup/demo');
    if (setup.statusCode !== 201) throw new Error(`demo setup failed: ${setup.body}`);
    northwind = await apiLogin('10.0.5.1', CASEY.email);
    firm = await apiLogin('10.0.5.2', HANA.email);
    // Northwind keeps the full deployment export for the period beside the demo's quarterly samples, linked to CHG-01.
    const systemId = (await northwind.get('/api/v1/systems')).json().systems[0].id as string;
    const controls = (await northwind.get(`/api/v1/systems/${systemId}/controls?limit=500`)).json().controls as { id: string; code: string }[];
    const chg01 = controls.find((c) => c.code === CONTROL)!.id;
    const { payload, headers } = evidenceUpload({ title: POPULATION_TITLE, periodStart: PERIOD_START, periodEnd: PERIOD_END, controlIds: [chg01] }, { fileName: POPULATION_FILE, content: POPULATION_CSV, type: 'text/csv' });
    const uploaded = await northwind.request('POST', '/api/v1/evidence', payload, headers);
    if (uploaded.statusCode !== 201) throw new Error(`population upload failed: ${uploaded.body}`);
    alex = await logInDemo(s.browser, s.url, ALEX.email);
  }, 180_000);
  afterAll(async () => { await s?.close(); });

  it('Alex proposes a Type II engagement over the demo year to Harbor & Vale', async () => {
    await alex.goto(`${s.url}/audits`);
    await alex.getByRole('button', { name: 'Propose an engagement' }).first().click();
    const dialog = alex.getByRole('dialog');
    await dialog.getByLabel('Name').fill(ENGAGEMENT);
    await dialog.getByLabel('Audit firm').click();
    await alex.getByRole('option', { name: DEMO_FIRM }).click();
    await expect.poll(() => dialog.getByLabel('System examined').inputValue()).toBe('Northwind Payroll Platform');
    expect([await dialog.getByLabel('Availability').isChecked(), await dialog.getByLabel('Confidentiality').isChecked()]).toEqual([true, true]);
    await dialog.getByLabel('Period start').fill(PERIOD_START);
    await dialog.getByLabel('Period end').fill(PERIOD_END);
    expect(await dialog.getByLabel('Reason for the short period').count()).toBe(0);
    await dialog.getByRole('button', { name: 'Propose' }).click();
    await alex.waitForURL(/\/audits\/[0-9a-f-]{36}$/);
    engagementUrl = alex.url();
    await alex.getByText('Waiting for the other party').waitFor();
    const read = (await northwind.get(`/api/v1/engagements/${engagementId()}`)).json();
    expect([read.status, read.reportType, read.periodStart, read.periodEnd, read.firm.name, read.serviceOrg.name])
      .toEqual(['proposed', 'type2', PERIOD_START, PERIOD_END, DEMO_FIRM, DEMO_ORGANIZATION]);
  }, 90_000);

  it('Hana accepts, adds Ivan to the team and moves to design review', async () => {
    hana = await logInDemo(s.browser, s.url, HANA.email);
    await hana.goto(`${s.url}/audits`);
    await hana.getByRole('link', { name: ENGAGEMENT }).click();
    await expect.poll(() => hana.url()).toBe(engagementUrl);
    await hana.getByText('This engagement is proposed to you').waitFor();
    await hana.getByRole('button', { name: 'Accept', exact: true }).click();
    await hana.getByRole('button', { name: 'Accept engagement' }).click();
    await hana.getByRole('button', { name: 'Move to Design review' }).waitFor();
    await hana.getByRole('row', { name: `${HANA.name} ${HANA.email} Engagement partner` }).waitFor();
    await hana.getByRole('combobox', { name: 'Member of the firm' }).click();
    await hana.getByRole('option', { name: `${IVAN.name} (${IVAN.email})` }).click();
    await hana.getByRole('button', { name: 'Add to team' }).click();
    await hana.getByRole('cell', { name: IVAN.name, exact: true }).waitFor();
    await hana.getByRole('button', { name: 'Move to Design review' }).click();
    await hana.getByRole('button', { name: 'Back to Planning' }).waitFor();
    const read = (await firm.get(`/api/v1/engagements/${engagementId()}`)).json();
    expect([read.status, read.team.map((m: { email: string; role: string }) => `${m.email}:${m.role}`).sort()])
      .toEqual(['design_review', [`${HANA.email}:engagement_partner`, `${IVAN.email}:auditor`].sort()]);
  }, 90_000);

  it(`design review: Hana concludes ${CONTROL} is suitably designed`, async () => {
    await hana.goto(`${engagementUrl}/design-review`);
    await hana.getByText('Criteria concluded').waitFor();
    await hana.getByRole('button', { name: `Conclude on ${CONTROL} ${CONTROL_TITLE}` }).first().click();
    const dialog = hana.getByRole('dialog');
    await dialog.getByLabel('Suitably designed').check();
    await dialog.getByLabel('Observation').fill('Pull requests need an approval from someone other than the author before the deploy job runs.');
    await dialog.getByRole('button', { name: 'Record conclusion' }).click();
    // The dialog's own textarea holds the text too: wait for it to close (saved) before looking for the text.
    await dialog.waitFor({ state: 'hidden' });
    await hana.getByText('Pull requests need an approval from someone other than the author').first().waitFor();
    const worksheet = (await firm.get(`/api/v1/engagements/${engagementId()}/design-review`)).json();
    const row = worksheet.criteria.find((c: { id: string }) => c.id === CRITERION).controls.find((k: { code: string }) => k.code === CONTROL);
    expect([row.conclusion.conclusion, worksheet.summary.controlsConcluded]).toEqual(['suitably_designed', 1]);
  }, 90_000);

  it(`fieldwork: Ivan plans ${CONTROL}, records Northwind's deployment export as the population, selects a statistical sample and requests it`, async () => {
    await hana.goto(engagementUrl);
    await hana.getByRole('button', { name: 'Move to Fieldwork' }).click();
    await hana.getByRole('button', { name: 'Back to Design review' }).waitFor();

    ivan = await logInDemo(s.browser, s.url, IVAN.email);
    await ivan.goto(`${engagementUrl}/test-plans`);
    await ivan.getByText('No test plans yet').waitFor();
    await ivan.getByRole('combobox', { name: 'Control to plan' }).click();
    await ivan.getByRole('option', { name: `${CONTROL} · ${CONTROL_TITLE}` }).click();
    await ivan.getByRole('button', { name: 'Plan control' }).click();
    await ivan.getByRole('link', { name: CONTROL, exact: true }).click();
    await ivan.waitForURL(/\/test-plans\/[0-9a-f-]{36}$/);
    planUrl = ivan.url();

    await ivan.getByRole('combobox', { name: 'Evidence file (CSV or XLSX)' }).click();
    // The demo's own quarterly deployment samples are offered too; the full export is the population.
    await expect.poll(() => ivan.getByRole('option', { name: /^Sample of production deployments with approvals, .*\(deployments-.*\.csv\)$/ }).count()).toBeGreaterThan(0);
    await ivan.getByRole('option', { name: `${POPULATION_TITLE} (${POPULATION_FILE})` }).click();
    await ivan.getByLabel('Key column').fill('deployment');
    await ivan.getByRole('button', { name: 'Record population' }).click();
    await ivan.getByText(`${POPULATION_KEYS.length} items`, { exact: true }).waitFor();

    await ivan.getByText('Statistical (attributes)').click();
    await ivan.getByRole('combobox', { name: 'Confidence' }).click();
    await ivan.getByRole('option', { name: '90%' }).click();
    await ivan.getByLabel('Tolerable deviation rate (%)').fill('10');
    await ivan.getByLabel('Expected deviation rate (%)').fill('0');
    await expect.poll(() => ivan.getByTestId('sample-size-preview').textContent()).toBe('22');
    await ivan.getByRole('button', { name: 'Record sample size' }).click();
    await ivan.getByText(/items · method statistical/).waitFor();

    await ivan.getByRole('button', { name: 'Select sample' }).click();
    const seed = (await ivan.getByTestId('selection-seed').textContent())!;
    expect(seed).toMatch(/^[0-9a-f]{64}$/);
    const plan = (await firm.get(`/api/v1/engagements/${engagementId()}/test-plans/${planId()}`)).json();
    items = plan.items;
    expect([plan.sampling.size, plan.selection.seed]).toEqual([22, seed]);
    expect(items.map((i) => i.key)).toEqual(reperform(POPULATION_KEYS, seed, 22));
    await ivan.getByRole('cell', { name: items[0]!.key, exact: true }).waitFor();

    await ivan.getByLabel(`Ask ${DEMO_ORGANIZATION} for the 22 selected items: due`).fill(addDays(TODAY, 14));
    await ivan.getByRole('button', { name: 'Create requests' }).click();
    await expect.poll(() => ivan.getByText('not requested').count()).toBe(0);
  }, 180_000);

  it('Casey answers the requests (the first in the browser); the firm accepts them', async () => {
    const base = `/api/v1/engagements/${engagementId()}`;
    const mine = (await northwind.get(`/api/v1/requests?engagementId=${engagementId()}&limit=200`)).json().requests as { id: string; engagementId: string }[];
    expect([mine.length, mine.every((r) => r.engagementId === engagementId())]).toEqual([22, true]);
    // The demo's own PBC list is still there, apart from the engagement's.
    expect((await northwind.get('/api/v1/requests?engagementId=none&limit=200')).json().requests).toHaveLength(8);
    items = (await firm.get(`${base}/test-plans/${planId()}`)).json().items;
    const firstRequestId = items[0]!.requestId!;
    expect(mine.map((r) => r.id).sort()).toEqual(items.map((i) => i.requestId).sort());

    casey = await logInDemo(s.browser, s.url, CASEY.email);
    await casey.goto(`${engagementUrl}/findings`);
    await casey.getByRole('link', { name: new RegExp(`${items[0]!.key}$`) }).click();
    await casey.getByRole('button', { name: 'Submit for review' }).click();
    await casey.getByText('Submitted', { exact: true }).first().waitFor();
    for (const r of mine.filter((x) => x.id !== firstRequestId)) {
      expect((await northwind.post(`/api/v1/requests/${r.id}/submit`, {})).statusCode).toBe(200);
    }
    // The organization may not accept its own answers.
    expect((await northwind.post(`/api/v1/requests/${firstRequestId}/accept`, {})).statusCode).toBe(403);

    await hana.goto(planUrl);
    const badge = hana.getByTestId(`request-status-${items[0]!.key}`);
    await expect.poll(() => badge.textContent()).toBe('submitted');
    await hana.getByRole('button', { name: `Review the answer for ${items[0]!.key}` }).click();
    await hana.getByRole('dialog').getByRole('button', { name: 'Accept answer' }).click();
    await expect.poll(() => badge.textContent()).toBe('accepted');
    for (const r of mine.filter((x) => x.id !== firstRequestId)) {
      expect((await firm.post(`${base}/requests/${r.id}/accept`, {})).statusCode).toBe(200);
    }
    const after = (await firm.get(`${base}/test-plans/${planId()}`)).json().items as { requestStatus: string }[];
    expect(after.map((i) => i.requestStatus)).toEqual(Array(22).fill('accepted'));
    await casey.goto(`${engagementUrl}/findings`);
    await expect.poll(() => casey.getByText('Accepted by your auditor').count()).toBe(22);
  }, 180_000);

  it(`Ivan records one deviation and the exception for ${CRITERION}; Casey gives the management response`, async () => {
    await ivan.goto(planUrl);
    const result = async (key: string, label: string, notes: string) => {
      await ivan.getByRole('combobox', { name: `Result for ${key}` }).click();
      await ivan.getByRole('option', { name: label, exact: true }).click();
      await ivan.getByLabel(`Notes for ${key}`).fill(notes);
      await ivan.getByRole('button', { name: `Save result for ${key}` }).click();
      await expect.poll(() => ivan.getByRole('button', { name: `Save result for ${key}` }).isDisabled()).toBe(true);
    };
    await result(items[0]!.key, 'Pass', 'Approved by a second engineer before the deploy.');
    await result(items[1]!.key, 'Deviation', 'Deployed without an approval on the pull request.');
    for (const item of items.slice(2)) {
      expect((await firm.request('PUT', `/api/v1/engagements/${engagementId()}/test-plans/${planId()}/items/${item.id}`, { result: 'pass', notes: '', evidenceIds: [] })).statusCode).toBe(200);
    }
    await ivan.reload();
    await ivan.getByText('22 selected · 21 pass · 1 deviation').waitFor();
    await ivan.getByRole('combobox', { name: 'Conclusion' }).click();
    await ivan.getByRole('option', { name: 'Exceptions noted' }).click();
    await ivan.getByRole('button', { name: 'Record conclusion' }).click();
    await ivan.getByText('1 deviation found: record the exception').waitFor();
    await ivan.getByLabel('What went wrong (for the description)').fill('was deployed without a recorded approval');
    await ivan.getByLabel('What an item is').fill('production deployment');
    await ivan.getByLabel('Root cause').fill('An administrator merged with the branch protection bypassed during an incident.');
    await ivan.getByLabel('Isolated', { exact: true }).check();
    await ivan.getByLabel('Criteria not met').first().click();
    await ivan.getByRole('option', { name: CRITERION }).click();
    await ivan.keyboard.press('Escape');
    await ivan.getByLabel('Material (feeds the opinion proposal)').check();
    await ivan.getByRole('button', { name: 'Record exception' }).click();
    await ivan.getByText('Criteria not met:').waitFor();
    await ivan.getByRole('button', { name: `Send to ${DEMO_ORGANIZATION}` }).click();
    await ivan.getByText(`Waiting for ${DEMO_ORGANIZATION}'s management response.`).waitFor();

    await casey.goto(`${engagementUrl}/findings`);
    await casey.getByText(`Criteria not met: ${CRITERION}`).waitFor();
    await casey.getByLabel(`Management response to ${CONTROL}`).fill('Bypassing branch protection now pages the security lead, who reviews the change the same day.');
    await casey.getByRole('button', { name: 'Send response' }).click();
    await casey.getByText(/^Management response \(.+\): Bypassing branch protection/).waitFor();
    await ivan.reload();
    await ivan.getByText('Bypassing branch protection now pages the security lead, who reviews the change the same day.').waitFor();
  }, 180_000);

  it('Ivan signs as preparer and Hana as reviewer', async () => {
    await ivan.getByRole('button', { name: 'Sign as preparer' }).click();
    await ivan.getByText(signedBy(IVAN)).waitFor();
    await hana.goto(planUrl);
    await hana.getByRole('button', { name: 'Sign as reviewer' }).click();
    await hana.getByText(signedBy(HANA)).waitFor();
    const signoffs = (await firm.get(`/api/v1/engagements/${engagementId()}/test-plans/${planId()}`)).json().signoffs;
    expect([signoffs.preparer.label, signoffs.reviewer.label, signoffs.changedSinceReview]).toEqual([expect.stringMatching(new RegExp(`^(${IVAN.email}|${IVAN.name})`)), expect.stringMatching(new RegExp(`^(${HANA.email}|${HANA.name})`)), false]);
  }, 90_000);

  it(`in review the proposal is qualified for ${CRITERION} and Hana accepts it; Alex sees it`, async () => {
    await hana.goto(engagementUrl);
    await hana.getByRole('button', { name: 'Move to Review' }).click();
    await hana.getByRole('button', { name: 'Back to Fieldwork' }).waitFor();
    const proposal = (await firm.get(`/api/v1/engagements/${engagementId()}/opinion/proposal`)).json();
    expect([proposal.opinion, proposal.affectedCriteria]).toEqual(['qualified', [CRITERION]]);
    await hana.getByRole('tab', { name: 'Opinion' }).click();
    await hana.getByText('Proposed opinion').waitFor();
    await hana.getByText('Qualified', { exact: true }).first().waitFor();
    await hana.getByText(CRITERION, { exact: true }).first().waitFor();
    await hana.getByRole('button', { name: 'Decide the opinion' }).click();
    await hana.getByRole('button', { name: 'Record decision' }).click();
    await hana.getByText('In force').waitFor();
    const state = (await firm.get(`/api/v1/engagements/${engagementId()}/opinion`)).json();
    expect([state.decision.opinion, state.decision.affectedCriteria, state.decision.overridden]).toEqual(['qualified', [CRITERION], false]);

    await alex.goto(`${engagementUrl}/findings`);
    await alex.getByText('Affected criteria:').waitFor();
    await alex.getByText('Qualified', { exact: true }).waitFor();
  }, 90_000);
});
