// Requests (the PBC list) through HTTP: CRUD, validation, transitions, comments, roles (the assignee
// answers whatever their role), notifications, due reminders, evidence attachments, export, tenancy.
import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inviteMember, makeTestApp, otherTenant, setupInstance, type Agent, type TestApp } from './helpers/app.ts';
import { expectCursorRefused, pageThrough } from './helpers/paging.ts';
import { addDays, isoDate } from '../src/domain/calendar/dates.ts';
import { parseCsv } from '../src/domain/catalog/csv.ts';
import { evidenceItems } from '../src/db/schema.ts';
import { sendDueReminders } from '../src/services/requests.ts';

let t: TestApp;
let admin: Agent;
let employee: Agent;
let viewer: Agent;
let owner: Agent;
let globex: Agent;
let today: string;
const ids = {} as Record<'system' | 'ctlA' | 'ctlB' | 'employee' | 'viewer' | 'owner' | 'admin' | 'theirControl' | 'theirUser' | 'theirSystem', string>;

const control = async (agent: Agent, systemId: string, code: string) =>
  (await agent.post(`/api/v1/systems/${systemId}/controls`, { code, title: `Control ${code}`, activity: 'Someone does something on a schedule.', frequency: 'monthly', nature: 'manual', type: 'detective', evidenceGuidance: '', criteria: ['CC4.1'] })).json().id as string;
const auditOf = async (subject: string) =>
  ((await admin.get('/api/v1/audit-log?limit=500')).json().entries as { kind: string; subject: string; data: Record<string, unknown> }[]).filter((e) => e.subject === subject).map((e) => ({ kind: e.kind, data: e.data })).reverse();
const notificationsOf = async (agent: Agent) => (await agent.get('/api/v1/notifications')).json() as { notifications: { id: string; kind: string; title: string; link: string; readAt: string | null }[]; unread: number };
async function evidence(org: string, title: string): Promise<string> {
  const [row] = await t.deps.db.insert(evidenceItems).values({
    organizationId: org, title, source: 'upload', fileName: `${title}.pdf`, contentType: 'application/pdf', size: 3, sha256: crypto.createHash('sha256').update(title).digest('hex'),
    collectedAt: new Date(), collectedByLabel: 'Test', periodStart: '2026-01-01', periodEnd: '2026-03-31', ledgerSeq: 1,
  }).returning();
  return row!.id;
}

beforeAll(async () => {
  t = await makeTestApp();
  today = isoDate(t.deps.now());
  const setup = await setupInstance(t);
  admin = setup.agent;
  ids.admin = (await admin.get('/api/v1/session')).json().user.id;
  ids.system = (await admin.post('/api/v1/systems', { name: 'Acme Platform' })).json().id;
  ids.ctlA = await control(admin, ids.system, 'AC-01');
  ids.ctlB = await control(admin, ids.system, 'CM-02');
  ({ agent: employee, userId: ids.employee } = await inviteMember(t, admin, 'emma@acme.test', 'employee', 'Emma Employee'));
  ({ agent: viewer, userId: ids.viewer } = await inviteMember(t, admin, 'vic@acme.test', 'viewer', 'Vic Viewer'));
  ({ agent: owner, userId: ids.owner } = await inviteMember(t, admin, 'otto@acme.test', 'control_owner', 'Otto Owner'));
  globex = await otherTenant(t);
  ids.theirUser = (await globex.get('/api/v1/session')).json().user.id;
  ids.theirSystem = (await globex.post('/api/v1/systems', { name: 'Globex Cloud' })).json().id;
  ids.theirControl = await control(globex, ids.theirSystem, 'GX-01');
});
afterAll(async () => { await t.close(); });

