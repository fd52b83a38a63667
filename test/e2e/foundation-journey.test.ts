// The foundation journey in a real browser: setup → MFA → log out/in with the code → catalog → invite → audit log.
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser, serveWithBrowser, type Served } from './browser.ts';

const PASSWORD = 'correct horse battery staple';
let s: Served;
let page: Page;
let secret = '';
let inviteLink = '';

describe.skipIf(!hasBrowser)('foundation journey in Chromium', () => {
  beforeAll(async () => {
    s = await serveWithBrowser();
    page = await (await s.browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    page.setDefaultTimeout(30_000);
  }, 60_000);
  afterAll(async () => { await s?.close(); });

  it('shows the setup page on a new instance and creates the first organization', async () => {
    await page.goto(s.url);
    await page.waitForURL(/\/setup$/);
    await page.getByLabel('Organization name').fill('Acme Cloud');
    await page.getByLabel('Your name').fill('Olivia Owner');
    await page.getByLabel('Email').fill('owner@acme.test');
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByLabel('Confirm password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Create organization' }).click();
    await expect.poll(() => page.url()).not.toMatch(/\/setup/);
    await page.getByText('Acme Cloud').filter({ visible: true }).first().waitFor();
  }, 90_000);

  it('enrols TOTP MFA and shows recovery codes once', async () => {
    await page.goto(`${s.url}/settings/security`);
    // with MFA off, the page starts enrolment at once: QR code and secret, no click needed
    await page.getByTestId('mfa-secret').waitFor();
    secret = (await page.getByTestId('mfa-secret').innerText()).replace(/\s+/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await expect.poll(() => page.locator('img[src^="data:image/png"]').count()).toBeGreaterThan(0);
    await page.getByLabel('Code').fill(await generate({ secret }));
    await page.getByRole('button', { name: 'Enable MFA' }).click();
    const codes = await page.getByTestId('recovery-codes').innerText();
    expect(codes.match(/[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}/g)).toHaveLength(10);
  }, 90_000);

  it('logs out, and logs back in with the code', async () => {
    await page.getByRole('button', { name: 'Account menu for Olivia Owner' }).click();
    await page.getByRole('menuitem', { name: 'Log out' }).click();
    await page.waitForURL(/\/login/);
    await page.getByLabel('Email').fill('owner@acme.test');
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(/\/login\/mfa/);
    // The enrolment spent the current 30-second step (codes cannot be replayed); the server accepts
    // one step of clock drift, so the authenticator's next code is valid now.
    await page.getByLabel('Code').fill(await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 }));
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect.poll(() => page.url()).not.toMatch(/\/login/);
  }, 60_000);

  it('browses, searches and opens the criteria catalog', async () => {
    await page.getByRole('link', { name: /criteria catalog/i }).click();
    await page.getByText('CC1.1', { exact: true }).first().waitFor();
    await page.getByLabel('Search criteria').fill('encrypt');
    await page.getByText('CC6.7', { exact: true }).first().waitFor();
    await expect.poll(() => page.getByText('CC1.1', { exact: true }).count()).toBe(0);
    await page.getByText('CC6.7', { exact: true }).first().click();
    await page.waitForURL(/\/catalog\/CC6\.7$/i);
    await page.getByText(/points of focus/i).first().waitFor();
  }, 90_000);

  it('invites a colleague, who accepts and sees only their organization', async () => {
    await page.goto(`${s.url}/settings/invitations`);
    await page.getByLabel('Email').fill('carol@acme.test');
    await page.getByLabel('Role').selectOption({ label: 'Compliance manager' });
    await page.getByRole('button', { name: 'Send invitation' }).click();
    inviteLink = (await page.getByTestId('invite-link').innerText()).trim();
    expect(inviteLink).toMatch(/\/invite\/[A-Za-z0-9_-]+$/);

    const colleague = await (await s.browser.newContext({ viewport: { width: 1024, height: 768 } })).newPage();
    await colleague.goto(inviteLink);
    await colleague.getByText('Acme Cloud').first().waitFor();
    await colleague.getByLabel('Your name').fill('Carol Compliance');
    await colleague.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await colleague.getByLabel('Confirm password').fill(PASSWORD);
    await colleague.getByRole('button', { name: 'Accept invitation' }).click();
    await expect.poll(() => colleague.url()).not.toMatch(/\/invite\//);
    await colleague.goto(`${s.url}/settings/members`);
    await colleague.getByText('carol@acme.test').first().waitFor();
    await colleague.getByText('owner@acme.test').first().waitFor();
    const session = (await colleague.evaluate(async () => (await fetch('/api/v1/session')).json())) as { memberships: { organization: { name: string } }[] };
    expect(session.memberships.map((m) => m.organization.name)).toEqual(['Acme Cloud']);
    await colleague.context().close();
  }, 90_000);

  it('shows the audit log of everything that happened, with a CSV export', async () => {
    await page.goto(`${s.url}/audit-log`);
    for (const kind of ['organization.created', 'mfa.enabled', 'invitation.created', 'invitation.accepted']) {
      await page.getByText(kind).first().waitFor();
    }
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Export CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^attest-audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
  }, 120_000);
});
