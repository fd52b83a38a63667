// Walks every route × every role (plus anonymous and another tenant) and asserts the outcome.
// The expectations below are written out by hand, independent of src/domain/access/policy.ts.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, PASSWORD, inviteMember, makeTestApp, otherTenant, setupInstance, type TestApp } from './helpers/app.ts';
import { createUserLocally } from '../src/services/local-accounts.ts';
import { insertRequests } from '../src/db/requests.ts';
import type { Role } from '../src/contract/roles.ts';
import { evidenceUpload } from './helpers/multipart.ts';

const SERVICE_ROLES = ['admin', 'compliance_manager', 'control_owner', 'employee', 'viewer'] as const;
const FIRM_ROLES = ['partner', 'auditor'] as const;
const ALL = [...SERVICE_ROLES, ...FIRM_ROLES];
const OWNERS: Role[] = ['admin', 'partner'];
const AUDIT_READERS: Role[] = ['admin', 'compliance_manager', 'partner'];
const INVITATION_READERS: Role[] = ['admin', 'compliance_manager', 'partner'];
const PROGRAM_READERS: Role[] = [...SERVICE_ROLES];
const PROGRAM_WRITERS: Role[] = ['admin', 'compliance_manager'];

interface Principal { role: Role; agent: Agent; owner: Agent; kind: 'service_org' | 'audit_firm' }
type Prepared = { url: string; body?: unknown };
interface Row {
  auth: 'public' | 'session' | 'actor';
  allowed?: readonly Role[]; // for 'actor' routes
  prepare: (p: Principal) => Promise<Prepared>;
}

/** Error codes by which the gate or the authentication layer refuses a request. */
const GATE_CODES = ['unauthenticated', 'forbidden', 'csrf_failed', 'mfa_required', 'mfa_enrolment_required'];
const codeOf = (res: { statusCode: number; json: () => unknown }) => (res.statusCode >= 400 ? (res.json() as { error: { code: string } }).error.code : 'ok');

let t: TestApp;
let principals: Principal[];
let targets: Record<'service_org' | 'audit_firm', { memberId: string; memberRole: Role }>;
/** Acme's program objects; audit-firm principals probe them too and must be refused by the gate. */
let acmeProgram: { systemId: string; controlId: string };
/** A person on Acme's roster, for the people routes. */
let acmePersonId: string;
async function freshControl(): Promise<string> {
  const res = await principals[0]!.agent.post(`/api/v1/systems/${acmeProgram.systemId}/controls`, { code: `MX-${String(++n).padStart(3, '0')}`, title: 'Matrix control', activity: 'Something is done by someone on a schedule.', frequency: 'monthly', nature: 'manual', type: 'detective', evidenceGuidance: '', criteria: ['CC4.1'] });
  return res.json().id;
}
let n = 0;
const unique = () => `p${++n}-${crypto.randomBytes(3).toString('hex')}@example.test`;

async function freshMember(p: Principal): Promise<string> {
  return (await inviteMember(t, p.owner, unique(), p.kind === 'service_org' ? 'viewer' : 'auditor')).userId;
}
async function freshInvitation(p: Principal): Promise<string> {
  return (await p.owner.post('/api/v1/invitations', { email: unique(), role: p.kind === 'service_org' ? 'viewer' : 'auditor' })).json().invitation.id;
}
async function freshToken(p: Principal): Promise<string> {
  return (await p.owner.post('/api/v1/tokens', { name: 'matrix', role: p.kind === 'service_org' ? 'viewer' : 'auditor' })).json().token.id;
}
const fixed = (url: string, body?: unknown) => async (): Promise<Prepared> => ({ url, body });
/** A fresh Acme policy (version 1 a draft), taken as far as `until` by Acme's admin. */
async function freshPolicy(until: 'draft' | 'in_review' | 'approved' | 'published' = 'draft'): Promise<string> {
  const admin = principals[0]!.agent;
  const id = (await admin.post('/api/v1/policies', { title: `Matrix policy ${++n}` })).json().id;
  const steps = ['submit', 'approve', 'publish'].slice(0, ['draft', 'in_review', 'approved', 'published'].indexOf(until));
  for (const step of steps) await admin.post(`/api/v1/policies/${id}/versions/1/${step}`);
  return id;
}
let policyFixtures: Promise<{ draft: string; published: string }> | undefined;
const matrixPolicies = () => (policyFixtures ??= (async () => ({ draft: await freshPolicy('draft'), published: await freshPolicy('published') }))());
/** One Acme vendor, risk and person for the vendor and risk routes, created once by Acme's admin. */
let vendorRiskFixtures: Promise<{ vendor: string; risk: string; person: string }> | undefined;
const matrixVendorRisk = () => (vendorRiskFixtures ??= (async () => {
  const admin = principals[0]!.agent;
  const vendor = (await admin.post('/api/v1/vendors', { name: 'Matrix Vendor', criticality: 'high' })).json().id;
  const risk = (await admin.post('/api/v1/risks', { title: 'Matrix risk', category: 'security', inherent: { likelihood: 3, impact: 4 }, residual: { likelihood: 2, impact: 2 }, treatment: 'mitigate' })).json().id;
  const person = (await admin.post('/api/v1/people', { name: 'Matrix Reviewer', email: unique() })).json().id;
  return { vendor, risk, person };
})());
/** One Acme evidence item, uploaded once by Acme's admin (the upload routes get JSON here: 415 when allowed, 403 when not). */
let evidenceFixture: Promise<string> | undefined;
const matrixEvidence = () => (evidenceFixture ??= (async () => {
  const { payload, headers } = evidenceUpload({ title: 'Matrix evidence', periodStart: '2026-01-01', periodEnd: '2026-03-31', controlIds: [acmeProgram.controlId] }, { fileName: 'matrix.txt', content: 'matrix evidence\n' });
  return (await principals[0]!.agent.request('POST', '/api/v1/evidence', payload, headers)).json().id as string;
})());
const EVIDENCE_WRITERS: Role[] = ['admin', 'compliance_manager', 'control_owner'];
const lesserRole = (p: Principal): Role => (p.kind === 'service_org' ? 'viewer' : 'auditor');
/** A fresh Acme request (no assignee), taken as far as `until` by Acme's admin; one shared open request for reads and comments. */
async function freshRequest(until: 'open' | 'submitted' = 'open'): Promise<string> {
  const admin = principals[0]!.agent;
  const id = (await admin.post('/api/v1/requests', { title: `Matrix request ${++n}` })).json().id;
  if (until === 'submitted') await admin.post(`/api/v1/requests/${id}/submit`, {});
  return id;
}
let requestFixture: Promise<string> | undefined;
const matrixRequest = () => (requestFixture ??= freshRequest());
const REQUEST_RESPONDERS: Role[] = ['admin', 'compliance_manager', 'control_owner'];

