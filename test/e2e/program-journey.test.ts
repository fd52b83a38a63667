// The program journey in a real browser: define a system and its categories → adopt the control library →
// assign an owner → adopt, approve, publish and acknowledge a policy → readiness rises and the gap list shrinks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser, serveWithBrowser, type Served, logIn } from './browser.ts';
import { setupInstance } from '../helpers/app.ts';

let s: Served;
let page: Page;
const readiness: { percent: number; gaps: number }[] = [];

const nav = (name: string) => page.getByRole('navigation').getByRole('link', { name, exact: true });

/** Opens the readiness page and reads the figures it shows, once it shows the server's current ones. */
async function readReadiness(): Promise<{ percent: number; gaps: number }> {
  await nav('Readiness').click();
  const current = await page.evaluate(async () => {
    const { systems } = (await (await fetch('/api/v1/systems')).json()) as { systems: { id: string }[] };
    const systemId = systems[0]!.id;
    const r = (await (await fetch(`/api/v1/systems/${systemId}/readiness`)).json()) as { percent: number; gaps: unknown[] };
    return { percent: Math.round(r.percent), gaps: r.gaps.length };
  });
  const ring = page.getByLabel(/% ready$/).first();
  await expect.poll(() => ring.getAttribute('aria-label')).toBe(`${current.percent}% ready`);
  const gapText = current.gaps === 0 ? 'No gaps found.' : `${current.gaps} ${current.gaps === 1 ? 'gap' : 'gaps'} to close.`;
  await page.getByText(gapText).first().waitFor();
  return current;
}

