// The SOC 2 report: assembled from the engagement's own data (src/domain/report-model), rendered as PDF, DOCX and
// HTML (src/render), accepted by management (Section II), issued by the engagement partner as an immutable PDF
// signed with the firm's Ed25519 key, and verifiable by anyone holding the file.
import crypto from 'node:crypto';
import { Readable } from 'node:stream';
import type { Db } from '../db/client.ts';
import type { EngagementView } from '../db/engagements.ts';
import { getSystem } from '../db/systems.ts';
import { listPlans } from '../db/test-plans.ts';
import { listDecisions } from '../db/opinion-decisions.ts';
import { lockBlob } from '../db/evidence.ts';
import { updateEngagement } from '../db/engagements.ts';
import {
  getFirmSettings, getReplacement, getReportById, getReportBySha256, getReportFor, getSigningKey, insertAssertion, insertReport, insertSigningKey, latestAssertion,
  listEngagementReports, listReportsFor, saveFirmSettings, type ReportRow,
} from '../db/reports.ts';
import type { Assertion, FirmReportSettings, IssuePreconditions, IssueReportRequest, ReportDraft, ReportFormat, ReportList, ReportSummary, UpdateFirmReportSettings, VerifyResult } from '../contract/reports.ts';
import { buildReportModel, checkReportModel, DEFAULT_REPORT_TEMPLATES, TEMPLATE_KEYS, assertionText, examinedThrough, periodOverBy, reportDateProblem, type ReportInput, type ReportTemplates } from '../domain/report-model/index.ts';
import { testResultText } from '../domain/examination/index.ts';
import { reportDocument } from '../render/report/blocks.ts';
import { renderPdf } from '../render/pdf/render.ts';
import { renderDocx } from '../render/docx/render.ts';
import { renderHtml } from '../render/html/render.ts';
import type { DocumentSpec } from '../render/blocks.ts';
import { keyIdOf } from '../ledger/instance-key.ts';
import type { Ctx, Deps } from './context.ts';
import { AppError, failFields, notFound } from './errors.ts';
import { actorOf, recordAudit } from './audit.ts';
import { authorize } from './gate.ts';
import { loadEngagement, type LoadedEngagement } from './engagements.ts';
import { inScopeCriteria, systemControls } from './design-review.ts';
import { loadParts, presentPlan } from './workpapers.ts';
import { discardBlob, openBlob } from './evidence.ts';
import { getCopyBySha256 } from '../db/trust.ts';
import { listOpenFollowUps } from './roll-forward.ts';

const CONTENT_TYPES: Record<ReportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
};

const sha256Hex = (bytes: Buffer | string) => crypto.createHash('sha256').update(bytes).digest('hex');
const isoDate = (d: Date) => d.toISOString().slice(0, 10);

// ---- Gathering the report's inputs from the engagement

async function firmTemplates(db: Db, firmId: string): Promise<{ city: string; templates: Partial<ReportTemplates> }> {
  const settings = await getFirmSettings(db, firmId);
  return { city: settings?.city ?? '', templates: (settings?.templates ?? {}) as Partial<ReportTemplates> };
}

async function systemOf(db: Db, e: EngagementView): Promise<ReportInput['system']> {
  const row = e.systemId ? await getSystem(db, { organizationId: e.serviceOrgId }, e.systemId) : undefined;
  if (!row) throw new AppError('validation_failed', 'The engagement has no system: the service organization names it when it accepts.');
  return {
    name: row.name, servicesProvided: row.servicesProvided, boundaries: row.boundaries, commitments: row.commitments, components: row.components,
    incidents: row.incidents, cuecs: row.cuecs, subserviceOrganizations: row.subserviceOrganizations, notRelevant: row.notRelevant, significantChanges: row.significantChanges,
  } as ReportInput['system'];
}

