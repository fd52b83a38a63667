// The service organization's program through HTTP: systems (DC1–DC9), people, controls, the ownership matrix.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent} from './helpers/app.ts';
import { inviteMember, makeTestApp, setupInstance, type TestApp } from './helpers/app.ts';
import { CONTROL_LIBRARY } from '../src/domain/library/controls/index.ts';
import { expectCursorRefused, pageThrough } from './helpers/paging.ts';

let t: TestApp;
let admin: Agent;
let systemId: string;
beforeAll(async () => {
  t = await makeTestApp();
  ({ agent: admin } = await setupInstance(t));
});
afterAll(async () => { await t.close(); });

describe('systems', () => {
  it('defines a system; Security is always in scope and the criteria follow the categories', async () => {
    const res = await admin.post('/api/v1/systems', { name: 'Acme Platform', categories: ['availability', 'confidentiality', 'availability'] });
    expect(res.statusCode).toBe(201);
    const system = res.json();
    systemId = system.id;
    expect(system.categories).toEqual(['availability', 'confidentiality']);
    expect(system.criteriaInScope).toHaveLength(33 + 3 + 2);
    expect(system.criteriaInScope[0]).toBe('CC1.1');
    expect(system.criteriaInScope).toContain('A1.2');
    expect(system.criteriaInScope).not.toContain('P1.1');
    expect(system.components).toEqual({ infrastructure: [], software: [], people: [], procedures: [], data: [] });
  });

  it('refuses a category that does not exist, a duplicate name, and security as an optional category', async () => {
    expect((await admin.post('/api/v1/systems', { name: 'X', categories: ['security'] })).statusCode).toBe(400);
    const dup = await admin.post('/api/v1/systems', { name: 'acme platform' });
    expect(dup.statusCode).toBe(409);
  });

  it('rejects CUECs, CSOCs and not-relevant entries naming criteria out of scope, all at once, and writes nothing', async () => {
    const res = await admin.patch(`/api/v1/systems/${systemId}`, {
      cuecs: [{ text: 'Customers manage their own users.', criteria: ['CC6.2', 'P1.1'] }],
      notRelevant: [{ criterionId: 'PI1.3', reason: 'No processing' }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([
      { path: 'cuecs.0.criteria', message: 'P1.1 is not in scope for this system' },
      { path: 'notRelevant.0.criterionId', message: 'PI1.3 is not in scope for this system' },
    ]);
    expect((await admin.get(`/api/v1/systems/${systemId}`)).json().cuecs).toEqual([]);
  });

  it('validates nested fields with their paths', async () => {
    const res = await admin.patch(`/api/v1/systems/${systemId}`, { commitments: [{ commitment: '', source: 'rumour' }], significantChanges: [{ date: '2026-02-30', description: 'x' }] });
    expect(res.statusCode).toBe(400);
    const paths = res.json().error.fields.map((f: { path: string }) => f.path).sort();
    expect(paths).toEqual(['body.commitments.0.commitment', 'body.commitments.0.source', 'body.significantChanges.0.date']);
  });

  it('assembles the system description and names what is missing', async () => {
    const before = (await admin.get(`/api/v1/systems/${systemId}/description`)).json();
    expect(before.complete).toBe(false);
    const dc1 = before.sections.find((s: { key: string }) => s.key === 'DC1');
    expect(dc1.missing).toEqual(['services provided', 'system boundaries']);
    const dc5 = before.sections.find((s: { key: string }) => s.key === 'DC5');
    expect(dc5.missing[0]).toMatch(/^controls for CC1\.1, CC1\.2/);

    await admin.patch(`/api/v1/systems/${systemId}`, {
      servicesProvided: 'Acme runs a **payroll** platform for small businesses.',
      boundaries: 'The production environment in AWS us-east-1 and the people who operate it.',
      commitments: [{ commitment: '99.9% monthly availability', source: 'sla', reference: 'MSA §4' }],
      components: {
        infrastructure: [{ name: 'AWS', description: 'Hosting', owner: 'Platform team' }],
        software: [{ name: 'Payroll API', description: '', owner: '' }],
        people: [{ name: 'Engineering', description: '', owner: '' }],
        procedures: [{ name: 'Change management', description: '', owner: '' }],
        data: [{ name: 'Employee pay data', description: '', owner: '', classification: 'confidential' }],
      },
      incidents: 'No incidents affected the service commitments.',
      cuecs: [{ text: 'Customers remove access for their departed staff.', criteria: ['CC6.2'] }],
      subserviceOrganizations: [{ name: 'Amazon Web Services', service: 'Infrastructure hosting', method: 'carve_out', csocs: [{ text: 'Physical access to data centers is restricted.', criteria: ['CC6.4'] }] }],
      significantChanges: [{ date: '2026-03-01', description: 'Moved to a new region.' }],
    });
    const after = (await admin.get(`/api/v1/systems/${systemId}/description`)).json();
    const byKey = Object.fromEntries(after.sections.map((s: { key: string }) => [s.key, s]));
    for (const key of ['DC1', 'DC2', 'DC3', 'DC4', 'DC6', 'DC7', 'DC8', 'DC9']) expect(byKey[key].complete, key).toBe(true);
    expect(byKey.DC2.markdown).toContain('| 99.9% monthly availability | Service level agreement | MSA §4 |');
    expect(byKey.DC3.markdown).toContain('**Employee pay data** (confidential)');
    expect(byKey.DC7.markdown).toContain('carve-out method');
    expect(byKey.DC5.complete).toBe(false);
  });
});

describe('controls', () => {
  let ownerId: string;
  let backupId: string;

  it('adopts the whole library into the system, skipping templates out of scope, idempotently', async () => {
    const res = await admin.post(`/api/v1/systems/${systemId}/controls/adopt`, { codes: 'all' });
    expect(res.statusCode).toBe(200);
    const { adopted, alreadyAdopted, outOfScope } = res.json();
    expect(adopted.length + outOfScope.length).toBe(CONTROL_LIBRARY.length);
    expect(alreadyAdopted).toEqual([]);
    expect(outOfScope.filter((code: string) => !/^(PRIV|PI)-/.test(code))).toEqual([]);
    expect(outOfScope.length).toBeGreaterThan(0);
    const again = (await admin.post(`/api/v1/systems/${systemId}/controls/adopt`, { codes: 'all' })).json();
    expect(again.adopted).toEqual([]);
    expect(again.alreadyAdopted).toHaveLength(adopted.length);
    const unknown = await admin.post(`/api/v1/systems/${systemId}/controls/adopt`, { codes: ['AC-01', 'NOPE-99'] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toMatch(/NOPE-99/);
  });

  it('counts the active controls in the systems list', async () => {
    const active = (await admin.get(`/api/v1/systems/${systemId}/controls`)).json().controls.length;
    expect(active).toBeGreaterThan(100);
    const summary = (await admin.get('/api/v1/systems')).json().systems.find((s: { id: string }) => s.id === systemId);
    expect(summary.activeControls).toBe(active);
  });

  it('covers every in-scope criterion once the library is adopted (DC5 complete)', async () => {
    const dc5 = (await admin.get(`/api/v1/systems/${systemId}/description`)).json().sections.find((s: { key: string }) => s.key === 'DC5');
    expect(dc5.missing).toEqual([]);
    const cc61 = (await admin.get(`/api/v1/systems/${systemId}/controls?criterion=cc6.1`)).json().controls;
    expect(cc61.length).toBeGreaterThan(2);
    expect(cc61.every((c: { criteria: string[] }) => c.criteria.includes('CC6.1'))).toBe(true);
    const inScope = new Set((await admin.get(`/api/v1/systems/${systemId}`)).json().criteriaInScope);
    const all = (await admin.get(`/api/v1/systems/${systemId}/controls`)).json().controls as { code: string; criteria: string[] }[];
    expect(all.flatMap((c) => c.criteria.filter((id) => !inScope.has(id)).map((id) => `${c.code}:${id}`))).toEqual([]);
  });

  it('assigns owners from the roster, with clear errors for bad mappings', async () => {
    ownerId = (await admin.post('/api/v1/people', { name: 'Sam Security', email: 'sam@acme.test', title: 'Security lead' })).json().id;
    backupId = (await admin.post('/api/v1/people', { name: 'Bea Backup', email: 'bea@acme.test' })).json().id;
    expect((await admin.post('/api/v1/people', { name: 'Sam again', email: 'SAM@acme.test' })).statusCode).toBe(409);
    const control = (await admin.get(`/api/v1/systems/${systemId}/controls?q=AC-01`)).json().controls[0];
    const bad = await admin.patch(`/api/v1/controls/${control.id}`, { criteria: ['CC6.1', 'P1.1', 'CC6.1'], ownerId, backupOwnerId: ownerId });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toEqual([
      { path: 'criteria', message: 'P1.1 is not in scope for this system' },
      { path: 'criteria', message: 'a criterion is listed twice' },
      { path: 'backupOwnerId', message: 'the backup owner must be someone other than the owner' },
    ]);
    const ok = await admin.patch(`/api/v1/controls/${control.id}`, { ownerId, backupOwnerId: backupId, frequency: 'quarterly' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ owner: { id: ownerId, name: 'Sam Security' }, backupOwner: { name: 'Bea Backup' }, frequency: 'quarterly' });
    const history = (await admin.get(`/api/v1/controls/${control.id}/history`)).json().entries;
    expect(history.map((e: { kind: string }) => e.kind)).toEqual(['control.updated', 'control.adopted']);
    expect(history[0].data.changes.ownerId).toEqual({ from: null, to: ownerId });
  });

  it('writes a custom control and retires it, kept with its reason', async () => {
    const body = {
      code: 'cust-01', title: 'Quarterly tabletop', activity: 'The security team runs a tabletop exercise every quarter.',
      frequency: 'quarterly', nature: 'manual', type: 'detective', evidenceGuidance: 'Exercise notes', criteria: ['CC7.4'], ownerId,
    };
    const created = await admin.post(`/api/v1/systems/${systemId}/controls`, body);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ code: 'CUST-01', sourceTemplate: null, status: 'active' });
    const dup = await admin.post(`/api/v1/systems/${systemId}/controls`, body);
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.fields).toEqual([{ path: 'code', message: 'already used in this system' }]);
    const retired = await admin.post(`/api/v1/controls/${created.json().id}/retire`, { reason: 'Merged into IR-03' });
    expect(retired.json()).toMatchObject({ status: 'retired', retiredReason: 'Merged into IR-03' });
    expect((await admin.patch(`/api/v1/controls/${created.json().id}`, { title: 'Again' })).statusCode).toBe(409);
    const active = (await admin.get(`/api/v1/systems/${systemId}/controls?q=CUST-01`)).json().controls;
    expect(active).toEqual([]);
    const all = (await admin.get(`/api/v1/systems/${systemId}/controls?q=CUST-01&status=all`)).json().controls;
    expect(all).toHaveLength(1);
  });

  it('pages the controls by cursor: every control exactly once, in code order, with the filters kept', async () => {
    const url = `/api/v1/systems/${systemId}/controls`;
    type Row = { id: string; code: string; criteria: string[]; status: string };
    const whole = (await admin.get(`${url}?status=all&limit=500`)).json();
    expect(whole.nextCursor).toBeNull();
    expect(whole.controls.length).toBeGreaterThan(100);
    const { items, pages } = await pageThrough<Row>(admin, `${url}?status=all`, 'controls', 25);
    expect(pages).toBe(Math.ceil(whole.controls.length / 25));
    expect(items.map((c) => c.id)).toEqual(whole.controls.map((c: Row) => c.id));
    expect(new Set(items.map((c) => c.id)).size).toBe(items.length);
    expect(items.map((c) => c.code)).toEqual(items.map((c) => c.code).sort());
    expect(items.some((c) => c.status === 'retired')).toBe(true);

    const cc61 = await pageThrough<Row>(admin, `${url}?criterion=CC6.1`, 'controls', 2);
    const cc61Whole = (await admin.get(`${url}?criterion=CC6.1&limit=500`)).json().controls as Row[];
    expect(cc61.items.length).toBeGreaterThan(2);
    expect(cc61.items.map((c) => c.id)).toEqual(cc61Whole.map((c) => c.id));
    expect(cc61.items.every((c) => c.criteria.includes('CC6.1') && c.status === 'active')).toBe(true);
    expect((await pageThrough<Row>(admin, `${url}?status=retired`, 'controls', 1)).items.map((c) => c.code)).toEqual(['CUST-01']);
    // The default page holds 200; the library fits on one.
    expect((await admin.get(url)).json().controls).toHaveLength(whole.controls.filter((c: Row) => c.status === 'active').length);
  });

  it('refuses a cursor it did not issue and a limit out of range', async () => {
    const url = `/api/v1/systems/${systemId}/controls`;
    await expectCursorRefused(admin, url, 'risks');
    const first = (await admin.get(`${url}?limit=1`)).json();
    expect((await admin.get(`/api/v1/risks?cursor=${encodeURIComponent(first.nextCursor)}`)).statusCode).toBe(400);
    for (const limit of ['0', '501', 'ten']) expect((await admin.get(`${url}?limit=${limit}`)).statusCode).toBe(400);
  });

  it('exports the ownership matrix as CSV and as an XLSX that a spreadsheet program opens', async () => {
    const csv = await admin.get(`/api/v1/systems/${systemId}/control-matrix.csv`);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="attest-control-matrix-acme-platform.csv"');
    const lines = csv.body.trim().split('\r\n');
    expect(lines[0]).toBe('Code,Title,Owner,Owner email,Backup owner,Backup owner email,Frequency,Nature,Type,Evidence expected,Criteria,Status');
    const ac01 = lines.find((l) => l.startsWith('AC-01,'))!;
    expect(ac01).toContain('Sam Security,sam@acme.test,Bea Backup,bea@acme.test,Quarterly');

    const xlsx = await admin.request('GET', `/api/v1/systems/${systemId}/control-matrix.xlsx`);
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Control matrix')!;
    expect(sheet.rowCount).toBe(lines.length);
    expect(sheet.getRow(1).getCell(1).value).toBe('Code');
    const row = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).value === 'AC-01')!;
    expect(row.getCell(3).value).toBe('Sam Security');
  });
});

