// Stage 1 through HTTP: the worksheet (in-scope criteria, related controls, DC1–DC9, flags), conclusions and their
// validation, observations sent to the organization and answered, revisions after a response, the ledgers, and
// independence: the organization never writes conclusions and sees only what was sent; other tenants get 404.
import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRITERIA } from '../src/domain/catalog/index.ts';
import { criterionFlag } from '../src/services/design-review.ts';
import { ledger } from '../src/db/schema.ts';
import { agreeEngagement, examinationFixture, moveTo, type ExaminationFixture } from './helpers/engagement-fixture.ts';

let f: ExaminationFixture;
let id: string;
const url = (path = '') => `/api/v1/engagements/${id}/design-review${path}`;
const put = (agent: ExaminationFixture['firm'], kind: string, subject: string, body: unknown) => agent.request('PUT', url(`/conclusions/${kind}/${subject}`), body);
type Criterion = { id: string; flag: string | null; controls: { id: string; code: string; conclusion: { conclusion: string } | null }[]; conclusion: unknown };
const worksheet = async () => (await f.auditor.agent.get(url())).json() as { criteria: Criterion[]; description: { section: string; conclusion: unknown }[]; summary: Record<string, number>; editable: boolean };
const criterion = async (cid: string) => (await worksheet()).criteria.find((c) => c.id === cid)!;
const ledgerKinds = async (org: string, subject: string) =>
  (await f.t.deps.db.select({ kind: ledger.kind }).from(ledger).where(and(eq(ledger.org, org), eq(ledger.subject, subject))).orderBy(ledger.seq)).map((r) => r.kind);

beforeAll(async () => {
  f = await examinationFixture();
  id = await agreeEngagement(f);
}, 120_000);
afterAll(async () => { await f.t.close(); });

describe('the worksheet', () => {
  it('lists Security and the engagement\'s categories, each criterion\'s active controls, and DC1–DC9', async () => {
    const res = await f.auditor.agent.get(url());
    expect(res.statusCode, res.body).toBe(200);
    const w = res.json();
    const expected = CRITERIA.filter((c) => c.category === 'security' || c.category === 'availability').map((c) => c.id);
    expect(w.criteria.map((c: Criterion) => c.id).sort()).toEqual([...expected].sort());
    expect(w.criteria.some((c: Criterion) => c.id.startsWith('C1.'))).toBe(false);
    expect((w.criteria as Criterion[]).find((c) => c.id === 'CC6.1')!.controls.map((c) => c.code)).toEqual(['AC-01', 'AC-02']);
    expect((w.criteria as Criterion[]).find((c) => c.id === 'A1.2')!.controls.map((c) => c.code)).toEqual(['BK-01']);
    expect(w.description.map((d: { section: string }) => d.section)).toEqual(['DC1', 'DC2', 'DC3', 'DC4', 'DC5', 'DC6', 'DC7', 'DC8', 'DC9']);
    expect(w.editable).toBe(true);
    expect(w.summary).toMatchObject({ criteria: expected.length, controls: 4, controlsConcluded: 0, observationsSent: 0 });
  });

  it('flags a criterion with no control at all, and none of the controlled ones before any conclusion', async () => {
    const w = await worksheet();
    expect(w.criteria.find((c) => c.id === 'CC1.1')!.flag).toBe('no_controls');
    expect(w.criteria.find((c) => c.id === 'CC6.1')!.flag).toBeNull();
    expect(w.summary.flagged).toBe(w.criteria.filter((c) => c.controls.length === 0).length);
  });
});

describe('criterionFlag', () => {
  it.each([
    ['no controls, no conclusion', null, [], 'no_controls'],
    ['no controls, criterion judged suitably designed', 'suitably_designed', [], null],
    ['nothing concluded yet', null, [null, null], null],
    ['one deficient, one pending', null, ['design_deficiency', null], 'no_suitably_designed_control'],
    ['one deficient, one suitably designed', null, ['design_deficiency', 'suitably_designed'], null],
    ['criterion deficient overrides suitably designed controls', 'design_deficiency', ['suitably_designed'], 'no_suitably_designed_control'],
    ['criterion suitably designed overrides deficient controls', 'suitably_designed', ['design_deficiency'], null],
  ] as const)('%s → %s', (_name, own, controls, flag) => {
    expect(criterionFlag(own, controls)).toBe(flag);
  });
});

