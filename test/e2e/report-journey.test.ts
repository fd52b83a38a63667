// Issue 6's journey on the demo, in Chromium: the demo's Type I is examined up to the report → Alex (Northwind's
// admin) accepts management's assertion → Hana (Harbor & Vale's partner) issues the report, signed → /verify says
// the PDF is an issued report → Alex publishes the trust page offering it, access on the NDA → a prospect with no
// account accepts the NDA and downloads a copy stamped with their name on every page → the download is in the log.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasBrowser, logIn, serveWithBrowser, type Served } from './browser.ts';
import { Agent } from '../helpers/app.ts';
import { hasPdftotext, pdfText } from '../helpers/pdf.ts';
import { DEMO_FIRM_USERS, DEMO_PASSWORD, DEMO_USERS } from '../../src/services/demo.ts';
import { demoPeriods } from '../../src/services/demo-engagement.ts';
import { addDays } from '../../src/domain/calendar/dates.ts';
import { formatIsoDate } from '../../src/domain/report-model/index.ts';

const ALEX = DEMO_USERS.find((u) => u.role === 'admin')!;
const HANA = DEMO_FIRM_USERS.find((u) => u.role === 'partner')!;
const PERIODS = demoPeriods(new Date());
const ENGAGEMENT = `Northwind SOC 2 Type I (${PERIODS.asOf.slice(0, 4)})`;
/** Hana dates the report the day after the as-of date (never after today: the as-of date is the end of last month). */
const REPORT_DATE = addDays(PERIODS.asOf, 1);
const PROSPECT = { name: 'Dana Lee', email: 'dana@initech.example', company: 'Initech' };

let s: Served;
let alex: Page;
let hana: Page;
let reportSha: string;
const sha256 = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');

/** The login page with the demo's printed password. */
const logInDemo = (browser: Browser, url: string, email: string, context = {}): Promise<Page> => logIn(browser, url, email, undefined, DEMO_PASSWORD, context);
/** How the app shows a calendar date in US English (medium style), whatever the reader's time zone. */
const usDate = (iso: string) => new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

async function apiAs(email: string): Promise<Agent> {
  const agent = new Agent(s.t.app, '10.0.6.1');
  await agent.post('/api/v1/auth/login', { email, password: DEMO_PASSWORD });
  await agent.refreshSession();
  return agent;
}

async function openReportTab(page: Page) {
  await page.goto(`${s.url}/audits`);
  await page.getByRole('link', { name: ENGAGEMENT }).click();
  await page.waitForURL(/\/audits\/[0-9a-f-]{36}$/);
  await page.getByRole('tab', { name: 'Report' }).click();
  await page.getByTestId('report-checklist').waitFor();
}