describe('readiness', () => {
  const kinds = (r: { gaps: { kind: string }[] }) => [...new Set(r.gaps.map((g) => g.kind))].sort();
  const readiness = async (type = 'type1') => (await admin.get(`/api/v1/systems/${systemId}/readiness?reportType=${type}`)).json();

  it('rises as controls get owners, policies are approved and people are trained, until no gap is left', async () => {
    const start = await readiness();
    expect(start.total).toBe(38);
    expect(kinds(start)).toEqual(['no_owner', 'no_policy', 'people_flag']);

    const owner = (await admin.post('/api/v1/people', { name: 'Olga Owner', email: 'olga@acme.test' })).json().id;
    const controls = (await admin.get(`/api/v1/systems/${systemId}/controls`)).json().controls as { id: string }[];
    for (const c of controls) await admin.patch(`/api/v1/controls/${c.id}`, { ownerId: owner });
    const owned = await readiness();
    expect(kinds(owned)).toEqual(['no_policy', 'people_flag']);
    expect(owned.gaps.length).toBeLessThan(start.gaps.length);

    const adopted = (await admin.post('/api/v1/policies/adopt', { keys: 'all', systemId })).json().adopted as { id: string }[];
    expect(kinds(await readiness())).toContain('policy_not_approved');
    for (const p of adopted) {
      expect((await admin.post(`/api/v1/policies/${p.id}/versions/1/submit`)).statusCode).toBe(200);
      expect((await admin.post(`/api/v1/policies/${p.id}/versions/1/approve`)).statusCode).toBe(200);
    }
    const documented = await readiness();
    expect(kinds(documented)).toEqual(['people_flag']);
    expect(documented.percent).toBeGreaterThan(owned.percent);

    const people = (await admin.get('/api/v1/people')).json().people as { id: string }[];
    const today = new Date().toISOString().slice(0, 10);
    for (const p of people) {
      await admin.post(`/api/v1/people/${p.id}/trainings`, { course: 'Security awareness', completedOn: today });
      await admin.post(`/api/v1/people/${p.id}/background-checks`, { status: 'passed', completedOn: today, provider: 'Checkr' });
    }
    const done = await readiness('type2');
    expect(done.gaps).toEqual([]);
    expect(done.percent).toBe(100);
    expect(done.assessed).toEqual({ policies: true, people: true, operating: false });
    expect(done.byCategory.map((c: { key: string }) => c.key)).toEqual(['security', 'availability', 'confidentiality']);
    const csv = await admin.get(`/api/v1/systems/${systemId}/readiness/gaps.csv`);
    expect(csv.body).toBe('criterion,gap,message,fix_in\r\n');
  });

  it('exports the gap list as CSV while gaps remain', async () => {
    const other = (await admin.post('/api/v1/systems', { name: 'Empty system' })).json().id;
    const csv = (await admin.get(`/api/v1/systems/${other}/readiness/gaps.csv`)).body.trim().split('\r\n');
    expect(csv[0]).toBe('criterion,gap,message,fix_in');
    expect(csv[1]).toBe('CC1.1,no_control,No active control maps to CC1.1,controls');
  });
});

describe('roles', () => {
  it('lets a control owner read the program but not change it', async () => {
    const { agent: owner } = await inviteMember(t, admin, 'co@acme.test', 'control_owner');
    expect((await owner.get(`/api/v1/systems/${systemId}/controls`)).statusCode).toBe(200);
    const denied = await owner.patch(`/api/v1/systems/${systemId}`, { boundaries: 'no' });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.code).toBe('forbidden');
  });
});

describe('partial updates', () => {
  it('changes only the fields sent', async () => {
    const before = (await admin.get(`/api/v1/systems/${systemId}`)).json();
    const after = (await admin.patch(`/api/v1/systems/${systemId}`, { incidents: 'One outage on 2026-04-02, see the post-mortem.' })).json();
    expect({ ...after, incidents: before.incidents, updatedAt: before.updatedAt }).toEqual(before);
    expect(after.categories).toEqual(['availability', 'confidentiality']);
  });
});
