// The request list in Chromium: empty state → import a spreadsheet (errors shown, then a good file) →
// a new request assigned to an employee → the employee's bell → submit → the admin accepts; export.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser, logIn, serveWithBrowser, type Served } from './browser.ts';
import { inviteMember, setupInstance } from '../helpers/app.ts';

let s: Served;
let admin: Page;

describe.skipIf(!hasBrowser)('requests journey in Chromium', () => {
  beforeAll(async () => {
    s = await serveWithBrowser();
    const { agent } = await setupInstance(s.t);
    const systemId = (await agent.post('/api/v1/systems', { name: 'Acme Platform' })).json().id;
    await agent.post(`/api/v1/systems/${systemId}/controls`, { code: 'AC-01', title: 'Access reviews', activity: 'Access is reviewed quarterly.', frequency: 'quarterly', nature: 'manual', type: 'detective', evidenceGuidance: '', criteria: ['CC6.2'] });
    await inviteMember(s.t, agent, 'emma@acme.test', 'employee', 'Emma Employee');
    admin = await logIn(s.browser, s.url, 'owner@acme.test');
  }, 90_000);
  afterAll(async () => { await s?.close(); });

  it('explains the empty list, shows import errors per row, then imports a good file', async () => {
    await admin.goto(`${s.url}/requests`);
    await admin.getByText('No requests yet').waitFor();
    await admin.getByRole('button', { name: 'Import' }).click();
    const bad = 'title,controls,due_date\nAccess review export,AC-01,2030-03-31\n,NOPE,someday\n';
    await admin.locator('input[type="file"]').setInputFiles({ name: 'pbc.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await admin.getByText('no active control with code "NOPE"').waitFor();
    await admin.getByText('due_date: "someday" is not a date (YYYY-MM-DD)').waitFor();
    expect(await admin.getByRole('button', { name: /^Import/ }).last().isDisabled()).toBe(true);
    const good = 'title,controls,due_date\nAccess review export,AC-01,2030-03-31\nBackup restore test,,\n';
    await admin.locator('input[type="file"]').setInputFiles({ name: 'pbc.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
    await admin.getByRole('button', { name: 'Import 2 request(s)' }).click();
    await admin.getByRole('link', { name: 'Backup restore test' }).waitFor();
    await admin.getByRole('link', { name: 'Access review export' }).waitFor();
  }, 90_000);

  it('creates a request for the employee, who sees it in the bell and submits it; the admin accepts', async () => {
    await admin.getByRole('button', { name: 'New request' }).click();
    await admin.getByLabel('Title').fill('Firewall rule review');
    await admin.getByRole('dialog').getByLabel('Assignee').click();
    await admin.getByRole('option', { name: 'Emma Employee (emma@acme.test)' }).click();
    await admin.getByRole('button', { name: 'Create request' }).click();
    await admin.waitForURL(/\/requests\/[0-9a-f-]{36}$/);
    const requestUrl = admin.url();

    const emma = await logIn(s.browser, s.url, 'emma@acme.test');
    await emma.getByRole('button', { name: 'Notifications (1 unread)' }).click();
    await emma.getByText('Request assigned to you: Firewall rule review').click();
    await expect.poll(() => emma.url()).toBe(requestUrl);
    await emma.getByLabel('New comment').fill('Export attached on the evidence page.');
    await emma.getByRole('button', { name: 'Comment' }).click();
    await expect.poll(() => emma.getByLabel('New comment').inputValue()).toBe(''); // posted: the box empties (it matched the text before)
    await emma.getByText('Export attached on the evidence page.').waitFor();
    await emma.getByRole('button', { name: 'Submit for review' }).click();
    await emma.getByText('Submitted', { exact: true }).first().waitFor();
    expect(await emma.getByRole('button', { name: 'Accept' }).count()).toBe(0);
    await emma.getByRole('button', { name: 'Notifications (0 unread)' }).waitFor();

    await admin.reload();
    await admin.getByRole('button', { name: 'Accept' }).click();
    await admin.getByText('Accepted', { exact: true }).first().waitFor();
  }, 120_000);

  it('filters the list and offers the export', async () => {
    await admin.goto(`${s.url}/requests?status=accepted`);
    await admin.getByRole('link', { name: 'Firewall rule review' }).waitFor();
    expect(await admin.getByRole('link', { name: 'Backup restore test' }).count()).toBe(0);
    await admin.getByRole('button', { name: 'Export' }).click();
    const href = await admin.getByRole('menuitem', { name: 'CSV' }).getAttribute('href');
    expect(href).toBe('/api/v1/requests/export.csv?status=accepted');
    const csv = await admin.evaluate(async (u) => (await fetch(u)).text(), href!);
    expect(csv).toContain('Firewall rule review');
    expect(csv).not.toContain('Backup restore test');
  }, 60_000);
});
