// Test plans through HTTP: a plan for a control with procedures from the library, a population from the client's CSV
// evidence item, a statistical sample size, a selection re-performed here with node:crypto, one request per item for the
// client, results with a deviation, the exception and the client's management response, preparer and a different
// reviewer signing, "changed since review" — and independence: the organization never writes (or reads) workpapers,
// and anyone outside the engagement gets 404.
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, PASSWORD, inviteMember, makeTestApp, otherTenant, type TestApp, setupInstance } from './helpers/app.ts';
import { evidenceUpload } from './helpers/multipart.ts';
import { createUserLocally } from '../src/services/local-accounts.ts';
import { ledger } from '../src/db/schema.ts';
import { defaultProceduresFor } from '../src/domain/library/procedures/index.ts';
import { upperDeviationLimit } from '../src/domain/sampling/index.ts';
import { manualPopulationCsv } from '../src/services/sample-selection.ts';

let t: TestApp;
let acme: Agent;
let acmeId: string;
let firm: Agent;
let firmId: string;
let reviewer: { agent: Agent; userId: string };
let engagementId: string;
let systemId: string;
let controls: Map<string, string>;

async function login(email: string): Promise<Agent> {
  const agent = new Agent(t.app);
  const res = await agent.post('/api/v1/auth/login', { email, password: PASSWORD });
  expect(res.statusCode, res.body).toBe(200);
  await agent.refreshSession();
  return agent;
}

async function upload(agent: Agent, title: string, fileName: string, content: string, period: [string, string] = ['2026-01-01', '2026-12-31']): Promise<{ id: string; sha256: string }> {
  const { payload, headers } = evidenceUpload({ title, periodStart: period[0], periodEnd: period[1] }, { fileName, content, type: fileName.endsWith('.csv') ? 'text/csv' : 'text/plain' });
  const res = await agent.request('POST', '/api/v1/evidence', payload, headers);
  expect(res.statusCode, res.body).toBe(201);
  return { id: res.json().id, sha256: res.json().sha256 };
}

const sha256 = (text: string | Buffer) => crypto.createHash('sha256').update(text).digest('hex');

/** DESIGN.md's selection, written out independently of attest: HMAC-SHA256 by the seed bytes, ascending, first n. */
function reperform(keys: string[], seedHex: string, n: number): string[] {
  const seed = Buffer.from(seedHex, 'hex');
  return keys
    .map((key) => ({ key, mac: crypto.createHmac('sha256', seed).update(Buffer.from(key, 'utf8')).digest() }))
    .sort((a, b) => Buffer.compare(a.mac, b.mac))
    .slice(0, n)
    .map((x) => x.key);
}

async function ledgerOf(org: string, kind: string) {
  return t.deps.db.select().from(ledger).where(and(eq(ledger.org, org), eq(ledger.kind, kind))).orderBy(asc(ledger.seq));
}

const url = (path = '') => `/api/v1/engagements/${engagementId}${path}`;
const planUrl = (planId: string, path = '') => url(`/test-plans/${planId}${path}`);

