// Evidence through HTTP: streaming upload, browse and filters, download and preview, dedupe, supersede,
// tombstone, bad input (oversize, empty, traversal names, wrong or executable types), tenancy, roles,
// the ledger entries, the receipt, and an upload interrupted half-way on a real socket.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { count, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evidenceItems, ledger } from '../src/db/schema.ts';
import type { FsBlobStore } from '../src/storage/fs-store.ts';
import { inviteMember, makeTestApp, otherTenant, setupInstance, type Agent, type TestApp } from './helpers/app.ts';
import { evidenceUpload, multipartBody, type FilePart } from './helpers/multipart.ts';
import { expectCursorRefused, pageThrough } from './helpers/paging.ts';

const MAX = 64 * 1024;
let t: TestApp;
let admin: Agent;
let globex: Agent;
const ids = {} as Record<'system' | 'ac03' | 'cm01' | 'theirControl' | 'adminUser', string>;

const PDF = Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6300010000050001' + '0d0a2db40000000049454e44ae426082', 'hex');
const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(8), Buffer.from([2, 0, 0x3e, 0, 1, 0, 0, 0]), Buffer.alloc(200)]);
const sha256 = (b: Buffer | string) => crypto.createHash('sha256').update(b).digest('hex');

const meta = (extra: Record<string, unknown> = {}) => ({ title: 'Quarterly access review', periodStart: '2026-01-01', periodEnd: '2026-03-31', controlIds: [ids.ac03], ...extra });
const upload = (agent: Agent, metadata: Record<string, unknown>, file: FilePart, url = '/api/v1/evidence') => {
  const { payload, headers } = evidenceUpload(metadata, file);
  return agent.request('POST', url, payload, headers);
};
const store = () => t.deps.blobs as FsBlobStore;
/** Every file under the blob folder (stored blobs and temporary files). */
function blobFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(dir, e.name));
      else out.push(path.relative(store().root, path.join(dir, e.name)));
    }
  };
  walk(store().root);
  return out.sort();
}
async function counts() {
  const [items] = await t.deps.db.select({ n: count() }).from(evidenceItems);
  const [entries] = await t.deps.db.select({ n: count() }).from(ledger).where(like(ledger.kind, 'evidence.%'));
  return { items: items!.n, entries: entries!.n, files: blobFiles() };
}
const auditEntries = async (subject: string) =>
  ((await admin.get('/api/v1/audit-log?limit=500')).json().entries as { seq: number; kind: string; subject: string; data: Record<string, unknown> }[]).filter((e) => e.subject === subject);

beforeAll(async () => {
  t = await makeTestApp({ env: { ATTEST_EVIDENCE_MAX_BYTES: String(MAX) } });
  let session;
  ({ agent: admin, session } = await setupInstance(t));
  void session;
  ids.adminUser = (await admin.get('/api/v1/session')).json().user.id;
  ids.system = (await admin.post('/api/v1/systems', { name: 'Acme Platform', categories: ['availability'] })).json().id;
  const control = (code: string, criteria: string[]) => admin.post(`/api/v1/systems/${ids.system}/controls`, { code, title: `Control ${code}`, activity: 'Someone reviews something on a schedule.', frequency: 'quarterly', nature: 'manual', type: 'detective', evidenceGuidance: '', criteria });
  ids.ac03 = (await control('AC-03', ['CC6.1', 'CC6.2'])).json().id;
  ids.cm01 = (await control('CM-01', ['CC8.1'])).json().id;
  globex = await otherTenant(t);
  const theirSystem = (await globex.post('/api/v1/systems', { name: 'Globex Cloud' })).json().id;
  ids.theirControl = (await globex.post(`/api/v1/systems/${theirSystem}/controls`, { code: 'GX-01', title: 'Theirs', activity: 'Someone reviews something on a schedule.', frequency: 'annual', nature: 'manual', type: 'preventive', evidenceGuidance: '', criteria: ['CC1.1'] })).json().id;
}, 60_000);
afterAll(async () => { await t.close(); });

