// Settings → Organization → Integrity in a real browser: the public key (shown, downloadable), "Verify now"
// with its result, and a tampered ledger row named in the result.
import fs from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser, serveWithBrowser, type Served, logIn } from './browser.ts';
import { setupInstance } from '../helpers/app.ts';

let s: Served;
let page: Page;
let orgId: string;

describe.skipIf(!hasBrowser)('ledger integrity in Chromium', () => {
  beforeAll(async () => {
    s = await serveWithBrowser();
    const { session } = await setupInstance(s.t);
    orgId = session.activeOrganization.organization.id;
    page = await logIn(s.browser, s.url, 'owner@acme.test', { width: 1280, height: 900 });
  }, 90_000);
  afterAll(async () => { await s?.close(); });

  it('shows the public key and downloads it as a .pem', async () => {
    await page.goto(`${s.url}/settings/organization`);
    await page.getByTestId('ledger-key-id').waitFor();
    expect(await page.getByTestId('ledger-key-id').textContent()).toBe(s.t.deps.signingKey.keyId);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .pem' }).click()]);
    expect(download.suggestedFilename()).toBe(`attest-signing-key-${s.t.deps.signingKey.keyId.slice(0, 12)}.pem`);
    expect(await fs.readFile((await download.path())!, 'utf8')).toBe(s.t.deps.signingKey.publicKeyPem);
    await page.getByText(/No checkpoint signed yet/).waitFor();
    await page.getByRole('button', { name: 'Sign checkpoint now' }).click();
    await page.getByText(/Last signed checkpoint: entry \d+/).waitFor();
  }, 90_000);

  it('verifies, then names the entry someone edited in the database', async () => {
    await page.getByRole('button', { name: 'Verify now' }).click();
    await page.getByTestId('verification-result').getByText('Verified: nothing was altered').waitFor({ timeout: 60_000 });

    await s.t.deps.db.transaction(async (tx) => {
      await tx.execute(sql`alter table ledger disable trigger ledger_append_only`);
      await tx.execute(sql`update ledger set payload = jsonb_set(payload, '{actor,label}', '"mallory"') where org = ${orgId} and seq = 2`);
      await tx.execute(sql`alter table ledger enable trigger ledger_append_only`);
    });
    await page.getByRole('button', { name: 'Verify now' }).click();
    const result = page.getByTestId('verification-result');
    await result.getByText('1 problem found').waitFor({ timeout: 60_000 });
    expect(await result.textContent()).toMatch(/Entry 2: hash mismatch/);
  }, 90_000);
});
