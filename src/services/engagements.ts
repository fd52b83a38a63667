// Engagements: one party proposes, the other accepts or declines; the firm staffs the team, adjusts the terms while
// planning and moves the engagement through its phases; either side attaches documents (the engagement letter).
// Engagement events go into both organizations' ledgers, so each side's chain shows what it agreed to.
import type { Readable } from 'node:stream';
import type { AddTeamMemberRequest, Engagement, EngagementList, ProposeEngagementRequest, RespondEngagementRequest, UpdateEngagementRequest, Counterparties, EngagementStatus } from '../contract/engagements.ts';
import { ENGAGEMENT_ACTIONS, decideOnEngagement, type EngagementAction, type EngagementSide } from '../domain/access/policy.ts';
import { checkTerms, evidenceWindow, type EngagementTerms } from '../domain/engagement/terms.ts';
import { grantsAccess, nextStatuses } from '../domain/engagement/status.ts';
import type { Db } from '../db/client.ts';
import {
  deleteTeamMember, getDocument, getEngagementFor, getMember, getOrganizationKind, insertDocument, insertEngagement, listDocuments,
  listEngagementsFor, listOrganizationsOfKind, listTeam, updateEngagement, upsertTeamMember, type EngagementDocumentRow, type EngagementView,
} from '../db/engagements.ts';
import { getSystem } from '../db/systems.ts';
import { lockBlob } from '../db/evidence.ts';
import type { Actor, Ctx, Deps } from './context.ts';
import { AppError, failFields, notFound } from './errors.ts';
import { authorize, authorizeEngagement, type EngagementAccess } from './gate.ts';
import { actorOf, recordAudit, type AuditRecord } from './audit.ts';
import type { AuditKind } from '../ledger/events.ts';
import { discardBlob, openBlob, storeBytes, type IncomingFile } from './evidence.ts';
import { sanitizeFileName } from '../domain/evidence/file-name.ts';

export interface LoadedEngagement {
  engagement: EngagementView;
  access: EngagementAccess;
}

/** Loads an engagement the actor's organization is party to and asks the gate about `action`; 404 for anyone else. */
export async function loadEngagement(db: Db, ctx: Ctx, id: string, action: EngagementAction, lock = false): Promise<LoadedEngagement> {
  const engagement = await getEngagementFor(db, ctx.actor.organizationId, ctx.actor.userId, id, lock);
  if (!engagement) throw notFound('No such engagement.');
  return { engagement, access: authorizeEngagement(ctx, engagement, action) };
}

const sideOf = (ctx: Ctx, e: EngagementView): EngagementSide => (ctx.actor.organizationId === e.firmId ? 'firm' : 'service_org');

function allowedActions(ctx: Ctx, e: EngagementView): EngagementAction[] {
  const side = sideOf(ctx, e);
  return ENGAGEMENT_ACTIONS.filter((a) => decideOnEngagement({ role: ctx.actor.role, side, teamRole: side === 'firm' ? e.teamRole : null }, a).allow);
}

const termsOf = (e: Pick<EngagementView, 'reportType' | 'asOfDate' | 'periodStart' | 'periodEnd' | 'shortPeriodReason'>): EngagementTerms => ({
  reportType: e.reportType, asOfDate: e.asOfDate, periodStart: e.periodStart, periodEnd: e.periodEnd, shortPeriodReason: e.shortPeriodReason,
});

function documentOf(d: EngagementDocumentRow) {
  return { id: d.id, kind: d.kind, fileName: d.fileName, contentType: d.contentType, size: d.size, sha256: d.sha256, uploadedBySide: d.uploadedBySide, uploadedByLabel: d.uploadedByLabel, createdAt: d.createdAt.toISOString() };
}

function summaryOf(e: EngagementView) {
  return {
    id: e.id,
    name: e.name,
    firm: { id: e.firmId, name: e.firmName },
    serviceOrg: { id: e.serviceOrgId, name: e.serviceOrgName },
    system: e.systemId ? { id: e.systemId, name: e.systemName ?? '' } : null,
    reportType: e.reportType,
    asOfDate: e.asOfDate,
    periodStart: e.periodStart,
    periodEnd: e.periodEnd,
    status: e.status,
    proposedBy: e.proposedBy,
    createdAt: e.createdAt.toISOString(),
  };
}

