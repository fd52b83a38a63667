// Starts the real application on a fresh database and a free port, and Debian's Chromium through Playwright.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';
import { makeTestApp, PASSWORD, type TestApp } from '../helpers/app.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasBrowser = fs.existsSync(CHROMIUM);
if (!hasBrowser && process.env.ATTEST_REQUIRE_BROWSER) throw new Error(`ATTEST_REQUIRE_BROWSER is set but ${CHROMIUM} is missing (apt-get install -y chromium)`);
if (!hasBrowser) console.warn(`browser tests skipped: ${CHROMIUM} not found (apt-get install -y chromium)`);

export interface Served {
  t: TestApp;
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function serveWithBrowser(): Promise<Served> {
  const webDir = path.resolve('web/dist');
  if (!fs.existsSync(path.join(webDir, 'index.html'))) throw new Error('web/dist is missing: run `npm run build` (npm test does it)');
  const t = await makeTestApp({ webDir });
  const url = await t.app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return { t, url, browser, close: async () => { await browser.close(); await t.close(); } };
}

/**
 * A new browser context (downloads allowed) logged in through the login page as `email` (the setup owner by default);
 * `context` adds options such as a time zone or locale.
 */
export async function logIn(browser: Browser, url: string, email = 'owner@acme.test', viewport = { width: 1280, height: 900 }, password = PASSWORD, context: BrowserContextOptions = {}): Promise<Page> {
  const page = await (await browser.newContext({ viewport, acceptDownloads: true, ...context })).newPage();
  page.setDefaultTimeout(30_000); // generous: CI machines are loaded
  watch(page);
  await page.goto(`${url}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  return page;
}

/** What went wrong on a page (API answers of 400 and above, uncaught errors), kept for a failing wait to report. */
const troubles = new WeakMap<Page, string[]>();

function watch(page: Page): void {
  const list: string[] = [];
  troubles.set(page, list);
  page.on('response', (r) => { if (r.status() >= 400) list.push(`${r.status()} ${r.request().method()} ${r.url()}`); });
  page.on('pageerror', (e) => list.push(`page error: ${e.message}`));
}

/**
 * Waits until `locator` matches exactly `n` elements. On timeout the error says how many it saw, what the
 * page showed and which requests failed, so a failure on a loaded CI machine can be told from a real bug.
 */
export async function expectCount(page: Page, locator: Locator, n: number, timeout = 30_000): Promise<void> {
  const end = Date.now() + timeout;
  let seen = -1;
  while (Date.now() < end) {
    seen = await locator.count();
    if (seen === n) return;
    await page.waitForTimeout(100);
  }
  const text = (await page.locator('body').innerText().catch(() => '(no body)')).slice(0, 2000);
  const failed = (troubles.get(page) ?? []).slice(-10).join('\n  ');
  throw new Error(`expected ${n} elements, saw ${seen} after ${timeout} ms at ${page.url()}\nfailed requests:\n  ${failed || 'none'}\npage text:\n${text}`);
}
