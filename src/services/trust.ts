// The trust portal: an organization publishes a page at /trust/<slug> with what it chooses to show (nothing
// confidential by default); a prospect asks for the restricted reports and gets them once the organization approves,
// or at once on accepting the NDA; every copy is stamped with its recipient on each page, every view and download is
// logged, access expires; management's bridge letters cover the time since the last report's period ended.
import crypto from 'node:crypto';
import { Readable } from 'node:stream';
import type { Db } from '../db/client.ts';
import { getOrganization } from '../db/organizations.ts';
import { listReportsFor, type ReportRow } from '../db/reports.ts';
import { listSystems } from '../db/systems.ts';
import { listControls } from '../db/controls.ts';
import {
  getAccessByToken, getAccessRequest, getBridgeLetter, getTrustPage, getTrustPageBySlug, insertAccessLog, insertAccessRequest, insertBridgeLetter, listAccessLog,
  listAccessRequests, listBridgeLetters, saveTrustPage, updateAccessRequest, updateBridgeLetter, type AccessRequestRow, type BridgeLetterRow, type TrustPageRow,
} from '../db/trust.ts';
import type {
  AccessGrant, AccessLog, AccessRequest, BridgeLetter, OfferedReport, PublicTrustPage, TrustPageSettings, UpdateTrustPageRequest,
} from '../contract/trust.ts';
import type { z } from 'zod';
import type { CreateBridgeLetterRequest, RequestAccessRequest } from '../contract/trust.ts';
import { areaLabel } from '../contract/program.ts';
import { accessExpiry, accessState, isOutdated, recipientMark, slugFrom } from '../domain/trust/trust.ts';
import { formatIsoDate as longDate } from '../domain/report-model/index.ts';
import { csvRow } from '../domain/export/csv.ts';
import { renderPdf } from '../render/pdf/render.ts';
import { text } from '../render/blocks.ts';
import type { Ctx, Deps, RequestMeta } from './context.ts';
import { AppError, failFields, notFound } from './errors.ts';
import { actorOf, recordAudit } from './audit.ts';
import { authorize } from './gate.ts';
import { renderRecipientCopy } from './reports.ts';
import { sendMails } from './mailer.ts';

const DEFAULT_NDA = 'By requesting access you agree to keep the reports and letters confidential, to use them only to evaluate our services, and not to pass them on to anyone else. This agreement ends one year after your last download.';

const sha256Hex = (b: Buffer | string) => crypto.createHash('sha256').update(b).digest('hex');
const today = (deps: Deps) => deps.now().toISOString().slice(0, 10);

// ---- Presenting

function offered(r: ReportRow, day: string): OfferedReport {
  return { id: r.id, reportType: r.reportType, asOfDate: r.asOfDate, periodStart: r.periodStart, periodEnd: r.periodEnd, reportDate: r.reportDate, version: r.version, firmName: r.firmName, outdated: isOutdated(r, day) };
}

/** The organization's current reports: each engagement's latest version, newest period first. */
async function currentReports(db: Db, organizationId: string): Promise<ReportRow[]> {
  const rows = (await listReportsFor(db, organizationId)).filter((r) => r.serviceOrgId === organizationId);
  const latest = new Map<string, ReportRow>();
  for (const r of rows) if ((latest.get(r.engagementId)?.version ?? 0) < r.version) latest.set(r.engagementId, r);
  return [...latest.values()].sort((a, b) => (b.periodEnd ?? b.asOfDate ?? '').localeCompare(a.periodEnd ?? a.asOfDate ?? ''));
}

function accessRequestOf(r: AccessRequestRow, now: Date): AccessRequest {
  return {
    id: r.id, name: r.name, email: r.email, company: r.company, reason: r.reason, state: accessState(r, now),
    ndaAcceptedAt: r.ndaAcceptedAt?.toISOString() ?? null, ndaIp: r.ndaIp, grantedAt: r.grantedAt?.toISOString() ?? null,
    expiresAt: r.expiresAt?.toISOString() ?? null, decidedByLabel: r.decidedByLabel, createdAt: r.createdAt.toISOString(),
  };
}

function bridgeLetterOf(b: BridgeLetterRow): BridgeLetter {
  return {
    id: b.id, reportId: b.reportId, coversFrom: b.coversFrom, coversTo: b.coversTo, changes: b.changes, incidents: b.incidents,
    signedByLabel: b.signedByLabel, signedAt: b.signedAt?.toISOString() ?? null, sha256: b.sha256, published: b.published, createdAt: b.createdAt.toISOString(),
  };
}