async function present(db: Db, ctx: Ctx, e: EngagementView): Promise<Engagement> {
  const [team, documents] = await Promise.all([listTeam(db, e.id), listDocuments(db, [e.id])]);
  const side = sideOf(ctx, e);
  const actions = allowedActions(ctx, e);
  return {
    ...summaryOf(e),
    shortPeriodReason: e.shortPeriodReason,
    categories: e.categories as Engagement['categories'],
    proposedByLabel: e.proposedByLabel,
    acceptedAt: e.acceptedAt?.toISOString() ?? null,
    acceptedByLabel: e.acceptedByLabel,
    warnings: checkTerms(termsOf(e)).warnings,
    viewer: { side, teamRole: side === 'firm' ? e.teamRole : null, actions },
    nextStatuses: actions.includes('engagement.manage') ? nextStatuses(e.status, e.reportType) : [],
    frequencyTable: e.frequencyTable,
    team,
    documents: documents.map(documentOf),
    updatedAt: e.updatedAt.toISOString(),
  };
}

/** Writes one event into both parties' ledgers. */
export async function recordBoth<K extends AuditKind>(tx: Db, ctx: Ctx, e: { id: string; firmId: string; serviceOrgId: string }, kind: K, data: AuditRecord<K>['data'], at: Date): Promise<void> {
  for (const org of [e.firmId, e.serviceOrgId]) {
    await recordAudit(tx, { org, actor: actorOf(ctx), meta: ctx, kind, objectType: 'engagement', objectId: e.id, data, at });
  }
}

function requireTerms(terms: EngagementTerms): void {
  const { problems } = checkTerms(terms);
  if (problems.length) failFields(problems);
}

/** The system must be the service organization's; categories must be among the system's (default: all of them). */
async function resolveSystem(db: Db, serviceOrgId: string, systemId: string, categories: string[] | null): Promise<{ systemId: string; categories: string[] }> {
  const system = await getSystem(db, { organizationId: serviceOrgId }, systemId);
  if (!system) failFields([{ path: 'systemId', message: 'no such system in this organization' }]);
  const available = system.categories;
  const chosen = categories ?? available;
  const outside = chosen.filter((c) => !available.includes(c));
  if (outside.length) failFields([{ path: 'categories', message: `not in the system's scope: ${outside.join(', ')} (add them to the system first)` }]);
  return { systemId: system.id, categories: [...new Set(chosen)] };
}

export async function listCounterparties(deps: Deps, ctx: Ctx): Promise<Counterparties> {
  const scope = authorize(ctx, 'engagement.propose');
  const other = ctx.actor.organizationKind === 'service_org' ? 'audit_firm' : 'service_org';
  return { organizations: await listOrganizationsOfKind(deps.db, other, scope.organizationId) };
}

export async function listEngagements(deps: Deps, ctx: Ctx): Promise<EngagementList> {
  const scope = authorize(ctx, 'engagement.list');
  const onlyOwnTeam = ctx.actor.organizationKind === 'audit_firm' && ctx.actor.role !== 'partner';
  const rows = await listEngagementsFor(deps.db, scope.organizationId, ctx.actor.userId, onlyOwnTeam);
  return { engagements: rows.map(summaryOf) };
}

export async function readEngagement(deps: Deps, ctx: Ctx, id: string): Promise<Engagement> {
  const { engagement } = await loadEngagement(deps.db, ctx, id, 'engagement.read');
  return present(deps.db, ctx, engagement);
}

export async function reload(db: Db, ctx: Ctx, id: string): Promise<Engagement> {
  const view = await getEngagementFor(db, ctx.actor.organizationId, ctx.actor.userId, id);
  return present(db, ctx, view!);
}

