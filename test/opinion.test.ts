// The opinion through HTTP: the proposal gathered from the engagement's findings (design, description, exceptions,
// scope limitations), Type I ignoring operating findings, the engagement partner's decision (accept, or override
// with a rationale), append-only history, what the organization sees, and who may do what.
import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledger, requestControls, requests, testExceptions, testPlans } from '../src/db/schema.ts';
import { agreeEngagement, examinationFixture, moveTo, type ExaminationFixture } from './helpers/engagement-fixture.ts';

let f: ExaminationFixture;
type Agent = ExaminationFixture['firm'];
type Proposal = { opinion: string; affectedCriteria: string[]; reasons: { kind: string; criteria: string[] }[]; basis: string; inputs: Record<string, unknown[]> };
const proposal = async (id: string, agent: Agent = f.auditor.agent) => {
  const res = await agent.get(`/api/v1/engagements/${id}/opinion/proposal`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Proposal;
};
const conclude = async (id: string, kind: string, subject: string, body: Record<string, unknown>) => {
  const res = await f.auditor.agent.request('PUT', `/api/v1/engagements/${id}/design-review/conclusions/${kind}/${subject}`, body);
  expect(res.statusCode, res.body).toBe(200);
};
const decide = (id: string, agent: Agent, body: unknown) => agent.post(`/api/v1/engagements/${id}/opinion/decision`, body);

async function planFor(engagementId: string, code: string, population: boolean): Promise<string> {
  const [row] = await f.t.deps.db.insert(testPlans).values({
    engagementId, controlId: f.controls[code]!, procedures: [{ type: 'inspection', text: 'Inspect the approval.' }],
    ...(population ? { populationSource: 'manual' as const, populationSize: 40, populationSha256: 'ab'.repeat(32) } : {}),
  }).returning();
  return row!.id;
}
async function exception(engagementId: string, planId: string, criteriaNotMet: string[], material: boolean) {
  await f.t.deps.db.insert(testExceptions).values({ engagementId, testPlanId: planId, description: '2 of 25 changes were deployed without approval', criteriaNotMet, material });
}
async function request(engagementId: string, title: string, status: 'open' | 'submitted' | 'accepted', controlCode?: string): Promise<string> {
  const [row] = await f.t.deps.db.insert(requests).values({ organizationId: f.acmeId, title, status, engagementId, systemId: f.systemId, createdByLabel: 'auditor@firm.test' }).returning();
  if (controlCode) await f.t.deps.db.insert(requestControls).values({ organizationId: f.acmeId, requestId: row!.id, controlId: f.controls[controlCode]! });
  return row!.id;
}

beforeAll(async () => {
  f = await examinationFixture();
}, 120_000);
afterAll(async () => { await f.t.close(); });

describe('the proposal', () => {
  let id: string;
  beforeAll(async () => { id = await agreeEngagement(f); });

  it('is unqualified with no findings, and shows its (empty) inputs', async () => {
    const p = await proposal(id);
    expect(p).toMatchObject({ opinion: 'unqualified', affectedCriteria: [], reasons: [] });
    expect(p.inputs).toMatchObject({ reportType: 'type2', descriptionFindings: [], designFindings: [], operatingFindings: [], scopeLimitations: [] });
    expect(p.inputs.inScopeCriteria).toContain('A1.2');
  });

  it('turns qualified for a criterion with a material design deficiency, not for an immaterial one', async () => {
    await conclude(id, 'criterion', 'CC8.1', { conclusion: 'design_deficiency', observation: 'Changes need no approval.', material: false });
    expect((await proposal(id)).opinion).toBe('unqualified');
    await conclude(id, 'criterion', 'CC8.1', { conclusion: 'design_deficiency', observation: 'Changes need no approval.', material: true });
    const p = await proposal(id);
    expect(p.opinion).toBe('qualified');
    expect(p.affectedCriteria).toEqual(['CC8.1']);
    expect(p.reasons).toEqual([expect.objectContaining({ kind: 'design_deficiency', criteria: ['CC8.1'] })]);
    expect(p.basis).toContain('CC8.1');
    expect(p.basis).toContain('Changes need no approval');
  });

  it('weighs a control\'s deficiency on each criterion it maps to, until another control of the criterion is suitably designed', async () => {
    await conclude(id, 'control', f.controls['AC-01']!, { conclusion: 'design_deficiency', observation: 'Peers approve access.', material: true });
    expect((await proposal(id)).affectedCriteria).toEqual(['CC6.1', 'CC6.2', 'CC8.1']);
    await conclude(id, 'control', f.controls['AC-02']!, { conclusion: 'suitably_designed' });
    expect((await proposal(id)).affectedCriteria).toEqual(['CC6.2', 'CC8.1']);
    await conclude(id, 'control', f.controls['AC-01']!, { conclusion: 'suitably_designed' });
    expect((await proposal(id)).affectedCriteria).toEqual(['CC8.1']);
  });

  it('includes a material description misstatement', async () => {
    await conclude(id, 'description', 'DC4', { conclusion: 'misstatement', observation: 'The March outage is left out.', material: true });
    const p = await proposal(id);
    expect(p.reasons.map((r) => r.kind)).toEqual(['description_misstatement', 'design_deficiency']);
    expect(p.basis).toContain('The March outage is left out');
    await conclude(id, 'description', 'DC4', { conclusion: 'fairly_presented' });
  });

  it('includes criteria not met from exceptions (material only)', async () => {
    const plan = await planFor(id, 'BK-01', true);
    await exception(id, plan, ['A1.2'], false);
    expect((await proposal(id)).affectedCriteria).toEqual(['CC8.1']);
    await f.t.deps.db.update(testExceptions).set({ material: true }).where(eq(testExceptions.testPlanId, plan));
    const p = await proposal(id);
    expect(p.affectedCriteria).toEqual(['CC8.1', 'A1.2']);
    expect(p.reasons.map((r) => r.kind)).toEqual(['design_deficiency', 'operating_deficiency']);
    expect(p.inputs.operatingFindings).toEqual([{ criterionId: 'A1.2', notMet: true, material: true, note: '2 of 25 changes were deployed without approval' }]);
  });

  it('includes scope limitations: requests not accepted and test plans without a population', async () => {
    const open = await request(id, 'Evidence for sample item 7', 'submitted', 'AC-02');
    const done = await request(id, 'Evidence for sample item 8', 'accepted', 'CM-01');
    expect(done).toBeTruthy();
    const p = await proposal(id);
    expect(p.inputs.scopeLimitations).toEqual([{ description: 'the request "Evidence for sample item 7" (AC-02) was not fulfilled', criteria: ['CC6.1'], material: true, pervasive: false }]);
    expect(p.affectedCriteria).toEqual(['CC6.1', 'CC8.1', 'A1.2']);
    await f.t.deps.db.update(requests).set({ status: 'accepted', acceptedAt: new Date() }).where(eq(requests.id, open));
    await planFor(id, 'AC-01', false);
    const q = await proposal(id);
    expect(q.inputs.scopeLimitations).toEqual([{ description: 'the population for control AC-01 was not provided', criteria: ['CC6.1', 'CC6.2'], material: true, pervasive: false }]);
    expect(q.reasons.map((r) => r.kind)).toEqual(['design_deficiency', 'operating_deficiency', 'scope_limitation']);
  });

  it('is refused to the service organization (403) and to another firm or tenant (404)', async () => {
    for (const agent of [f.acme, f.compliance, f.viewer]) {
      const res = await agent.get(`/api/v1/engagements/${id}/opinion/proposal`);
      expect([res.statusCode, res.json().error.code]).toEqual([403, 'forbidden']);
    }
    for (const agent of [f.otherFirm, f.globex]) {
      for (const path of ['/opinion/proposal', '/opinion']) {
        const theirs = await agent.get(`/api/v1/engagements/${id}${path}`);
        const none = await agent.get(`/api/v1/engagements/${crypto.randomUUID()}${path}`);
        expect(theirs.statusCode).toBe(404);
        expect(theirs.json().error.message).toBe(none.json().error.message);
      }
      expect((await decide(id, agent, { decision: 'accept' })).statusCode).toBe(404);
    }
  });
});

describe('Type I', () => {
  it('has no operating findings: exceptions and populations do not bear on the proposal', async () => {
    const id = await agreeEngagement(f, { reportType: 'type1', asOfDate: '2026-06-30', periodStart: null, periodEnd: null });
    const plan = await planFor(id, 'CM-01', false);
    await exception(id, plan, ['CC8.1'], true);
    const p = await proposal(id);
    expect(p).toMatchObject({ opinion: 'unqualified', affectedCriteria: [], ignoredOperatingFindings: 0 });
    expect(p.inputs.operatingFindings).toEqual([]);
    expect(p.inputs.scopeLimitations).toEqual([]);
    expect(p.basis).toContain('Type I');
    await conclude(id, 'criterion', 'CC8.1', { conclusion: 'design_deficiency', observation: 'No approval step.', material: true });
    expect((await proposal(id)).opinion).toBe('qualified');
  });
});

describe('the decision', () => {
  let id: string;
  beforeAll(async () => {
    id = await agreeEngagement(f);
    await conclude(id, 'criterion', 'CC7.2', { conclusion: 'design_deficiency', observation: 'Alerts go to an unmonitored mailbox.', material: true });
  });

  it('is decided in review or reporting only', async () => {
    const res = await decide(id, f.firm, { decision: 'accept' });
    expect([res.statusCode, res.json().error.code]).toEqual([409, 'engagement_invalid_transition']);
    await moveTo(f, id, 'review');
  });

  it('is the engagement partner\'s alone: the auditor and the organization get 403', async () => {
    for (const agent of [f.auditor.agent, f.acme, f.compliance]) {
      const res = await decide(id, agent, { decision: 'accept' });
      expect([res.statusCode, res.json().error.code], res.body).toEqual([403, 'forbidden']);
    }
    expect((await f.firm.get(`/api/v1/engagements/${id}/opinion`)).json().history).toEqual([]);
  });

  it('needs a rationale to override', async () => {
    for (const body of [{ decision: 'override', opinion: 'unqualified' }, { decision: 'override', opinion: 'unqualified', rationale: '   ' }]) {
      const res = await decide(id, f.firm, body);
      expect([res.statusCode, res.json().error.code]).toEqual([400, 'validation_failed']);
    }
    expect((await f.firm.get(`/api/v1/engagements/${id}/opinion`)).json().decision).toBeNull();
  });

  it('hides everything from the organization until decided', async () => {
    const res = await f.viewer.get(`/api/v1/engagements/${id}/opinion`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ decision: null, history: [], proposalChanged: null });
  });

  it('records an acceptance, then an override; the latest is in force, every decision is kept and in the firm\'s ledger', async () => {
    const accepted = await decide(id, f.firm, { decision: 'accept' });
    expect(accepted.statusCode, accepted.body).toBe(201);
    expect(accepted.json().decision).toMatchObject({ opinion: 'qualified', proposed: 'qualified', overridden: false, affectedCriteria: ['CC7.2'], decidedByLabel: 'partner@firm.test' });
    expect(accepted.json().proposalChanged).toBe(false);

    const overridden = await decide(id, f.firm, { decision: 'override', opinion: 'adverse', rationale: 'Monitoring failed across the whole period; we judge it pervasive.' });
    expect(overridden.statusCode, overridden.body).toBe(201);
    const state = overridden.json();
    expect(state.decision).toMatchObject({ opinion: 'adverse', proposed: 'qualified', overridden: true, rationale: 'Monitoring failed across the whole period; we judge it pervasive.' });
    expect(state.decision.basis).toContain('departed from the proposed qualified opinion');
    expect(state.history.map((d: { opinion: string }) => d.opinion)).toEqual(['adverse', 'qualified']);

    const entries = await f.t.deps.db.select({ kind: ledger.kind, payload: ledger.payload }).from(ledger).where(and(eq(ledger.org, f.firmId), eq(ledger.kind, 'opinion.decided'))).orderBy(ledger.seq);
    expect(entries.map((e) => (e.payload as { data: { opinion: string; overridden: boolean } }).data)).toEqual([
      expect.objectContaining({ engagementId: id, proposed: 'qualified', opinion: 'qualified', overridden: false }),
      expect.objectContaining({ engagementId: id, proposed: 'qualified', opinion: 'adverse', overridden: true }),
    ]);
    expect((await f.t.deps.db.select().from(ledger).where(and(eq(ledger.org, f.acmeId), eq(ledger.kind, 'opinion.decided')))).length).toBe(0);
  });

  it('shows the organization the decided opinion and basis, not the proposal or the rationale', async () => {
    const seen = (await f.compliance.get(`/api/v1/engagements/${id}/opinion`)).json();
    expect(seen.history).toEqual([]);
    expect(Object.keys(seen.decision).sort()).toEqual(['affectedCriteria', 'basis', 'decidedAt', 'opinion']);
    expect(seen.decision.opinion).toBe('adverse');
  });

  it('tells the firm when the findings changed after the decision', async () => {
    await conclude(id, 'criterion', 'CC6.8', { conclusion: 'design_deficiency', observation: 'No malware protection on build hosts.', material: true });
    expect((await f.auditor.agent.get(`/api/v1/engagements/${id}/opinion`)).json().proposalChanged).toBe(true);
  });
});