// ---- The organization's side

async function pageOrDefault(db: Db, organizationId: string): Promise<Omit<TrustPageRow, 'updatedAt'>> {
  const page = await getTrustPage(db, organizationId);
  if (page) return page;
  const org = await getOrganization(db, { organizationId });
  return {
    organizationId, slug: slugFrom(org?.name ?? 'organization'), published: false, headline: '', description: '', showCategories: true, showControlSummary: false,
    reportIds: [], accessMode: 'approval', ndaText: DEFAULT_NDA, accessDays: 30,
  };
}

export async function readTrustPageSettings(deps: Deps, ctx: Ctx): Promise<TrustPageSettings> {
  authorize(ctx, 'trust.manage');
  const page = await pageOrDefault(deps.db, ctx.actor.organizationId);
  const day = today(deps);
  const { organizationId: _o, ...rest } = page;
  return { ...rest, path: `/trust/${page.slug}`, availableReports: (await currentReports(deps.db, ctx.actor.organizationId)).map((r) => offered(r, day)) };
}

export async function updateTrustPage(deps: Deps, ctx: Ctx, input: UpdateTrustPageRequest): Promise<TrustPageSettings> {
  authorize(ctx, 'trust.manage');
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    const current = await pageOrDefault(tx, ctx.actor.organizationId);
    const next = { ...current, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)), updatedAt: now };
    const own = new Set((await currentReports(tx, ctx.actor.organizationId)).map((r) => r.id));
    const foreign = next.reportIds.filter((id) => !own.has(id));
    if (foreign.length) failFields(foreign.map((id) => ({ path: 'reportIds', message: `${id} is not a current issued report of this organization` })));
    if (next.accessMode === 'nda' && next.ndaText.trim() === '') failFields([{ path: 'ndaText', message: 'granting access on the NDA needs the NDA\'s text' }]);
    const taken = await getTrustPageBySlug(tx, next.slug);
    if (taken && taken.organizationId !== ctx.actor.organizationId) throw new AppError('conflict', `The address /trust/${next.slug} is taken; choose another.`);
    const { organizationId: _o, ...values } = next;
    await saveTrustPage(tx, ctx.actor.organizationId, values);
    await recordAudit(tx, { org: ctx.actor.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'trust_page.updated', objectType: 'trust_page', objectId: ctx.actor.organizationId, data: { slug: next.slug, published: next.published, reportIds: next.reportIds, accessMode: next.accessMode }, at: now });
  });
  return readTrustPageSettings(deps, ctx);
}

export async function listTrustAccessRequests(deps: Deps, ctx: Ctx): Promise<{ items: AccessRequest[] }> {
  authorize(ctx, 'trust.manage');
  const now = deps.now();
  return { items: (await listAccessRequests(deps.db, ctx.actor.organizationId)).map((r) => accessRequestOf(r, now)) };
}

/** Approve (access for the page's set days from now, the prospect told by mail), deny, or revoke. */
export async function decideTrustAccess(deps: Deps, ctx: Ctx, requestId: string, decision: 'approve' | 'deny' | 'revoke'): Promise<AccessRequest> {
  authorize(ctx, 'trust.manage');
  const now = deps.now();
  const row = await deps.db.transaction(async (tx) => {
    const request = await getAccessRequest(tx, ctx.actor.organizationId, requestId);
    if (!request) throw notFound('No such access request.');
    const page = await pageOrDefault(tx, ctx.actor.organizationId);
    const values = decision === 'approve'
      ? { status: 'granted' as const, grantedAt: now, expiresAt: accessExpiry(now, page.accessDays), decidedByLabel: ctx.actor.label }
      : { status: decision === 'deny' ? ('denied' as const) : ('revoked' as const), decidedByLabel: ctx.actor.label };
    const updated = await updateAccessRequest(tx, request.id, values);
    await recordAudit(tx, { org: ctx.actor.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'trust_access.decided', objectType: 'trust_access', objectId: request.id, data: { email: request.email, company: request.company, decision }, at: now });
    return { updated, page };
  });
  if (decision === 'approve') {
    const link = `${deps.config.publicUrl ?? ''}/trust/${row.page.slug}`;
    sendMails(deps.config, [{ to: row.updated.email, subject: 'Your access to the security reports', text: `Your request was approved. Open ${link} in the browser you asked from to download the reports until ${row.updated.expiresAt!.toISOString().slice(0, 10)}.` }]);
  }
  return accessRequestOf(row.updated, now);
}