export async function proposeEngagement(deps: Deps, ctx: Ctx, input: ProposeEngagementRequest): Promise<Engagement> {
  const scope = authorize(ctx, 'engagement.propose');
  const fromFirm = ctx.actor.organizationKind === 'audit_firm';
  const counterparty = await getOrganizationKind(deps.db, input.counterpartyId);
  const wanted = fromFirm ? 'service_org' : 'audit_firm';
  if (!counterparty || counterparty.kind !== wanted) failFields([{ path: 'counterpartyId', message: `no such ${fromFirm ? 'service organization' : 'audit firm'}` }]);
  const terms: EngagementTerms = { reportType: input.reportType, asOfDate: input.asOfDate, periodStart: input.periodStart, periodEnd: input.periodEnd, shortPeriodReason: input.shortPeriodReason };
  requireTerms(terms);
  const firmId = fromFirm ? scope.organizationId : counterparty.id;
  const serviceOrgId = fromFirm ? counterparty.id : scope.organizationId;
  let scoped: { systemId: string | null; categories: string[] } = { systemId: null, categories: input.categories ?? [] };
  if (fromFirm && input.systemId) failFields([{ path: 'systemId', message: 'the service organization chooses its system when it accepts' }]);
  if (!fromFirm) {
    if (!input.systemId) failFields([{ path: 'systemId', message: 'choose the system to be examined' }]);
    scoped = await resolveSystem(deps.db, serviceOrgId, input.systemId, input.categories);
  }
  const now = deps.now();
  const id = await deps.db.transaction(async (tx) => {
    const row = await insertEngagement(tx, {
      firmId, serviceOrgId, systemId: scoped.systemId, name: input.name, ...terms, shortPeriodReason: terms.shortPeriodReason || null,
      categories: scoped.categories, status: 'proposed', proposedBy: fromFirm ? 'firm' : 'service_org', proposedByLabel: ctx.actor.label,
    });
    if (fromFirm && ctx.actor.role === 'partner') await upsertTeamMember(tx, row.id, ctx.actor.userId, 'engagement_partner');
    await recordBoth(tx, ctx, row, 'engagement.proposed', {
      name: row.name, reportType: row.reportType, firmId, serviceOrgId, systemId: row.systemId, asOfDate: row.asOfDate, periodStart: row.periodStart, periodEnd: row.periodEnd, shortPeriodReason: row.shortPeriodReason,
    }, now);
    return row.id;
  });
  return reload(deps.db, ctx, id);
}

export async function respondToEngagement(deps: Deps, ctx: Ctx, id: string, input: RespondEngagementRequest): Promise<Engagement> {
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    const { engagement: e, access } = await loadEngagement(tx, ctx, id, 'engagement.respond', true);
    if (e.status !== 'proposed') throw new AppError('engagement_invalid_transition', `This engagement is ${e.status.replace('_', ' ')}, not awaiting an answer.`);
    if (access.side === e.proposedBy) throw new AppError('forbidden', 'The other party answers a proposal; you may withdraw it instead.');
    if (input.decision === 'decline') {
      await updateEngagement(tx, e.id, { status: 'declined' }, now);
      await recordBoth(tx, ctx, e, 'engagement.declined', { name: e.name, reason: input.reason }, now);
      return;
    }
    let scoped = { systemId: e.systemId, categories: e.categories };
    if (access.side === 'service_org') {
      const systemId = input.systemId ?? e.systemId;
      if (!systemId) failFields([{ path: 'systemId', message: 'choose the system to be examined' }]);
      scoped = await resolveSystem(tx, e.serviceOrgId, systemId, input.categories ?? (e.systemId ? e.categories : null));
    }
    await updateEngagement(tx, e.id, { status: 'planning', systemId: scoped.systemId, categories: scoped.categories, acceptedAt: now, acceptedByLabel: ctx.actor.label }, now);
    if (access.side === 'firm' && ctx.actor.role === 'partner' && (await listTeam(tx, e.id)).length === 0) {
      await upsertTeamMember(tx, e.id, ctx.actor.userId, 'engagement_partner');
    }
    await recordBoth(tx, ctx, e, 'engagement.accepted', { name: e.name, systemId: scoped.systemId!, categories: scoped.categories }, now);
  });
  return reload(deps.db, ctx, id);
}

export async function withdrawEngagement(deps: Deps, ctx: Ctx, id: string, reason: string): Promise<Engagement> {
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    const { engagement: e, access } = await loadEngagement(tx, ctx, id, 'engagement.respond', true);
    if (e.status !== 'proposed') throw new AppError('engagement_invalid_transition', 'Only a proposal not yet answered can be withdrawn.');
    if (access.side !== e.proposedBy) throw new AppError('forbidden', 'Only the party that proposed may withdraw; you may decline instead.');
    await updateEngagement(tx, e.id, { status: 'withdrawn' }, now);
    await recordBoth(tx, ctx, e, 'engagement.withdrawn', { name: e.name, reason }, now);
  });
  return reload(deps.db, ctx, id);
}