/** Section IV's tests (Type II): each control's procedures, sample size, worded result and exceptions with their responses. */
async function testsOf(db: Db, e: EngagementView): Promise<{ tests: ReportInput['tests']; signoffs: IssuePreconditions['signoffs'] }> {
  const rows = await listPlans(db, e.id);
  const parts = await loadParts(db, e, rows);
  const tests: ReportInput['tests'] = [];
  const pending: string[] = [];
  for (const row of rows) {
    const plan = presentPlan(e, row, parts);
    const s = plan.signoffs;
    if (!s.preparer || !s.reviewer || s.changedSinceReview) pending.push(plan.control.code);
    if (!plan.conclusion) continue;
    const exception = plan.exception;
    const tested = plan.progress.pass + plan.progress.deviation;
    const resultText = plan.conclusion === 'exceptions_noted' && exception
      ? `Exception noted: ${exception.description}`
      : testResultText({ conclusion: plan.conclusion, notTestedReason: (plan.population?.size ?? 0) === 0 ? 'no_occurrences' : 'no_items_tested', tested, deviations: plan.progress.deviation });
    tests.push({
      controlId: plan.control.id,
      procedures: plan.procedures,
      sampleSize: plan.sampling?.size ?? null,
      populationSize: plan.population?.size ?? null,
      conclusion: plan.conclusion,
      resultText,
      exceptions: exception ? [{ id: exception.id, description: exception.description, managementResponse: exception.managementResponse }] : [],
    });
  }
  return { tests, signoffs: { tests: rows.length, complete: rows.length - pending.length, pending } };
}

interface Prepared {
  input: ReportInput;
  templates: ReportTemplates;
  signoffs: IssuePreconditions['signoffs'];
  opinion: ReportInput['opinion'];
}

/** Everything the report is built from, as it stands now. */
async function prepare(db: Db, e: EngagementView, reportDate: string): Promise<Prepared> {
  const [firm, system, controls, decisions, assertion] = await Promise.all([
    firmTemplates(db, e.firmId), systemOf(db, e), systemControls(db, e), listDecisions(db, e.id, 1), latestAssertion(db, e.id),
  ]);
  const criteria = inScopeCriteria(e);
  const inScope = new Set(criteria.map((c) => c.id));
  const { tests, signoffs } = e.reportType === 'type2' ? await testsOf(db, e) : { tests: [], signoffs: { tests: 0, complete: 0, pending: [] } };
  const decision = decisions[0];
  const proposal = decision?.proposal as { affectedCriteria?: string[] } | undefined;
  const opinion = decision ? { opinion: decision.opinion, basis: decision.basis, affectedCriteria: proposal?.affectedCriteria ?? [] } : null;
  const input: ReportInput = {
    reportType: e.reportType,
    asOf: e.asOfDate,
    periodStart: e.periodStart,
    periodEnd: e.periodEnd,
    reportDate,
    serviceOrganization: { name: e.serviceOrgName },
    firm: { name: e.firmName, city: firm.city },
    system,
    categories: e.categories,
    criteria: criteria.map((c) => ({ id: c.id, category: c.category, title: c.title })),
    controls: controls
      .filter((c) => c.criteria.some((id) => inScope.has(id)))
      .map((c) => ({ id: c.id, code: c.code, title: c.title, description: c.activity, criteria: c.criteria.filter((id) => inScope.has(id)) })),
    tests,
    opinion,
    assertion: { acceptedBy: assertion?.acceptedByLabel ?? null, acceptedAt: assertion ? isoDate(assertion.acceptedAt) : null },
  };
  return { input, templates: { ...DEFAULT_REPORT_TEMPLATES, ...firm.templates }, signoffs, opinion };
}

// ---- Rendering

function documentOf(input: ReportInput, templates: ReportTemplates, draft: boolean): DocumentSpec {
  const spec = reportDocument(buildReportModel(input, templates), { draft });
  // Fixed file dates: the same inputs give the same bytes (the issued PDF and its DOCX can be rendered again).
  return { ...spec, createdAt: new Date(`${input.reportDate}T00:00:00Z`) };
}

async function render(spec: DocumentSpec, format: ReportFormat): Promise<Buffer> {
  if (format === 'pdf') return renderPdf(spec);
  if (format === 'docx') return renderDocx(spec);
  return Buffer.from(renderHtml(spec, { standalone: true }), 'utf8');
}

const slugOf = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'report';

// ---- Preconditions of issuance

async function assertionState(db: Db, e: EngagementView, current: string): Promise<IssuePreconditions['assertion']> {
  const accepted = await latestAssertion(db, e.id);
  return {
    accepted: accepted !== undefined && accepted.sha256 === sha256Hex(current),
    acceptedByLabel: accepted?.acceptedByLabel ?? null,
    acceptedAt: accepted?.acceptedAt.toISOString() ?? null,
    changedSinceAcceptance: accepted !== undefined && accepted.sha256 !== sha256Hex(current),
  };
}

/** The assertion's text is built with no acceptance recorded, so accepting it does not change what was accepted. */
function currentAssertionText(p: Prepared): string {
  return assertionText(buildReportModel({ ...p.input, assertion: { acceptedBy: null, acceptedAt: null } }, p.templates));
}