describe.skipIf(!hasBrowser)('program journey in Chromium', () => {
  beforeAll(async () => {
    s = await serveWithBrowser();
    await setupInstance(s.t);
    page = await logIn(s.browser, s.url, 'owner@acme.test', { width: 1280, height: 860 });
  }, 60_000);
  afterAll(async () => { await s?.close(); });

  it('defines a system with Availability in scope', async () => {
    await nav('Scope').click();
    await page.getByRole('button', { name: 'Define a system' }).click();
    await page.getByLabel('System name').fill('Acme Platform');
    await page.getByRole('checkbox', { name: /Availability/ }).check();
    await page.getByRole('button', { name: 'Create system' }).click();
    await page.waitForURL(/\/scope\/[0-9a-f-]{36}/);
    await page.getByText('Acme Platform').first().waitFor();
  }, 120_000);

  it('adopts the whole control library', async () => {
    await nav('Controls').click();
    readiness.push({ percent: 0, gaps: 0 });
    await page.getByRole('button', { name: 'Adopt from library' }).first().click();
    await page.getByRole('button', { name: 'Select all' }).click();
    await page.getByRole('button', { name: 'Adopt selected' }).click();
    await page.getByText('AC-01', { exact: true }).first().waitFor();
    readiness[0] = await readReadiness();
    expect(readiness[0].gaps).toBeGreaterThan(0);
  }, 120_000);

  it('adds a person and makes them the owner of a control', async () => {
    await nav('People').click();
    await page.getByRole('button', { name: 'Add person' }).first().click();
    await page.getByLabel('Name', { exact: true }).fill('Sam Security');
    await page.getByLabel('Email', { exact: true }).fill('sam@acme.test');
    await page.getByRole('dialog').getByRole('button', { name: 'Add person' }).click();
    await page.getByText('sam@acme.test').first().waitFor();
    // A new person has no training yet: the roster's flags now count, so measure from here.
    readiness[0] = await readReadiness();

    await nav('Controls').click();
    await page.getByLabel('Search controls').fill('GOV-01');
    await page.getByRole('link', { name: /GOV-01/ }).first().click();
    await page.waitForURL(/\/controls\/[0-9a-f-]{36}/);
    await page.getByLabel('Owner', { exact: true }).selectOption({ label: 'Sam Security' });
    await page.getByRole('button', { name: 'Save' }).first().click();
    const controlId = page.url().split('/controls/')[1]!;
    const ownerOf = () => page.evaluate(async (id) => ((await (await fetch(`/api/v1/controls/${id}`)).json()) as { owner: { name: string } | null }).owner?.name ?? null, controlId);
    await expect.poll(ownerOf, { timeout: 10_000 }).toBe('Sam Security');
    const after = await readReadiness();
    expect(after.gaps).toBeLessThan(readiness[0]!.gaps);
    readiness.push(after);
  }, 120_000);

  it('adopts, approves, publishes and acknowledges the information security policy', async () => {
    await nav('Policies').click();
    await page.getByRole('button', { name: 'Adopt templates' }).first().click();
    await page.getByRole('dialog').getByRole('checkbox', { name: /information security/i }).check();
    await page.getByRole('button', { name: 'Adopt selected' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Done' }).click();
    await page.getByRole('link', { name: /information security/i }).first().click();
    await page.waitForURL(/\/policies\/[0-9a-f-]{36}/);
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.getByRole('button', { name: 'Publish to personnel' }).click();
    await page.getByRole('button', { name: 'Acknowledge' }).click();
    await page.getByText(/1 of \d+|acknowledged/i).first().waitFor();
    const after = await readReadiness();
    expect(after.gaps).toBeLessThan(readiness[1]!.gaps);
    expect(after.percent).toBeGreaterThan(readiness[1]!.percent);
  }, 120_000);

  it('adds a vendor with the data it receives, records a review and files its SOC report', async () => {
    await nav('Vendors').click();
    await page.getByRole('button', { name: 'Add vendor' }).first().click();
    const add = page.getByRole('dialog');
    await add.getByLabel('Vendor name').fill('Payments Co');
    await add.getByLabel('Criticality').selectOption({ label: 'High' });
    await add.getByRole('button', { name: 'Add data type' }).click();
    await add.getByLabel('Data type 1', { exact: true }).fill('Payment card data');
    await add.getByLabel('Classification 1', { exact: true }).selectOption({ label: 'Restricted' });
    await add.getByRole('button', { name: 'Add data type' }).click();
    await add.getByLabel('Data type 2', { exact: true }).fill('Customer emails');
    await add.getByRole('button', { name: 'Add vendor' }).click();
    await page.waitForURL(/\/vendors\/[0-9a-f-]{36}/);
    const vendorId = page.url().split('/vendors/')[1]!;
    const vendor = () => page.evaluate(async (id) => (await (await fetch(`/api/v1/vendors/${id}`)).json()) as {
      criticality: string; dataShared: { dataType: string; classification: string }[]; status: { nextReviewDue: string | null; cadenceMonths: number; reportState: string };
      reviews: unknown[]; reports: unknown[];
    }, vendorId);
    const created = await vendor();
    expect(created.criticality).toBe('high');
    expect(created.dataShared).toEqual([{ dataType: 'Payment card data', classification: 'restricted' }, { dataType: 'Customer emails', classification: 'confidential' }]);
    // The details form shows the data shared, and editing it saves.
    await expect.poll(() => page.getByLabel('Data type 1', { exact: true }).inputValue()).toBe('Payment card data');
    await page.getByRole('button', { name: 'Remove data type 2' }).click();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(async () => (await vendor()).dataShared.map((d) => d.dataType), { timeout: 10_000 }).toEqual(['Payment card data']);

    await page.getByRole('button', { name: 'Record review' }).click();
    const review = page.getByRole('dialog');
    await review.getByLabel('Reviewer').selectOption({ label: 'Sam Security' });
    await review.getByLabel('Outcome').selectOption({ label: 'Approved with conditions' });
    await review.getByLabel('Review notes').fill('Asked for their latest penetration test summary.');
    await review.getByRole('button', { name: 'Record review' }).click();
    await review.waitFor({ state: 'hidden' });
    const reviewed = await vendor();
    expect(reviewed.reviews).toHaveLength(1);
    expect(reviewed.status.nextReviewDue).not.toBeNull();
    const due = await page.evaluate((d) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(d)), reviewed.status.nextReviewDue!);
    await page.getByText(`next review due ${due}`).waitFor();
    const reviews = page.getByRole('table').first();
    await reviews.getByRole('cell', { name: 'Sam Security' }).waitFor();
    await reviews.getByRole('cell', { name: 'Approved with conditions' }).waitFor();

    await page.getByRole('button', { name: 'Add report' }).click();
    const report = page.getByRole('dialog');
    await report.getByLabel('Report type').selectOption({ label: 'SOC 2 Type II' });
    const periodEnd = await page.evaluate(() => new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10));
    const periodStart = await page.evaluate(() => new Date(Date.now() - 395 * 86_400_000).toISOString().slice(0, 10));
    await report.getByLabel('Period start').fill(periodStart);
    await report.getByLabel('Period end').fill(periodEnd);
    await report.getByRole('button', { name: 'Add report' }).click();
    await report.waitFor({ state: 'hidden' });
    const reportsTable = page.getByRole('table').nth(1);
    await reportsTable.getByRole('cell', { name: 'SOC 2 Type II' }).waitFor();
    await reportsTable.getByRole('cell', { name: 'Unqualified' }).waitFor();
    expect((await vendor()).status.reportState).toBe('current');

    // Back on the inventory, the vendor shows its next review.
    await nav('Vendors').click();
    const row = page.getByRole('row', { name: /Payments Co/ });
    await row.getByText(`Due ${due}`).waitFor();
  }, 120_000);
});