describe('recording conclusions', () => {
  it('flags a criterion once its only concluded controls are deficient, and clears it when another is suitably designed', async () => {
    const res = await put(f.auditor.agent, 'control', f.controls['AC-01']!, { conclusion: 'design_deficiency', observation: 'Access requests are approved by the requester\'s peer, not the system owner.', material: true });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ subjectKind: 'control', subject: f.controls['AC-01'], conclusion: 'design_deficiency', material: true, sentAt: null, recordedByLabel: 'auditor@firm.test' });
    expect((await criterion('CC6.1')).flag).toBe('no_suitably_designed_control');
    expect((await criterion('CC6.2')).flag).toBe('no_suitably_designed_control');
    expect((await put(f.auditor.agent, 'control', f.controls['AC-02']!, { conclusion: 'suitably_designed' })).statusCode).toBe(200);
    expect((await criterion('CC6.1')).flag).toBeNull();
    expect((await criterion('CC6.2')).flag).toBe('no_suitably_designed_control');
  });

  it('records criterion and description conclusions, canonicalising the subject', async () => {
    const c = await put(f.firm, 'criterion', 'cc8.1', { conclusion: 'suitably_designed' });
    expect(c.statusCode, c.body).toBe(200);
    expect(c.json().subject).toBe('CC8.1');
    const d = await put(f.firm, 'description', 'dc4', { conclusion: 'misstatement', observation: 'The March outage is not described.', material: false });
    expect(d.json()).toMatchObject({ subject: 'DC4', conclusion: 'misstatement' });
    const w = await worksheet();
    expect(w.description.find((s) => s.section === 'DC4')!.conclusion).toMatchObject({ conclusion: 'misstatement' });
  });

  it.each([
    ['a design conclusion on a description section', 'description', 'DC1', { conclusion: 'suitably_designed' }, 400],
    ['a description conclusion on a criterion', 'criterion', 'CC6.1', { conclusion: 'fairly_presented' }, 400],
    ['a deficiency without an observation', 'criterion', 'CC6.1', { conclusion: 'design_deficiency', observation: '  ' }, 400],
    ['a criterion out of scope (privacy)', 'criterion', 'P1.1', { conclusion: 'suitably_designed' }, 404],
    ['a section that does not exist', 'description', 'DC10', { conclusion: 'fairly_presented' }, 404],
    ['a control that is not in the system', 'control', crypto.randomUUID(), { conclusion: 'suitably_designed' }, 404],
    ['a control id that is not an id', 'control', 'AC-01', { conclusion: 'suitably_designed' }, 404],
    ['an unknown kind', 'vendor', 'x', { conclusion: 'suitably_designed' }, 400],
  ])('refuses %s', async (_name, kind, subject, body, status) => {
    const before = (await worksheet()).summary;
    const res = await put(f.auditor.agent, kind, subject, body);
    expect(res.statusCode, res.body).toBe(status);
    expect((await worksheet()).summary).toEqual(before);
  });

  it('refuses the service organization: no worksheet, no conclusions (403)', async () => {
    for (const agent of [f.acme, f.compliance, f.viewer]) {
      expect((await agent.get(url())).statusCode).toBe(403);
      const res = await put(agent, 'criterion', 'CC6.1', { conclusion: 'suitably_designed' });
      expect([res.statusCode, res.json().error.code]).toEqual([403, 'forbidden']);
    }
    expect((await criterion('CC6.1')).conclusion).toBeNull();
  });

  it('writes each conclusion to the firm\'s ledger only, once per change', async () => {
    const first = (await put(f.auditor.agent, 'criterion', 'CC7.1', { conclusion: 'suitably_designed' })).json();
    await put(f.auditor.agent, 'criterion', 'CC7.1', { conclusion: 'suitably_designed' });
    expect(await ledgerKinds(f.firmId, first.id)).toEqual(['design.concluded']);
    expect(await ledgerKinds(f.acmeId, first.id)).toEqual([]);
  });
});