async function preconditionsOf(db: Db, e: EngagementView, p: Prepared): Promise<IssuePreconditions> {
  return {
    signoffs: p.signoffs,
    assertion: await assertionState(db, e, currentAssertionText(p)),
    opinion: { decided: p.opinion !== null, opinion: p.opinion?.opinion ?? null },
    status: { ready: e.status === 'reporting' || e.status === 'issued', status: e.status },
    followUps: { open: await listOpenFollowUps(db, e.id) },
    period: periodState(e, p.input.reportDate),
  };
}

/** Whether the examined period is over by the report's date (today for a draft, the chosen date at issue). */
function periodState(e: EngagementView, reportDate: string): IssuePreconditions['period'] {
  return { through: examinedThrough(e), ended: periodOverBy(e, reportDate) };
}

function unmet(pre: IssuePreconditions): Array<{ path: string; message: string }> {
  const out: Array<{ path: string; message: string }> = [];
  if (!pre.status.ready) out.push({ path: 'status', message: `the engagement is ${pre.status.status.replace('_', ' ')}; move it to reporting first` });
  if (pre.signoffs.pending.length) out.push({ path: 'signoffs', message: `tests without a current preparer and reviewer sign-off: ${pre.signoffs.pending.join(', ')}` });
  if (!pre.assertion.accepted) out.push({ path: 'assertion', message: pre.assertion.changedSinceAcceptance ? "management's assertion changed since it was accepted; the admin accepts it again" : "management's assertion is not accepted yet" });
  if (!pre.opinion.decided) out.push({ path: 'opinion', message: 'the opinion is not decided' });
  if (pre.followUps.open > 0) out.push({ path: 'followUps', message: `${pre.followUps.open} follow-up item(s) from the last period are not closed` });
  if (!pre.period.ended) out.push({ path: 'period', message: `the examination covers up to ${pre.period.through}; the report can be dated and issued only after that day` });
  return out;
}

// ---- Presenting issued reports

async function summaryOf(db: Db, r: ReportRow): Promise<ReportSummary> {
  const next = await getReplacement(db, r.id);
  return {
    id: r.id, engagementId: r.engagementId, version: r.version, replacesReportId: r.replacesReportId, correctionReason: r.correctionReason,
    replacedBy: next ? { id: next.id, version: next.version, issuedAt: next.issuedAt.toISOString() } : null,
    reportType: r.reportType, asOfDate: r.asOfDate, periodStart: r.periodStart, periodEnd: r.periodEnd, reportDate: r.reportDate,
    organizationName: r.organizationName, firmName: r.firmName, systemName: r.systemName, opinion: r.opinion,
    pdfSha256: r.pdfSha256, pdfSize: r.pdfSize, keyId: r.keyId, signature: r.signature, issuedByLabel: r.issuedByLabel, issuedAt: r.issuedAt.toISOString(),
  };
}

// ---- Use cases

/** The draft: its HTML, the model's checks and what issuing still needs. Both parties read it; the firm's sign-off detail stays with the firm. */
export async function readReportDraft(deps: Deps, ctx: Ctx, id: string): Promise<ReportDraft> {
  const { engagement: e, access } = await loadEngagement(deps.db, ctx, id, 'engagement.read');
  const p = await prepare(deps.db, e, isoDate(deps.now()));
  const model = buildReportModel(p.input, p.templates);
  const failures = checkReportModel(model, p.input);
  const pre = await preconditionsOf(deps.db, e, p);
  const ready = failures.length === 0 && unmet(pre).length === 0;
  // The organization sees how many tests are signed, not which ones (the firm's workpapers).
  if (access.side === 'service_org') pre.signoffs = { ...pre.signoffs, pending: [] };
  const reports = await Promise.all((await listEngagementReports(deps.db, e.id)).map((r) => summaryOf(deps.db, r)));
  return {
    engagementId: e.id,
    failures,
    preconditions: pre,
    ready,
    reports,
    html: renderHtml(documentOf(p.input, p.templates, true)),
  };
}

/** The draft as a file, with DRAFT across every page. */
export async function renderReportDraft(deps: Deps, ctx: Ctx, id: string, format: ReportFormat) {
  const { engagement: e } = await loadEngagement(deps.db, ctx, id, 'engagement.read');
  const p = await prepare(deps.db, e, isoDate(deps.now()));
  const body = await render(documentOf(p.input, p.templates, true), format);
  return { body, contentType: CONTENT_TYPES[format], fileName: `DRAFT-soc2-${slugOf(e.serviceOrgName)}-${slugOf(e.name)}.${format}` };
}