const LOG_HEADER = ['When (UTC)', 'What', 'Recipient', 'Report', 'Copy SHA-256', 'IP'] as const;

export async function readAccessLog(deps: Deps, ctx: Ctx): Promise<AccessLog> {
  authorize(ctx, 'trust.manage');
  const rows = await listAccessLog(deps.db, ctx.actor.organizationId);
  return { items: rows.map((r) => ({ id: r.id, kind: r.kind, recipient: r.recipient, reportId: r.reportId, copySha256: r.copySha256, ip: r.ip, at: r.at.toISOString() })) };
}

/** The access log as CSV (what the organization hands to its auditor or its customers' security teams). */
export async function exportAccessLog(deps: Deps, ctx: Ctx): Promise<{ body: Buffer; fileName: string }> {
  const log = await readAccessLog(deps, ctx);
  const csv = csvRow(LOG_HEADER) + log.items.map((r) => csvRow([r.at, r.kind.replace(/_/g, ' '), r.recipient, r.reportId, r.copySha256, r.ip])).join('');
  return { body: Buffer.from(csv, 'utf8'), fileName: `attest-trust-access-log-${today(deps)}.csv` };
}

export async function listOwnBridgeLetters(deps: Deps, ctx: Ctx): Promise<{ items: BridgeLetter[] }> {
  authorize(ctx, 'trust.manage');
  return { items: (await listBridgeLetters(deps.db, ctx.actor.organizationId)).map(bridgeLetterOf) };
}

