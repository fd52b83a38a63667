// The PBC request list: create, edit and assign requests; answer them (comments, evidence, submit);
// review them (accept, return with a comment). Notifications go out in the same transaction and are
// mailed after it commits.
import type { AddCommentRequest, CreateRequestRequest, PbcRequest, RequestDetail, RequestList, RequestQuery, RequestStatus, UpdateRequestRequest, UserRef } from '../contract/requests.ts';
import { decide } from '../domain/access/policy.ts';
import { addDays, isoDate } from '../domain/calendar/dates.ts';
import { csvRow } from '../domain/export/csv.ts';
import { DUE_SOON_DAYS, dueState, reminderFor } from '../domain/requests/due.ts';
import { applyMove, type RequestMove } from '../domain/requests/status.ts';
import type { Db } from '../db/client.ts';
import {
  countAttachments, countComments, deleteAttachment, getControlRefs, getEvidenceRef, getMemberRefs, getRequest, getRequestForUpdate, getUserLabels,
  insertAttachment, insertComment, insertRequests, listAttachments, listComments, listRequestControls, listRequests, listRequestsDueBy, replaceRequestControls,
  updateRequest, type RequestFilter, type RequestRow,
} from '../db/requests.ts';
import { getSystemsByIds } from '../db/vendors.ts';
import { renderXlsx } from '../render/xlsx.ts';
import type { Ctx, Deps, Scope } from './context.ts';
import { AppError, notFound, type FieldError } from './errors.ts';
import { authorize } from './gate.ts';
import { loadEngagement } from './engagements.ts';
import { getEngagementFirmId } from '../db/engagements.ts';
import { decodeCursor, pageOf } from './paging.ts';
import { actorOf, recordAudit } from './audit.ts';
import { sendMails, type Mail } from './mailer.ts';
import { notify, type NewNotification } from './notifications.ts';

export const REQUEST_PAGE = 100;
const THREAD_LIMIT = 500;
const EXPORT_LIMIT = 10_000;

export async function loadRequest(db: Db, scope: Scope, id: string): Promise<RequestRow> {
  const row = await getRequest(db, scope, id);
  if (!row) throw notFound('No such request.');
  return row;
}

const ref = (id: string | null, labels: Map<string, string>, fallback?: string): UserRef | null => (id ? { id, label: labels.get(id) ?? fallback ?? 'former member' } : null);

export async function presentRequests(db: Db, scope: Scope, rows: readonly RequestRow[], today: string): Promise<PbcRequest[]> {
  const ids = rows.map((r) => r.id);
  // One after another: inside a transaction they share one connection, which runs one query at a time.
  const controls = await listRequestControls(db, scope, ids);
  const comments = await countComments(db, scope, ids);
  const attachments = await countAttachments(db, scope, ids);
  const labels = await getUserLabels(db, rows.flatMap((r) => [r.assigneeId, r.createdById].filter((x): x is string => x !== null)));
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    description: r.description,
    status: r.status,
    dueOn: r.dueOn,
    dueState: dueState(r.status, r.dueOn, today),
    assignee: ref(r.assigneeId, labels),
    controls: controls.filter((c) => c.requestId === r.id).map(({ requestId: _, ...c }) => c),
    systemId: r.systemId,
    engagementId: r.engagementId,
    createdBy: ref(r.createdById, labels, r.createdByLabel),
    commentCount: comments.get(r.id) ?? 0,
    attachmentCount: attachments.get(r.id) ?? 0,
    submittedAt: r.submittedAt?.toISOString() ?? null,
    acceptedAt: r.acceptedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  }));
}

export async function requestDetail(db: Db, scope: Scope, row: RequestRow, today: string): Promise<RequestDetail> {
  const [request] = await presentRequests(db, scope, [row], today);
  const comments = await listComments(db, scope, row.id, THREAD_LIMIT);
  const attachments = await listAttachments(db, scope, row.id, THREAD_LIMIT);
  const labels = await getUserLabels(db, [...comments.map((c) => c.authorId), ...attachments.map((a) => a.attachedById)].filter((x): x is string => x !== null));
  return {
    ...request!,
    comments: comments.map((c) => ({ id: c.id, author: ref(c.authorId, labels, c.authorLabel), body: c.body, transition: c.transition as RequestStatus | null, at: c.createdAt.toISOString() })),
    attachments: attachments.map((a) => ({
      evidenceId: a.evidenceId,
      title: a.title,
      fileName: a.fileName,
      status: a.removedAt ? 'removed' : a.supersededById ? 'superseded' : 'current',
      attachedAt: a.attachedAt.toISOString(),
      attachedBy: ref(a.attachedById, labels, a.attachedByLabel),
    })),
  };
}