describe('creating and editing requests', () => {
  let id: string;
  it('creates a request with controls, due date and assignee; the assignee is notified', async () => {
    const res = await admin.post('/api/v1/requests', { title: 'Quarterly access review', description: 'Export of the **Q1** review', controlIds: [ids.ctlA, ids.ctlA, ids.ctlB], dueOn: addDays(today, 10), assigneeId: ids.employee, systemId: ids.system });
    expect(res.statusCode, res.body).toBe(201);
    const r = res.json();
    id = r.id;
    expect(r).toMatchObject({ title: 'Quarterly access review', status: 'open', dueState: 'on_track', assignee: { id: ids.employee, label: 'Emma Employee' }, createdBy: { id: ids.admin, label: 'Olivia Owner' }, engagementId: null, comments: [], attachments: [], commentCount: 0 });
    expect(r.controls.map((c: { code: string }) => c.code)).toEqual(['AC-01', 'CM-02']);
    expect(await auditOf(id)).toEqual([{ kind: 'request.created', data: { title: 'Quarterly access review', dueOn: addDays(today, 10), assigneeId: ids.employee, controlIds: [ids.ctlA, ids.ctlB] } }]);
    const mine = await notificationsOf(employee);
    expect(mine.unread).toBe(1);
    expect(mine.notifications[0]).toMatchObject({ kind: 'request_assigned', title: 'Request assigned to you: Quarterly access review', link: `/requests/${id}`, readAt: null });
    expect((await notificationsOf(viewer)).notifications).toEqual([]);
  });

  it('refuses another tenant\'s control, a non-member assignee and a foreign system, all at once, writing nothing', async () => {
    const before = (await admin.get('/api/v1/requests')).json().requests.length;
    const res = await admin.post('/api/v1/requests', { title: 'Bad', controlIds: [ids.ctlA, ids.theirControl], assigneeId: ids.theirUser, systemId: ids.theirSystem });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([
      { path: 'controlIds.1', message: 'no such control in this organization' },
      { path: 'assigneeId', message: 'not a member of this organization' },
      { path: 'systemId', message: 'no such system in this organization' },
    ]);
    expect((await admin.get('/api/v1/requests')).json().requests.length).toBe(before);
    const bad = await admin.post('/api/v1/requests', { title: '', dueOn: '2026-02-30', extra: 1 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('validation_failed');
  });

  it('edits and reassigns: the diff is audited and the new assignee notified', async () => {
    const res = await admin.patch(`/api/v1/requests/${id}`, { title: 'Q1 access review', assigneeId: ids.viewer, controlIds: [ids.ctlB] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ title: 'Q1 access review', assignee: { id: ids.viewer } });
    expect(res.json().controls.map((c: { code: string }) => c.code)).toEqual(['CM-02']);
    const audit = await auditOf(id);
    expect(audit[1]).toEqual({ kind: 'request.updated', data: { title: 'Q1 access review', changes: { title: { from: 'Quarterly access review', to: 'Q1 access review' }, assigneeId: { from: ids.employee, to: ids.viewer }, controlIds: { from: [ids.ctlA, ids.ctlB].sort(), to: [ids.ctlB] } } } });
    expect((await notificationsOf(viewer)).notifications.map((n) => n.kind)).toEqual(['request_assigned']);
    // An unchanged edit writes nothing
    await admin.patch(`/api/v1/requests/${id}`, { title: 'Q1 access review' });
    expect((await auditOf(id)).length).toBe(2);
    expect((await admin.patch(`/api/v1/requests/${id}`, {})).json().error.code).toBe('validation_failed');
    // Only writers edit
    expect((await employee.patch(`/api/v1/requests/${id}`, { title: 'Mine' })).statusCode).toBe(403);
    expect((await owner.patch(`/api/v1/requests/${id}`, { title: 'Mine' })).statusCode).toBe(403);
  });
});

describe('answering and reviewing', () => {
  let id: string;
  beforeAll(async () => {
    id = (await admin.post('/api/v1/requests', { title: 'Change tickets sample', assigneeId: ids.employee, dueOn: addDays(today, 2) })).json().id;
  });

  it('the employee assignee comments and submits; a viewer who is not the assignee may not', async () => {
    expect((await viewer.post(`/api/v1/requests/${id}/comments`, { body: 'me too' })).statusCode).toBe(403);
    expect((await viewer.post(`/api/v1/requests/${id}/submit`, {})).statusCode).toBe(403);
    expect((await viewer.get(`/api/v1/requests/${id}`)).statusCode).toBe(200);
    const c = await employee.post(`/api/v1/requests/${id}/comments`, { body: 'Working on it — see _ticket_ list.' });
    expect(c.statusCode, c.body).toBe(201);
    expect(c.json().comments).toMatchObject([{ author: { id: ids.employee, label: 'Emma Employee' }, body: 'Working on it — see _ticket_ list.', transition: null }]);
    const owners = await owner.post(`/api/v1/requests/${id}/comments`, { body: 'Control owner here.' });
    expect(owners.statusCode).toBe(201);
    const s = await employee.post(`/api/v1/requests/${id}/submit`, { comment: 'Attached the sample.' });
    expect(s.statusCode, s.body).toBe(200);
    expect(s.json()).toMatchObject({ status: 'submitted', dueState: 'answered', commentCount: 3 });
    expect(s.json().submittedAt).not.toBeNull();
    expect(s.json().comments[2]).toMatchObject({ body: 'Attached the sample.', transition: 'submitted' });
    // The creator hears about it
    expect((await notificationsOf(admin)).notifications[0]).toMatchObject({ kind: 'request_submitted', link: `/requests/${id}` });
  });

  it('the assignee cannot accept or return; the reviewer returns with a comment (required)', async () => {
    expect((await employee.post(`/api/v1/requests/${id}/accept`, {})).json().error.code).toBe('forbidden');
    expect((await employee.post(`/api/v1/requests/${id}/return`, { comment: 'x' })).json().error.code).toBe('forbidden');
    const noComment = await admin.post(`/api/v1/requests/${id}/return`, {});
    expect(noComment.statusCode).toBe(400);
    expect(noComment.json().error.fields[0].path).toBe('body.comment');
    const r = await admin.post(`/api/v1/requests/${id}/return`, { comment: 'Three tickets are missing approvals.' });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ status: 'returned', dueState: 'due_soon' });
    expect(r.json().comments.at(-1)).toMatchObject({ body: 'Three tickets are missing approvals.', transition: 'returned' });
    const n = (await notificationsOf(employee)).notifications[0]!;
    expect(n).toMatchObject({ kind: 'request_returned', title: 'Request returned: Change tickets sample' });
  });

  it('invalid transitions are 409 request_invalid_transition and change nothing', async () => {
    const before = (await admin.get(`/api/v1/requests/${id}`)).json();
    const res = await admin.post(`/api/v1/requests/${id}/accept`, {});
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('request_invalid_transition');
    expect((await admin.post(`/api/v1/requests/${id}/return`, { comment: 'again' })).json().error.code).toBe('request_invalid_transition');
    expect((await admin.get(`/api/v1/requests/${id}`)).json()).toEqual(before);
  });

  it('returned → submitted again → accepted; then nothing moves', async () => {
    expect((await employee.post(`/api/v1/requests/${id}/submit`, {})).json().status).toBe('submitted');
    const a = await admin.post(`/api/v1/requests/${id}/accept`, { comment: 'Thanks.' });
    expect(a.json()).toMatchObject({ status: 'accepted', dueState: 'answered' });
    expect(a.json().acceptedAt).not.toBeNull();
    for (const move of ['submit', 'accept']) expect((await admin.post(`/api/v1/requests/${id}/${move}`, {})).statusCode).toBe(409);
    const kinds = (await auditOf(id)).filter((e) => e.kind === 'request.status_changed').map((e) => `${e.data.from}→${e.data.to}`);
    expect(kinds).toEqual(['open→submitted', 'submitted→returned', 'returned→submitted', 'submitted→accepted']);
    expect((await auditOf(id)).filter((e) => e.kind === 'request.commented')).toHaveLength(2);
  });

  it('a viewer who is the assignee may answer', async () => {
    const rid = (await admin.post('/api/v1/requests', { title: 'For the viewer', assigneeId: ids.viewer })).json().id;
    expect((await viewer.post(`/api/v1/requests/${rid}/comments`, { body: 'on it' })).statusCode).toBe(201);
    expect((await viewer.post(`/api/v1/requests/${rid}/submit`, {})).json().status).toBe('submitted');
    expect((await viewer.post(`/api/v1/requests/${rid}/accept`, {})).statusCode).toBe(403);
  });
});