/** A draft letter for one of the organization's reports: from the day after its period ends to today (or the given day). */
export async function draftBridgeLetter(deps: Deps, ctx: Ctx, input: z.infer<typeof CreateBridgeLetterRequest>): Promise<BridgeLetter> {
  authorize(ctx, 'trust.manage');
  const report = (await currentReports(deps.db, ctx.actor.organizationId)).find((r) => r.id === input.reportId);
  if (!report) failFields([{ path: 'reportId', message: 'not a current issued report of this organization' }]);
  const end = report.periodEnd ?? report.asOfDate!;
  const from = new Date(Date.parse(`${end}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const to = input.coversTo ?? today(deps);
  if (to < from) failFields([{ path: 'coversTo', message: `the letter covers the time after the report, from ${from}` }]);
  const row = await insertBridgeLetter(deps.db, { organizationId: ctx.actor.organizationId, reportId: report.id, coversFrom: from, coversTo: to, changes: input.changes, incidents: input.incidents, createdAt: deps.now() });
  return bridgeLetterOf(row);
}

function letterText(organization: string, report: { reportDate: string; periodEnd: string | null; asOfDate: string | null }, b: Pick<BridgeLetterRow, 'coversFrom' | 'coversTo' | 'changes' | 'incidents'>): string {
  return [
    `Bridge letter of ${organization}`,
    `This letter covers ${longDate(b.coversFrom)} to ${longDate(b.coversTo)}, the time since the period of our SOC 2 report dated ${longDate(report.reportDate)} ended. It is management's own statement: it is not an auditor's report and no auditor has examined it.`,
    `Changes to the system in this time: ${b.changes.trim() || 'none that are significant to our service commitments and system requirements.'}`,
    `Incidents in this time: ${b.incidents.trim() || 'none that are significant to our service commitments and system requirements.'}`,
    'We are not aware of any other change or event that would make the controls described in the report less effective.',
  ].join('\n\n');
}

/** The admin signs the letter in the app: its text is hashed and recorded; published, it is offered beside the report. */
export async function signBridgeLetter(deps: Deps, ctx: Ctx, id: string, publish: boolean): Promise<BridgeLetter> {
  authorize(ctx, 'bridge_letter.sign');
  const now = deps.now();
  const row = await deps.db.transaction(async (tx) => {
    const letter = await getBridgeLetter(tx, ctx.actor.organizationId, id);
    if (!letter) throw notFound('No such bridge letter.');
    if (letter.signedAt) throw new AppError('conflict', 'This letter is signed already; draft a new one for a later date.');
    const org = await getOrganization(tx, { organizationId: ctx.actor.organizationId });
    const report = (await listReportsFor(tx, ctx.actor.organizationId)).find((r) => r.id === letter.reportId)!;
    const sha256 = sha256Hex(letterText(org!.name, report, letter));
    const updated = await updateBridgeLetter(tx, letter.id, { signedAt: now, signedByLabel: ctx.actor.label, sha256, published: publish });
    await recordAudit(tx, { org: ctx.actor.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'bridge_letter.signed', objectType: 'bridge_letter', objectId: letter.id, data: { reportId: letter.reportId, coversFrom: letter.coversFrom, coversTo: letter.coversTo, sha256 }, at: now });
    return updated;
  });
  return bridgeLetterOf(row);
}

// ---- The public side (no login)

async function publishedPage(db: Db, slug: string): Promise<TrustPageRow> {
  const page = await getTrustPageBySlug(db, slug);
  if (!page || !page.published) throw notFound('No such trust page.');
  return page;
}

async function controlSummary(db: Db, organizationId: string): Promise<PublicTrustPage['controlSummary']> {
  const counts = new Map<string, number>();
  for (const system of await listSystems(db, { organizationId })) {
    for (const c of await listControls(db, { organizationId }, system.id, { status: 'active' })) {
      const area = c.code.split('-')[0] ?? c.code;
      counts.set(area, (counts.get(area) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([area, controls]) => ({ area, label: areaLabel(area), controls }));
}

async function categoriesOf(db: Db, organizationId: string): Promise<string[]> {
  const set = new Set<string>(['security']);
  for (const s of await listSystems(db, { organizationId })) for (const c of (s as { categories?: string[] }).categories ?? []) set.add(c);
  return [...set];
}

export async function readPublicTrustPage(deps: Deps, slug: string, meta: RequestMeta & { userAgent?: string }): Promise<PublicTrustPage> {
  const page = await publishedPage(deps.db, slug);
  const org = await getOrganization(deps.db, { organizationId: page.organizationId });
  const day = today(deps);
  const reports = (await currentReports(deps.db, page.organizationId)).filter((r) => page.reportIds.includes(r.id));
  const letters = (await listBridgeLetters(deps.db, page.organizationId)).filter((b) => b.published && b.signedAt && reports.some((r) => r.id === b.reportId));
  await insertAccessLog(deps.db, { organizationId: page.organizationId, kind: 'page_view', ip: meta.ip, userAgent: meta.userAgent ?? null, at: deps.now() });
  return {
    slug: page.slug,
    organization: org!.name,
    headline: page.headline,
    description: page.description,
    categories: page.showCategories ? await categoriesOf(deps.db, page.organizationId) : null,
    controlSummary: page.showControlSummary ? await controlSummary(deps.db, page.organizationId) : null,
    reports: reports.map((r) => offered(r, day)),
    bridgeLetters: letters.map((b) => ({ id: b.id, reportId: b.reportId, coversFrom: b.coversFrom, coversTo: b.coversTo, signedAt: b.signedAt!.toISOString() })),
    accessMode: page.accessMode,
    ndaText: page.ndaText,
    accessDays: page.accessDays,
  };
}

/**
 * A prospect asks for access. The NDA's acceptance is recorded with its text's hash, the time and the IP; on a page
 * that grants access on the NDA that is enough, otherwise the request waits for the organization. The secret of the
 * access link is returned once and stored hashed.
 */
export async function requestTrustAccess(deps: Deps, slug: string, input: z.infer<typeof RequestAccessRequest>, meta: RequestMeta): Promise<AccessGrant> {
  const page = await publishedPage(deps.db, slug);
  if (page.accessMode === 'nda' && !input.acceptNda) failFields([{ path: 'acceptNda', message: 'read and accept the NDA to get access' }]);
  const now = deps.now();
  const token = crypto.randomBytes(24).toString('base64url');
  const granted = page.accessMode === 'nda';
  const row = await insertAccessRequest(deps.db, {
    organizationId: page.organizationId, name: input.name, email: input.email, company: input.company, reason: input.reason,
    status: granted ? 'granted' : 'pending', tokenHash: sha256Hex(token), requestIp: meta.ip,
    ...(input.acceptNda ? { ndaSha256: sha256Hex(page.ndaText), ndaAcceptedAt: now, ndaIp: meta.ip } : {}),
    ...(granted ? { grantedAt: now, expiresAt: accessExpiry(now, page.accessDays), decidedByLabel: 'NDA accepted' } : {}),
    createdAt: now,
  });
  return { state: accessState(row, now), token, name: row.name, expiresAt: row.expiresAt?.toISOString() ?? null };
}

async function accessFor(db: Db, page: TrustPageRow, token: string): Promise<AccessRequestRow> {
  const access = await getAccessByToken(db, page.organizationId, sha256Hex(token));
  if (!access) throw notFound('This access link is not valid for this page.');
  return access;
}

export async function readTrustAccess(deps: Deps, slug: string, token: string) {
  const page = await publishedPage(deps.db, slug);
  const access = await accessFor(deps.db, page, token);
  return { state: accessState(access, deps.now()), name: access.name, company: access.company, expiresAt: access.expiresAt?.toISOString() ?? null };
}

async function grantedAccess(deps: Deps, page: TrustPageRow, token: string): Promise<AccessRequestRow> {
  const access = await accessFor(deps.db, page, token);
  const state = accessState(access, deps.now());
  if (state !== 'granted') throw new AppError('forbidden', state === 'pending' ? 'Your request is waiting for the organization\'s approval.' : `Your access is ${state}; ask again from the trust page.`);
  return access;
}

/** A recipient's copy of a report: stamped on every page with who it was prepared for, logged with the copy's hash. */
export async function downloadTrustReport(deps: Deps, slug: string, reportId: string, token: string, meta: RequestMeta & { userAgent?: string }) {
  const page = await publishedPage(deps.db, slug);
  const access = await grantedAccess(deps, page, token);
  const report = (await currentReports(deps.db, page.organizationId)).find((r) => r.id === reportId && page.reportIds.includes(r.id));
  if (!report) throw notFound('This report is not offered on this page.');
  const mark = recipientMark(access, today(deps));
  const pdf = await renderRecipientCopy(report, mark);
  await insertAccessLog(deps.db, { organizationId: page.organizationId, accessRequestId: access.id, kind: 'report_download', reportId: report.id, copySha256: sha256Hex(pdf), recipient: `${access.name} <${access.email}>, ${access.company}`, ip: meta.ip, userAgent: meta.userAgent ?? null, at: deps.now() });
  return { stream: Readable.from([pdf]), size: pdf.length, contentType: 'application/pdf', fileName: `soc2-${page.slug}-${report.reportDate}-for-${access.email.replace(/[^a-z0-9]+/gi, '-')}.pdf` };
}

/** A published bridge letter as PDF, stamped for the recipient and logged like a report. */
export async function downloadTrustBridgeLetter(deps: Deps, slug: string, letterId: string, token: string, meta: RequestMeta & { userAgent?: string }) {
  const page = await publishedPage(deps.db, slug);
  const access = await grantedAccess(deps, page, token);
  const letter = await getBridgeLetter(deps.db, page.organizationId, letterId);
  if (!letter || !letter.published || !letter.signedAt) throw notFound('No such bridge letter on this page.');
  const org = await getOrganization(deps.db, { organizationId: page.organizationId });
  const report = (await listReportsFor(deps.db, page.organizationId)).find((r) => r.id === letter.reportId)!;
  const [title, ...paragraphs] = letterText(org!.name, report, letter).split('\n\n');
  const pdf = await renderPdf({
    title: title!, organization: org!.name, createdAt: letter.signedAt, recipientMark: recipientMark(access, today(deps)),
    blocks: [...paragraphs.map((p) => ({ kind: 'paragraph' as const, text: text(p) })), { kind: 'paragraph', text: text(`Signed for management by ${letter.signedByLabel} on ${longDate(letter.signedAt.toISOString().slice(0, 10))}. SHA-256 of this text: ${letter.sha256}.`) }],
  });
  await insertAccessLog(deps.db, { organizationId: page.organizationId, accessRequestId: access.id, kind: 'bridge_letter_download', reportId: report.id, copySha256: sha256Hex(pdf), recipient: `${access.name} <${access.email}>, ${access.company}`, ip: meta.ip, userAgent: meta.userAgent ?? null, at: deps.now() });
  return { stream: Readable.from([pdf]), size: pdf.length, contentType: 'application/pdf', fileName: `bridge-letter-${page.slug}-${letter.coversTo}.pdf` };
}