/** Keys are the exact instants stored (written from the clock in milliseconds, so they round-trip). */
const isInstant = (key: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(key) && !Number.isNaN(Date.parse(key)) && new Date(key).toISOString() === key;

function parseCursor(cursor: string | undefined): { at: Date; id: string } | undefined {
  const after = decodeCursor('requests', cursor, isInstant);
  return after ? { at: new Date(after.key), id: after.id } : undefined;
}

function filterOf(deps: Deps, ctx: Ctx, q: Omit<RequestQuery, 'cursor' | 'limit'>): RequestFilter {
  const today = isoDate(deps.now());
  const assigneeId = q.assignee === 'me' ? ctx.actor.userId : q.assignee;
  return { status: q.status, assigneeId, due: q.due, today, soonUntil: addDays(today, DUE_SOON_DAYS), controlId: q.controlId, engagementId: q.engagementId, q: q.q };
}

export async function listRequestPage(deps: Deps, ctx: Ctx, query: RequestQuery): Promise<RequestList> {
  const scope = authorize(ctx, 'request.read');
  const limit = query.limit ?? REQUEST_PAGE;
  const filter = filterOf(deps, ctx, query);
  const rows = await listRequests(deps.db, scope, filter, { after: parseCursor(query.cursor), limit: limit + 1 });
  const { page, nextCursor } = pageOf(rows, limit, 'requests', (r) => ({ key: r.createdAt.toISOString(), id: r.id }));
  return { requests: await presentRequests(deps.db, scope, page, filter.today), nextCursor };
}

export async function readRequest(deps: Deps, ctx: Ctx, id: string): Promise<RequestDetail> {
  const scope = authorize(ctx, 'request.read');
  return requestDetail(deps.db, scope, await loadRequest(deps.db, scope, id), isoDate(deps.now()));
}

interface RequestInput { controlIds: string[]; assigneeId: string | null; systemId: string | null }

/** Controls, assignee and system must be this organization's (controls within the system, when one is set); all problems at once. */
async function checkRequestInput(db: Db, scope: Scope, v: RequestInput): Promise<void> {
  const fields: FieldError[] = [];
  const systemKnown = v.systemId === null || (await getSystemsByIds(db, scope, [v.systemId])).length > 0;
  const found = new Map((await getControlRefs(db, scope, v.controlIds)).map((c) => [c.id, c]));
  v.controlIds.forEach((id, i) => {
    const c = found.get(id);
    if (!c) fields.push({ path: `controlIds.${i}`, message: 'no such control in this organization' });
    else if (v.systemId && systemKnown && c.systemId !== v.systemId) fields.push({ path: `controlIds.${i}`, message: `control ${c.code} is not in the request's system` });
  });
  if (v.assigneeId && (await getMemberRefs(db, scope, [v.assigneeId])).length === 0) fields.push({ path: 'assigneeId', message: 'not a member of this organization' });
  if (!systemKnown) fields.push({ path: 'systemId', message: 'no such system in this organization' });
  if (fields.length) throw new AppError('validation_failed', fields.map((f) => `${f.path}: ${f.message}`).join('; '), { fields });
}

const dedupe = (ids: string[]) => [...new Set(ids)];
const actingUserId = (ctx: Ctx) => (ctx.actor.type === 'user' ? ctx.actor.userId : null);
const link = (id: string) => `/requests/${id}`;

function assignedNotice(row: RequestRow, ctx: Ctx): NewNotification[] {
  if (!row.assigneeId || row.assigneeId === actingUserId(ctx)) return [];
  const due = row.dueOn ? ` It is due on ${row.dueOn}.` : '';
  return [{ userId: row.assigneeId, kind: 'request_assigned', title: `Request assigned to you: ${row.title}`, body: `${ctx.actor.label} assigned you the request "${row.title}".${due}`, link: link(row.id) }];
}

export async function createRequest(deps: Deps, ctx: Ctx, input: CreateRequestRequest): Promise<RequestDetail> {
  const scope = authorize(ctx, 'request.write');
  const values = { ...input, controlIds: dedupe(input.controlIds) };
  const { result, mails } = await deps.db.transaction(async (tx) => {
    await checkRequestInput(tx, scope, values);
    const at = deps.now();
    const { controlIds, ...fields } = values;
    const [row] = await insertRequests(tx, scope, [{ ...fields, createdById: actingUserId(ctx), createdByLabel: ctx.actor.label, createdAt: at, updatedAt: at }]);
    await replaceRequestControls(tx, scope, row!.id, controlIds);
    await recordAudit(tx, { org: scope.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'request.created', objectType: 'request', objectId: row!.id, data: { title: row!.title, dueOn: row!.dueOn, assigneeId: row!.assigneeId, controlIds }, at });
    const mails = await notify(tx, deps.config, scope, assignedNotice(row!, ctx), at);
    return { result: await requestDetail(tx, scope, row!, isoDate(at)), mails };
  });
  sendMails(deps.config, mails);
  return result;
}

function diffOf(current: Record<string, unknown>, given: Record<string, unknown>) {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  return Object.fromEntries(Object.entries(given).filter(([k, v]) => !same(current[k], v)).map(([k, v]) => [k, { from: current[k] ?? null, to: v }]));
}

export async function changeRequest(deps: Deps, ctx: Ctx, id: string, changes: UpdateRequestRequest): Promise<RequestDetail> {
  const scope = authorize(ctx, 'request.write');
  const given = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as UpdateRequestRequest;
  if (given.controlIds) given.controlIds = dedupe(given.controlIds).sort();
  if (Object.keys(given).length === 0) throw new AppError('validation_failed', 'Nothing to change.');
  const { result, mails } = await deps.db.transaction(async (tx) => {
    const current = await getRequestForUpdate(tx, scope, id);
    if (!current) throw notFound('No such request.');
    const currentControls = (await listRequestControls(tx, scope, [id])).map((c) => c.id).sort();
    await checkRequestInput(tx, scope, { controlIds: given.controlIds ?? currentControls, assigneeId: given.assigneeId === undefined ? current.assigneeId : given.assigneeId, systemId: given.systemId === undefined ? current.systemId : given.systemId });
    const diff = diffOf({ ...current, controlIds: currentControls }, given);
    const at = deps.now();
    if (Object.keys(diff).length === 0) return { result: await requestDetail(tx, scope, current, isoDate(at)), mails: [] as Mail[] };
    const { controlIds, ...values } = given;
    const row = await updateRequest(tx, scope, id, values, at);
    if (controlIds) await replaceRequestControls(tx, scope, id, controlIds);
    await recordAudit(tx, { org: scope.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'request.updated', objectType: 'request', objectId: id, data: { title: row.title, changes: diff }, at });
    const mails = 'assigneeId' in diff ? await notify(tx, deps.config, scope, assignedNotice(row, ctx), at) : [];
    return { result: await requestDetail(tx, scope, row, isoDate(at)), mails };
  });
  sendMails(deps.config, mails);
  return result;
}

/** Commenting and submitting: the roles allowed to respond, and the request's assignee whatever their role. */
function authorizeRespond(ctx: Ctx, row: RequestRow): void {
  if (decide({ role: ctx.actor.role, organizationKind: ctx.actor.organizationKind }, 'request.respond').allow) return;
  if (row.assigneeId !== null && row.assigneeId === actingUserId(ctx)) return;
  throw new AppError('forbidden', `Your role (${ctx.actor.role}) does not allow request.respond unless the request is assigned to you.`);
}

function moveNotices(move: RequestMove, row: RequestRow, ctx: Ctx, comment: string | undefined): NewNotification[] {
  const me = actingUserId(ctx);
  const note = comment ? `\n\n${comment}` : '';
  if (move === 'submit' && row.createdById && row.createdById !== me) {
    const where = row.engagementId ? `/audits/${row.engagementId}` : link(row.id);
    return [{ userId: row.createdById, kind: 'request_submitted', title: `Request submitted for review: ${row.title}`, body: `${ctx.actor.label} submitted "${row.title}".${note}`, link: where }];
  }
  if (move === 'return' && row.assigneeId && row.assigneeId !== me) {
    return [{ userId: row.assigneeId, kind: 'request_returned', title: `Request returned: ${row.title}`, body: `${ctx.actor.label} returned "${row.title}" to you.${note}`, link: link(row.id) }];
  }
  return [];
}

/** Submit (answer), accept, or return (with a comment) a request; an impossible move is a 409. */
export async function moveRequest(deps: Deps, ctx: Ctx, id: string, move: RequestMove, comment: string | undefined): Promise<RequestDetail> {
  // Accepting and returning are the reviewer's (request.write); submitting is checked against the row below.
  const scope = authorize(ctx, move === 'submit' ? 'request.read' : 'request.write');
  return moveWithin(deps, ctx, scope, id, move, comment, (current) => {
    if (move === 'submit') authorizeRespond(ctx, current);
    // An auditor's request is reviewed by the auditor: the organization answers it but does not accept its own answer.
    else if (current.engagementId) throw new AppError('forbidden', 'This request came from your auditor, who accepts or returns it; you answer it by submitting.');
  });
}

/** The firm's team accepts or returns a request it made through the engagement (the request lives in the client's organization). */
export async function moveEngagementRequest(deps: Deps, ctx: Ctx, engagementId: string, id: string, move: 'accept' | 'return', comment: string | undefined): Promise<RequestDetail> {
  const { access } = await loadEngagement(deps.db, ctx, engagementId, 'workpaper.write');
  return moveWithin(deps, ctx, access.client, id, move, comment, (current) => {
    if (current.engagementId !== engagementId) throw notFound('No such request on this engagement.');
  });
}

async function moveWithin(deps: Deps, ctx: Ctx, scope: Scope, id: string, move: RequestMove, comment: string | undefined, check: (current: RequestRow) => void): Promise<RequestDetail> {
  const { result, mails } = await deps.db.transaction(async (tx) => {
    const current = await getRequestForUpdate(tx, scope, id);
    if (!current) throw notFound('No such request.');
    check(current);
    const outcome = applyMove(current.status, move);
    if (!outcome.ok) throw new AppError('request_invalid_transition', outcome.message);
    const at = deps.now();
    const stamps = outcome.to === 'submitted' ? { submittedAt: at } : outcome.to === 'accepted' ? { acceptedAt: at } : {};
    const row = await updateRequest(tx, scope, id, { status: outcome.to, ...stamps }, at);
    const text = comment?.trim() || undefined;
    if (text) await insertComment(tx, scope, { requestId: id, authorId: actingUserId(ctx), authorLabel: ctx.actor.label, body: text, transition: outcome.to, createdAt: at });
    await recordAudit(tx, { org: scope.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'request.status_changed', objectType: 'request', objectId: id, data: { title: row.title, from: current.status, to: outcome.to, ...(text ? { comment: text } : {}) }, at });
    const mails = await notify(tx, deps.config, await noticeScope(tx, scope, row, move), moveNotices(move, row, ctx, text), at);
    return { result: await requestDetail(tx, scope, row, isoDate(at)), mails };
  });
  sendMails(deps.config, mails);
  return result;
}

/** An answer to an auditor's request notifies the auditor in the firm, where they work. */
async function noticeScope(tx: Db, scope: Scope, row: RequestRow, move: RequestMove): Promise<Scope> {
  if (move !== 'submit' || !row.engagementId) return scope;
  const firmId = await getEngagementFirmId(tx, row.engagementId);
  return firmId ? { organizationId: firmId } : scope;
}

export async function addRequestComment(deps: Deps, ctx: Ctx, id: string, input: AddCommentRequest): Promise<RequestDetail> {
  const scope = authorize(ctx, 'request.read');
  return deps.db.transaction(async (tx) => {
    const row = await loadRequest(tx, scope, id);
    authorizeRespond(ctx, row);
    const at = deps.now();
    const comment = await insertComment(tx, scope, { requestId: id, authorId: actingUserId(ctx), authorLabel: ctx.actor.label, body: input.body, transition: null, createdAt: at });
    await recordAudit(tx, { org: scope.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'request.commented', objectType: 'request', objectId: id, data: { title: row.title, commentId: comment.id }, at });
    return requestDetail(tx, scope, row, isoDate(at));
  });
}

/** Attaching or detaching evidence is part of answering: the same people as commenting. */
export async function attachRequestEvidence(deps: Deps, ctx: Ctx, id: string, evidenceId: string): Promise<RequestDetail> {
  const scope = authorize(ctx, 'request.read');
  return deps.db.transaction(async (tx) => {
    const row = await loadRequest(tx, scope, id);
    authorizeRespond(ctx, row);
    if (!(await getEvidenceRef(tx, scope, evidenceId))) throw notFound('No such evidence item.');
    const at = deps.now();
    if (!(await insertAttachment(tx, scope, { requestId: id, evidenceId, attachedById: actingUserId(ctx), attachedByLabel: ctx.actor.label, attachedAt: at }))) return requestDetail(tx, scope, row, isoDate(at));
    const updated = await updateRequest(tx, scope, id, {}, at);
    await recordAudit(tx, { org: scope.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'request.evidence_attached', objectType: 'request', objectId: id, data: { title: row.title, evidenceId }, at });
    return requestDetail(tx, scope, updated, isoDate(at));
  });
}

export async function detachRequestEvidence(deps: Deps, ctx: Ctx, id: string, evidenceId: string): Promise<RequestDetail> {
  const scope = authorize(ctx, 'request.read');
  return deps.db.transaction(async (tx) => {
    const row = await loadRequest(tx, scope, id);
    authorizeRespond(ctx, row);
    const at = deps.now();
    if (!(await deleteAttachment(tx, scope, id, evidenceId))) throw notFound('That evidence is not attached to this request.');
    const updated = await updateRequest(tx, scope, id, {}, at);
    await recordAudit(tx, { org: scope.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'request.evidence_detached', objectType: 'request', objectId: id, data: { title: row.title, evidenceId }, at });
    return requestDetail(tx, scope, updated, isoDate(at));
  });
}

/** The export's columns; the first five are the import's, so an exported list can be imported elsewhere. */
export const EXPORT_HEADER = ['title', 'description', 'controls', 'due_date', 'assignee_email', 'status', 'due_state', 'assignee_name', 'created_by', 'created_at', 'submitted_at', 'accepted_at', 'comments', 'attachments'] as const;

export async function exportRequests(deps: Deps, ctx: Ctx, format: 'csv' | 'xlsx', query: Omit<RequestQuery, 'cursor' | 'limit'>) {
  const scope = authorize(ctx, 'request.read');
  const filter = filterOf(deps, ctx, query);
  const rows = await listRequests(deps.db, scope, filter, { limit: EXPORT_LIMIT });
  const requests = await presentRequests(deps.db, scope, rows, filter.today);
  const emails = new Map((await getMemberRefs(deps.db, scope, requests.flatMap((r) => (r.assignee ? [r.assignee.id] : [])))).map((m) => [m.id, m.email]));
  const cells = requests.map((r) => [
    r.title, r.description, r.controls.map((c) => c.code).join('; '), r.dueOn ?? '', r.assignee ? (emails.get(r.assignee.id) ?? '') : '',
    r.status, r.dueState, r.assignee?.label ?? '', r.createdBy?.label ?? '', r.createdAt, r.submittedAt ?? '', r.acceptedAt ?? '', r.commentCount, r.attachmentCount,
  ]);
  const filename = `attest-requests-${filter.today}.${format}`;
  if (format === 'csv') return { filename, contentType: 'text/csv; charset=utf-8', body: Buffer.from([[...EXPORT_HEADER], ...cells].map(csvRow).join(''), 'utf8') };
  const body = await renderXlsx({ name: 'Requests', header: EXPORT_HEADER, rows: cells }, deps.now());
  return { filename, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', body };
}

const REMINDER_PAGE = 500;

/**
 * Housekeeping, for every organization: the due-soon and overdue reminders owed today, each to the
 * request's assignee. Safe to run as often as wanted: a reminder already given (same request, same
 * due date for "due soon", same day for "overdue") is not given again. Returns how many were created.
 */
export async function sendDueReminders(deps: Deps): Promise<number> {
  const at = deps.now();
  const today = isoDate(at);
  let after: string | null = null;
  let created = 0;
  for (;;) {
    const rows = await listRequestsDueBy(deps.db, addDays(today, DUE_SOON_DAYS), after, REMINDER_PAGE);
    const byOrg = new Map<string, NewNotification[]>();
    for (const r of rows) {
      const reminder = reminderFor(r, today);
      if (!reminder) continue;
      const overdue = reminder.kind === 'request_overdue';
      const notice: NewNotification = {
        userId: r.assigneeId!, kind: reminder.kind, dedupeKey: reminder.dedupeKey, link: link(r.id),
        title: overdue ? `Request overdue: ${r.title}` : `Request due soon: ${r.title}`,
        body: overdue ? `"${r.title}" was due on ${r.dueOn} and has not been submitted.` : `"${r.title}" is due on ${r.dueOn}.`,
      };
      byOrg.set(r.organizationId, [...(byOrg.get(r.organizationId) ?? []), notice]);
    }
    for (const [organizationId, notices] of byOrg) {
      const mails = await deps.db.transaction((tx) => notify(tx, deps.config, { organizationId }, notices, at));
      created += mails.length;
      sendMails(deps.config, mails);
    }
    if (rows.length < REMINDER_PAGE) return created;
    after = rows[rows.length - 1]!.id;
  }
}