/** The firm adjusts the terms while planning; after that they are fixed (the period is what the tests cover). */
export async function changeEngagementTerms(deps: Deps, ctx: Ctx, id: string, input: UpdateEngagementRequest): Promise<Engagement> {
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    const { engagement: e } = await loadEngagement(tx, ctx, id, 'engagement.manage', true);
    if (e.status !== 'planning' && e.status !== 'proposed') throw new AppError('engagement_invalid_transition', 'The terms are fixed once design review starts.');
    const next = { ...termsOf(e), ...pick(input, ['reportType', 'asOfDate', 'periodStart', 'periodEnd', 'shortPeriodReason']) };
    requireTerms(next);
    let categories = e.categories;
    if (input.categories) {
      if (!e.systemId) failFields([{ path: 'categories', message: 'the service organization has not chosen the system yet' }]);
      categories = (await resolveSystem(tx, e.serviceOrgId, e.systemId, input.categories)).categories;
    }
    const frequencyTable = input.frequencyTable === undefined ? e.frequencyTable : input.frequencyTable && Object.keys(input.frequencyTable).length ? input.frequencyTable : null;
    const values = { ...next, name: input.name ?? e.name, categories, frequencyTable };
    const changes = Object.fromEntries(Object.entries(values).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify((e as unknown as Record<string, unknown>)[k])).map(([k, v]) => [k, { from: (e as unknown as Record<string, unknown>)[k], to: v }]));
    if (Object.keys(changes).length === 0) return;
    await updateEngagement(tx, e.id, values, now);
    await recordBoth(tx, ctx, e, 'engagement.updated', { name: values.name, changes }, now);
  });
  return reload(deps.db, ctx, id);
}

function pick<T extends object, K extends keyof T>(o: T, keys: K[]): Partial<Pick<T, K>> {
  return Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]])) as Partial<Pick<T, K>>;
}

export async function changeEngagementStatus(deps: Deps, ctx: Ctx, id: string, status: EngagementStatus): Promise<Engagement> {
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    const { engagement: e } = await loadEngagement(tx, ctx, id, 'engagement.manage', true);
    if (!nextStatuses(e.status, e.reportType).includes(status)) {
      const allowed = nextStatuses(e.status, e.reportType);
      throw new AppError('engagement_invalid_transition', `From ${e.status.replace('_', ' ')} the engagement can move to ${allowed.length ? allowed.join(' or ') : 'nothing (issuing is done by the report)'}, not ${status}.`);
    }
    await updateEngagement(tx, e.id, { status }, now);
    await recordBoth(tx, ctx, e, 'engagement.status_changed', { name: e.name, from: e.status, to: status }, now);
  });
  return reload(deps.db, ctx, id);
}

export async function addTeamMember(deps: Deps, ctx: Ctx, id: string, input: AddTeamMemberRequest): Promise<Engagement> {
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    const { engagement: e, access } = await loadEngagement(tx, ctx, id, 'engagement.manage', true);
    const member = await getMember(tx, e.firmId, input.userId);
    if (!member) failFields([{ path: 'userId', message: 'not a member of the audit firm' }]);
    if (input.role === 'engagement_partner' && member.role !== 'partner') failFields([{ path: 'role', message: 'only a partner of the firm can be the engagement partner' }]);
    await upsertTeamMember(tx, e.id, member.userId, input.role);
    await recordAudit(tx, { org: access.firm.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'engagement.team_changed', objectType: 'engagement', objectId: e.id, data: { name: e.name, userId: member.userId, email: member.email, role: input.role, change: 'added' }, at: now });
  });
  return reload(deps.db, ctx, id);
}

export async function removeTeamMember(deps: Deps, ctx: Ctx, id: string, userId: string): Promise<Engagement> {
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    const { engagement: e, access } = await loadEngagement(tx, ctx, id, 'engagement.manage', true);
    const team = await listTeam(tx, e.id);
    const leaving = team.find((m) => m.userId === userId);
    if (!leaving) throw notFound('That user is not on this engagement\'s team.');
    if (leaving.role === 'engagement_partner' && team.filter((m) => m.role === 'engagement_partner').length === 1 && e.status !== 'proposed') {
      throw new AppError('conflict', 'An accepted engagement keeps an engagement partner: add another before removing this one.');
    }
    await deleteTeamMember(tx, e.id, userId);
    await recordAudit(tx, { org: access.firm.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'engagement.team_changed', objectType: 'engagement', objectId: e.id, data: { name: e.name, userId, email: leaving.email, role: null, change: 'removed' }, at: now });
  });
  return reload(deps.db, ctx, id);
}

