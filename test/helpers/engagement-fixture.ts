// A service organization (Acme) with a system and controls, an audit firm with a partner and an auditor, and
// helpers to agree an engagement through the API and move it through its phases. Also an unrelated tenant and
// a second firm, for the 404 rules.
import { expect } from 'vitest';
import { Agent, PASSWORD, inviteMember, makeTestApp, otherTenant, setupInstance, type TestApp } from './app.ts';
import { createUserLocally } from '../../src/services/local-accounts.ts';

export interface ExaminationFixture {
  t: TestApp;
  acme: Agent;
  acmeId: string;
  compliance: Agent;
  viewer: Agent;
  firm: Agent;
  firmId: string;
  auditor: { agent: Agent; userId: string };
  otherFirm: Agent;
  globex: Agent;
  systemId: string;
  /** Control ids by code: AC-01 (CC6.1, CC6.2), AC-02 (CC6.1), CM-01 (CC8.1), BK-01 (A1.2). */
  controls: Record<string, string>;
}

export const FIXTURE_CONTROLS: Record<string, string[]> = { 'AC-01': ['CC6.1', 'CC6.2'], 'AC-02': ['CC6.1'], 'CM-01': ['CC8.1'], 'BK-01': ['A1.2'] };

export async function login(t: TestApp, email: string): Promise<Agent> {
  const agent = new Agent(t.app);
  const res = await agent.post('/api/v1/auth/login', { email, password: PASSWORD });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.body}`);
  await agent.refreshSession();
  return agent;
}

export async function examinationFixture(): Promise<ExaminationFixture> {
  const t = await makeTestApp();
  const setup = await setupInstance(t);
  const acme = setup.agent;
  const acmeId = setup.session.activeOrganization.organization.id;
  const compliance = (await inviteMember(t, acme, 'cm@acme.test', 'compliance_manager', 'Casey Compliance')).agent;
  const viewer = (await inviteMember(t, acme, 'viewer@acme.test', 'viewer', 'Val Viewer')).agent;
  await createUserLocally(t.deps, { email: 'partner@firm.test', name: 'Pat Partner', org: 'Audit LLP', kind: 'audit_firm', role: 'partner', password: PASSWORD });
  const firm = await login(t, 'partner@firm.test');
  const firmId = (await firm.get('/api/v1/session')).json().activeOrganization.organization.id;
  const auditor = await inviteMember(t, firm, 'auditor@firm.test', 'auditor', 'Avery Auditor');
  await createUserLocally(t.deps, { email: 'partner@other.test', name: 'Olga Other', org: 'Other Assurance LLP', kind: 'audit_firm', role: 'partner', password: PASSWORD });
  const otherFirm = await login(t, 'partner@other.test');
  const globex = await otherTenant(t);
  const systemId = (await acme.post('/api/v1/systems', { name: 'Acme Platform', categories: ['availability'] })).json().id;
  const controls: Record<string, string> = {};
  for (const [code, criteria] of Object.entries(FIXTURE_CONTROLS)) {
    const res = await acme.post(`/api/v1/systems/${systemId}/controls`, { code, title: `Control ${code}`, activity: 'Someone does something on a schedule.', frequency: 'monthly', nature: 'manual', type: 'preventive', evidenceGuidance: '', criteria });
    if (res.statusCode !== 201) throw new Error(`control failed: ${res.body}`);
    controls[code] = res.json().id;
  }
  return { t, acme, acmeId, compliance, viewer, firm, firmId, auditor, otherFirm, globex, systemId, controls };
}

/** Acme proposes (Type II over 2026 unless overridden); the firm's partner accepts and puts the auditor on the team. */
export async function agreeEngagement(f: ExaminationFixture, overrides: Record<string, unknown> = {}): Promise<string> {
  const proposed = await f.acme.post('/api/v1/engagements', { name: `SOC 2 ${Math.random().toString(36).slice(2, 8)}`, counterpartyId: f.firmId, systemId: f.systemId, reportType: 'type2', periodStart: '2026-01-01', periodEnd: '2026-12-31', ...overrides });
  expect(proposed.statusCode, proposed.body).toBe(201);
  const id = proposed.json().id as string;
  const accepted = await f.firm.post(`/api/v1/engagements/${id}/respond`, { decision: 'accept' });
  expect(accepted.statusCode, accepted.body).toBe(200);
  const team = await f.firm.post(`/api/v1/engagements/${id}/team`, { userId: f.auditor.userId, role: 'auditor' });
  expect(team.statusCode, team.body).toBe(200);
  return id;
}

/** Moves the engagement phase by phase (the firm's partner) until it reaches `status`. */
export async function moveTo(f: ExaminationFixture, id: string, status: string): Promise<void> {
  for (let i = 0; i < 6; i++) {
    const e = (await f.firm.get(`/api/v1/engagements/${id}`)).json();
    if (e.status === status) return;
    const order = e.reportType === 'type1' ? ['planning', 'design_review', 'review', 'reporting'] : ['planning', 'design_review', 'fieldwork', 'review', 'reporting'];
    const next = order[order.indexOf(e.status) + 1];
    const res = await f.firm.post(`/api/v1/engagements/${id}/status`, { status: next });
    expect(res.statusCode, res.body).toBe(200);
  }
  throw new Error(`could not reach ${status}`);
}