export async function readAssertion(deps: Deps, ctx: Ctx, id: string): Promise<Assertion> {
  const { engagement: e } = await loadEngagement(deps.db, ctx, id, 'engagement.read');
  const p = await prepare(deps.db, e, isoDate(deps.now()));
  const text = currentAssertionText(p);
  const accepted = await latestAssertion(deps.db, e.id);
  return {
    engagementId: e.id,
    text,
    sha256: sha256Hex(text),
    accepted: accepted ? { byLabel: accepted.acceptedByLabel, at: accepted.acceptedAt.toISOString(), sha256: accepted.sha256 } : null,
    changedSinceAcceptance: accepted !== undefined && accepted.sha256 !== sha256Hex(text),
  };
}

/** The organization's admin signs Section II in the app: the exact text read (by its hash) is recorded in both ledgers. */
export async function acceptAssertion(deps: Deps, ctx: Ctx, id: string, sha256: string): Promise<Assertion> {
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    const { engagement: e } = await loadEngagement(tx, ctx, id, 'assertion.accept', true);
    if (e.status === 'issued') throw new AppError('engagement_issued', 'The report is issued; its assertion can no longer change.');
    const p = await prepare(tx, e, isoDate(now));
    const text = currentAssertionText(p);
    if (sha256Hex(text) !== sha256) throw new AppError('assertion_changed', "Management's assertion changed since it was read; read it again before accepting.");
    await insertAssertion(tx, { engagementId: e.id, text, sha256, acceptedBy: ctx.actor.userId, acceptedByLabel: ctx.actor.label, acceptedAt: now });
    for (const org of [e.firmId, e.serviceOrgId]) {
      await recordAudit(tx, { org, actor: actorOf(ctx), meta: ctx, kind: 'assertion.accepted', objectType: 'engagement', objectId: e.id, data: { engagementId: e.id, sha256 }, at: now });
    }
  });
  return readAssertion(deps, ctx, id);
}

/** The firm's Ed25519 key, created on its first issue. */
async function firmKey(db: Db, firmId: string, now: Date): Promise<{ keyId: string; privateKey: crypto.KeyObject; publicKeyPem: string }> {
  let row = await getSigningKey(db, firmId);
  if (!row) {
    const pair = crypto.generateKeyPairSync('ed25519');
    row = await insertSigningKey(db, {
      organizationId: firmId,
      keyId: keyIdOf(pair.publicKey),
      publicKeyPem: pair.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      privateKeyPem: pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      createdAt: now,
    });
  }
  return { keyId: row.keyId, privateKey: crypto.createPrivateKey(row.privateKeyPem), publicKeyPem: row.publicKeyPem };
}

async function checkCorrection(db: Db, e: EngagementView, input: IssueReportRequest): Promise<{ version: number; replaces: ReportRow | null }> {
  const issued = await listEngagementReports(db, e.id);
  const latest = issued.at(-1) ?? null;
  if (!latest) {
    if (input.replaces) failFields([{ path: 'replaces', message: 'nothing is issued yet to correct' }]);
    return { version: 1, replaces: null };
  }
  if (!input.replaces) throw new AppError('engagement_issued', `Version ${latest.version} is issued; a correction names it in "replaces" with a reason.`);
  if (input.replaces !== latest.id) failFields([{ path: 'replaces', message: `a correction replaces the latest version (${latest.version})` }]);
  if (!input.reason) failFields([{ path: 'reason', message: 'say why the report is corrected' }]);
  return { version: latest.version + 1, replaces: latest };
}

/**
 * The engagement partner issues the report: preconditions and the model's checks hold, the PDF is rendered without
 * the DRAFT mark, stored as an immutable blob, signed with the firm's key, and recorded in both ledgers; the
 * engagement becomes issued and read-only. A correction is a new version that names the one it replaces.
 */
