// Starts the real application on a fresh database and a free port, and Debian's Chromium through Playwright.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
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

/** A new browser context (downloads allowed) logged in through the login page as `email` (the setup owner by default). */
export async function logIn(browser: Browser, url: string, email = 'owner@acme.test', viewport = { width: 1280, height: 900 }, password = PASSWORD): Promise<Page> {
  const page = await (await browser.newContext({ viewport, acceptDownloads: true })).newPage();
  page.setDefaultTimeout(30_000); // generous: CI machines are loaded
  await page.goto(`${url}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  return page;
}
