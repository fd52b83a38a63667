// The evidence journey in a real browser: open a quarterly control → drop three files on "Add evidence"
// (a progress bar each) → the control lists them and its freshness timeline shows the quarter covered →
// open one, preview it, download its receipt (the JSON names the file's SHA-256) → verify the ledger.
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM, expectCount, hasBrowser, logIn, serveWithBrowser, type Served } from './browser.ts';
import { makeTestApp, PASSWORD, setupInstance } from '../helpers/app.ts';

let s: Served;
let page: Page;
let dir: string;
let controlId: string;
const files: { name: string; path: string; sha256: string }[] = [];

// A 1×1 PNG, so the image preview has something real to show.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

async function writeFile(name: string, bytes: Buffer | string) {
  const p = path.join(dir, name);
  await fs.writeFile(p, bytes);
  const buf = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
  files.push({ name, path: p, sha256: crypto.createHash('sha256').update(buf).digest('hex') });
}

describe.skipIf(!hasBrowser)('evidence journey in Chromium', () => {
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'attest-e2e-evidence-'));
    // A register export large enough (≈3 MB) for the upload to report progress along the way.
    const rows = ['risk,owner,rating,treatment'];
    for (let i = 0, size = 0; size < 3_000_000; i++) {
      const row = `Risk ${i},owner${i % 17}@acme.test,${(i % 5) + 1},mitigate`;
      rows.push(row);
      size += row.length + 1;
    }
    await writeFile('risk-register.csv', `${rows.join('\n')}\n`);
    await writeFile('review-meeting.png', PNG);
    await writeFile('review-notes.txt', 'Quarterly risk review\nAttendees: security, engineering, finance\nAll ratings confirmed.\n');

    s = await serveWithBrowser();
    const { agent } = await setupInstance(s.t);
    const system = await agent.post('/api/v1/systems', { name: 'Acme Platform' });
    expect(system.statusCode).toBe(201);
    const systemId = (system.json() as { id: string }).id;
    const adopted = await agent.post(`/api/v1/systems/${systemId}/controls/adopt`, { codes: ['RISK-02', 'AC-01'] });
    expect(adopted.statusCode).toBe(200);
    const list = (await agent.get(`/api/v1/systems/${systemId}/controls`)).json() as { controls: { id: string; code: string }[] };
    controlId = list.controls.find((c) => c.code === 'RISK-02')!.id;

    page = await logIn(s.browser, s.url, 'owner@acme.test', { width: 1280, height: 900 });
  }, 90_000);
  afterAll(async () => {
    await s?.close();
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  it('explains how to add evidence while there is none', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Evidence', exact: true }).click();
    await page.getByText('No evidence yet').waitFor();
    await page.getByText('attest evidence add', { exact: false }).first().waitFor();
  }, 60_000);

  it('uploads three files to a control, each with its own progress bar', async () => {
    await page.goto(`${s.url}/controls/${controlId}`);
    await page.getByText(/No evidence for RISK-02 yet/).waitFor();
    await page.getByRole('button', { name: 'Add evidence' }).click();
    const dialog = page.getByRole('dialog');
    // The control is already chosen: its pill is in the Controls input.
    await dialog.getByText(/RISK-02/).first().waitFor();
    await dialog.getByLabel('Evidence files').setInputFiles(files.map((f) => f.path));
    await expectCount(page, dialog.getByTestId('evidence-upload-row'), 3);
    await dialog.getByLabel('Title of review-notes.txt').fill('Q review notes');
    await dialog.getByRole('button', { name: 'Upload 3 files' }).click();

    for (const f of files) {
      const bar = dialog.getByRole('progressbar', { name: `Upload progress of ${f.name}` });
      await bar.waitFor();
      await expect.poll(() => bar.getAttribute('aria-valuenow'), { timeout: 60_000 }).toBe('100');
    }
    await expect.poll(() => dialog.getByText('Uploaded', { exact: true }).count()).toBe(3);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const section = page.locator('section', { has: page.getByRole('heading', { name: 'Evidence', exact: true }) });
    await expectCount(page, section.getByTestId('evidence-row'), 3);
    await section.getByRole('link', { name: 'Q review notes' }).waitFor();
  }, 120_000);

  it("fills the control's freshness timeline", async () => {
    // The server's view: one window of the quarterly control now holds the three items.
    const freshness = await page.evaluate(async (id) => (await (await fetch(`/api/v1/controls/${id}/freshness`)).json()) as { windows: { label: string; status: string; evidence: unknown[] }[] }, controlId);
    const filled = freshness.windows.find((w) => w.evidence.length === 3);
    expect(filled).toBeDefined();
    // The page's view: that window's cell in the timeline shows evidence (refreshed by the upload, no reload).
    const timeline = page.getByRole('list', { name: 'Evidence windows of RISK-02' });
    await timeline.waitFor();
    expect(filled!.status).toBe('covered');
    await expect.poll(() => timeline.locator('[data-status="covered"]').count()).toBeGreaterThan(0);
  }, 60_000);

  it('lists the three items on the evidence page, filtered by the control through the URL', async () => {
    await page.goto(`${s.url}/evidence?controlId=${controlId}`);
    await expectCount(page, page.getByTestId('evidence-row'), 3);
    await page.goto(`${s.url}/evidence?q=notes`);
    await expectCount(page, page.getByTestId('evidence-row'), 1);
  }, 60_000);

  it('previews a CSV and downloads a receipt that names the file hash', async () => {
    await page.goto(`${s.url}/evidence?controlId=${controlId}`);
    await page.getByRole('link', { name: 'risk-register.csv' }).click();
    await page.waitForURL(/\/evidence\/[0-9a-f-]{36}$/);
    const csv = files.find((f) => f.name === 'risk-register.csv')!;
    await expect.poll(() => page.getByTestId('evidence-sha256').textContent()).toBe(csv.sha256);
    await page.getByRole('table', { name: 'CSV preview' }).getByText('Risk 0', { exact: true }).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download receipt' }).click()]);
    const saved = await download.path();
    const receipt = JSON.parse(await fs.readFile(saved, 'utf8')) as { item: { sha256: string; id: string } };
    expect(receipt.item.sha256).toBe(csv.sha256);
    expect(page.url().endsWith(receipt.item.id)).toBe(true);

    // An image is shown in the page (served inline, sandboxed), decoded by the browser.
    await page.goto(`${s.url}/evidence?q=review-meeting`);
    await page.getByRole('link', { name: 'review-meeting.png' }).click();
    const img = page.getByRole('img', { name: 'Preview of review-meeting.png' });
    await img.waitFor();
    await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(1);
  }, 60_000);

  it('reports each file of an upload on its own: one accepted, one refused with the server\'s reason', async () => {
    const good = path.join(dir, 'access-review.txt');
    const fake = path.join(dir, 'scan.pdf');
    await fs.writeFile(good, 'Access review Q4: 42 accounts reviewed, 3 removed.\n');
    await fs.writeFile(fake, 'this is not a PDF at all\n');
    await page.goto(`${s.url}/evidence`);
    await page.getByRole('button', { name: 'Add evidence' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Evidence files').setInputFiles([good, fake]);
    await dialog.getByRole('button', { name: 'Upload 2 files' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'named .pdf' }).waitFor();
    await expect.poll(() => dialog.getByText('Uploaded', { exact: true }).count()).toBe(1);
    await expect.poll(() => dialog.getByText('Failed', { exact: true }).count()).toBe(1);
    // The refused file can be taken off the list; the dialog then has nothing left to send.
    await dialog.getByRole('button', { name: 'Remove scan.pdf from the list' }).click();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expectCount(page, page.getByTestId('evidence-row'), 4);
  }, 60_000);

  it('supersedes an item with a new version, then removes it with a reason', async () => {
    await page.goto(`${s.url}/evidence?q=Q%20review%20notes`);
    await page.getByRole('link', { name: 'Q review notes' }).click();
    await page.waitForURL(/\/evidence\/[0-9a-f-]{36}$/);
    const oldUrl = page.url();
    const v2 = path.join(dir, 'review-notes-v2.txt');
    await fs.writeFile(v2, 'Quarterly risk review (corrected)\nAttendees: security, engineering, finance, legal\n');
    await page.getByRole('button', { name: 'Supersede' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Replacement file').setInputFiles(v2);
    await dialog.getByRole('button', { name: 'Upload replacement' }).click();
    await page.waitForURL((u) => u.href !== oldUrl && /\/evidence\/[0-9a-f-]{36}$/.test(u.pathname));
    await page.getByText(/^Replaces Q review notes/).waitFor();
    await page.getByLabel('Text preview').getByText(/corrected/).waitFor();

    await page.getByRole('button', { name: 'Remove', exact: true }).click();
    const confirm = page.getByRole('dialog');
    await confirm.getByRole('button', { name: 'Remove evidence' }).click();
    await confirm.getByText('Say why it is removed').waitFor();
    await confirm.getByLabel('Reason').fill('Uploaded to the wrong control');
    await confirm.getByRole('button', { name: 'Remove evidence' }).click();
    await page.getByText('Reason: Uploaded to the wrong control').waitFor();

    // Current items only by default; superseded and removed ones come back with the switch.
    await page.goto(`${s.url}/evidence?controlId=${controlId}`);
    await expectCount(page, page.getByTestId('evidence-row'), 2);
    // The switch writes includeRemoved=true to the URL, which re-renders it checked.
    const history = page.getByRole('switch', { name: 'Show superseded and removed' });
    await history.click();
    await expect.poll(() => history.isChecked()).toBe(true);
    await expectCount(page, page.getByTestId('evidence-row'), 4);
    expect(new URL(page.url()).searchParams.get('includeRemoved')).toBe('true');
  }, 90_000);

  it('verifies the ledger, blobs included, from settings', async () => {
    await page.goto(`${s.url}/settings/organization`);
    await page.getByRole('button', { name: 'Verify now' }).click();
    const result = page.getByTestId('verification-result');
    await result.waitFor({ timeout: 60_000 });
    await result.getByText('Verified: nothing was altered').waitFor();
    // The evidence files were re-hashed too.
    await result.getByText(/\b[1-9]\d* files\b/).waitFor();
  }, 90_000);
});

// An upload over the size limit must end in the API's 413 message beside the file. The server closes the
// connection when it answers before reading the whole body; without that Chromium keeps sending a body
// nobody reads and the request never finishes.
describe.skipIf(!hasBrowser)('an oversize upload in Chromium', () => {
  it('shows the 413 message on the file', async () => {
    const t = await makeTestApp({ webDir: path.resolve('web/dist'), env: { ATTEST_EVIDENCE_MAX_BYTES: String(1024 * 1024) } });
    const url = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'attest-e2e-oversize-'));
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      await setupInstance(t);
      const big = path.join(tmp, 'export.txt');
      await fs.writeFile(big, 'x'.repeat(8 * 1024 * 1024));
      const p = await browser.newPage();
      await p.goto(`${url}/login`);
      await p.getByLabel('Email').fill('owner@acme.test');
      await p.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await p.getByRole('button', { name: 'Log in' }).click();
      await p.waitForURL((u) => !u.pathname.startsWith('/login'));
      await p.goto(`${url}/evidence`);
      await p.getByRole('button', { name: 'Add evidence' }).first().click();
      const dialog = p.getByRole('dialog');
      await dialog.getByLabel('Evidence files').setInputFiles(big);
      await dialog.getByRole('button', { name: 'Upload', exact: true }).click();
      await dialog.getByRole('alert').filter({ hasText: 'larger than the 1 MB' }).waitFor({ timeout: 30_000 });
      const list = await p.evaluate(async () => (await (await fetch('/api/v1/evidence')).json()) as { items: unknown[] });
      expect(list.items).toHaveLength(0);
    } finally {
      await browser.close();
      await t.close();
      await fs.rm(tmp, { recursive: true, force: true });
    }
  }, 90_000);
});