describe('adding evidence', () => {
  let pdfId: string;

  it('stores a PDF with its metadata, sniffs its type and records the blob in the ledger', async () => {
    const res = await upload(admin, meta({ description: 'Q1 review', criterionIds: ['cc7.2'], collectedAt: '2026-04-02T10:00:00Z' }), { fileName: 'Q1 access review.pdf', content: PDF, type: 'application/pdf' });
    expect(res.statusCode, res.body).toBe(201);
    const item = res.json();
    pdfId = item.id;
    expect(item).toMatchObject({
      title: 'Quarterly access review', description: 'Q1 review', source: 'upload', fileName: 'Q1 access review.pdf', contentType: 'application/pdf',
      size: PDF.length, sha256: sha256(PDF), collectedAt: '2026-04-02T10:00:00.000Z', collectedBy: { id: ids.adminUser, label: expect.any(String) },
      periodStart: '2026-01-01', periodEnd: '2026-03-31', criteria: ['CC7.2'], status: 'current', supersedesId: null, supersededById: null,
      removedAt: null, removedReason: null, supersedes: null, supersededBy: null,
    });
    expect(item.controls).toEqual([{ id: ids.ac03, code: 'AC-03', title: 'Control AC-03', systemId: ids.system }]);
    const [entry] = await auditEntries(item.id);
    expect(entry).toMatchObject({ seq: item.ledgerSeq, kind: 'evidence.added', data: { title: item.title, blob: { sha256: sha256(PDF), size: PDF.length }, controlIds: [ids.ac03], criterionIds: ['CC7.2'] } });
    expect(blobFiles()).toContain(path.join(sha256(PDF).slice(0, 2), sha256(PDF).slice(2, 4), sha256(PDF)));
  });

  it('downloads the same bytes under the original name; previews inline only for previewable types', async () => {
    const res = await admin.get(`/api/v1/evidence/${pdfId}/content`);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(PDF)).toBe(true);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="Q1 access review.pdf"; filename*=UTF-8''Q1%20access%20review.pdf`);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const inline = await admin.get(`/api/v1/evidence/${pdfId}/content?disposition=inline`);
    expect(inline.headers['content-disposition']).toMatch(/^inline; /);
    expect(inline.headers['content-security-policy']).toMatch(/^sandbox/);
    expect(inline.headers['x-frame-options']).toBe('SAMEORIGIN');
    const zip = await upload(admin, meta({ title: 'Export' }), { fileName: 'export.bin', content: Buffer.from([0, 1, 2, 3, 255, 254, 0]) });
    expect(zip.json().contentType).toBe('application/octet-stream');
    const notInline = await admin.get(`/api/v1/evidence/${zip.json().id}/content?disposition=inline`);
    expect(notInline.headers['content-disposition']).toMatch(/^attachment; /);
    expect(notInline.headers['x-frame-options']).toBe('DENY');
  });

  it('stores the same bytes once, whatever the file name', async () => {
    const before = blobFiles();
    const res = await upload(admin, meta({ title: 'Same PDF again' }), { fileName: 'copy.pdf', content: PDF });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().sha256).toBe(sha256(PDF));
    expect(res.json().id).not.toBe(pdfId);
    expect(blobFiles()).toEqual(before);
  });

  it('recognizes text, CSV and JSON by bytes and name', async () => {
    const csv = await upload(admin, meta({ title: 'Users' }), { fileName: 'users.csv', content: 'name,email\nA,a@x.test\n', type: 'application/vnd.ms-excel' });
    expect([csv.statusCode, csv.json().contentType]).toEqual([201, 'text/csv']);
    const txt = await upload(admin, meta({ title: 'Notes' }), { fileName: 'notes', content: 'Plain notes about the review — done.\n', type: 'text/plain' });
    expect([txt.statusCode, txt.json().contentType]).toEqual([201, 'text/plain']);
    const inline = await admin.get(`/api/v1/evidence/${txt.json().id}/content?disposition=inline`);
    expect(inline.headers['content-type']).toBe('text/plain; charset=utf-8');
    const png = await upload(admin, meta({ title: 'Screenshot' }), { fileName: 'screen.png', content: PNG, type: 'image/png' });
    expect([png.statusCode, png.json().contentType]).toEqual([201, 'image/png']);
  });

  it('keeps only a safe base name of the file', async () => {
    const cases: Array<[string, string]> = [
      ['../../etc/passwd', 'passwd'],
      ['C:\\Users\\me\\report.txt', 'report.txt'],
      ['ev\u0000il\u0007na\tme.txt', 'evilname.txt'],
      ['invoice\u202efdp.txt', 'invoicefdp.txt'],
      ['..', 'evidence'],
      ['a/b/..', 'evidence'],
    ];
    for (const [raw, expected] of cases) {
      const res = await upload(admin, meta({ title: `Name ${expected}` }), { fileName: raw, content: `content of ${JSON.stringify(raw)}\n` });
      expect(res.statusCode, `${JSON.stringify(raw)}: ${res.body}`).toBe(201);
      expect(res.json().fileName).toBe(expected);
      const dl = await admin.get(`/api/v1/evidence/${res.json().id}/content`);
      expect(dl.headers['content-disposition']).toContain(`filename="${expected}"`);
    }
    expect(blobFiles().every((f) => !f.includes('passwd') && !f.includes('..'))).toBe(true);
  });

  it('refuses a file part whose name breaks the header line (the parser cannot read it), writing nothing', async () => {
    const before = await counts();
    const res = await upload(admin, meta(), { fileName: 'line\nbreak\r.txt', content: 'newline name\n' });
    expect([res.statusCode, res.json().error.code]).toEqual([400, 'validation_failed']);
    expect(await counts()).toEqual(before);
  });
});

describe('refused uploads leave nothing behind', () => {
  const refusals: Array<[string, () => Promise<{ statusCode: number; body: string; json: () => { error: { code: string; fields?: unknown[] } } }>, number, string]> = [
    ['an oversize file', () => upload(admin, meta(), { fileName: 'big.txt', content: Buffer.alloc(MAX + 1, 'a') }), 413, 'payload_too_large'],
    ['an empty file', () => upload(admin, meta(), { fileName: 'empty.txt', content: '' }), 400, 'evidence_empty'],
    ['a .pdf that is text', () => upload(admin, meta(), { fileName: 'report.pdf', content: 'not really a pdf\n' }), 415, 'evidence_type_mismatch'],
    ['a PNG sent as application/pdf', () => upload(admin, meta(), { fileName: 'scan', content: PNG, type: 'application/pdf' }), 415, 'evidence_type_mismatch'],
    ['a PNG named .jpg', () => upload(admin, meta(), { fileName: 'photo.jpg', content: PNG }), 415, 'evidence_type_mismatch'],
    ['an ELF program', () => upload(admin, meta(), { fileName: 'tool', content: ELF }), 415, 'evidence_type_not_allowed'],
    ['a shell script named .txt', () => upload(admin, meta(), { fileName: 'run.txt', content: '#!/bin/sh\nrm -rf /\n' }), 415, 'evidence_type_not_allowed'],
    ['another tenant\'s control', () => upload(admin, meta({ controlIds: [ids.theirControl] }), { fileName: 'x.txt', content: 'tenant probe 1\n' }), 404, 'not_found'],
    ['a control that does not exist', () => upload(admin, meta({ controlIds: [crypto.randomUUID()] }), { fileName: 'x.txt', content: 'tenant probe 2\n' }), 404, 'not_found'],
    ['a criterion not in the catalog', () => upload(admin, meta({ criterionIds: ['CC9.9'] }), { fileName: 'x.txt', content: 'criterion probe\n' }), 400, 'validation_failed'],
    ['a period that runs backwards', () => upload(admin, meta({ periodStart: '2026-04-01', periodEnd: '2026-03-31' }), { fileName: 'x.txt', content: 'period probe\n' }), 400, 'validation_failed'],
  ];
  for (const [what, send, status, code] of refusals) {
    it(`refuses ${what} (${status} ${code})`, async () => {
      const before = await counts();
      const res = await send();
      expect([res.statusCode, res.json().error.code], res.body).toEqual([status, code]);
      expect(await counts()).toEqual(before);
    });
  }

  it('explains the size limit', async () => {
    const res = await upload(admin, meta(), { fileName: 'big.txt', content: Buffer.alloc(MAX + 10, 'a') });
    expect(res.json().error.message).toBe('The file is larger than the 64 KB this instance accepts (ATTEST_EVIDENCE_MAX_BYTES).');
  });

  it('reports every metadata problem at once', async () => {
    const res = await upload(admin, { description: 'x', periodStart: 'yesterday', periodEnd: '2026-03-31', colour: 'red' }, { fileName: 'x.txt', content: 'meta probe\n' });
    expect(res.statusCode).toBe(400);
    const paths = (res.json().error.fields as { path: string }[]).map((f) => f.path).sort();
    expect(paths).toEqual(['metadata', 'metadata.periodStart', 'metadata.title']);
  });

  it('requires the metadata before the file, and multipart at all', async () => {
    const before = await counts();
    const reversed = multipartBody([{ fileName: 'x.txt', content: 'order probe\n' }, { field: 'metadata', value: JSON.stringify(meta()) }]);
    const res = await admin.request('POST', '/api/v1/evidence', reversed.payload, reversed.headers);
    expect([res.statusCode, res.json().error.code]).toEqual([400, 'validation_failed']);
    expect(res.json().error.message).toMatch(/metadata field first/);
    const json = await admin.post('/api/v1/evidence', meta());
    expect([json.statusCode, json.json().error.code]).toEqual([415, 'unsupported_media_type']);
    const notJson = multipartBody([{ field: 'metadata', value: '{not json' }, { fileName: 'x.txt', content: 'x\n' }]);
    const bad = await admin.request('POST', '/api/v1/evidence', notJson.payload, notJson.headers);
    expect([bad.statusCode, bad.json().error.fields]).toEqual([400, [{ path: 'metadata', message: 'The metadata field is not valid JSON.' }]]);
    expect(await counts()).toEqual(before);
  });
});

describe('browsing', () => {
  const titles = (res: { json: () => { items: { title: string }[] } }) => res.json().items.map((i) => i.title).sort();
  beforeAll(async () => {
    const add = async (title: string, extra: Record<string, unknown>) => {
      const res = await upload(admin, meta({ title, ...extra }), { fileName: `${title}.txt`, content: `${title} ${crypto.randomUUID()}\n` });
      expect(res.statusCode, res.body).toBe(201);
    };
    await add('Browse change ticket', { controlIds: [ids.cm01], periodStart: '2026-07-01', periodEnd: '2026-09-30' });
    await add('Browse availability drill', { controlIds: [], criterionIds: ['A1.2'], periodStart: '2025-10-01', periodEnd: '2025-12-31', source: 'import' });
  });

  it('filters by control, system, criterion (direct or through a control) and category', async () => {
    expect(titles(await admin.get(`/api/v1/evidence?controlId=${ids.cm01}&q=browse`))).toEqual(['Browse change ticket']);
    expect(titles(await admin.get(`/api/v1/evidence?systemId=${ids.system}&q=browse`))).toEqual(['Browse change ticket']);
    expect(titles(await admin.get('/api/v1/evidence?criterionId=CC8.1&q=browse'))).toEqual(['Browse change ticket']);
    expect(titles(await admin.get('/api/v1/evidence?criterionId=A1.2'))).toEqual(['Browse availability drill']);
    expect(titles(await admin.get('/api/v1/evidence?category=availability'))).toEqual(['Browse availability drill']);
    const viaControl = (await admin.get('/api/v1/evidence?criterionId=cc6.2')).json().items as { controls: { code: string }[] }[];
    expect(viaControl.length).toBeGreaterThan(3);
    expect(viaControl.every((i) => i.controls.some((c) => c.code === 'AC-03'))).toBe(true);
    expect((await admin.get('/api/v1/evidence?category=privacy')).json().items).toEqual([]);
  });

  it('filters by period overlap, source, collector and title', async () => {
    expect(titles(await admin.get('/api/v1/evidence?from=2026-06-01&q=browse'))).toEqual(['Browse change ticket']);
    expect(titles(await admin.get('/api/v1/evidence?to=2025-12-31'))).toEqual(['Browse availability drill']);
    expect(titles(await admin.get('/api/v1/evidence?from=2026-03-31&to=2026-03-31&q=Screenshot'))).toEqual(['Screenshot']);
    expect(titles(await admin.get('/api/v1/evidence?source=import'))).toEqual(['Browse availability drill']);
    expect((await admin.get(`/api/v1/evidence?collectedBy=${ids.adminUser}&q=browse`)).json().items).toHaveLength(2);
    expect((await admin.get(`/api/v1/evidence?collectedBy=${crypto.randomUUID()}`)).json().items).toEqual([]);
    expect(titles(await admin.get('/api/v1/evidence?q=AVAILABILITY%20dr'))).toEqual(['Browse availability drill']);
    expect((await admin.get('/api/v1/evidence?q=100%25')).json().items).toEqual([]);
  });

  it('pages with a cursor, newest first, without repeats', async () => {
    const all = (await admin.get('/api/v1/evidence?limit=200')).json().items as { id: string; createdAt: string }[];
    const { items, pages } = await pageThrough<{ id: string }>(admin, '/api/v1/evidence', 'items', 3);
    expect(items.map((i) => i.id)).toEqual(all.map((i) => i.id));
    expect(pages).toBe(Math.ceil(all.length / 3));
    expect([...all].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).map((i) => i.id)).toEqual(all.map((i) => i.id));
    await expectCursorRefused(admin, '/api/v1/evidence', 'controls');
  });
});

describe('supersede and tombstone', () => {
  let v1: string;
  let v2: string;
  beforeAll(async () => {
    v1 = (await upload(admin, meta({ title: 'Firewall rules' }), { fileName: 'rules-v1.txt', content: 'allow 443\n' })).json().id;
  });

  it('supersedes a current item: both kept, linked both ways, recorded in the ledger', async () => {
    const res = await upload(admin, meta({ title: 'Firewall rules (corrected)' }), { fileName: 'rules-v2.txt', content: 'allow 443\ndeny all\n' }, `/api/v1/evidence/${v1}/supersede`);
    expect(res.statusCode, res.body).toBe(201);
    v2 = res.json().id;
    expect(res.json()).toMatchObject({ status: 'current', supersedesId: v1, supersedes: { id: v1, status: 'superseded', fileName: 'rules-v1.txt' } });
    const old = (await admin.get(`/api/v1/evidence/${v1}`)).json();
    expect(old).toMatchObject({ status: 'superseded', supersededById: v2, supersededBy: { id: v2, status: 'current' }, fileName: 'rules-v1.txt', sha256: sha256('allow 443\n') });
    const [entry] = await auditEntries(v2);
    expect(entry).toMatchObject({ kind: 'evidence.superseded', data: { supersedes: v1, blob: { sha256: sha256('allow 443\ndeny all\n'), size: 19 } } });
  });

  it('refuses to supersede a superseded item, and leaves nothing behind', async () => {
    const before = await counts();
    const res = await upload(admin, meta(), { fileName: 'rules-v3.txt', content: 'v3 of the rules\n' }, `/api/v1/evidence/${v1}/supersede`);
    expect([res.statusCode, res.json().error.code]).toEqual([409, 'evidence_not_current']);
    expect(await counts()).toEqual(before);
  });

  it('tombstones with a required reason; the item stays, marked removed, out of the default list', async () => {
    const noReason = await admin.post(`/api/v1/evidence/${v2}/tombstone`, { reason: '  ' });
    expect([noReason.statusCode, noReason.json().error.code]).toEqual([400, 'validation_failed']);
    expect((await admin.post(`/api/v1/evidence/${v1}/tombstone`, { reason: 'old' })).json().error.code).toBe('evidence_not_current');
    const res = await admin.post(`/api/v1/evidence/${v2}/tombstone`, { reason: 'Uploaded to the wrong control' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'removed', removedReason: 'Uploaded to the wrong control', removedAt: expect.any(String) });
    const again = await admin.post(`/api/v1/evidence/${v2}/tombstone`, { reason: 'again' });
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'evidence_not_current']);
    const listed = (await admin.get('/api/v1/evidence?q=firewall')).json().items.map((i: { id: string }) => i.id);
    expect(listed).toEqual([v1]);
    const withRemoved = (await admin.get('/api/v1/evidence?q=firewall&includeRemoved=true')).json().items.map((i: { id: string }) => i.id);
    expect(withRemoved.sort()).toEqual([v1, v2].sort());
    const entries = await auditEntries(v2);
    expect(entries.map((e) => e.kind)).toEqual(['evidence.tombstoned', 'evidence.superseded']);
    expect(entries[0]!.data).toEqual({ title: 'Firewall rules (corrected)', reason: 'Uploaded to the wrong control', blob: { sha256: sha256('allow 443\ndeny all\n'), size: 19 } });
    expect((await admin.get(`/api/v1/evidence/${v2}/content`)).body).toBe('allow 443\ndeny all\n');
  });
});

describe('receipt', () => {
  it('returns the item and the signed ledger receipt of its entry', async () => {
    const item = (await upload(admin, meta({ title: 'Receipt me' }), { fileName: 'r.txt', content: 'receipt content\n' })).json();
    const res = await admin.get(`/api/v1/evidence/${item.id}/receipt`);
    expect(res.statusCode, res.body).toBe(200);
    const receipt = res.json();
    expect(receipt.item).toMatchObject({ id: item.id, sha256: sha256('receipt content\n'), size: 16 });
    expect(receipt.entry).toMatchObject({ seq: item.ledgerSeq, kind: 'evidence.added', subject: item.id });
    expect(receipt.checkpoint.seq).toBeGreaterThanOrEqual(item.ledgerSeq);
    expect(receipt.publicKeyPem).toMatch(/BEGIN PUBLIC KEY/);
    expect(JSON.parse(receipt.entry.canonical).payload.data.blob).toEqual({ sha256: sha256('receipt content\n'), size: 16 });
  });
});

describe('a blob missing from the store', () => {
  it('answers the download with blob_missing and a pointer to attest verify, not an opaque error', async () => {
    const item = (await upload(admin, meta({ title: 'Lost bytes' }), { fileName: 'lost.txt', content: 'bytes that will be lost\n' })).json();
    await store().remove(item.sha256);
    const res = await admin.get(`/api/v1/evidence/${item.id}/content`);
    expect([res.statusCode, res.json().error.code]).toEqual([500, 'blob_missing']);
    expect(res.json().error.message).toContain('attest verify');
  });
});

describe('tenancy and roles', () => {
  let acmeItem: string;
  beforeAll(async () => {
    acmeItem = (await upload(admin, meta({ title: 'Tenant probe' }), { fileName: 'p.txt', content: 'acme only\n' })).json().id;
  });

  it('another tenant gets 404 for every evidence route, exactly as for an id that does not exist', async () => {
    const random = crypto.randomUUID();
    const before = await counts();
    const probes: Array<[string, (id: string) => string, 'json' | 'upload' | undefined]> = [
      ['GET', (id) => `/api/v1/evidence/${id}`, undefined],
      ['GET', (id) => `/api/v1/evidence/${id}/content`, undefined],
      ['GET', (id) => `/api/v1/evidence/${id}/receipt`, undefined],
      ['POST', (id) => `/api/v1/evidence/${id}/tombstone`, 'json'],
      ['POST', (id) => `/api/v1/evidence/${id}/supersede`, 'upload'],
    ];
    for (const [method, url, body] of probes) {
      const send = async (id: string) => {
        if (body === 'upload') {
          const { payload, headers } = evidenceUpload({ title: 'x', periodStart: '2026-01-01', periodEnd: '2026-01-02' }, { fileName: 'x.txt', content: `hijack ${id}\n` });
          return globex.request(method, url(id), payload, headers);
        }
        return globex.request(method, url(id), body === 'json' ? { reason: 'hijack' } : undefined);
      };
      const theirs = await send(acmeItem);
      const none = await send(random);
      expect(theirs.statusCode, `${method} ${url(acmeItem)}: ${theirs.body}`).toBe(404);
      expect(theirs.json().error.message).toBe(none.json().error.message);
    }
    expect((await globex.get('/api/v1/evidence')).json().items).toEqual([]);
    expect(await counts()).toEqual(before);
    expect((await admin.get(`/api/v1/evidence/${acmeItem}`)).json().status).toBe('current');
  });

  it('employees and viewers read but cannot add; control owners add but cannot remove', async () => {
    const { agent: employee } = await inviteMember(t, admin, 'emp@acme.test', 'employee');
    const { agent: viewer } = await inviteMember(t, admin, 'viewer@acme.test', 'viewer');
    const { agent: owner } = await inviteMember(t, admin, 'owner2@acme.test', 'control_owner', 'Colin Owner');
    for (const reader of [employee, viewer]) {
      const res = await upload(reader, meta(), { fileName: 'e.txt', content: 'employee upload\n' });
      expect([res.statusCode, res.json().error.code]).toEqual([403, 'forbidden']);
      expect((await reader.get('/api/v1/evidence')).statusCode).toBe(200);
      expect((await reader.get(`/api/v1/evidence/${acmeItem}/content`)).body).toBe('acme only\n');
    }
    const added = await upload(owner, meta({ title: 'By the owner' }), { fileName: 'o.txt', content: 'owner upload\n' });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json().collectedBy.label).toBe('owner2@acme.test');
    expect((await admin.get(`/api/v1/evidence?collectedBy=${added.json().collectedBy.id}`)).json().items.map((i: { title: string }) => i.title)).toEqual(['By the owner']);
    const remove = await owner.post(`/api/v1/evidence/${added.json().id}/tombstone`, { reason: 'mine' });
    expect([remove.statusCode, remove.json().error.code]).toEqual([403, 'forbidden']);
  });
});

describe('an interrupted upload', () => {
  it('leaves no row, no blob and no temporary file when the client disconnects half-way', async () => {
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { secret } = (await admin.post('/api/v1/tokens', { name: 'upload', role: 'admin' })).json();
    const before = await counts();
    const content = Buffer.alloc(40 * 1024, 'z');
    const { payload, headers } = evidenceUpload(meta({ title: 'Interrupted' }), { fileName: 'half.txt', content });
    const url = new URL('/api/v1/evidence', address);
    await new Promise<void>((resolve) => {
      const req = http.request(url, { method: 'POST', headers: { ...headers, 'content-length': String(payload.length), authorization: `Bearer ${secret}` } });
      req.on('error', () => resolve());
      req.on('close', () => resolve());
      req.write(payload.subarray(0, Math.floor(payload.length / 2)), () => {
        // Let the server start streaming the file into the store, then cut the connection.
        setTimeout(() => req.destroy(), 200);
      });
    });
    // The server notices the disconnect asynchronously: wait until its temporary file is gone.
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline && blobFiles().some((f) => f.startsWith('tmp'))) await new Promise((r) => setTimeout(r, 50));
    expect(await counts()).toEqual(before);
    expect(blobFiles().filter((f) => f.startsWith('tmp'))).toEqual([]);
  });
});

describe('an upload racing with the discard of the same bytes', () => {
  it('is refused with 503 and records nothing when its deduplicated blob vanished before the insert', async () => {
    const before = await counts();
    const original = store().put.bind(store());
    // What a concurrent failed upload of the same bytes does: its cleanup removes the blob between
    // this upload's put (deduplicated) and its insert.
    store().put = async (source, options) => {
      const result = await original(source, options);
      await store().remove(result.sha256);
      return { ...result, created: false };
    };
    try {
      const res = await upload(admin, meta({ title: 'Raced' }), { fileName: 'raced.txt', content: 'bytes someone else was discarding\n', type: 'text/plain' });
      expect([res.statusCode, res.json().error.code]).toEqual([503, 'unavailable']);
    } finally {
      store().put = original;
    }
    expect(await counts()).toEqual(before);
  });
});
