// The policy page's "Download PDF" button in a real browser: it downloads the version shown, as a PDF.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser, serveWithBrowser, type Served, logIn } from './browser.ts';
import { setupInstance } from '../helpers/app.ts';

let s: Served;
let page: Page;
let policyId: string;

describe.skipIf(!hasBrowser)('policy PDF in Chromium', () => {
  beforeAll(async () => {
    s = await serveWithBrowser();
    const { agent } = await setupInstance(s.t);
    policyId = (await agent.post('/api/v1/policies', { title: 'Clean Desk Policy', body: '# Clean Desk Policy\n\n## Rules\n\n- Lock papers away.\n' })).json().id;
    page = await logIn(s.browser, s.url, 'owner@acme.test', { width: 1280, height: 860 });
  }, 60_000);
  afterAll(async () => { await s?.close(); });

  it('downloads the draft version shown on the policy page', async () => {
    await page.goto(`${s.url}/policies/${policyId}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download PDF' }).click()]);
    expect(download.suggestedFilename()).toBe('clean_desk_policy-v1.pdf');
    const file = await download.path();
    expect(fs.readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 120_000);
});