describe('notifications', () => {
  it('marks one read (only one\'s own), then all', async () => {
    const mine = await notificationsOf(employee);
    expect(mine.unread).toBeGreaterThanOrEqual(2);
    const first = mine.notifications[0]!;
    expect((await viewer.post(`/api/v1/notifications/${first.id}/read`)).statusCode).toBe(404);
    expect((await globex.post(`/api/v1/notifications/${first.id}/read`)).statusCode).toBe(404);
    const read = await employee.post(`/api/v1/notifications/${first.id}/read`);
    expect(read.statusCode).toBe(200);
    expect(read.json().readAt).not.toBeNull();
    expect((await employee.get('/api/v1/notifications/unread-count')).json().unread).toBe(mine.unread - 1);
    expect((await employee.get('/api/v1/notifications?unread=true')).json().notifications.some((n: { id: string }) => n.id === first.id)).toBe(false);
    const all = await employee.post('/api/v1/notifications/read-all');
    expect(all.json()).toEqual({ marked: mine.unread - 1, unread: 0 });
    expect((await employee.get('/api/v1/notifications/unread-count')).json()).toEqual({ unread: 0 });
  });

  it('pages by cursor', async () => {
    const { items, pages } = await pageThrough<{ id: string }>(employee, '/api/v1/notifications', 'notifications', 1);
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(pages).toBe(items.length);
    expect(new Set(items.map((n) => n.id)).size).toBe(items.length);
    await expectCursorRefused(employee, '/api/v1/notifications', 'requests');
  });

  it('due-soon and overdue reminders go to the assignee once a day, idempotently', async () => {
    const soon = (await admin.post('/api/v1/requests', { title: 'Due soon', assigneeId: ids.owner, dueOn: addDays(today, 1) })).json().id;
    const late = (await admin.post('/api/v1/requests', { title: 'Late', assigneeId: ids.owner, dueOn: addDays(today, -1) })).json().id;
    await admin.post('/api/v1/requests', { title: 'Far', assigneeId: ids.owner, dueOn: addDays(today, 30) });
    const reminders = async () => (await notificationsOf(owner)).notifications.filter((n) => n.kind.startsWith('request_due') || n.kind === 'request_overdue');
    expect(await sendDueReminders(t.deps)).toBeGreaterThanOrEqual(2);
    const first = await reminders();
    expect(first.map((n) => [n.kind, n.link]).sort()).toEqual([['request_due_soon', `/requests/${soon}`], ['request_overdue', `/requests/${late}`]].sort());
    await sendDueReminders(t.deps);
    expect(await reminders()).toHaveLength(2);
    // The next day (the pass runs with tomorrow's clock; sessions keep today's): the overdue one again, not the due-soon one
    const later = (days: number) => ({ ...t.deps, now: () => new Date(Date.now() + days * 86_400_000) });
    await sendDueReminders(later(1));
    const next = await reminders();
    expect(next.filter((n) => n.kind === 'request_overdue')).toHaveLength(2);
    expect(next.filter((n) => n.kind === 'request_due_soon')).toHaveLength(1);
    // Answered requests are not chased
    await owner.post(`/api/v1/requests/${late}/submit`, {});
    await sendDueReminders(later(2));
    const after = await reminders();
    expect(after.filter((n) => n.link === `/requests/${late}`)).toHaveLength(2);
    // …while the one that was due soon is now overdue
    expect(after.filter((n) => n.link === `/requests/${soon}`).map((n) => n.kind)).toEqual(['request_overdue', 'request_due_soon']);
  });
});