// ---- Engagements: Acme and Audit LLP; the firm's partner is the engagement partner, its auditor is on the team.
const ENGAGEMENT_READERS: Role[] = ['admin', 'compliance_manager', 'control_owner', 'viewer', 'partner', 'auditor'];
const ENGAGEMENT_DOCUMENTERS: Role[] = ['admin', 'compliance_manager', 'partner', 'auditor'];
const FIRM_PARTNER: Role[] = ['partner'];
const principal = (role: Role) => principals.find((p) => p.role === role)!;
const orgIdOf = async (agent: Agent): Promise<string> => (await agent.get('/api/v1/session')).json().activeOrganization.organization.id;
let partyIds: Promise<{ acme: string; firm: string; auditorId: string }> | undefined;
const parties = () => (partyIds ??= (async () => ({
  acme: await orgIdOf(principal('admin').agent),
  firm: await orgIdOf(principal('partner').agent),
  auditorId: (await principal('auditor').agent.get('/api/v1/session')).json().user.id as string,
}))());
/** An engagement proposed by one side (`by`), optionally accepted by the other and staffed with the firm's auditor. */
async function freshEngagement(by: 'service_org' | 'audit_firm', accept: boolean): Promise<string> {
  const ids = await parties();
  const admin = principal('admin').agent;
  const partner = principal('partner').agent;
  const terms = { name: `Matrix engagement ${++n}`, reportType: 'type2', periodStart: '2026-01-01', periodEnd: '2026-12-31' };
  const proposed = by === 'service_org'
    ? await admin.post('/api/v1/engagements', { ...terms, counterpartyId: ids.firm, systemId: acmeProgram.systemId })
    : await partner.post('/api/v1/engagements', { ...terms, counterpartyId: ids.acme });
  const id = proposed.json().id as string;
  if (!accept) return id;
  if (by === 'service_org') await partner.post(`/api/v1/engagements/${id}/respond`, { decision: 'accept' });
  else await admin.post(`/api/v1/engagements/${id}/respond`, { decision: 'accept', systemId: acmeProgram.systemId });
  await partner.post(`/api/v1/engagements/${id}/team`, { userId: ids.auditorId, role: 'auditor' });
  return id;
}
let engagementFixture: Promise<{ id: string; documentId: string }> | undefined;
const matrixEngagement = () => (engagementFixture ??= (async () => {
  const id = await freshEngagement('service_org', true);
  const body = Buffer.from('%PDF-1.4\n% matrix letter\n%%EOF\n');
  const boundary = 'matrixboundary';
  const payload = Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="letter.pdf"\r\nContent-Type: application/pdf\r\n\r\n`), body, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  const res = await principal('admin').agent.request('POST', `/api/v1/engagements/${id}/documents`, payload, { 'content-type': `multipart/form-data; boundary=${boundary}` });
  return { id, documentId: res.json().documents[0].id as string };
})());
/** A request the firm made through the engagement, answered (submitted) by Acme's admin. */
async function submittedAuditorRequest(engagementId: string): Promise<string> {
  const [row] = await insertRequests(t.deps.db, { organizationId: (await parties()).acme }, [{ title: `Auditor request ${++n}`, engagementId, createdByLabel: 'partner@firm.test' }]);
  await principal('admin').agent.post(`/api/v1/requests/${row!.id}/submit`, {});
  return row!.id;
}
/** Whichever side the principal is on, a proposal by the other side (so that answering it is theirs to do). */
const proposalFor = (p: Principal) => freshEngagement(p.kind === 'service_org' ? 'audit_firm' : 'service_org', false);
const ownProposal = (p: Principal) => freshEngagement(p.kind, false);

/** A test plan on the matrix engagement with a three-item selection, one deviation, a sent exception and a note. */
const FIRM_TEAM: Role[] = ['partner', 'auditor'];
let fieldworkFixture: Promise<{ id: string; planId: string; itemId: string; exceptionId: string; noteId: string }> | undefined;
const fieldworkPlan = () => (fieldworkFixture ??= (async () => {
  const { id } = await matrixEngagement();
  const partner = principal('partner').agent;
  const base = `/api/v1/engagements/${id}`;
  const plan = (await partner.post(`${base}/test-plans`, { controlId: acmeProgram.controlId })).json();
  await partner.request('PUT', `${base}/test-plans/${plan.id}/population`, { source: 'manual', keys: ['M-1', 'M-2', 'M-3'] });
  await partner.request('PUT', `${base}/test-plans/${plan.id}/sample-size`, { method: 'all_items' });
  await partner.post(`${base}/test-plans/${plan.id}/selection`, {});
  const itemId = (await partner.get(`${base}/test-plans/${plan.id}`)).json().items[0].id as string;
  await partner.request('PUT', `${base}/test-plans/${plan.id}/items/${itemId}`, { result: 'deviation' });
  const exceptionId = (await partner.request('PUT', `${base}/test-plans/${plan.id}/exception`, {})).json().exception.id as string;
  await partner.post(`${base}/test-plans/${plan.id}/exception/send`, {});
  const noteId = (await partner.post(`${base}/notes`, { kind: 'internal', body: 'Matrix fixture note' })).json().id as string;
  return { id, planId: plan.id as string, itemId, exceptionId, noteId };
})());
const planRoute = (path: string, body?: () => unknown) => async (): Promise<Prepared> => {
  const f = await fieldworkPlan();
  return { url: `/api/v1/engagements/${f.id}/test-plans/${f.planId}${path}`, body: body?.() };
};

const MATRIX: Record<string, Row> = {
  'GET /api/health': { auth: 'public', prepare: fixed('/api/health') },
  'GET /api/version': { auth: 'public', prepare: fixed('/api/version') },
  'GET /api/openapi.json': { auth: 'public', prepare: fixed('/api/openapi.json') },
  'GET /api/v1/setup': { auth: 'public', prepare: fixed('/api/v1/setup') },
  'POST /api/v1/setup': { auth: 'public', prepare: fixed('/api/v1/setup', { organization: { name: 'Late', kind: 'service_org' }, admin: { email: 'late@x.test', name: 'Late', password: PASSWORD } }) },
  'POST /api/v1/setup/demo': { auth: 'public', prepare: fixed('/api/v1/setup/demo') },
  'POST /api/v1/auth/login': { auth: 'public', prepare: fixed('/api/v1/auth/login', { email: 'nobody@x.test', password: 'x' }) },
  'GET /api/v1/catalog/criteria': { auth: 'public', prepare: fixed('/api/v1/catalog/criteria') },
  'GET /api/v1/catalog/criteria/:id': { auth: 'public', prepare: fixed('/api/v1/catalog/criteria/CC6.1') },
  'GET /api/v1/invitations/preview/:token': { auth: 'public', prepare: fixed('/api/v1/invitations/preview/not-a-real-token') },
  'POST /api/v1/invitations/accept': { auth: 'public', prepare: fixed('/api/v1/invitations/accept', { token: 'not-a-real-token', password: 'x' }) },
  'GET /api/v1/session': { auth: 'session', prepare: fixed('/api/v1/session') },
  'POST /api/v1/auth/mfa': { auth: 'session', prepare: fixed('/api/v1/auth/mfa', { code: '123456' }) },
  'POST /api/v1/session/organization': { auth: 'session', prepare: async (p) => ({ url: '/api/v1/session/organization', body: { organizationId: (await p.agent.get('/api/v1/session')).json().activeOrganization.organization.id } }) },
  'POST /api/v1/me/mfa/enrol': { auth: 'session', prepare: fixed('/api/v1/me/mfa/enrol') },
  'POST /api/v1/me/mfa/confirm': { auth: 'session', prepare: fixed('/api/v1/me/mfa/confirm', { code: '123456' }) },
  'POST /api/v1/me/mfa/disable': { auth: 'session', prepare: fixed('/api/v1/me/mfa/disable', { code: '123456' }) },
  'POST /api/v1/me/mfa/recovery-codes': { auth: 'session', prepare: fixed('/api/v1/me/mfa/recovery-codes', { code: '123456' }) },
  'POST /api/v1/auth/logout': { auth: 'session', prepare: fixed('/api/v1/auth/logout') },
  'GET /api/v1/organization': { auth: 'actor', allowed: ALL, prepare: fixed('/api/v1/organization') },
  'PATCH /api/v1/organization': { auth: 'actor', allowed: OWNERS, prepare: fixed('/api/v1/organization', { requireMfa: false }) },
  'GET /api/v1/ledger/public-key': { auth: 'actor', allowed: ALL, prepare: fixed('/api/v1/ledger/public-key') },
  'GET /api/v1/ledger/checkpoints': { auth: 'actor', allowed: ['admin', 'compliance_manager'], prepare: fixed('/api/v1/ledger/checkpoints') },
  'POST /api/v1/ledger/checkpoints': { auth: 'actor', allowed: ['admin'], prepare: fixed('/api/v1/ledger/checkpoints') },
  'POST /api/v1/ledger/verifications': { auth: 'actor', allowed: ['admin'], prepare: fixed('/api/v1/ledger/verifications') },
  'GET /api/v1/ledger/verifications/:verificationId': { auth: 'actor', allowed: ['admin'], prepare: fixed(`/api/v1/ledger/verifications/${crypto.randomUUID()}`) },
  'GET /api/v1/members': { auth: 'actor', allowed: ALL, prepare: fixed('/api/v1/members') },
  'PATCH /api/v1/members/:userId': { auth: 'actor', allowed: OWNERS, prepare: async (p) => ({ url: `/api/v1/members/${targets[p.kind].memberId}`, body: { role: targets[p.kind].memberRole } }) },
  'DELETE /api/v1/members/:userId': { auth: 'actor', allowed: OWNERS, prepare: async (p) => ({ url: `/api/v1/members/${await freshMember(p)}` }) },
  'GET /api/v1/invitations': { auth: 'actor', allowed: INVITATION_READERS, prepare: fixed('/api/v1/invitations') },
  'POST /api/v1/invitations': { auth: 'actor', allowed: OWNERS, prepare: async (p) => ({ url: '/api/v1/invitations', body: { email: unique(), role: lesserRole(p) } }) },
  'DELETE /api/v1/invitations/:id': { auth: 'actor', allowed: OWNERS, prepare: async (p) => ({ url: `/api/v1/invitations/${await freshInvitation(p)}` }) },
  'GET /api/v1/tokens': { auth: 'actor', allowed: OWNERS, prepare: fixed('/api/v1/tokens') },
  'POST /api/v1/tokens': { auth: 'actor', allowed: OWNERS, prepare: async (p) => ({ url: '/api/v1/tokens', body: { name: 'matrix', role: lesserRole(p) } }) },
  'DELETE /api/v1/tokens/:id': { auth: 'actor', allowed: OWNERS, prepare: async (p) => ({ url: `/api/v1/tokens/${await freshToken(p)}` }) },
  'GET /api/v1/audit-log': { auth: 'actor', allowed: AUDIT_READERS, prepare: fixed('/api/v1/audit-log') },
  'GET /api/v1/audit-log/export.csv': { auth: 'actor', allowed: AUDIT_READERS, prepare: fixed('/api/v1/audit-log/export.csv') },
  'GET /api/v1/systems': { auth: 'actor', allowed: PROGRAM_READERS, prepare: fixed('/api/v1/systems') },
  'POST /api/v1/systems': { auth: 'actor', allowed: PROGRAM_WRITERS, prepare: async () => ({ url: '/api/v1/systems', body: { name: `System ${++n}` } }) },
  'GET /api/v1/systems/:id': { auth: 'actor', allowed: PROGRAM_READERS, prepare: async () => ({ url: `/api/v1/systems/${acmeProgram.systemId}` }) },
  'PATCH /api/v1/systems/:id': { auth: 'actor', allowed: PROGRAM_WRITERS, prepare: async () => ({ url: `/api/v1/systems/${acmeProgram.systemId}`, body: { boundaries: `Edited ${++n}` } }) },
  'GET /api/v1/systems/:id/description': { auth: 'actor', allowed: PROGRAM_READERS, prepare: async () => ({ url: `/api/v1/systems/${acmeProgram.systemId}/description` }) },
  'GET /api/v1/systems/:id/readiness': { auth: 'actor', allowed: PROGRAM_READERS, prepare: async () => ({ url: `/api/v1/systems/${acmeProgram.systemId}/readiness` }) },
  'GET /api/v1/systems/:id/readiness/gaps.csv': { auth: 'actor', allowed: PROGRAM_READERS, prepare: async () => ({ url: `/api/v1/systems/${acmeProgram.systemId}/readiness/gaps.csv?reportType=type2` }) },
  'GET /api/v1/people': { auth: 'actor', allowed: PROGRAM_READERS, prepare: fixed('/api/v1/people') },
  'POST /api/v1/people': { auth: 'actor', allowed: PROGRAM_WRITERS, prepare: async () => ({ url: '/api/v1/people', body: { name: 'Pers On', email: unique() } }) },
  'GET /api/v1/people/flags/summary': { auth: 'actor', allowed: PROGRAM_READERS, prepare: fixed('/api/v1/people/flags/summary') },
  'POST /api/v1/people/import/preview': { auth: 'actor', allowed: PROGRAM_WRITERS, prepare: async () => ({ url: '/api/v1/people/import/preview', body: { csv: `name,email\nIm Port,${unique()}\n` } }) },
  'POST /api/v1/people/import': { auth: 'actor', allowed: PROGRAM_WRITERS, prepare: async () => ({ url: '/api/v1/people/import', body: { csv: `name,email\nIm Port,${unique()}\n` } }) },
  'GET /api/v1/people/:id': { auth: 'actor', allowed: PROGRAM_READERS, prepare: async () => ({ url: `/api/v1/people/${acmePersonId}` }) },
  'PATCH /api/v1/people/:id': { auth: 'actor', allowed: PROGRAM_WRITERS, prepare: async () => ({ url: `/api/v1/people/${acmePersonId}`, body: { title: `Edited ${++n}` } }) },
  'POST /api/v1/people/:id/background-checks': { auth: 'actor', allowed: PROGRAM_WRITERS, prepare: async () => ({ url: `/api/v1/people/${acmePersonId}/background-checks`, body: { status: 'in_progress' } }) },
  'POST /api/v1/people/:id/trainings': { auth: 'actor', allowed: PROGRAM_WRITERS, prepare: async () => ({ url: `/api/v1/people/${acmePersonId}/trainings`, body: { course: 'Security awareness', completedOn: '2025-01-01' } }) },
  'POST /api/v1/people/:id/access-events': { auth: 'actor', allowed: PROGRAM_WRITERS, prepare: async () => ({ url: `/api/v1/people/${acmePersonId}/access-events`, body: { kind: 'granted', system: 'GitHub', on: '2025-01-01' } }) },
  'GET /api/v1/systems/:id/controls': { auth: 'actor', allowed: PROGRAM_READERS, prepare: async () => ({ url: `/api/v1/systems/${acmeProgram.systemId}/controls` }) },
  'POST /api/v1/systems/:id/controls': { auth: 'actor', allowed: PROGRAM_WRITERS, prepare: async () => ({ url: `/api/v1/systems/${acmeProgram.systemId}/controls`, body: { code: `MX-${String(++n).padStart(3, '0')}`, title: 'T', activity: 'Someone does something on a schedule.', frequency: 'annual', nature: 'manual', type: 'preventive', evidenceGuidance: '', criteria: ['CC1.1'] } }) },
  'POST /api/v1/systems/:id/controls/adopt': { auth: 'actor', allowed: PROGRAM_WRITERS, prepare: async () => ({ url: `/api/v1/systems/${acmeProgram.systemId}/controls/adopt`, body: { codes: ['AC-01'] } }) },
  'GET /api/v1/systems/:id/control-matrix.:format': { auth: 'actor', allowed: PROGRAM_READERS, prepare: async () => ({ url: `/api/v1/systems/${acmeProgram.systemId}/control-matrix.csv` }) },
  'GET /api/v1/controls/:id': { auth: 'actor', allowed: PROGRAM_READERS, prepare: async () => ({ url: `/api/v1/controls/${acmeProgram.controlId}` }) },
  'PATCH /api/v1/controls/:id': { auth: 'actor', allowed: PROGRAM_WRITERS, prepare: async () => ({ url: `/api/v1/controls/${acmeProgram.controlId}`, body: { evidenceGuidance: `Edited ${++n}` } }) },
  'POST /api/v1/controls/:id/retire': { auth: 'actor', allowed: PROGRAM_WRITERS, prepare: async () => ({ url: `/api/v1/controls/${await freshControl()}/retire`, body: { reason: 'No longer performed' } }) },
  'GET /api/v1/controls/:id/history': { auth: 'actor', allowed: PROGRAM_READERS, prepare: async () => ({ url: `/api/v1/controls/${acmeProgram.controlId}/history` }) },
  'GET /api/v1/controls/:id/freshness': { auth: 'actor', allowed: PROGRAM_READERS, prepare: async () => ({ url: `/api/v1/controls/${acmeProgram.controlId}/freshness` }) },
  'GET /api/v1/freshness/reminders': { auth: 'actor', allowed: PROGRAM_READERS, prepare: fixed('/api/v1/freshness/reminders') },
  'GET /api/v1/library/controls': { auth: 'actor', allowed: PROGRAM_READERS, prepare: fixed('/api/v1/library/controls') },
  'GET /api/v1/policies': { auth: 'actor', allowed: PROGRAM_READERS, prepare: fixed('/api/v1/policies') },
  'POST /api/v1/policies': { auth: 'actor', allowed: PROGRAM_WRITERS, prepare: async () => ({ url: '/api/v1/policies', body: { title: `Policy ${++n}` } }) },
  'POST /api/v1/policies/adopt': { auth: 'actor', allowed: PROGRAM_WRITERS, prepare: fixed('/api/v1/policies/adopt', { keys: ['backup'] }) },
  'GET /api/v1/policies/:id': { auth: 'actor', allowed: PROGRAM_READERS, prepare: async () => ({ url: `/api/v1/policies/${(await matrixPolicies()).draft}` }) },
  'PATCH /api/v1/policies/:id': { auth: 'actor', allowed: PROGRAM_WRITERS, prepare: async () => ({ url: `/api/v1/policies/${(await matrixPolicies()).draft}`, body: { description: `Edited ${++n}` } }) },
  'POST /api/v1/policies/:id/retire': { auth: 'actor', allowed: PROGRAM_WRITERS, prepare: async () => ({ url: `/api/v1/policies/${await freshPolicy()}/retire`, body: { reason: 'Superseded' } }) },
  'GET /api/v1/policies/:id/diff': { auth: 'actor', allowed: PROGRAM_READERS, prepare: async () => ({ url: `/api/v1/policies/${(await matrixPolicies()).draft}/diff?from=1&to=1` }) },
  'GET /api/v1/policies/:id/versions': { auth: 'actor', allowed: PROGRAM_READERS, prepare: async () => ({ url: `/api/v1/policies/${(await matrixPolicies()).draft}/versions` }) },
  'POST /api/v1/policies/:id/versions': { auth: 'actor', allowed: PROGRAM_WRITERS, prepare: async () => ({ url: `/api/v1/policies/${await freshPolicy('approved')}/versions`, body: { changeNote: 'Review' } }) },
  'GET /api/v1/policies/:id/versions/:n': { auth: 'actor', allowed: PROGRAM_READERS, prepare: async () => ({ url: `/api/v1/policies/${(await matrixPolicies()).draft}/versions/1` }) },
  'PATCH /api/v1/policies/:id/versions/:n': { auth: 'actor', allowed: PROGRAM_WRITERS, prepare: async () => ({ url: `/api/v1/policies/${(await matrixPolicies()).draft}/versions/1`, body: { changeNote: `Edited ${++n}` } }) },
  'POST /api/v1/policies/:id/versions/:n/submit': { auth: 'actor', allowed: PROGRAM_WRITERS, prepare: async () => ({ url: `/api/v1/policies/${await freshPolicy()}/versions/1/submit` }) },
  'POST /api/v1/policies/:id/versions/:n/return': { auth: 'actor', allowed: PROGRAM_WRITERS, prepare: async () => ({ url: `/api/v1/policies/${await freshPolicy('in_review')}/versions/1/return`, body: { note: 'Changes requested' } }) },
  'POST /api/v1/policies/:id/versions/:n/approve': { auth: 'actor', allowed: ['admin'], prepare: async () => ({ url: `/api/v1/policies/${await freshPolicy('in_review')}/versions/1/approve` }) },
  'POST /api/v1/policies/:id/versions/:n/publish': { auth: 'actor', allowed: PROGRAM_WRITERS, prepare: async () => ({ url: `/api/v1/policies/${await freshPolicy('approved')}/versions/1/publish` }) },
  'POST /api/v1/policies/:id/versions/:n/acknowledge': { auth: 'actor', allowed: [...SERVICE_ROLES], prepare: async () => ({ url: `/api/v1/policies/${(await matrixPolicies()).published}/versions/1/acknowledge` }) },
  'GET /api/v1/policies/:id/versions/:n/pdf': { auth: 'actor', allowed: PROGRAM_READERS, prepare: async () => ({ url: `/api/v1/policies/${(await matrixPolicies()).draft}/versions/1/pdf` }) },
  'GET /api/v1/policies/:id/versions/:n/acknowledgements': { auth: 'actor', allowed: PROGRAM_READERS, prepare: async () => ({ url: `/api/v1/policies/${(await matrixPolicies()).published}/versions/1/acknowledgements` }) },
  'GET /api/v1/library/policies': { auth: 'actor', allowed: PROGRAM_READERS, prepare: fixed('/api/v1/library/policies') },
  'GET /api/v1/library/policies/:key': { auth: 'actor', allowed: PROGRAM_READERS, prepare: fixed('/api/v1/library/policies/access_control') },
  'GET /api/v1/vendors': { auth: 'actor', allowed: PROGRAM_READERS, prepare: fixed('/api/v1/vendors') },
  'POST /api/v1/vendors': { auth: 'actor', allowed: PROGRAM_WRITERS, prepare: async () => ({ url: '/api/v1/vendors', body: { name: `Vendor ${++n}`, criticality: 'low' } }) },
  'GET /api/v1/vendors/reminders': { auth: 'actor', allowed: PROGRAM_READERS, prepare: fixed('/api/v1/vendors/reminders') },
  'GET /api/v1/vendors/:id': { auth: 'actor', allowed: PROGRAM_READERS, prepare: async () => ({ url: `/api/v1/vendors/${(await matrixVendorRisk()).vendor}` }) },
  'PATCH /api/v1/vendors/:id': { auth: 'actor', allowed: PROGRAM_WRITERS, prepare: async () => ({ url: `/api/v1/vendors/${(await matrixVendorRisk()).vendor}`, body: { notes: `Edited ${++n}` } }) },
  'POST /api/v1/vendors/:id/reviews': { auth: 'actor', allowed: PROGRAM_WRITERS, prepare: async () => { const f = await matrixVendorRisk(); return { url: `/api/v1/vendors/${f.vendor}/reviews`, body: { reviewedOn: '2025-01-01', reviewerId: f.person, outcome: 'approved' } }; } },
  'POST /api/v1/vendors/:id/reports': { auth: 'actor', allowed: PROGRAM_WRITERS, prepare: async () => ({ url: `/api/v1/vendors/${(await matrixVendorRisk()).vendor}/reports`, body: { type: 'other', periodEnd: '2025-01-01' } }) },
  'GET /api/v1/risks': { auth: 'actor', allowed: PROGRAM_READERS, prepare: fixed('/api/v1/risks') },
  'POST /api/v1/risks': { auth: 'actor', allowed: PROGRAM_WRITERS, prepare: fixed('/api/v1/risks', { title: 'Risk', category: 'other', inherent: { likelihood: 1, impact: 1 }, residual: { likelihood: 1, impact: 1 }, treatment: 'accept' }) },
  'GET /api/v1/risks/heat-map': { auth: 'actor', allowed: PROGRAM_READERS, prepare: fixed('/api/v1/risks/heat-map?basis=residual') },
  'GET /api/v1/risks/:id': { auth: 'actor', allowed: PROGRAM_READERS, prepare: async () => ({ url: `/api/v1/risks/${(await matrixVendorRisk()).risk}` }) },
  'PATCH /api/v1/risks/:id': { auth: 'actor', allowed: PROGRAM_WRITERS, prepare: async () => ({ url: `/api/v1/risks/${(await matrixVendorRisk()).risk}`, body: { treatmentNotes: `Edited ${++n}` } }) },
  'GET /api/v1/risk-assessments': { auth: 'actor', allowed: PROGRAM_READERS, prepare: fixed('/api/v1/risk-assessments') },
  'POST /api/v1/risk-assessments': { auth: 'actor', allowed: PROGRAM_WRITERS, prepare: async () => ({ url: '/api/v1/risk-assessments', body: { performedOn: '2025-01-01', performedById: (await matrixVendorRisk()).person, scope: 'All systems', changes: 'Annual review.' } }) },
  'GET /api/v1/evidence': { auth: 'actor', allowed: PROGRAM_READERS, prepare: fixed('/api/v1/evidence') },
  'POST /api/v1/evidence': { auth: 'actor', allowed: EVIDENCE_WRITERS, prepare: fixed('/api/v1/evidence', { title: 'JSON is refused after the role check' }) },
  'GET /api/v1/evidence/:evidenceId': { auth: 'actor', allowed: PROGRAM_READERS, prepare: async () => ({ url: `/api/v1/evidence/${await matrixEvidence()}` }) },
  'GET /api/v1/evidence/:evidenceId/content': { auth: 'actor', allowed: PROGRAM_READERS, prepare: async () => ({ url: `/api/v1/evidence/${await matrixEvidence()}/content` }) },
  'GET /api/v1/evidence/:evidenceId/receipt': { auth: 'actor', allowed: PROGRAM_READERS, prepare: async () => ({ url: `/api/v1/evidence/${await matrixEvidence()}/receipt` }) },
  'POST /api/v1/evidence/:evidenceId/supersede': { auth: 'actor', allowed: EVIDENCE_WRITERS, prepare: async () => ({ url: `/api/v1/evidence/${await matrixEvidence()}/supersede`, body: { title: 'JSON is refused after the role check' } }) },
  'POST /api/v1/evidence/:evidenceId/tombstone': { auth: 'actor', allowed: ['admin', 'compliance_manager'], prepare: async () => ({ url: `/api/v1/evidence/${await matrixEvidence()}/tombstone`, body: { reason: 'matrix' } }) },
  'GET /api/v1/requests': { auth: 'actor', allowed: PROGRAM_READERS, prepare: fixed('/api/v1/requests') },
  'POST /api/v1/requests': { auth: 'actor', allowed: PROGRAM_WRITERS, prepare: async () => ({ url: '/api/v1/requests', body: { title: `Request ${++n}` } }) },
  'GET /api/v1/requests/export.:format': { auth: 'actor', allowed: PROGRAM_READERS, prepare: fixed('/api/v1/requests/export.csv') },
  'POST /api/v1/requests/import/preview': { auth: 'actor', allowed: PROGRAM_WRITERS, prepare: async () => ({ url: '/api/v1/requests/import/preview', body: { format: 'csv', content: `title\nImported ${++n}\n` } }) },
  'POST /api/v1/requests/import': { auth: 'actor', allowed: PROGRAM_WRITERS, prepare: async () => ({ url: '/api/v1/requests/import', body: { format: 'csv', content: `title\nImported ${++n}\n` } }) },
  'GET /api/v1/requests/:id': { auth: 'actor', allowed: PROGRAM_READERS, prepare: async () => ({ url: `/api/v1/requests/${await matrixRequest()}` }) },
  'PATCH /api/v1/requests/:id': { auth: 'actor', allowed: PROGRAM_WRITERS, prepare: async () => ({ url: `/api/v1/requests/${await matrixRequest()}`, body: { description: `Edited ${++n}` } }) },
  'POST /api/v1/requests/:id/submit': { auth: 'actor', allowed: REQUEST_RESPONDERS, prepare: async () => ({ url: `/api/v1/requests/${await freshRequest()}/submit` }) },
  'POST /api/v1/requests/:id/accept': { auth: 'actor', allowed: PROGRAM_WRITERS, prepare: async () => ({ url: `/api/v1/requests/${await freshRequest('submitted')}/accept` }) },
  'POST /api/v1/requests/:id/return': { auth: 'actor', allowed: PROGRAM_WRITERS, prepare: async () => ({ url: `/api/v1/requests/${await freshRequest('submitted')}/return`, body: { comment: 'Incomplete' } }) },
  'POST /api/v1/requests/:id/comments': { auth: 'actor', allowed: REQUEST_RESPONDERS, prepare: async () => ({ url: `/api/v1/requests/${await matrixRequest()}/comments`, body: { body: `Comment ${++n}` } }) },
  'POST /api/v1/requests/:id/evidence': { auth: 'actor', allowed: REQUEST_RESPONDERS, prepare: async () => ({ url: `/api/v1/requests/${await matrixRequest()}/evidence`, body: { evidenceId: crypto.randomUUID() } }) },
  'DELETE /api/v1/requests/:id/evidence/:evidenceId': { auth: 'actor', allowed: REQUEST_RESPONDERS, prepare: async () => ({ url: `/api/v1/requests/${await matrixRequest()}/evidence/${crypto.randomUUID()}` }) },
  'GET /api/v1/notifications': { auth: 'actor', allowed: ALL, prepare: fixed('/api/v1/notifications') },
  'GET /api/v1/notifications/unread-count': { auth: 'actor', allowed: ALL, prepare: fixed('/api/v1/notifications/unread-count') },
  'POST /api/v1/notifications/read-all': { auth: 'actor', allowed: ALL, prepare: fixed('/api/v1/notifications/read-all') },
  'POST /api/v1/notifications/:id/read': { auth: 'actor', allowed: ALL, prepare: async () => ({ url: `/api/v1/notifications/${crypto.randomUUID()}/read` }) },
  'GET /api/v1/engagements': { auth: 'actor', allowed: ALL, prepare: fixed('/api/v1/engagements') },
  'GET /api/v1/engagements/counterparties': { auth: 'actor', allowed: ['admin', 'partner'], prepare: fixed('/api/v1/engagements/counterparties') },
  'POST /api/v1/engagements': { auth: 'actor', allowed: ['admin', 'partner'], prepare: async (p) => {
    const ids = await parties();
    const common = { name: `Matrix proposal ${++n}`, reportType: 'type1', asOfDate: '2026-06-30' };
    return { url: '/api/v1/engagements', body: p.kind === 'service_org' ? { ...common, counterpartyId: ids.firm, systemId: acmeProgram.systemId } : { ...common, counterpartyId: ids.acme } };
  } },
  'GET /api/v1/engagements/:id': { auth: 'actor', allowed: ENGAGEMENT_READERS, prepare: async () => ({ url: `/api/v1/engagements/${(await matrixEngagement()).id}` }) },
  'PATCH /api/v1/engagements/:id': { auth: 'actor', allowed: FIRM_PARTNER, prepare: async () => ({ url: `/api/v1/engagements/${await freshEngagement('service_org', true)}`, body: { name: `Renamed ${++n}` } }) },
  'POST /api/v1/engagements/:id/respond': { auth: 'actor', allowed: ['admin', 'partner'], prepare: async (p) => ({ url: `/api/v1/engagements/${await proposalFor(p)}/respond`, body: { decision: 'decline', reason: 'Matrix' } }) },
  'POST /api/v1/engagements/:id/withdraw': { auth: 'actor', allowed: ['admin', 'partner'], prepare: async (p) => ({ url: `/api/v1/engagements/${await ownProposal(p)}/withdraw`, body: { reason: 'Matrix' } }) },
  'POST /api/v1/engagements/:id/status': { auth: 'actor', allowed: FIRM_PARTNER, prepare: async () => ({ url: `/api/v1/engagements/${await freshEngagement('service_org', true)}/status`, body: { status: 'design_review' } }) },
  'POST /api/v1/engagements/:id/team': { auth: 'actor', allowed: FIRM_PARTNER, prepare: async () => ({ url: `/api/v1/engagements/${(await matrixEngagement()).id}/team`, body: { userId: (await parties()).auditorId, role: 'auditor' } }) },
  'DELETE /api/v1/engagements/:id/team/:userId': { auth: 'actor', allowed: FIRM_PARTNER, prepare: async () => ({ url: `/api/v1/engagements/${await freshEngagement('service_org', true)}/team/${(await parties()).auditorId}` }) },
  'POST /api/v1/engagements/:id/requests/:requestId/accept': { auth: 'actor', allowed: ['partner', 'auditor'], prepare: async () => { const e = (await matrixEngagement()).id; return { url: `/api/v1/engagements/${e}/requests/${await submittedAuditorRequest(e)}/accept` }; } },
  'POST /api/v1/engagements/:id/requests/:requestId/return': { auth: 'actor', allowed: ['partner', 'auditor'], prepare: async () => { const e = (await matrixEngagement()).id; return { url: `/api/v1/engagements/${e}/requests/${await submittedAuditorRequest(e)}/return`, body: { comment: 'Matrix return' } }; } },
  'GET /api/v1/engagements/:id/documents/:documentId/content': { auth: 'actor', allowed: ENGAGEMENT_READERS, prepare: async () => { const e = await matrixEngagement(); return { url: `/api/v1/engagements/${e.id}/documents/${e.documentId}/content` }; } },
  'POST /api/v1/engagements/:id/documents': { auth: 'actor', allowed: ENGAGEMENT_DOCUMENTERS, prepare: async () => ({ url: `/api/v1/engagements/${(await matrixEngagement()).id}/documents`, body: { note: 'JSON is refused after the role check' } }) },
  // (fieldwork rows)
  'GET /api/v1/engagements/:id/test-plans': { auth: 'actor', allowed: FIRM_TEAM, prepare: async () => ({ url: `/api/v1/engagements/${(await fieldworkPlan()).id}/test-plans` }) },
  'POST /api/v1/engagements/:id/test-plans': { auth: 'actor', allowed: FIRM_TEAM, prepare: async () => ({ url: `/api/v1/engagements/${(await fieldworkPlan()).id}/test-plans`, body: { controlId: acmeProgram.controlId } }) },
  'POST /api/v1/engagements/:id/test-plans/all': { auth: 'actor', allowed: FIRM_TEAM, prepare: async () => ({ url: `/api/v1/engagements/${(await fieldworkPlan()).id}/test-plans/all`, body: {} }) },
  'GET /api/v1/engagements/:id/test-plans/:planId': { auth: 'actor', allowed: FIRM_TEAM, prepare: planRoute('') },
  'PATCH /api/v1/engagements/:id/test-plans/:planId': { auth: 'actor', allowed: FIRM_TEAM, prepare: planRoute('', () => ({ conclusionNotes: `Matrix ${++n}` })) },
  'PUT /api/v1/engagements/:id/test-plans/:planId/population': { auth: 'actor', allowed: FIRM_TEAM, prepare: planRoute('/population', () => ({ source: 'manual', keys: ['M-9'] })) },
  'GET /api/v1/engagements/:id/test-plans/:planId/population/content': { auth: 'actor', allowed: FIRM_TEAM, prepare: planRoute('/population/content') },
  'PUT /api/v1/engagements/:id/test-plans/:planId/sample-size': { auth: 'actor', allowed: FIRM_TEAM, prepare: planRoute('/sample-size', () => ({ method: 'all_items' })) },
  'POST /api/v1/engagements/:id/test-plans/:planId/selection': { auth: 'actor', allowed: FIRM_TEAM, prepare: planRoute('/selection', () => ({})) },
  'POST /api/v1/engagements/:id/test-plans/:planId/selection/discard': { auth: 'actor', allowed: FIRM_TEAM, prepare: planRoute('/selection/discard', () => ({ reason: 'Matrix' })) },
  'POST /api/v1/engagements/:id/test-plans/:planId/requests': { auth: 'actor', allowed: FIRM_TEAM, prepare: planRoute('/requests', () => ({ dueOn: '2027-01-31' })) },
  'PUT /api/v1/engagements/:id/test-plans/:planId/items/:itemId': { auth: 'actor', allowed: FIRM_TEAM, prepare: async () => { const f = await fieldworkPlan(); return { url: `/api/v1/engagements/${f.id}/test-plans/${f.planId}/items/${f.itemId}`, body: { result: 'deviation' } }; } },
  'PUT /api/v1/engagements/:id/test-plans/:planId/conclusion': { auth: 'actor', allowed: FIRM_TEAM, prepare: planRoute('/conclusion', () => ({ conclusion: 'exceptions_noted' })) },
  'PUT /api/v1/engagements/:id/test-plans/:planId/exception': { auth: 'actor', allowed: FIRM_TEAM, prepare: planRoute('/exception', () => ({ rootCause: `Matrix ${++n}` })) },
  'POST /api/v1/engagements/:id/test-plans/:planId/exception/send': { auth: 'actor', allowed: FIRM_TEAM, prepare: planRoute('/exception/send', () => ({})) },
  'POST /api/v1/engagements/:id/test-plans/:planId/signoffs': { auth: 'actor', allowed: FIRM_TEAM, prepare: planRoute('/signoffs', () => ({ role: 'preparer' })) },
  'GET /api/v1/engagements/:id/exceptions': { auth: 'actor', allowed: ['admin', 'compliance_manager', 'partner', 'auditor'], prepare: async () => ({ url: `/api/v1/engagements/${(await fieldworkPlan()).id}/exceptions` }) },
  'POST /api/v1/engagements/:id/exceptions/:exceptionId/response': { auth: 'actor', allowed: ['admin', 'compliance_manager'], prepare: async () => { const f = await fieldworkPlan(); return { url: `/api/v1/engagements/${f.id}/exceptions/${f.exceptionId}/response`, body: { response: `Matrix ${++n}` } }; } },
  'GET /api/v1/engagements/:id/notes': { auth: 'actor', allowed: ENGAGEMENT_READERS, prepare: async () => ({ url: `/api/v1/engagements/${(await fieldworkPlan()).id}/notes` }) },
  'POST /api/v1/engagements/:id/notes': { auth: 'actor', allowed: FIRM_TEAM, prepare: async () => ({ url: `/api/v1/engagements/${(await fieldworkPlan()).id}/notes`, body: { kind: 'internal', body: 'Matrix note' } }) },
  'POST /api/v1/engagements/:id/notes/:noteId/resolve': { auth: 'actor', allowed: FIRM_TEAM, prepare: async () => { const f = await fieldworkPlan(); return { url: `/api/v1/engagements/${f.id}/notes/${f.noteId}/resolve`, body: {} }; } },
  'POST /api/v1/engagements/:id/notes/:noteId/share': { auth: 'actor', allowed: FIRM_TEAM, prepare: async () => { const f = await fieldworkPlan(); return { url: `/api/v1/engagements/${f.id}/notes/${f.noteId}/share`, body: { shared: n++ % 2 === 0 } }; } },
  // (review rows)
  'GET /api/v1/engagements/:id/design-review': { auth: 'actor', allowed: ['partner', 'auditor'], prepare: async () => ({ url: `/api/v1/engagements/${(await matrixEngagement()).id}/design-review` }) },
  'PUT /api/v1/engagements/:id/design-review/conclusions/:kind/:subject': { auth: 'actor', allowed: ['partner', 'auditor'], prepare: async () => ({ url: `/api/v1/engagements/${(await matrixEngagement()).id}/design-review/conclusions/criterion/CC1.1`, body: { conclusion: 'suitably_designed' } }) },
  'POST /api/v1/engagements/:id/design-review/send': { auth: 'actor', allowed: ['partner', 'auditor'], prepare: async () => ({ url: `/api/v1/engagements/${(await matrixEngagement()).id}/design-review/send`, body: {} }) },
  'GET /api/v1/engagements/:id/design-review/observations': { auth: 'actor', allowed: ENGAGEMENT_READERS, prepare: async () => ({ url: `/api/v1/engagements/${(await matrixEngagement()).id}/design-review/observations` }) },
  'POST /api/v1/engagements/:id/design-review/observations/:conclusionId/respond': { auth: 'actor', allowed: ['admin', 'compliance_manager'], prepare: async () => {
    const id = (await matrixEngagement()).id;
    const partner = principal('partner').agent;
    const subject = `DC${(n % 9) + 1}`;
    n += 1;
    const conclusion = (await partner.request('PUT', `/api/v1/engagements/${id}/design-review/conclusions/description/${subject}`, { conclusion: 'misstatement', observation: 'Matrix observation' })).json();
    await partner.post(`/api/v1/engagements/${id}/design-review/send`, {});
    return { url: `/api/v1/engagements/${id}/design-review/observations/${conclusion.id}/respond`, body: { response: 'Matrix response' } };
  } },
  'GET /api/v1/engagements/:id/opinion/proposal': { auth: 'actor', allowed: ['partner', 'auditor'], prepare: async () => ({ url: `/api/v1/engagements/${(await matrixEngagement()).id}/opinion/proposal` }) },
  'GET /api/v1/engagements/:id/opinion': { auth: 'actor', allowed: ENGAGEMENT_READERS, prepare: async () => ({ url: `/api/v1/engagements/${(await matrixEngagement()).id}/opinion` }) },
  'POST /api/v1/engagements/:id/opinion/decision': { auth: 'actor', allowed: FIRM_PARTNER, prepare: async () => {
    const id = await freshEngagement('service_org', true);
    for (const status of ['design_review', 'fieldwork', 'review']) await principal('partner').agent.post(`/api/v1/engagements/${id}/status`, { status });
    return { url: `/api/v1/engagements/${id}/opinion/decision`, body: { decision: 'accept' } };
  } },
  'GET /api/v1/engagements/:id/dashboard': { auth: 'actor', allowed: ENGAGEMENT_READERS, prepare: async () => ({ url: `/api/v1/engagements/${(await matrixEngagement()).id}/dashboard` }) },
  'GET /api/v1/engagements/:id/report/draft': { auth: 'actor', allowed: ENGAGEMENT_READERS, prepare: async () => ({ url: `/api/v1/engagements/${(await matrixEngagement()).id}/report/draft` }) },
  'GET /api/v1/engagements/:id/report/draft/file': { auth: 'actor', allowed: ENGAGEMENT_READERS, prepare: async () => ({ url: `/api/v1/engagements/${(await matrixEngagement()).id}/report/draft/file?format=html` }) },
  'GET /api/v1/engagements/:id/assertion': { auth: 'actor', allowed: ENGAGEMENT_READERS, prepare: async () => ({ url: `/api/v1/engagements/${(await matrixEngagement()).id}/assertion` }) },
  'POST /api/v1/engagements/:id/assertion/accept': { auth: 'actor', allowed: ['admin'], prepare: async () => {
    const id = (await matrixEngagement()).id;
    const { sha256 } = (await principal('admin').agent.get(`/api/v1/engagements/${id}/assertion`)).json();
    return { url: `/api/v1/engagements/${id}/assertion/accept`, body: { sha256 } };
  } },
  'POST /api/v1/engagements/:id/reports': { auth: 'actor', allowed: FIRM_PARTNER, prepare: async () => ({ url: `/api/v1/engagements/${(await matrixEngagement()).id}/reports`, body: {} }) },
  'GET /api/v1/reports': { auth: 'actor', allowed: ALL, prepare: fixed('/api/v1/reports') },
  'GET /api/v1/reports/:reportId': { auth: 'actor', allowed: ALL, prepare: fixed(`/api/v1/reports/${crypto.randomUUID()}`) },
  'GET /api/v1/reports/:reportId/file': { auth: 'actor', allowed: ALL, prepare: fixed(`/api/v1/reports/${crypto.randomUUID()}/file`) },
  'GET /api/v1/public/reports/:sha256': { auth: 'public', prepare: fixed(`/api/v1/public/reports/${'0'.repeat(64)}`) },
  'GET /api/v1/report-settings': { auth: 'actor', allowed: ['partner'], prepare: fixed('/api/v1/report-settings') },
  'PUT /api/v1/report-settings': { auth: 'actor', allowed: ['partner'], prepare: fixed('/api/v1/report-settings', { city: 'Matrix City' }) },
  'POST /api/v1/engagements/:id/roll-forward': { auth: 'actor', allowed: FIRM_PARTNER, prepare: async () => ({ url: `/api/v1/engagements/${(await matrixEngagement()).id}/roll-forward`, body: {} }) },
  'GET /api/v1/engagements/:id/follow-ups': { auth: 'actor', allowed: ['partner', 'auditor'], prepare: async () => ({ url: `/api/v1/engagements/${(await matrixEngagement()).id}/follow-ups` }) },
  'POST /api/v1/engagements/:id/follow-ups/:itemId/close': { auth: 'actor', allowed: ['partner', 'auditor'], prepare: async () => ({ url: `/api/v1/engagements/${(await matrixEngagement()).id}/follow-ups/${crypto.randomUUID()}/close`, body: { resolution: 'Matrix' } }) },
  'GET /api/v1/trust-page': { auth: 'actor', allowed: PROGRAM_WRITERS, prepare: fixed('/api/v1/trust-page') },
  'PUT /api/v1/trust-page': { auth: 'actor', allowed: PROGRAM_WRITERS, prepare: fixed('/api/v1/trust-page', { headline: 'Matrix headline' }) },
  'GET /api/v1/trust-page/access-requests': { auth: 'actor', allowed: PROGRAM_WRITERS, prepare: fixed('/api/v1/trust-page/access-requests') },
  'POST /api/v1/trust-page/access-requests/:requestId/decide': { auth: 'actor', allowed: PROGRAM_WRITERS, prepare: fixed(`/api/v1/trust-page/access-requests/${crypto.randomUUID()}/decide`, { decision: 'deny' }) },
  'GET /api/v1/trust-page/access-log': { auth: 'actor', allowed: PROGRAM_WRITERS, prepare: fixed('/api/v1/trust-page/access-log') },
  'GET /api/v1/trust-page/access-log.csv': { auth: 'actor', allowed: PROGRAM_WRITERS, prepare: fixed('/api/v1/trust-page/access-log.csv') },
  'GET /api/v1/bridge-letters': { auth: 'actor', allowed: PROGRAM_WRITERS, prepare: fixed('/api/v1/bridge-letters') },
  'POST /api/v1/bridge-letters': { auth: 'actor', allowed: PROGRAM_WRITERS, prepare: fixed('/api/v1/bridge-letters', { reportId: crypto.randomUUID() }) },
  'POST /api/v1/bridge-letters/:letterId/sign': { auth: 'actor', allowed: ['admin'], prepare: fixed(`/api/v1/bridge-letters/${crypto.randomUUID()}/sign`, {}) },
  'GET /api/v1/public/trust/:slug': { auth: 'public', prepare: fixed('/api/v1/public/trust/no-such-page') },
  'POST /api/v1/public/trust/:slug/access-requests': { auth: 'public', prepare: fixed('/api/v1/public/trust/no-such-page/access-requests', { name: 'M', email: 'm@example.test', company: 'M' }) },
  'GET /api/v1/public/trust/:slug/access': { auth: 'public', prepare: fixed(`/api/v1/public/trust/no-such-page/access?token=${'x'.repeat(32)}`) },
  'GET /api/v1/public/trust/:slug/reports/:reportId/file': { auth: 'public', prepare: fixed(`/api/v1/public/trust/no-such-page/reports/${crypto.randomUUID()}/file?token=${'x'.repeat(32)}`) },
  'GET /api/v1/public/trust/:slug/bridge-letters/:letterId/file': { auth: 'public', prepare: fixed(`/api/v1/public/trust/no-such-page/bridge-letters/${crypto.randomUUID()}/file?token=${'x'.repeat(32)}`) },
  'GET /api/v1/engagements/:id/test-matrix.xlsx': { auth: 'actor', allowed: ['partner', 'auditor'], prepare: async () => ({ url: `/api/v1/engagements/${(await matrixEngagement()).id}/test-matrix.xlsx` }) },
};

beforeAll(async () => {
  t = await makeTestApp();
  const acme = (await setupInstance(t)).agent;
  await createUserLocally(t.deps, { email: 'partner@firm.test', name: 'Pat Partner', org: 'Audit LLP', kind: 'audit_firm', role: 'partner', password: PASSWORD });
  const firm = new Agent(t.app);
  await firm.post('/api/v1/auth/login', { email: 'partner@firm.test', password: PASSWORD });
  await firm.refreshSession();
  principals = [{ role: 'admin', agent: acme, owner: acme, kind: 'service_org' }, { role: 'partner', agent: firm, owner: firm, kind: 'audit_firm' }];
  for (const role of SERVICE_ROLES.slice(1)) principals.push({ role, agent: (await inviteMember(t, acme, `${role}@acme.test`, role)).agent, owner: acme, kind: 'service_org' });
  principals.push({ role: 'auditor', agent: (await inviteMember(t, firm, 'auditor@firm.test', 'auditor')).agent, owner: firm, kind: 'audit_firm' });
  targets = {
    service_org: { memberId: (await inviteMember(t, acme, 'target@acme.test', 'viewer')).userId, memberRole: 'viewer' },
    audit_firm: { memberId: (await inviteMember(t, firm, 'target@firm.test', 'auditor')).userId, memberRole: 'auditor' },
  };
  const systemId = (await acme.post('/api/v1/systems', { name: 'Acme Platform' })).json().id;
  acmeProgram = { systemId, controlId: '' };
  acmeProgram.controlId = await freshControl();
  acmePersonId = (await acme.post('/api/v1/people', { name: 'Matrix Person', email: 'matrix.person@acme.test' })).json().id;
}, 120_000);
afterAll(async () => { await t.close(); });

describe('role × route matrix', () => {
  it('covers every registered route', () => {
    const registered = t.app.attestRoutes.filter((r) => r.url.startsWith('/api')).map((r) => `${r.method} ${r.url}`).sort();
    expect(registered).toEqual(Object.keys(MATRIX).sort());
    for (const r of t.app.attestRoutes.filter((r) => r.url.startsWith('/api'))) expect(MATRIX[`${r.method} ${r.url}`]!.auth).toBe(r.auth);
  });

  const logoutLast = Object.entries(MATRIX).sort(([a], [b]) => Number(a.includes('logout')) - Number(b.includes('logout')));
  for (const [key, row] of logoutLast) {
    const [method] = key.split(' ') as [string];
    it(`${key}`, async () => {
      const anonymous = new Agent(t.app);
      const p0 = await row.prepare(principals[0]!);
      const anon = await anonymous.request(method, p0.url, p0.body ?? (method === 'GET' || method === 'DELETE' ? undefined : {}));
      if (row.auth === 'public') expect(GATE_CODES, anon.body).not.toContain(codeOf(anon));
      else expect([anon.statusCode, codeOf(anon)], anon.body).toEqual([401, 'unauthenticated']);

      for (const p of principals) {
        if (key.includes('logout')) continue; // logging a principal out would end its session for the rest of the walk
        const prepared = await row.prepare(p);
        const res = await p.agent.request(method, prepared.url, prepared.body ?? (method === 'GET' || method === 'DELETE' ? undefined : {}));
        const allowed = row.auth !== 'actor' || row.allowed!.includes(p.role);
        if (allowed) {
          expect(GATE_CODES, `${p.role} ${key}: ${res.body}`).not.toContain(codeOf(res));
          expect(res.statusCode, `${p.role} ${key}: ${res.body}`).toBeLessThan(500);
        } else {
          expect(res.statusCode, `${p.role} ${key}: ${res.body}`).toBe(403);
          expect(res.json().error.code).toBe('forbidden');
        }
      }
    }, 60_000);
  }
});

describe('another tenant', () => {
  it('gets 404 for every object id of another organization, exactly as for an id that does not exist', async () => {
    const globex = await otherTenant(t);
    const acme = principals[0]!;
    const ids = {
      member: targets.service_org.memberId,
      invitation: await freshInvitation(acme),
      token: await freshToken(acme),
    };
    const random = crypto.randomUUID();
    const probes: Array<[string, (id: string) => string, unknown]> = [
      ['PATCH', (id) => `/api/v1/members/${id}`, { role: 'viewer' }],
      ['DELETE', (id) => `/api/v1/members/${id}`, undefined],
      ['DELETE', (id) => `/api/v1/invitations/${id}`, undefined],
      ['DELETE', (id) => `/api/v1/tokens/${id}`, undefined],
    ];
    const real = [ids.member, ids.member, ids.invitation, ids.token];
    for (const [i, [method, url, body]] of probes.entries()) {
      const theirs = await globex.request(method, url(real[i]!), body);
      const none = await globex.request(method, url(random), body);
      expect(theirs.statusCode, theirs.body).toBe(404);
      expect(theirs.json().error.code).toBe('not_found');
      expect(theirs.json().error.message).toBe(none.json().error.message);
    }
    // Nothing changed in Acme
    const members = (await acme.agent.get('/api/v1/members')).json().members as { userId: string }[];
    expect(members.some((m) => m.userId === ids.member)).toBe(true);
    const tokens = (await acme.agent.get('/api/v1/tokens')).json().tokens as { id: string; revokedAt: string | null }[];
    expect(tokens.find((x) => x.id === ids.token)!.revokedAt).toBeNull();
  });

  it('gets 404 for another organization\'s systems and controls, and cannot assign its people', async () => {
    const globex = await otherTenant(t, 'Umbrella');
    const random = crypto.randomUUID();
    const probes: Array<[string, (id: string) => string, unknown, string]> = [
      ['GET', (id) => `/api/v1/systems/${id}`, undefined, acmeProgram.systemId],
      ['PATCH', (id) => `/api/v1/systems/${id}`, { boundaries: 'hijacked' }, acmeProgram.systemId],
      ['GET', (id) => `/api/v1/systems/${id}/description`, undefined, acmeProgram.systemId],
      ['GET', (id) => `/api/v1/systems/${id}/readiness`, undefined, acmeProgram.systemId],
      ['GET', (id) => `/api/v1/systems/${id}/controls`, undefined, acmeProgram.systemId],
      ['POST', (id) => `/api/v1/systems/${id}/controls/adopt`, { codes: 'all' }, acmeProgram.systemId],
      ['GET', (id) => `/api/v1/systems/${id}/control-matrix.xlsx`, undefined, acmeProgram.systemId],
      ['GET', (id) => `/api/v1/controls/${id}`, undefined, acmeProgram.controlId],
      ['PATCH', (id) => `/api/v1/controls/${id}`, { title: 'hijacked' }, acmeProgram.controlId],
      ['POST', (id) => `/api/v1/controls/${id}/retire`, { reason: 'hijacked' }, acmeProgram.controlId],
      ['GET', (id) => `/api/v1/controls/${id}/history`, undefined, acmeProgram.controlId],
      ['GET', (id) => `/api/v1/controls/${id}/freshness`, undefined, acmeProgram.controlId],
    ];
    for (const [method, url, body, id] of probes) {
      const theirs = await globex.request(method, url(id), body);
      const none = await globex.request(method, url(random), body);
      expect(theirs.statusCode, `${method} ${url(id)}`).toBe(404);
      expect(theirs.json()).toEqual({ error: { ...none.json().error, requestId: theirs.json().error.requestId } });
    }
    const acmePerson = (await principals[0]!.agent.post('/api/v1/people', { name: 'Acme Person', email: 'person@acme.test' })).json().id;
    const ownSystem = (await globex.post('/api/v1/systems', { name: 'Umbrella Cloud' })).json().id;
    const ownControl = (await globex.post(`/api/v1/systems/${ownSystem}/controls`, { code: 'UMB-01', title: 'T', activity: 'Someone does something on a schedule.', frequency: 'annual', nature: 'manual', type: 'preventive', evidenceGuidance: '', criteria: ['CC1.1'] })).json().id;
    const steal = await globex.patch(`/api/v1/controls/${ownControl}`, { ownerId: acmePerson });
    expect(steal.statusCode).toBe(400);
    expect(steal.json().error.fields).toEqual([{ path: 'ownerId', message: 'no such person in this organization' }]);
    const acmeControl = (await principals[0]!.agent.get(`/api/v1/controls/${acmeProgram.controlId}`)).json();
    expect(acmeControl.title).toBe('Matrix control');
  });

  it('sees only its own organization in lists', async () => {
    const globex = await otherTenant(t, 'Initech');
    const members = (await globex.get('/api/v1/members')).json().members as { email: string }[];
    expect(members.map((m) => m.email)).toEqual(['admin@initech.test']);
    const log = (await globex.get('/api/v1/audit-log')).json().entries as { data: { email?: string } }[];
    expect(log.every((e) => !JSON.stringify(e).includes('acme.test'))).toBe(true);
    expect(log.length).toBeGreaterThan(0);
  });

  it('an API token acts with its own role and organization only', async () => {
    const acme = principals[0]!;
    const { secret } = (await acme.agent.post('/api/v1/tokens', { name: 'ci', role: 'viewer' })).json();
    const bot = new Agent(t.app);
    bot.bearer = secret;
    expect((await bot.get('/api/v1/members')).statusCode).toBe(200);
    expect((await bot.get('/api/v1/audit-log')).statusCode).toBe(403);
    expect((await bot.request('PATCH', '/api/v1/organization', { name: 'Hacked' })).statusCode).toBe(403);
    expect((await bot.get('/api/v1/session')).statusCode).toBe(403);
  });
});