describe.skipIf(!hasBrowser)('the SOC 2 report and the trust portal on the demo, in Chromium', () => {
  beforeAll(async () => {
    s = await serveWithBrowser();
    const setup = await new Agent(s.t.app).post('/api/v1/setup/demo');
    if (setup.statusCode !== 201) throw new Error(`demo setup failed: ${setup.body}`);
    // Alex reads in California, where UTC midnight of a date is still the day before.
    alex = await logInDemo(s.browser, s.url, ALEX.email, { timezoneId: 'America/Los_Angeles', locale: 'en-US' });
  }, 300_000);
  afterAll(async () => { await s?.close(); });

  it('Alex reads the draft and accepts management\'s assertion', async () => {
    // Last year's report is the current one, and its date is more than twelve months past: home says so.
    await alex.goto(`${s.url}/`);
    await expect.poll(() => alex.getByTestId('report-currency').getAttribute('data-outdated')).toBe('true');
    await alex.goto(`${s.url}/audits`);
    await alex.getByRole('row', { name: new RegExp(`${ENGAGEMENT.replace(/[()]/g, '\\$&')} .* as of ${usDate(PERIODS.asOf)}`) }).waitFor();
    await openReportTab(alex);
    await expect.poll(() => alex.getByTestId('precondition-assertion').getAttribute('data-ok')).toBe('false');
    await alex.getByTestId('report-draft').getByText('Section III').first().waitFor();
    await alex.getByTestId('assertion-text').getByText(/Northwind Payroll/).first().waitFor();
    await alex.getByRole('button', { name: 'Accept assertion' }).click();
    await alex.getByRole('dialog').getByRole('button', { name: 'Accept assertion' }).click();
    await alex.getByTestId('assertion-accepted').waitFor();
    await expect.poll(() => alex.getByTestId('precondition-assertion').getAttribute('data-ok')).toBe('true');
  }, 120_000);

  it('Hana issues the report; the downloaded PDF is the signed one and /verify says so', async () => {
    hana = await logInDemo(s.browser, s.url, HANA.email);
    await openReportTab(hana);
    const issue = hana.getByRole('button', { name: 'Issue report' });
    await expect.poll(() => issue.isEnabled()).toBe(true);
    await issue.click();
    const dialog = hana.getByRole('dialog');
    await dialog.getByLabel('Report date').fill(REPORT_DATE);
    await dialog.getByRole('button', { name: 'Sign and issue' }).click();
    const row = hana.getByTestId('issued-report-row').first();
    await row.waitFor({ timeout: 120_000 });
    reportSha = (await row.getByTestId('report-sha256').getAttribute('data-sha256'))!;
    expect(reportSha).toMatch(/^[0-9a-f]{64}$/);
    const [download] = await Promise.all([hana.waitForEvent('download'), row.getByLabel('Download version 1 as PDF').click()]);
    const pdf = await (await import('node:fs/promises')).readFile((await download.path())!);
    expect(sha256(pdf)).toBe(reportSha);
    if (hasPdftotext) {
      const text = pdfText(pdf);
      for (const heading of ['Section I', 'Section II', 'Section III', 'Section IV', 'Section V']) expect(text).toContain(heading);
      expect(text).toContain('CHG-01');
      expect(text).toContain(formatIsoDate(REPORT_DATE));
      expect(text).not.toContain('Tests performed');
      expect(text).not.toMatch(/\bDRAFT\b/);
    }
    await hana.goto(`${s.url}/verify?sha256=${reportSha}`);
    const result = hana.getByTestId('verify-result');
    await expect.poll(() => result.getAttribute('data-issued')).toBe('true');
    await result.getByText('Issued report').waitFor();
  }, 240_000);

  it('Alex publishes the trust page offering this report, access on the NDA', async () => {
    await alex.goto(`${s.url}/`);
    await expect.poll(() => alex.getByTestId('report-currency').getAttribute('data-outdated')).toBe('false');
    await alex.goto(`${s.url}/trust-portal`);
    await alex.getByText('Reports offered').waitFor();
    await alex.getByLabel('Published').check();
    const offered = alex.getByRole('checkbox', { name: new RegExp(`as of .*${PERIODS.asOf.slice(0, 4)}`) });
    await offered.check();
    await alex.getByLabel('Grant on NDA acceptance').check();
    await alex.getByRole('button', { name: 'Save trust page' }).click();
    await alex.getByText('The trust page is saved.').waitFor();
    const settings = (await (await apiAs(ALEX.email)).get('/api/v1/trust-page')).json();
    expect(settings).toMatchObject({ published: true, accessMode: 'nda', slug: 'northwind-payroll-demo' });
    expect(settings.reportIds).toHaveLength(1);
  }, 120_000);

  it('a prospect with no account accepts the NDA and downloads a copy stamped with their name', async () => {
    const prospect = await (await s.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })).newPage();
    prospect.setDefaultTimeout(30_000);
    await prospect.goto(`${s.url}/trust/northwind-payroll-demo`);
    await prospect.getByRole('heading', { name: 'Northwind Payroll (demo)' }).waitFor();
    expect(await prospect.getByTestId('trust-report').count()).toBe(1);
    await prospect.getByLabel('Your name').fill(PROSPECT.name);
    await prospect.getByLabel('Work email').fill(PROSPECT.email);
    await prospect.getByLabel('Company').fill(PROSPECT.company);
    await prospect.getByLabel('I accept the NDA').check();
    await prospect.getByRole('button', { name: 'Accept and get access' }).click();
    await expect.poll(() => prospect.getByTestId('trust-access-state').getAttribute('data-state')).toBe('granted');
    const [download] = await Promise.all([prospect.waitForEvent('download'), prospect.getByTestId('trust-report').getByRole('link', { name: 'Download PDF' }).click()]);
    const pdf = await (await import('node:fs/promises')).readFile((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(sha256(pdf)).not.toBe(reportSha); // a stamped copy, not the issued bytes
    if (hasPdftotext) expect(pdfText(pdf)).toContain(`Prepared for ${PROSPECT.name}, ${PROSPECT.company}, ${PROSPECT.email}`);
  }, 120_000);

  it('the download shows in Alex\'s access log', async () => {
    await alex.goto(`${s.url}/trust-portal`);
    await alex.getByRole('tab', { name: 'Access log' }).click();
    const row = alex.getByTestId('access-log-row').filter({ hasText: 'report download' });
    await row.first().waitFor();
    expect(await row.first().textContent()).toContain(`${PROSPECT.name} <${PROSPECT.email}>, ${PROSPECT.company}`);
    await alex.getByRole('tab', { name: 'Access requests' }).click();
    await alex.getByTestId('access-request-row').filter({ hasText: PROSPECT.email }).getByText('granted').waitFor();
  }, 120_000);

  it('Hana rolls the issued engagement forward to next year\'s, proposed to Northwind', async () => {
    await openReportTab(hana);
    const before = hana.url();
    await hana.getByRole('button', { name: 'Roll forward to the next period' }).click();
    await hana.waitForURL((u) => /\/audits\/[0-9a-f-]{36}$/.test(u.pathname) && !before.startsWith(u.href));
    const next = (await (await apiAs(HANA.email)).get(`/api/v1/engagements/${hana.url().split('/').pop()}`)).json();
    expect(next).toMatchObject({ status: 'proposed', reportType: 'type1', asOfDate: `${Number(PERIODS.asOf.slice(0, 4)) + 1}${PERIODS.asOf.slice(4)}` });
  }, 120_000);
});