describe('listing and filtering', () => {
  it('filters by status, assignee (me), due state, control and text, and pages by cursor', async () => {
    const list = async (q: string) => (await admin.get(`/api/v1/requests?${q}`)).json().requests as { title: string; status: string; dueState: string; assignee: { id: string } | null }[];
    expect((await list('status=accepted')).map((r) => r.title)).toEqual(['Change tickets sample']);
    expect((await list(`assignee=${ids.owner}`)).every((r) => r.assignee?.id === ids.owner)).toBe(true);
    const mine = (await owner.get('/api/v1/requests?assignee=me')).json().requests as { assignee: { id: string } }[];
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((r) => r.assignee.id === ids.owner)).toBe(true);
    expect((await list('due=due_soon')).map((r) => r.title)).toContain('Due soon');
    expect((await list('due=due_soon')).every((r) => r.dueState === 'due_soon')).toBe(true);
    expect((await list('due=overdue')).every((r) => r.dueState === 'overdue')).toBe(true);
    expect((await list(`controlId=${ids.ctlB}`)).map((r) => r.title)).toEqual(['Q1 access review']);
    expect((await list('q=tickets')).map((r) => r.title)).toEqual(['Change tickets sample']);
    const all = await list('limit=200');
    const { items, pages } = await pageThrough<{ id: string }>(admin, '/api/v1/requests', 'requests', 2);
    expect(items.map((r) => r.id)).toEqual(all.map((r) => (r as unknown as { id: string }).id));
    expect(pages).toBe(Math.ceil(all.length / 2));
    await expectCursorRefused(admin, '/api/v1/requests', 'notifications');
  });
});

