// Carries a fixture engagement through the examination to the point of issuing, through the API: a Type II with
// every control tested (CM-01 with one deviation, its exception sent and answered), both sign-offs on each test,
// the opinion decided and, unless told otherwise, management's assertion accepted. A Type I skips the tests.
import { expect } from 'vitest';
import type { Agent } from './app.ts';
import { agreeEngagement, moveTo, type ExaminationFixture } from './engagement-fixture.ts';

const keysFor = (code: string) => Array.from({ length: 12 }, (_, i) => `${code}-${String(i + 1).padStart(3, '0')}`);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- API answers are checked by the tests that use them
type Json = any;

async function ok(res: Promise<{ statusCode: number; body: string; json: () => unknown }>, status = 200): Promise<Json> {
  const r = await res;
  expect(r.statusCode, r.body).toBe(status);
  return r.json();
}

/** Tests one plan: a hand-entered population, sized by frequency, selected, each item passed (or one deviation), concluded, signed twice. */
async function testPlan(f: ExaminationFixture, id: string, plan: { id: string; control: { code: string } }, deviate: boolean) {
  const url = (p = '') => `/api/v1/engagements/${id}/test-plans/${plan.id}${p}`;
  await ok(f.firm.request('PUT', url('/population'), { source: 'manual', keys: keysFor(plan.control.code) }));
  await ok(f.firm.request('PUT', url('/sample-size'), { method: 'frequency' }));
  await ok(f.firm.post(url('/selection'), {}));
  const items = (await ok(f.firm.get(url()))).items as Array<{ id: string }>;
  for (const [n, item] of items.entries()) {
    await ok(f.firm.request('PUT', url(`/items/${item.id}`), deviate && n === 0 ? { result: 'deviation', notes: 'Approved late' } : { result: 'pass' }));
  }
  await ok(f.firm.request('PUT', url('/conclusion'), { conclusion: deviate ? 'exceptions_noted' : 'operating_effectively' }));
  if (deviate) {
    await ok(f.firm.request('PUT', url('/exception'), { deviationText: 'was approved only after deployment', itemNoun: 'change', rootCause: 'Weekend hotfix', classification: 'isolated', criteriaNotMet: [], material: false }));
    await ok(f.firm.post(url('/exception/send')));
    const [x] = (await ok(f.acme.get(`/api/v1/engagements/${id}/exceptions`))).exceptions as Array<{ id: string }>;
    await ok(f.acme.post(`/api/v1/engagements/${id}/exceptions/${x!.id}/response`, { response: 'Weekend deploys now need a second approver on call.' }));
  }
}

export async function signAll(f: ExaminationFixture, id: string) {
  const plans = (await ok(f.firm.get(`/api/v1/engagements/${id}/test-plans`))).testPlans as Array<{ id: string }>;
  for (const plan of plans) {
    const url = `/api/v1/engagements/${id}/test-plans/${plan.id}/signoffs`;
    await ok(f.firm.post(url, { role: 'preparer' }));
    await ok(f.auditor.agent.post(url, { role: 'reviewer' }));
  }
}

export async function acceptAssertion(agent: Agent, id: string) {
  const assertion = await ok(agent.get(`/api/v1/engagements/${id}/assertion`));
  return ok(agent.post(`/api/v1/engagements/${id}/assertion/accept`, { sha256: assertion.sha256 }));
}

/** An engagement ready to issue (or, with `assertion: false`, missing only management's acceptance). */
export async function examinedEngagement(f: ExaminationFixture, options: { reportType?: 'type1' | 'type2'; assertion?: boolean; asOf?: string } = {}): Promise<string> {
  const type1 = options.reportType === 'type1';
  // Past dates by default, since no report is issued before the examined period ends.
  const id = await agreeEngagement(f, type1 ? { reportType: 'type1', asOfDate: options.asOf ?? '2026-06-30', periodStart: undefined, periodEnd: undefined } : { periodStart: '2025-07-01', periodEnd: '2026-06-30' });
  if (!type1) {
    await moveTo(f, id, 'fieldwork');
    await ok(f.firm.post(`/api/v1/engagements/${id}/test-plans/all`));
    const plans = (await ok(f.firm.get(`/api/v1/engagements/${id}/test-plans`))).testPlans as Array<{ id: string; control: { code: string } }>;
    for (const plan of plans) await testPlan(f, id, plan, plan.control.code === 'CM-01');
    await signAll(f, id);
  }
  await moveTo(f, id, 'reporting');
  await ok(f.firm.post(`/api/v1/engagements/${id}/opinion/decision`, { decision: 'accept' }), 201);
  if (options.assertion !== false) await acceptAssertion(f.acme, id);
  return id;
}