export async function issueReport(deps: Deps, ctx: Ctx, id: string, input: IssueReportRequest): Promise<ReportSummary> {
  const now = deps.now();
  let put: Awaited<ReturnType<Deps['blobs']['put']>> | null = null;
  try {
    const row = await deps.db.transaction(async (tx) => {
      const loaded: LoadedEngagement = await loadEngagement(tx, ctx, id, 'report.issue', true);
      const e = loaded.engagement;
      const { version, replaces } = await checkCorrection(tx, e, input);
      const issuedOn = isoDate(now);
      const dateProblem = input.reportDate ? reportDateProblem(input.reportDate, e, issuedOn) : null;
      if (dateProblem) failFields([{ path: 'body.reportDate', message: dateProblem }]);
      const p = await prepare(tx, e, input.reportDate ?? issuedOn);
      const failures = [...unmet(await preconditionsOf(tx, e, p)), ...checkReportModel(buildReportModel(p.input, p.templates), p.input).map((f) => ({ path: f.ref ?? f.code, message: f.message }))];
      if (failures.length) throw new AppError('report_not_ready', `The report cannot be issued yet: ${failures.map((f) => f.message).join('; ')}.`, { fields: failures });
      const pdf = await renderPdf(documentOf(p.input, p.templates, false));
      put = await deps.blobs.put(Readable.from([pdf]), { maxBytes: Math.max(deps.config.evidenceMaxBytes, pdf.length) });
      await lockBlob(tx, put.sha256);
      if (await getReportBySha256(tx, put.sha256)) throw new AppError('conflict', 'This exact report is already issued.');
      const key = await firmKey(tx, e.firmId, now);
      const signature = crypto.sign(null, pdf, key.privateKey).toString('base64');
      const report = await insertReport(tx, {
        engagementId: e.id, firmId: e.firmId, serviceOrgId: e.serviceOrgId, version, replacesReportId: replaces?.id ?? null, correctionReason: replaces ? input.reason! : null,
        reportType: e.reportType, asOfDate: e.asOfDate, periodStart: e.periodStart, periodEnd: e.periodEnd, reportDate: p.input.reportDate,
        organizationName: e.serviceOrgName, firmName: e.firmName, systemName: p.input.system.name, opinion: p.opinion!.opinion,
        input: p.input as unknown as Record<string, unknown>, templates: p.templates, pdfSha256: put.sha256, pdfSize: put.size,
        signature, keyId: key.keyId, issuedBy: ctx.actor.userId, issuedByLabel: ctx.actor.label, issuedAt: now,
      });
      const data = {
        engagementId: e.id, version, replaces: replaces?.id ?? null, reason: replaces ? input.reason! : null, opinion: report.opinion, reportDate: report.reportDate,
        blob: { sha256: put.sha256, size: put.size }, keyId: key.keyId, signature,
      };
      for (const org of [e.firmId, e.serviceOrgId]) {
        await recordAudit(tx, { org, actor: actorOf(ctx), meta: ctx, kind: 'report.issued', objectType: 'report', objectId: report.id, data, at: now });
        if (e.status !== 'issued') await recordAudit(tx, { org, actor: actorOf(ctx), meta: ctx, kind: 'engagement.status_changed', objectType: 'engagement', objectId: e.id, data: { name: e.name, from: e.status, to: 'issued' }, at: now });
      }
      if (e.status !== 'issued') await updateEngagement(tx, e.id, { status: 'issued' }, now);
      return report;
    });
    return summaryOf(deps.db, row);
  } catch (err) {
    if (put) await discardBlob(deps, put).catch(() => undefined);
    throw err;
  }
}

export async function listReports(deps: Deps, ctx: Ctx): Promise<ReportList> {
  authorize(ctx, 'report.list');
  const rows = await listReportsFor(deps.db, ctx.actor.organizationId);
  return { items: await Promise.all(rows.map((r) => summaryOf(deps.db, r))) };
}

async function reportFor(deps: Deps, ctx: Ctx, reportId: string): Promise<ReportRow> {
  authorize(ctx, 'report.list');
  const row = await getReportFor(deps.db, ctx.actor.organizationId, reportId);
  if (!row) throw notFound('No such report.');
  return row;
}

export async function getReport(deps: Deps, ctx: Ctx, reportId: string): Promise<ReportSummary> {
  return summaryOf(deps.db, await reportFor(deps, ctx, reportId));
}

/** The issued PDF as stored (byte for byte what was signed); DOCX and HTML rendered again from the issued inputs. */
export async function downloadReport(deps: Deps, ctx: Ctx, reportId: string, format: ReportFormat) {
  const row = await reportFor(deps, ctx, reportId);
  const fileName = `soc2-${slugOf(row.organizationName)}-${row.reportDate}-v${row.version}.${format}`;
  if (format === 'pdf') return { stream: await openBlob(deps, row.pdfSha256), size: row.pdfSize, contentType: CONTENT_TYPES.pdf, fileName };
  const body = await render(documentOf(row.input as unknown as ReportInput, row.templates as ReportTemplates, false), format);
  return { stream: Readable.from([body]), size: body.length, contentType: CONTENT_TYPES[format], fileName };
}