describe('evidence attachments', () => {
  it('attaches and detaches this organization\'s evidence; another tenant\'s is not found', async () => {
    const rid = (await admin.post('/api/v1/requests', { title: 'Backup logs', assigneeId: ids.employee })).json().id;
    const acmeOrg = (await admin.get('/api/v1/organization')).json().id;
    const globexOrg = (await globex.get('/api/v1/organization')).json().id;
    const mine = await evidence(acmeOrg, 'backup-report');
    const theirs = await evidence(globexOrg, 'their-report');
    const a = await employee.post(`/api/v1/requests/${rid}/evidence`, { evidenceId: mine });
    expect(a.statusCode, a.body).toBe(200);
    expect(a.json().attachments).toMatchObject([{ evidenceId: mine, title: 'backup-report', fileName: 'backup-report.pdf', status: 'current', attachedBy: { id: ids.employee } }]);
    expect(a.json().attachmentCount).toBe(1);
    // Attaching twice is a no-op
    expect((await employee.post(`/api/v1/requests/${rid}/evidence`, { evidenceId: mine })).json().attachments).toHaveLength(1);
    const foreign = await employee.post(`/api/v1/requests/${rid}/evidence`, { evidenceId: theirs });
    expect(foreign.statusCode).toBe(404);
    expect((await viewer.post(`/api/v1/requests/${rid}/evidence`, { evidenceId: mine })).statusCode).toBe(403);
    const d = await employee.delete(`/api/v1/requests/${rid}/evidence/${mine}`);
    expect(d.json().attachments).toEqual([]);
    expect((await employee.delete(`/api/v1/requests/${rid}/evidence/${mine}`)).statusCode).toBe(404);
    expect((await auditOf(rid)).map((e) => e.kind)).toEqual(['request.created', 'request.evidence_attached', 'request.evidence_detached']);
  });
});