const DOCUMENT_TYPES = new Map([['pdf', 'application/pdf'], ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'], ['txt', 'text/plain'], ['md', 'text/markdown']]);

/** The gate's answer for an upload, asked before its body is read. */
export async function authorizeEngagementDocument(deps: Deps, ctx: Ctx, id: string): Promise<void> {
  await loadEngagement(deps.db, ctx, id, 'engagement.document');
}

/** Either party attaches a document (the engagement letter: PDF, DOCX or text); its bytes are hashed and in both ledgers. */
export async function addEngagementDocument(deps: Deps, ctx: Ctx, id: string, kind: 'engagement_letter' | 'representation_letter' | 'other', file: IncomingFile): Promise<Engagement> {
  await loadEngagement(deps.db, ctx, id, 'engagement.document');
  const fileName = sanitizeFileName(file.fileName);
  const ext = fileName.split('.').pop()?.toLowerCase() ?? '';
  const contentType = DOCUMENT_TYPES.get(ext);
  if (!contentType) {
    file.stream.resume();
    throw new AppError('evidence_type_not_allowed', 'An engagement document is a PDF, DOCX, Markdown or text file.');
  }
  const put = await storeBytes(deps, file);
  try {
    if (put.size === 0) throw new AppError('evidence_empty', 'The file is empty; choose a file with content.');
    if (ext === 'pdf' && !put.head.subarray(0, 5).equals(Buffer.from('%PDF-'))) throw new AppError('evidence_type_mismatch', 'The file is named .pdf but is not a PDF.');
    const now = deps.now();
    await deps.db.transaction(async (tx) => {
      const { engagement: e, access } = await loadEngagement(tx, ctx, id, 'engagement.document', true);
      await lockBlob(tx, put.sha256);
      const doc = await insertDocument(tx, { engagementId: e.id, kind, fileName, contentType, size: put.size, sha256: put.sha256, uploadedBySide: access.side, uploadedByLabel: ctx.actor.label, createdAt: now });
      await recordBoth(tx, ctx, e, 'engagement.document_added', { name: e.name, documentId: doc.id, kind, fileName, blob: { sha256: put.sha256, size: put.size } }, now);
    });
  } catch (err) {
    await discardBlob(deps, put).catch(() => undefined);
    throw err;
  }
  return reload(deps.db, ctx, id);
}

export async function openEngagementDocument(deps: Deps, ctx: Ctx, id: string, documentId: string): Promise<{ stream: Readable; size: number; contentType: string; fileName: string }> {
  const { engagement } = await loadEngagement(deps.db, ctx, id, 'engagement.read');
  const doc = await getDocument(deps.db, engagement.id, documentId);
  if (!doc) throw notFound('No such document on this engagement.');
  return { stream: await openBlob(deps, doc.sha256), size: doc.size, contentType: doc.contentType, fileName: doc.fileName };
}

/**
 * The actor a firm's team member becomes when reading the client's program through an engagement (the
 * Attest-Engagement header): the client's organization, read-only, limited to the system and the period's evidence.
 */
export async function engagementViewActor(deps: Deps, actor: Actor, engagementId: string): Promise<Actor> {
  if (actor.organizationKind !== 'audit_firm') throw new AppError('forbidden', 'Only an audit firm reads a client\'s program through an engagement.');
  const e = await getEngagementFor(deps.db, actor.organizationId, actor.userId, engagementId);
  if (!e || e.firmId !== actor.organizationId) throw notFound('No such engagement.');
  if (!decideOnEngagement({ role: actor.role, side: 'firm', teamRole: e.teamRole }, 'engagement.view_client').allow) {
    throw new AppError('forbidden', 'Only the engagement\'s team reads the client\'s program.');
  }
  const window = evidenceWindow(e);
  if (!grantsAccess(e.status) || !e.systemId || !window) throw new AppError('forbidden', 'The client\'s program is readable once the engagement is accepted.');
  return { ...actor, organizationId: e.serviceOrgId, view: { engagementId: e.id, firmId: e.firmId, systemId: e.systemId, from: window.from, to: window.to } };
}