/** Public: is a file with this SHA-256 an issued report? Which one, by whom, and has it been replaced. */
export async function verifyReportSha256(deps: Deps, sha256: string, bytes?: Buffer): Promise<VerifyResult> {
  const row = await getReportBySha256(deps.db, sha256);
  if (!row) {
    // Not the issued bytes; it may be a copy the trust portal stamped for a recipient.
    const copy = await getCopyBySha256(deps.db, sha256);
    return { sha256, issued: false, report: null, copy: copy?.reportId ? { reportId: copy.reportId, recipient: copy.recipient ?? '', downloadedAt: copy.at.toISOString() } : null };
  }
  const key = await getSigningKey(deps.db, row.firmId);
  const { signature: _signature, ...summary } = await summaryOf(deps.db, row);
  // With the file's bytes (the CLI) the signature is checked over them; otherwise over the stored copy, which has the same hash.
  const content = bytes ?? (await streamToBuffer(await openBlob(deps, row.pdfSha256)));
  const signatureValid = key !== undefined && key.keyId === row.keyId && crypto.verify(null, content, crypto.createPublicKey(key.publicKeyPem), Buffer.from(row.signature, 'base64'));
  return { sha256, issued: true, report: { ...summary, signatureValid, publicKeyPem: key?.publicKeyPem ?? '' }, copy: null };
}

async function streamToBuffer(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A recipient's copy (trust portal): the issued report rendered again with the recipient stamped on every page. */
export async function renderRecipientCopy(row: ReportRow, mark: string): Promise<Buffer> {
  return renderPdf({ ...documentOf(row.input as unknown as ReportInput, row.templates as ReportTemplates, false), recipientMark: mark });
}

export async function verifyReportFile(deps: Deps, bytes: Buffer): Promise<VerifyResult> {
  return verifyReportSha256(deps, sha256Hex(bytes), bytes);
}

export async function readFirmReportSettings(deps: Deps, ctx: Ctx): Promise<FirmReportSettings> {
  authorize(ctx, 'report.settings');
  const [settings, key] = await Promise.all([getFirmSettings(deps.db, ctx.actor.organizationId), getSigningKey(deps.db, ctx.actor.organizationId)]);
  return {
    city: settings?.city ?? '',
    templates: settings?.templates ?? {},
    defaults: { ...DEFAULT_REPORT_TEMPLATES },
    publicKeyPem: key?.publicKeyPem ?? null,
    keyId: key?.keyId ?? null,
  };
}

/** The partner edits the firm's wording; a key attest does not know, or an empty text, is refused with the key named. */
export async function updateFirmReportSettings(deps: Deps, ctx: Ctx, input: UpdateFirmReportSettings): Promise<FirmReportSettings> {
  authorize(ctx, 'report.settings');
  const known = new Set<string>(TEMPLATE_KEYS);
  const fields = Object.entries(input.templates ?? {}).flatMap(([k, v]) =>
    !known.has(k) ? [{ path: `templates.${k}`, message: 'not a template key' }] : v.trim() === '' ? [{ path: `templates.${k}`, message: 'empty: remove the key to use the default wording' }] : []);
  if (fields.length) failFields(fields);
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    const current = await getFirmSettings(tx, ctx.actor.organizationId);
    const values = { city: input.city ?? current?.city ?? '', templates: input.templates ?? current?.templates ?? {} };
    await saveFirmSettings(tx, ctx.actor.organizationId, values, now);
    await recordAudit(tx, { org: ctx.actor.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'report_settings.updated', objectType: 'report_settings', objectId: ctx.actor.organizationId, data: { city: values.city, templates: Object.keys(values.templates) }, at: now });
  });
  return readFirmReportSettings(deps, ctx);
}


/** The operator's copy of an issued PDF (`attest report get`), without an organization's context. */
export async function downloadReportAsOperator(deps: Deps, reportId: string): Promise<{ stream: Readable; size: number; sha256: string }> {
  const row = /^[0-9a-f-]{36}$/i.test(reportId) ? await getReportById(deps.db, reportId) : undefined;
  if (!row) throw notFound(`No issued report has the id ${reportId}; \`attest report list\` shows them.`);
  return { stream: await openBlob(deps, row.pdfSha256), size: row.pdfSize, sha256: row.pdfSha256 };
}