describe('observations', () => {
  let sentIds: string[];
  it('shows the organization nothing until the firm sends', async () => {
    const res = await f.compliance.get(url('/observations'));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().observations).toEqual([]);
  });

  it('sends every unsent observation; the organization then sees exactly those, without the materiality judgement', async () => {
    expect((await f.acme.post(url('/send'), {})).statusCode).toBe(403);
    const res = await f.auditor.agent.post(url('/send'), {});
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().sent).toBe(2); // AC-01's deficiency and DC4's misstatement; conclusions without observations are not sent
    sentIds = res.json().conclusionIds;
    expect((await f.auditor.agent.post(url('/send'), {})).json().sent).toBe(0);
    // A later observation stays the firm's until sent
    await put(f.auditor.agent, 'criterion', 'CC9.1', { conclusion: 'design_deficiency', observation: 'Vendor risk is not assessed.', material: false });
    const seen = (await f.viewer.get(url('/observations'))).json().observations as Record<string, unknown>[];
    expect(seen.map((o) => o.id).sort()).toEqual([...sentIds].sort());
    expect(seen.map((o) => o.subjectLabel).sort()).toEqual(['AC-01 Control AC-01', 'DC4 Significant incidents']);
    for (const o of seen) expect(o).not.toHaveProperty('material');
    for (const conclusionId of sentIds) {
      expect(await ledgerKinds(f.acmeId, conclusionId)).toEqual(['design.observation_sent']);
      expect(await ledgerKinds(f.firmId, conclusionId)).toEqual(['design.concluded', 'design.observation_sent']);
    }
  });

  it('lets the organization\'s admin or compliance manager respond, nobody else, and only to what was sent', async () => {
    const ac01 = (await f.compliance.get(url('/observations'))).json().observations.find((o: { subject: string }) => o.subject === f.controls['AC-01']);
    const respond = (agent: ExaminationFixture['firm'], conclusionId: string) => agent.post(url(`/observations/${conclusionId}/respond`), { response: 'Approval now goes to the system owner (change 4411).' });
    expect((await respond(f.viewer, ac01.id)).statusCode).toBe(403);
    expect((await respond(f.auditor.agent, ac01.id)).statusCode).toBe(403);
    const unsent = (await worksheet()).criteria.find((c) => c.id === 'CC9.1')!.conclusion as { id: string };
    expect((await respond(f.compliance, unsent.id)).statusCode).toBe(404);
    const res = await respond(f.compliance, ac01.id);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ response: 'Approval now goes to the system owner (change 4411).', respondedByLabel: 'cm@acme.test', revisedAfterResponse: false });
    expect(await ledgerKinds(f.acmeId, ac01.id)).toEqual(['design.observation_sent', 'design.responded']);
    expect(await ledgerKinds(f.firmId, ac01.id)).toEqual(['design.concluded', 'design.observation_sent', 'design.responded']);
  });

  it('lets the firm revise after the response (the design was fixed); the organization sees the revision', async () => {
    const res = await put(f.auditor.agent, 'control', f.controls['AC-01']!, { conclusion: 'suitably_designed', observation: 'Fixed: the system owner now approves.', material: false });
    expect(res.json()).toMatchObject({ conclusion: 'suitably_designed', response: 'Approval now goes to the system owner (change 4411).', revisedAfterResponse: true });
    expect(res.json().sentAt).not.toBeNull();
    expect((await criterion('CC6.2')).flag).toBeNull();
    const seen = (await f.compliance.get(url('/observations'))).json().observations.find((o: { subject: string }) => o.subject === f.controls['AC-01']);
    expect(seen).toMatchObject({ conclusion: 'suitably_designed', revisedAfterResponse: true });
    expect((await worksheet()).summary.responses).toBe(1);
  });
});

describe('phases and tenancy', () => {
  it('refuses conclusions once the engagement is in reporting (409)', async () => {
    const later = await agreeEngagement(f);
    await moveTo(f, later, 'reporting');
    const res = await f.firm.request('PUT', `/api/v1/engagements/${later}/design-review/conclusions/criterion/CC6.1`, { conclusion: 'suitably_designed' });
    expect([res.statusCode, res.json().error.code]).toEqual([409, 'engagement_invalid_transition']);
    expect((await f.firm.get(`/api/v1/engagements/${later}/design-review`)).json().editable).toBe(false);
  });

  it('answers another firm and another tenant with 404, exactly as for an unknown engagement', async () => {
    const sent = (await f.compliance.get(url('/observations'))).json().observations[0].id;
    const probes: [string, string, unknown][] = [
      ['GET', '/design-review', undefined],
      ['PUT', '/design-review/conclusions/criterion/CC6.1', { conclusion: 'suitably_designed' }],
      ['POST', '/design-review/send', {}],
      ['GET', '/design-review/observations', undefined],
      ['POST', `/design-review/observations/${sent}/respond`, { response: 'x' }],
    ];
    for (const agent of [f.otherFirm, f.globex]) {
      for (const [method, path, body] of probes) {
        const theirs = await agent.request(method, `/api/v1/engagements/${id}${path}`, body);
        const none = await agent.request(method, `/api/v1/engagements/${crypto.randomUUID()}${path}`, body);
        expect(theirs.statusCode, `${method} ${path}`).toBe(404);
        expect(theirs.json().error.message).toBe(none.json().error.message);
      }
    }
  });
});