describe('export', () => {
  it('exports the list with statuses as CSV, defusing formulas', async () => {
    await admin.post('/api/v1/requests', { title: '=HYPERLINK("http://evil")', controlIds: [ids.ctlA], assigneeId: ids.employee, dueOn: '2026-12-31' });
    const res = await admin.get('/api/v1/requests/export.csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="attest-requests-\d{4}-\d{2}-\d{2}\.csv"/);
    const [header, ...rows] = parseCsv(res.body).records.map((r) => r.fields).filter((f) => f.length > 1);
    expect(header!.slice(0, 7)).toEqual(['title', 'description', 'controls', 'due_date', 'assignee_email', 'status', 'due_state']);
    const evil = rows.find((r) => r[0]!.includes('HYPERLINK'))!;
    expect(evil[0]).toBe('\'=HYPERLINK("http://evil")');
    expect(evil.slice(2, 6)).toEqual(['AC-01', '2026-12-31', 'emma@acme.test', 'open']);
    expect(rows.find((r) => r[0] === 'Change tickets sample')![5]).toBe('accepted');
    const filtered = parseCsv((await admin.get('/api/v1/requests/export.csv?status=accepted')).body).records.filter((r) => r.fields.length > 1);
    expect(filtered).toHaveLength(2);
  });

  it('exports XLSX that reads back with the same rows; strings stay strings', async () => {
    const res = await admin.get('/api/v1/requests/export.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(6).value).toBe('status');
    const values: string[][] = [];
    ws.eachRow((row, n) => { if (n > 1) values.push([String(row.getCell(1).value), String(row.getCell(6).value)]); });
    const all = (await admin.get('/api/v1/requests?limit=200')).json().requests as { title: string; status: string }[];
    expect(values.sort()).toEqual(all.map((r) => [r.title, r.status]).sort());
    const evilCell = ws.getColumn(1).values.find((v) => String(v).includes('HYPERLINK'));
    expect(typeof evilCell).toBe('string');
  });
});

describe('another tenant', () => {
  it('gets 404 for every request route with Acme\'s ids, as for ids that do not exist, and changes nothing', async () => {
    const rid = (await admin.post('/api/v1/requests', { title: 'Tenant probe', assigneeId: ids.employee })).json().id;
    const before = (await admin.get(`/api/v1/requests/${rid}`)).json();
    const random = crypto.randomUUID();
    const probes: Array<[string, (id: string) => string, unknown]> = [
      ['GET', (x) => `/api/v1/requests/${x}`, undefined],
      ['PATCH', (x) => `/api/v1/requests/${x}`, { title: 'hijacked' }],
      ['POST', (x) => `/api/v1/requests/${x}/submit`, {}],
      ['POST', (x) => `/api/v1/requests/${x}/accept`, {}],
      ['POST', (x) => `/api/v1/requests/${x}/return`, { comment: 'x' }],
      ['POST', (x) => `/api/v1/requests/${x}/comments`, { body: 'x' }],
      ['POST', (x) => `/api/v1/requests/${x}/evidence`, { evidenceId: random }],
      ['DELETE', (x) => `/api/v1/requests/${x}/evidence/${random}`, undefined],
    ];
    for (const [method, url, body] of probes) {
      const theirs = await globex.request(method, url(rid), body);
      const none = await globex.request(method, url(random), body);
      expect(theirs.statusCode, `${method} ${url(rid)}: ${theirs.body}`).toBe(404);
      expect(theirs.json().error.message).toBe(none.json().error.message);
    }
    expect((await admin.get(`/api/v1/requests/${rid}`)).json()).toEqual(before);
    expect((await globex.get('/api/v1/requests')).json().requests).toEqual([]);
    expect((await globex.get(`/api/v1/requests?controlId=${ids.ctlA}`)).json().requests).toEqual([]);
    expect(parseCsv((await globex.get('/api/v1/requests/export.csv')).body).records.filter((r) => r.fields.length > 1)).toHaveLength(1);
  });
});