// 300 deployments; one key has a comma and a space, as exported by a ticketing tool.
let populationBytes: Buffer = Buffer.alloc(0);
const hasPython = (() => {
  try {
    execFileSync('python3', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
if (!hasPython && process.env.ATTEST_REQUIRE_TOOLS) throw new Error('ATTEST_REQUIRE_TOOLS is set but python3 is missing');
const DEPLOY_KEYS = Array.from({ length: 300 }, (_, i) => (i === 7 ? 'CHG-1007, hotfix' : `CHG-${1000 + i}`));
const DEPLOY_CSV = ['change_id,deployed_at', ...DEPLOY_KEYS.map((k, i) => `${k.includes(',') ? `"${k}"` : k},2026-03-${String((i % 28) + 1).padStart(2, '0')}`)].join('\n') + '\n';

beforeAll(async () => {
  t = await makeTestApp();
  const setup = await setupInstance(t);
  acme = setup.agent;
  acmeId = setup.session.activeOrganization.organization.id;
  await createUserLocally(t.deps, { email: 'partner@firm.test', name: 'Pat Partner', org: 'Audit LLP', kind: 'audit_firm', role: 'partner', password: PASSWORD });
  firm = await login('partner@firm.test');
  firmId = (await firm.get('/api/v1/session')).json().activeOrganization.organization.id;
  reviewer = await inviteMember(t, firm, 'reviewer@firm.test', 'auditor', 'Riley Reviewer');
  systemId = (await acme.post('/api/v1/systems', { name: 'Acme Platform' })).json().id;
  const adopted = await acme.post(`/api/v1/systems/${systemId}/controls/adopt`, { codes: ['CHG-01', 'GOV-02', 'HR-05'] });
  expect(adopted.statusCode, adopted.body).toBe(200);
  const list = (await acme.get(`/api/v1/systems/${systemId}/controls`)).json();
  controls = new Map((list.controls ?? list.items).map((c: { code: string; id: string }) => [c.code, c.id]));
  const proposed = await acme.post('/api/v1/engagements', { name: 'SOC 2 Type II 2026', counterpartyId: firmId, systemId, reportType: 'type2', periodStart: '2026-01-01', periodEnd: '2026-12-31' });
  engagementId = proposed.json().id;
  expect((await firm.post(`/api/v1/engagements/${engagementId}/respond`, { decision: 'accept' })).statusCode).toBe(200);
  expect((await firm.post(`/api/v1/engagements/${engagementId}/team`, { userId: reviewer.userId, role: 'auditor' })).statusCode).toBe(200);
}, 60_000);
afterAll(async () => { await t.close(); });

describe('a statistical test of CHG-01, end to end', () => {
  let planId: string;
  let populationSha: string;
  let seed: string;
  let selected: Array<{ id: string; key: string; rank: number; requestId: string | null }>;

  it('creates a plan for a control with the library\'s procedures, once', async () => {
    const res = await firm.post(url('/test-plans'), { controlId: controls.get('CHG-01') });
    expect(res.statusCode, res.body).toBe(201);
    planId = res.json().id;
    expect(res.json().control.code).toBe('CHG-01');
    expect(res.json().procedures).toEqual(defaultProceduresFor('CHG-01'));
    expect(res.json()).toMatchObject({ population: null, sampling: null, selection: null, conclusion: null, signoffs: { preparer: null, reviewer: null, changedSinceReview: false } });
    const again = await firm.post(url('/test-plans'), { controlId: controls.get('CHG-01') });
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'conflict']);
    const edited = await firm.patch(planUrl(planId), { procedures: [...res.json().procedures, { type: 'reperformance', text: 'Re-perform the approval check on the deployment tool for two sampled changes.' }] });
    expect(edited.json().procedures).toHaveLength(res.json().procedures.length + 1);
  });

  it('creates plans for all remaining in-scope controls at once', async () => {
    const res = await firm.post(url('/test-plans/all'));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().testPlans.map((p: { control: { code: string } }) => p.control.code).sort()).toEqual(['GOV-02', 'HR-05']);
    expect((await firm.post(url('/test-plans/all'))).json().created).toBe(0);
    expect((await firm.get(url('/test-plans'))).json().testPlans.map((p: { control: { code: string } }) => p.control.code)).toEqual(['CHG-01', 'GOV-02', 'HR-05']);
  });

  it('takes the population from the client\'s CSV evidence item: the file is the population, its hash recorded', async () => {
    const evidence = await upload(acme, 'Production deployments 2026', 'deployments.csv', DEPLOY_CSV);
    populationSha = evidence.sha256;
    expect(populationSha).toBe(sha256(DEPLOY_CSV));
    const wrongColumn = await firm.request('PUT', planUrl(planId, '/population'), { source: 'evidence', evidenceId: evidence.id, keyColumn: 'ticket' });
    expect([wrongColumn.statusCode, wrongColumn.json().error.code]).toEqual([400, 'population_invalid']);
    expect(wrongColumn.json().error.message).toMatch(/change_id/);
    const res = await firm.request('PUT', planUrl(planId, '/population'), { source: 'evidence', evidenceId: evidence.id, keyColumn: 'change_id' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().population).toEqual({ source: 'evidence', evidenceId: evidence.id, evidenceTitle: 'Production deployments 2026', keyColumn: 'change_id', sha256: populationSha, size: 300, periodStart: '2026-01-01', periodEnd: '2026-12-31' });
    const [event] = await ledgerOf(firmId, 'test_plan.population_set');
    expect((event!.payload as { data: unknown }).data).toMatchObject({ source: 'evidence', size: 300, blob: { sha256: populationSha, size: Buffer.byteLength(DEPLOY_CSV) } });
    const viewed = await ledgerOf(acmeId, 'evidence.viewed');
    expect(viewed.map((v) => v.subject)).toContain(evidence.id);
  });

  it('refuses evidence outside the engagement\'s period (as if it did not exist)', async () => {
    const old = await upload(acme, 'Deployments 2024', 'old.csv', 'change_id\nA\nB\n', ['2024-01-01', '2024-12-31']);
    const res = await firm.request('PUT', planUrl(planId, '/population'), { source: 'evidence', evidenceId: old.id, keyColumn: 'change_id' });
    expect(res.statusCode).toBe(404);
  });

  it('sizes by frequency (per occurrence, 300 in the period → 25) and statistically (95%, 5%, 1% → 93, one deviation allowed)', async () => {
    const byFrequency = await firm.request('PUT', planUrl(planId, '/sample-size'), { method: 'frequency' });
    expect(byFrequency.json().sampling).toMatchObject({ method: 'frequency', size: 25, allowedDeviations: 0 });
    expect(byFrequency.json().sampling.rationale).toMatch(/300/);
    const res = await firm.request('PUT', planUrl(planId, '/sample-size'), { method: 'statistical', confidence: 0.95, tolerableRate: 0.05, expectedRate: 0.01 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().sampling).toMatchObject({ method: 'statistical', size: 93, allowedDeviations: 1, params: { confidence: 0.95, tolerableRate: 0.05, expectedRate: 0.01 } });
    expect(res.json().sampling.rationale).toMatch(/95% confidence.*5%.*1%/);
    const bad = await firm.request('PUT', planUrl(planId, '/sample-size'), { method: 'statistical', confidence: 0.95, tolerableRate: 0.02, expectedRate: 0.03 });
    expect(bad.statusCode).toBe(400);
  });

  it('selects with a server-generated seed; the selection re-performed with node:crypto gives the same keys', async () => {
    const res = await firm.post(planUrl(planId, '/selection'), {});
    expect(res.statusCode, res.body).toBe(200);
    seed = res.json().selection.seed;
    expect(seed).toMatch(/^[0-9a-f]{64}$/);
    expect(res.json().selection).toMatchObject({ algorithm: 'HMAC-SHA256 ascending (DESIGN.md)', size: 93 });
    const detail = (await firm.get(planUrl(planId))).json();
    selected = detail.items;
    const expected = reperform(DEPLOY_KEYS, seed, 93);
    expect(selected.map((i) => i.key)).toEqual(expected);
    expect(selected.map((i) => i.rank)).toEqual(expected.map((_, i) => i + 1));
    // The population file downloaded from attest is the evidence file, byte for byte.
    const content = await firm.get(planUrl(planId, '/population/content'));
    expect(sha256(content.rawPayload)).toBe(populationSha);
    populationBytes = content.rawPayload;
    const [event] = await ledgerOf(firmId, 'test_plan.sample_selected');
    expect((event!.payload as { data: unknown }).data).toMatchObject({ seed, size: 93, method: 'statistical', populationSha256: populationSha, keys: expected });
  });

  it.skipIf(!hasPython)('re-performs with the README\'s Python recipe, outside attest, from the downloaded population and the recorded seed', () => {
    const readme = fs.readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('## Re-performing a sample selection'));
    const recipe = /```python\n([\s\S]*?)```/.exec(section)![1]!;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-reperform-'));
    try {
      fs.writeFileSync(path.join(dir, 'reperform.py'), recipe);
      fs.writeFileSync(path.join(dir, 'population.csv'), populationBytes);
      const out = execFileSync('python3', ['reperform.py', 'population.csv', 'change_id', '93', seed], { cwd: dir, encoding: 'utf8' });
      expect(out.split('\n').filter(Boolean)).toEqual(selected.map((i) => i.key));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('does not change the population or size of a plan with a selection unless it is explicitly discarded', async () => {
    const res = await firm.request('PUT', planUrl(planId, '/sample-size'), { method: 'frequency' });
    expect([res.statusCode, res.json().error.code]).toEqual([409, 'sample_selection_exists']);
    expect((await firm.post(planUrl(planId, '/selection'), {})).json().error.code).toBe('sample_selection_exists');
  });

  it('makes one request per selected item for the client, linked to the control', async () => {
    const res = await firm.post(planUrl(planId, '/requests'), { dueOn: '2027-01-31' });
    expect(res.statusCode, res.body).toBe(200);
    selected = res.json().items;
    expect(selected.every((i) => i.requestId !== null)).toBe(true);
    const first = await acme.get(`/api/v1/requests/${selected[0]!.requestId}`);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ title: `CHG-01 sample 1 of 93: ${selected[0]!.key}`, dueOn: '2027-01-31', status: 'open' });
    expect(first.json().controls.map((c: { code: string }) => c.code)).toEqual(['CHG-01']);
    const clientEvents = (await ledgerOf(acmeId, 'request.created')).filter((e) => selected.some((i) => i.requestId === e.subject));
    expect(clientEvents).toHaveLength(93);
    expect((await firm.post(planUrl(planId, '/requests'), { dueOn: '2027-01-31' })).json().items.map((i: { requestId: string }) => i.requestId)).toEqual(selected.map((i) => i.requestId));
  });

  let approvalEvidence: string;
  it('records results: the client answers with evidence, the firm records pass and one deviation', async () => {
    approvalEvidence = (await upload(acme, 'Approval of first sample', 'approval.txt', 'PR approved by J. Doe before deploy\n')).id;
    expect((await acme.post(`/api/v1/requests/${selected[0]!.requestId}/evidence`, { evidenceId: approvalEvidence })).statusCode).toBe(200);
    const outside = (await upload(acme, 'Old approval', 'old-approval.txt', 'from 2024\n', ['2024-01-01', '2024-03-31'])).id;
    const refused = await firm.request('PUT', planUrl(planId, `/items/${selected[0]!.id}`), { result: 'pass', evidenceIds: [outside] });
    expect([refused.statusCode, refused.json().error.fields[0].path]).toEqual([400, 'evidenceIds']);
    for (const [n, item] of selected.entries()) {
      const body = n === 4 ? { result: 'deviation', notes: 'Approved after deployment' } : { result: 'pass', evidenceIds: n === 0 ? [approvalEvidence] : [] };
      const res = await firm.request('PUT', planUrl(planId, `/items/${item.id}`), body);
      expect(res.statusCode, res.body).toBe(200);
    }
    const plan = (await firm.get(planUrl(planId))).json();
    expect(plan.progress).toEqual({ selected: 93, requested: 93, pass: 92, deviation: 1, notApplicable: 0, pending: 0 });
    expect(plan.items[0].evidenceIds).toEqual([approvalEvidence]);
  });

  it('concludes only in agreement with the results', async () => {
    const wrong = await firm.request('PUT', planUrl(planId, '/conclusion'), { conclusion: 'operating_effectively' });
    expect([wrong.statusCode, wrong.json().error.fields[0].path]).toEqual([400, 'conclusion']);
    const res = await firm.request('PUT', planUrl(planId, '/conclusion'), { conclusion: 'exceptions_noted', notes: 'One late approval.' });
    expect(res.json()).toMatchObject({ conclusion: 'exceptions_noted', conclusionNotes: 'One late approval.' });
  });

  it('records the exception with its description and evaluation', async () => {
    const outside = await firm.request('PUT', planUrl(planId, '/exception'), { criteriaNotMet: ['CC6.1'] });
    expect([outside.statusCode, outside.json().error.fields[0].path]).toEqual([400, 'criteriaNotMet']);
    const res = await firm.request('PUT', planUrl(planId, '/exception'), { deviationText: 'was approved only after deployment', itemNoun: 'change', rootCause: 'Emergency fix on a weekend', classification: 'isolated', criteriaNotMet: ['CC8.1'], material: false });
    expect(res.statusCode, res.body).toBe(200);
    const x = res.json().exception;
    expect(x.description).toBe('1 of 93 sampled changes was approved only after deployment.');
    const udl = upperDeviationLimit({ sampleSize: 93, deviations: 1, confidence: 0.95 });
    expect(x.evaluation).toEqual({ tested: 93, deviations: 1, deviationRate: 1 / 93, upperDeviationLimit: udl, confidence: 0.95, tolerableRate: 0.05, exceedsTolerable: udl > 0.05, supportsReliance: udl <= 0.05 });
    expect(x).toMatchObject({ classification: 'isolated', criteriaNotMet: ['CC8.1'], sentAt: null });
  });

  it('sends the exception; the client sees it only then, and records its management response', async () => {
    expect((await acme.get(url('/exceptions'))).json().exceptions).toEqual([]);
    expect((await firm.post(planUrl(planId, '/exception/send'))).json().exception.sentAt).not.toBeNull();
    const seen = (await acme.get(url('/exceptions'))).json().exceptions;
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ control: { code: 'CHG-01' }, description: '1 of 93 sampled changes was approved only after deployment.', managementResponse: null });
    const viewer = await inviteMember(t, acme, 'viewer@acme.test', 'viewer', 'Vic Viewer');
    expect((await viewer.agent.post(url(`/exceptions/${seen[0].id}/response`), { response: 'Noted.' })).statusCode).toBe(403);
    const res = await acme.post(url(`/exceptions/${seen[0].id}/response`), { response: 'Weekend deploys now need a second approver on call.' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ managementResponse: 'Weekend deploys now need a second approver on call.', respondedByLabel: 'owner@acme.test' });
    expect((await firm.get(planUrl(planId))).json().exception.managementResponse).toBe('Weekend deploys now need a second approver on call.');
    for (const org of [acmeId, firmId]) expect((await ledgerOf(org, 'exception.responded')).length).toBe(1);
  });

  it('has a preparer and a different reviewer sign; a later change shows as changed since review', async () => {
    const prepared = await firm.post(planUrl(planId, '/signoffs'), { role: 'preparer' });
    expect(prepared.statusCode, prepared.body).toBe(200);
    expect(prepared.json().signoffs.preparer).toMatchObject({ label: 'partner@firm.test', digest: prepared.json().signoffs.currentDigest });
    const self = await firm.post(planUrl(planId, '/signoffs'), { role: 'reviewer' });
    expect([self.statusCode, self.json().error.code]).toEqual([409, 'signoff_not_allowed']);
    const reviewed = await reviewer.agent.post(planUrl(planId, '/signoffs'), { role: 'reviewer' });
    expect(reviewed.statusCode, reviewed.body).toBe(200);
    expect(reviewed.json().signoffs).toMatchObject({ reviewer: { label: 'reviewer@firm.test' }, changedSinceReview: false, changedSincePreparation: false });
    expect((await ledgerOf(firmId, 'workpaper.signed')).map((e) => (e.payload as { data: { role: string } }).data.role)).toEqual(['preparer', 'reviewer']);

    const changed = await firm.request('PUT', planUrl(planId, `/items/${selected[1]!.id}`), { result: 'pass', notes: 'Re-checked the approval timestamp.' });
    expect(changed.json().signoffs).toMatchObject({ changedSinceReview: true, changedSincePreparation: true });
    expect(changed.json().signoffs.currentDigest).not.toBe(reviewed.json().signoffs.reviewer.digest);
    // The reviewer signs only what the preparer signed as it stands now.
    expect((await reviewer.agent.post(planUrl(planId, '/signoffs'), { role: 'reviewer' })).json().error.code).toBe('signoff_not_allowed');
    await firm.post(planUrl(planId, '/signoffs'), { role: 'preparer' });
    const again = await reviewer.agent.post(planUrl(planId, '/signoffs'), { role: 'reviewer' });
    expect(again.json().signoffs).toMatchObject({ changedSinceReview: false });
  });

  it('threads review notes on the plan; the client sees only internal notes the firm shares', async () => {
    const review = await reviewer.agent.post(url('/notes'), { testPlanId: planId, kind: 'review_note', body: 'Tie item 5 to the incident ticket.' });
    expect(review.statusCode, review.body).toBe(201);
    const internal = await firm.post(url('/notes'), { kind: 'internal', body: 'Walkthrough scheduled with engineering.' });
    const shared = await firm.post(url('/notes'), { kind: 'internal', body: 'Please keep deployment logs for the full period.', shared: true });
    expect((await firm.post(url('/notes'), { testPlanId: planId, kind: 'review_note', body: 'x', shared: true })).statusCode).toBe(400);
    expect((await firm.get(planUrl(planId))).json()).toMatchObject({ openReviewNotes: 1, notes: [{ body: 'Tie item 5 to the incident ticket.' }] });
    const clientNotes = (await acme.get(url('/notes'))).json().notes.map((n: { body: string }) => n.body);
    expect(clientNotes).toEqual(['Please keep deployment logs for the full period.']);
    await firm.post(url(`/notes/${internal.json().id}/share`), { shared: true });
    await firm.post(url(`/notes/${shared.json().id}/share`), { shared: false });
    expect((await acme.get(url('/notes'))).json().notes.map((n: { body: string }) => n.body)).toEqual(['Walkthrough scheduled with engineering.']);
    expect((await firm.post(url(`/notes/${review.json().id}/resolve`))).json().resolvedAt).not.toBeNull();
    expect((await firm.get(planUrl(planId))).json().openReviewNotes).toBe(0);
  });
});

describe('a list entered by hand, sized by frequency', () => {
  it('stores the list as a CSV blob with the header `key`, which re-performs the same selection', async () => {
    const plans = (await firm.get(url('/test-plans'))).json().testPlans;
    const gov = plans.find((p: { control: { code: string } }) => p.control.code === 'GOV-02');
    const keys = ['2026-Q1', '2026-Q2', '2026-Q3', '2026 Q4, "late"'];
    const res = await firm.request('PUT', planUrl(gov.id, '/population'), { source: 'manual', keys });
    expect(res.statusCode, res.body).toBe(200);
    const csv = manualPopulationCsv(keys);
    expect(csv.split('\n')[0]).toBe('key');
    expect(res.json().population).toMatchObject({ source: 'manual', keyColumn: 'key', size: 4, sha256: sha256(csv), periodStart: '2026-01-01', periodEnd: '2026-12-31' });
    const sized = await firm.request('PUT', planUrl(gov.id, '/sample-size'), { method: 'frequency' });
    expect(sized.json().sampling).toMatchObject({ method: 'frequency', size: 2 });
    const seed = 'ab'.repeat(32);
    const selected = await firm.post(planUrl(gov.id, '/selection'), { seed });
    expect(selected.json().selection.seed).toBe(seed);
    const content = await firm.get(planUrl(gov.id, '/population/content'));
    expect(content.body).toBe(csv);
    expect((await firm.get(planUrl(gov.id))).json().items.map((i: { key: string }) => i.key)).toEqual(reperform(keys, seed, 2));
    const [event] = (await ledgerOf(firmId, 'test_plan.population_set')).filter((e) => e.subject === gov.id);
    expect((event!.payload as { data: { blob: unknown } }).data.blob).toEqual({ sha256: sha256(csv), size: Buffer.byteLength(csv) });

    const refused = await firm.request('PUT', planUrl(gov.id, '/population'), { source: 'manual', keys: ['2026-Q1', '2026-Q2'] });
    expect(refused.json().error.code).toBe('sample_selection_exists');
    const discarded = await firm.request('PUT', planUrl(gov.id, '/population'), { source: 'manual', keys: ['2026-Q1', '2026-Q2'], discardSelection: { reason: 'Two quarters were listed twice' } });
    expect(discarded.statusCode, discarded.body).toBe(200);
    expect(discarded.json()).toMatchObject({ selection: null, population: { size: 2 }, sampling: { method: 'all_items', size: 2 } });
    const [drop] = await ledgerOf(firmId, 'test_plan.selection_discarded');
    expect((drop!.payload as { data: unknown }).data).toMatchObject({ seed, size: 2, reason: 'Two quarters were listed twice' });
    expect((await firm.request('PUT', planUrl(gov.id, '/population'), { source: 'manual', keys: ['A', 'A'] })).json().error.code).toBe('population_invalid');
  });

  it('concludes "not tested" when the control had no occurrences', async () => {
    const hr = (await firm.get(url('/test-plans'))).json().testPlans.find((p: { control: { code: string } }) => p.control.code === 'HR-05');
    await firm.request('PUT', planUrl(hr.id, '/population'), { source: 'manual', keys: [] });
    expect((await firm.request('PUT', planUrl(hr.id, '/conclusion'), { conclusion: 'operating_effectively' })).statusCode).toBe(400);
    const res = await firm.request('PUT', planUrl(hr.id, '/conclusion'), { conclusion: 'not_tested' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().population.size).toBe(0);
  });
});

describe('independence', () => {
  it('never lets the organization write (or read) a workpaper', async () => {
    const plans = (await firm.get(url('/test-plans'))).json().testPlans;
    const plan = plans[0];
    const detail = (await firm.get(planUrl(plan.id))).json();
    const item = detail.items[0];
    const writes: Array<[string, string, unknown]> = [
      ['POST', url('/test-plans'), { controlId: controls.get('CHG-01') }],
      ['POST', url('/test-plans/all'), {}],
      ['PATCH', planUrl(plan.id), { conclusionNotes: 'x' }],
      ['PUT', planUrl(plan.id, '/population'), { source: 'manual', keys: ['a'] }],
      ['PUT', planUrl(plan.id, '/sample-size'), { method: 'all_items' }],
      ['POST', planUrl(plan.id, '/selection'), {}],
      ['POST', planUrl(plan.id, '/selection/discard'), { reason: 'x' }],
      ['POST', planUrl(plan.id, '/requests'), { dueOn: '2027-01-01' }],
      ['PUT', planUrl(plan.id, `/items/${item.id}`), { result: 'pass' }],
      ['PUT', planUrl(plan.id, '/conclusion'), { conclusion: null }],
      ['PUT', planUrl(plan.id, '/exception'), {}],
      ['POST', planUrl(plan.id, '/exception/send'), {}],
      ['POST', planUrl(plan.id, '/signoffs'), { role: 'preparer' }],
      ['POST', planUrl(plan.id, '/signoffs'), { role: 'reviewer' }],
      ['POST', url('/notes'), { kind: 'internal', body: 'x' }],
      ['GET', url('/test-plans'), undefined],
      ['GET', planUrl(plan.id), undefined],
      ['GET', planUrl(plan.id, '/population/content'), undefined],
    ];
    for (const [method, path, body] of writes) {
      const res = await acme.request(method, path, body);
      expect([method, path, res.statusCode]).toEqual([method, path, 403]);
    }
    expect((await firm.get(planUrl(plan.id))).json().updatedAt).toBe(detail.updatedAt);
  });

  it('answers 404 to another firm and another client', async () => {
    const globex = await otherTenant(t, 'Globex');
    await createUserLocally(t.deps, { email: 'partner@other.test', name: 'Other Partner', org: 'Other Audit', kind: 'audit_firm', role: 'partner', password: PASSWORD });
    const otherFirm = await login('partner@other.test');
    const plan = (await firm.get(url('/test-plans'))).json().testPlans[0];
    const exceptionId = (await firm.get(url('/exceptions'))).json().exceptions[0].id;
    for (const agent of [globex, otherFirm]) {
      for (const [method, path, body] of [
        ['GET', url('/test-plans'), undefined], ['GET', planUrl(plan.id), undefined], ['POST', url('/test-plans'), { controlId: controls.get('CHG-01') }],
        ['GET', url('/exceptions'), undefined], ['POST', url(`/exceptions/${exceptionId}/response`), { response: 'x' }], ['GET', url('/notes'), undefined],
      ] as const) {
        expect((await agent.request(method, path, body)).statusCode).toBe(404);
      }
    }
  });

  it('keeps firm members off the team out of the workpapers', async () => {
    const outsider = await inviteMember(t, firm, 'outsider@firm.test', 'auditor', 'Ollie Outsider');
    expect((await outsider.agent.get(url('/test-plans'))).statusCode).toBe(403);
  });

  it('has no test plans in a Type I engagement', async () => {
    const proposed = await acme.post('/api/v1/engagements', { name: 'Type I', counterpartyId: firmId, systemId, reportType: 'type1', asOfDate: '2026-06-30' });
    const id = proposed.json().id;
    await firm.post(`/api/v1/engagements/${id}/respond`, { decision: 'accept' });
    const res = await firm.post(`/api/v1/engagements/${id}/test-plans`, { controlId: controls.get('CHG-01') });
    expect([res.statusCode, res.json().error.message]).toEqual([400, expect.stringMatching(/Type I/)]);
  });
});

describe('the record', () => {
  it('verifies: every workpaper event is chained and every population blob it names re-hashes', async () => {
    const { verifyInstance } = await import('../src/ledger/verify.ts');
    const result = await verifyInstance({ db: t.deps.db, blobs: t.deps.blobs });
    expect(result.failures).toEqual([]);
    const kinds = new Set((await t.deps.db.select({ kind: ledger.kind }).from(ledger).where(eq(ledger.org, firmId))).map((r) => r.kind));
    for (const kind of ['test_plan.created', 'test_plan.updated', 'test_plan.population_set', 'test_plan.sample_selected', 'test_plan.selection_discarded', 'test_plan.result_recorded', 'test_plan.concluded', 'exception.recorded', 'exception.sent', 'exception.responded', 'workpaper.signed', 'workpaper.note_added', 'workpaper.note_changed']) {
      expect([kind, kinds.has(kind)]).toEqual([kind, true]);
    }
  });
});
