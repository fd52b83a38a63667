// The engagement dashboard and the test matrix export through HTTP, on workpapers written straight into the
// database (the test-plan services are exercised elsewhere): controls by test status, requests open / overdue /
// answered, sign-offs pending, exceptions, the weekly burn-down; what the organization sees; the XLSX read back.
import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, isoDate } from '../src/domain/calendar/dates.ts';
import { requests, sampleItems, signoffs, testExceptions, testPlans } from '../src/db/schema.ts';
import { burndown, controlTestStatus, requestCounts, weekStartOf } from '../src/services/engagement-dashboard.ts';
import { TEST_MATRIX_HEADER } from '../src/services/test-matrix-export.ts';
import { getEngagementFor } from '../src/db/engagements.ts';
import { getPlan } from '../src/db/test-plans.ts';
import { planState } from '../src/services/workpapers.ts';
import { agreeEngagement, examinationFixture, type ExaminationFixture } from './helpers/engagement-fixture.ts';

const DAY = 86_400_000;
let f: ExaminationFixture;
let id: string;
let t1: Date;
const at = (days: number) => new Date(t1.getTime() + days * DAY);

describe('pure parts', () => {
  it.each([
    ['no plan', 'not_planned', undefined, []],
    ['a plan, nothing selected', 'planned', { conclusion: null }, []],
    ['selected, no results', 'sampled', { conclusion: null }, [{ result: null }, { result: null }]],
    ['some results', 'in_progress', { conclusion: null }, [{ result: 'pass' }, { result: null }]],
    ['all results, no conclusion yet', 'in_progress', { conclusion: null }, [{ result: 'pass' }]],
    ['concluded', 'operating_effectively', { conclusion: 'operating_effectively' }, [{ result: 'pass' }]],
    ['no occurrences', 'not_tested', { conclusion: 'not_tested' }, []],
  ] as const)('control status: %s → %s', (_name, status, plan, items) => {
    expect(controlTestStatus(plan, items)).toBe(status);
  });

  it('counts requests: waiting on the organization, late, answered', () => {
    const rows = [
      { status: 'open', dueOn: '2026-03-01' }, { status: 'returned', dueOn: '2026-03-10' }, { status: 'open', dueOn: null },
      { status: 'submitted', dueOn: '2026-01-01' }, { status: 'accepted', dueOn: '2026-01-01' },
    ] as const;
    expect(requestCounts(rows, '2026-03-05')).toEqual({ total: 5, open: 3, overdue: 1, answered: 2, accepted: 1 });
  });

  it('finds the Monday of a week', () => {
    expect(['2026-03-02T00:00:00Z', '2026-03-04T12:00:00Z', '2026-03-08T23:59:59Z'].map((s) => weekStartOf(new Date(s)))).toEqual(['2026-03-02', '2026-03-02', '2026-03-02']);
    expect(weekStartOf(new Date('2026-03-09T00:00:00Z'))).toBe('2026-03-09');
  });

  it('burns down week by week and is empty before any selection or request', () => {
    const d = (s: string) => new Date(`${s}T12:00:00Z`);
    expect(burndown({ items: [], requests: [], now: d('2026-03-04') })).toEqual([]);
    const series = burndown({
      items: [
        { selectedAt: d('2026-03-03'), result: 'pass', updatedAt: d('2026-03-10') },
        { selectedAt: d('2026-03-03'), result: null, updatedAt: d('2026-03-11') },
        { selectedAt: d('2026-03-11'), result: 'deviation', updatedAt: d('2026-03-17') },
      ],
      requests: [{ createdAt: d('2026-03-02'), acceptedAt: d('2026-03-16') }, { createdAt: d('2026-03-12'), acceptedAt: null }],
      now: d('2026-03-18'),
    });
    expect(series).toEqual([
      { weekStart: '2026-03-02', openSampleItems: 2, openRequests: 1 },
      { weekStart: '2026-03-09', openSampleItems: 2, openRequests: 2 },
      { weekStart: '2026-03-16', openSampleItems: 1, openRequests: 1 },
    ]);
  });
});

describe('over HTTP', () => {
  const plans: Record<string, string> = {};
  beforeAll(async () => {
    f = await examinationFixture();
    id = await agreeEngagement(f);
    const now = f.t.deps.now();
    // Tuesday of the week three weeks back: the first selection and requests.
    t1 = new Date(`${addDays(weekStartOf(new Date(now.getTime() - 21 * DAY)), 1)}T09:00:00Z`);
    const db = f.t.deps.db;
    const plan = async (code: string, values: Partial<typeof testPlans.$inferInsert>) => {
      const [row] = await db.insert(testPlans).values({ engagementId: id, controlId: f.controls[code]!, createdAt: t1, updatedAt: t1, ...values }).returning();
      plans[code] = row!.id;
    };
    const sampled = { populationSource: 'manual' as const, populationSize: 40, populationSha256: 'cd'.repeat(32), populationKeyColumn: 'change_id', samplingMethod: 'frequency' as const, sampleSize: 2, sizeRationale: 'monthly control: 2 items', seed: 'ef'.repeat(32), selectedAt: t1 };
    await plan('AC-01', { procedures: [{ type: 'inquiry', text: 'Ask the owner.' }] });
    await plan('AC-02', sampled);
    await plan('CM-01', sampled);
    await plan('BK-01', { ...sampled, procedures: [{ type: 'inspection', text: 'Inspect the restore log.' }, { type: 'reperformance', text: 'Restore one backup.' }], conclusion: 'exceptions_noted' });
    const item = (code: string, key: string, result: 'pass' | 'deviation' | null, updated: Date) =>
      db.insert(sampleItems).values({ engagementId: id, testPlanId: plans[code]!, key, rank: 1, hmac: crypto.randomBytes(32).toString('hex'), result, updatedAt: updated });
    await item('AC-02', 'a1', null, t1);
    await item('AC-02', 'a2', null, t1);
    await item('CM-01', 'c1', 'pass', at(7));
    await item('CM-01', 'c2', null, t1);
    await item('BK-01', 'b1', 'pass', at(7));
    await item('BK-01', 'b2', 'deviation', at(14));
    await db.insert(testExceptions).values({ engagementId: id, testPlanId: plans['BK-01']!, description: '1 of 2 restores failed', criteriaNotMet: ['A1.2'], material: true, sentAt: at(14), managementResponse: 'The job was misconfigured; fixed.', createdAt: at(14), updatedAt: at(14) });
    const sign = (code: string, role: 'preparer' | 'reviewer', label: string, when: Date, supersededAt: Date | null = null) =>
      db.insert(signoffs).values({ engagementId: id, testPlanId: plans[code]!, role, label, digest: 'x', signedAt: when, supersededAt });
    await sign('AC-02', 'preparer', 'auditor@firm.test', at(1), at(2)); // superseded: AC-02 still awaits its preparer
    await sign('CM-01', 'preparer', 'auditor@firm.test', at(1));
    await sign('CM-01', 'reviewer', 'partner@firm.test', at(2)); // then a result came in on day 7: changed since review
    // BK-01 is signed over what it holds now (its real digest); CM-01's review covered a state that has since changed.
    const partnerId = (await f.firm.get('/api/v1/session')).json().user.id;
    const view = (await getEngagementFor(db, f.firmId, partnerId, id))!;
    const bk01 = (await getPlan(db, id, plans['BK-01']!))!;
    const { digest } = await planState(db, view, bk01);
    for (const [role, when] of [['preparer', at(15)], ['reviewer', at(16)]] as const) {
      await db.insert(signoffs).values({ engagementId: id, testPlanId: plans['BK-01']!, role, label: role === 'preparer' ? 'auditor@firm.test' : 'partner@firm.test', digest, signedAt: when });
    }
    const today = isoDate(now);
    const request = (title: string, status: 'open' | 'submitted' | 'accepted' | 'returned', createdAt: Date, dueOn: string | null, acceptedAt: Date | null = null, engagementId: string | null = id) =>
      db.insert(requests).values({ organizationId: f.acmeId, title, status, engagementId, createdByLabel: 'auditor@firm.test', createdAt, dueOn, acceptedAt });
    await request('r1 overdue', 'open', t1, addDays(today, -1));
    await request('r2 submitted', 'submitted', t1, addDays(today, -1));
    await request('r3 accepted', 'accepted', at(7), null, at(14));
    await request('r4 returned', 'returned', at(7), addDays(today, 1));
    await request('acme\'s own request', 'open', t1, addDays(today, -1), null, null);
  }, 120_000);
  afterAll(async () => { await f.t.close(); });

  it('gives the firm controls by status, requests, sign-offs, exceptions and the burn-down', async () => {
    const res = await f.auditor.agent.get(`/api/v1/engagements/${id}/dashboard`);
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    expect(d.side).toBe('firm');
    expect(d.controls.counts).toEqual({ not_planned: 0, planned: 1, sampled: 1, in_progress: 1, operating_effectively: 0, exceptions_noted: 1, not_tested: 0 });
    expect(d.controls.items.map((c: { code: string; status: string }) => [c.code, c.status])).toEqual([['AC-01', 'planned'], ['AC-02', 'sampled'], ['BK-01', 'exceptions_noted'], ['CM-01', 'in_progress']]);
    expect(d.controls.items.find((c: { code: string }) => c.code === 'BK-01').results).toEqual({ pass: 1, deviation: 1, notApplicable: 0, pending: 0 });
    expect(d.requests).toEqual({ total: 4, open: 2, overdue: 1, answered: 2, accepted: 1 });
    expect(d.signoffs).toEqual({ tests: 4, awaitingPreparer: 2, awaitingReviewer: 0, changedSinceReview: 1 });
    expect(d.exceptions).toEqual({ count: 1, sent: 1, responded: 1, material: 1 });
    const w0 = weekStartOf(t1);
    expect(d.burndown).toEqual([
      { weekStart: w0, openSampleItems: 6, openRequests: 2 },
      { weekStart: addDays(w0, 7), openSampleItems: 4, openRequests: 4 },
      { weekStart: addDays(w0, 14), openSampleItems: 3, openRequests: 3 },
      { weekStart: addDays(w0, 21), openSampleItems: 3, openRequests: 3 },
    ]);
  });

  it('gives the organization its request counts only', async () => {
    for (const agent of [f.acme, f.viewer]) {
      const res = await agent.get(`/api/v1/engagements/${id}/dashboard`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ side: 'service_org', requests: { total: 4, open: 2, overdue: 1, answered: 2, accepted: 1 }, controls: null, signoffs: null, exceptions: null, burndown: null });
    }
  });

  it('exports the test matrix as XLSX, one row per test plan', async () => {
    const res = await f.auditor.agent.get(`/api/v1/engagements/${id}/test-matrix.xlsx`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain('attest-test-matrix-');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const values = (n: number) => (ws.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual([...TEST_MATRIX_HEADER]);
    expect(ws.rowCount).toBe(5);
    expect([2, 3, 4, 5].map((n) => values(n)[0])).toEqual(['AC-01', 'AC-02', 'BK-01', 'CM-01']);
    const row = Object.fromEntries(TEST_MATRIX_HEADER.map((h, i) => [h, values(4)[i]]));
    expect(row).toMatchObject({
      Control: 'BK-01', Title: 'Control BK-01', Criteria: 'A1.2', Procedures: 'Inspection: Inspect the restore log.\nRe-performance: Restore one backup.',
      'Population source': 'manual', 'Population size': 40, 'Population SHA-256': 'cd'.repeat(32), 'Key column': 'change_id', 'Sampling method': 'frequency',
      'Sample size': 2, 'Size rationale': 'monthly control: 2 items', Seed: 'ef'.repeat(32), Pass: 1, Deviation: 1, 'Not applicable': 0, Pending: 0,
      Conclusion: 'Exceptions noted', Preparer: `auditor@firm.test (${isoDate(at(15))})`, Reviewer: `partner@firm.test (${isoDate(at(16))})`,
    });
    const ac01 = Object.fromEntries(TEST_MATRIX_HEADER.map((h, i) => [h, values(2)[i]]));
    expect(ac01).toMatchObject({ Procedures: 'Inquiry: Ask the owner.', 'Population source': '', Preparer: '', Reviewer: '', Conclusion: '' });
  });

  it('keeps the test matrix from the organization (403) and everything from another firm or tenant (404)', async () => {
    for (const agent of [f.acme, f.compliance]) expect((await agent.get(`/api/v1/engagements/${id}/test-matrix.xlsx`)).statusCode).toBe(403);
    for (const agent of [f.otherFirm, f.globex]) {
      for (const path of ['/dashboard', '/test-matrix.xlsx']) {
        const theirs = await agent.get(`/api/v1/engagements/${id}${path}`);
        expect(theirs.statusCode).toBe(404);
        expect(theirs.json().error.message).toBe((await agent.get(`/api/v1/engagements/${crypto.randomUUID()}${path}`)).json().error.message);
      }
    }
  });
});
