// The evidence vault's use cases: add (streamed into the blob store), supersede, tombstone, browse,
// read, download, and the receipt. Bytes are stored first; the item, its links and its ledger entry
// are then written in one transaction, and a blob this request created is removed if that fails.
import crypto from 'node:crypto';
import type { Readable } from 'node:stream';
import { fileTypeFromBuffer } from 'file-type';
import type { EvidenceDetail, EvidenceItem, EvidenceList, EvidenceMetadata, EvidenceQuery, EvidenceReceipt, EvidenceSummary } from '../contract/evidence.ts';
import { CRITERIA } from '../domain/catalog/index.ts';
import { decideContentType, isPreviewable } from '../domain/evidence/content-type.ts';
import { sanitizeFileName } from '../domain/evidence/file-name.ts';
import { canRemove, canSupersede, checkPeriod, evidenceStatus, unknownCriteria } from '../domain/evidence/rules.ts';
import type { Db } from '../db/client.ts';
import {
  getControlsByIds, getEvidence, getEvidenceByIds, getEvidenceForUpdate, insertEvidence, isBlobReferenced, lockBlob, listEvidenceControls,
  listEvidenceCriteria, listEvidencePage, listEvidenceUsages, markRemoved, markSuperseded, type EvidenceRow,
} from '../db/evidence.ts';
import { receiptForEntry } from '../ledger/receipt.ts';
import { BlobNotFoundError, BlobTooLargeError, type PutResult } from '../storage/blob-store.ts';
import { actorOf, recordAudit } from './audit.ts';
import type { Ctx, Deps, Scope } from './context.ts';
import { AppError, notFound, type FieldError } from './errors.ts';
import { authorize } from './gate.ts';
import { decodeCursor, pageOf } from './paging.ts';

const CRITERION_IDS = new Set(CRITERIA.map((c) => c.id));

/** The file part of an upload, as the route hands it over (not yet read). */
export interface IncomingFile {
  stream: Readable;
  /** The name the client gave (unsanitized). */
  fileName: string | undefined;
  /** The part's declared Content-Type. */
  declaredType: string | undefined;
}

export async function loadEvidence(db: Db, scope: Scope, id: string): Promise<EvidenceRow> {
  const row = await getEvidence(db, scope, id);
  if (!row) throw notFound('No such evidence.');
  return row;
}

/** Items with their controls and criteria, in the given order. */
async function present(db: Db, scope: Scope, rows: EvidenceRow[]): Promise<EvidenceItem[]> {
  const ids = rows.map((r) => r.id);
  const controlLinks = await listEvidenceControls(db, scope, ids);
  const criterionLinks = await listEvidenceCriteria(db, scope, ids);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    description: r.description,
    source: r.source as EvidenceItem['source'],
    fileName: r.fileName,
    contentType: r.contentType,
    size: r.size,
    sha256: r.sha256,
    collectedAt: r.collectedAt.toISOString(),
    collectedBy: { id: r.collectedByUserId, label: r.collectedByLabel },
    periodStart: r.periodStart,
    periodEnd: r.periodEnd,
    controls: controlLinks.filter((l) => l.evidenceId === r.id).map(({ id, code, title, systemId }) => ({ id, code, title, systemId })),
    criteria: criterionLinks.filter((l) => l.evidenceId === r.id).map((l) => l.criterionId).sort(),
    status: evidenceStatus(r),
    supersedesId: r.supersedesId,
    supersededById: r.supersededById,
    removedAt: r.removedAt?.toISOString() ?? null,
    removedReason: r.removedReason,
    ledgerSeq: r.ledgerSeq,
    createdAt: r.createdAt.toISOString(),
  }));
}

function summaryOf(r: EvidenceRow): EvidenceSummary {
  return { id: r.id, title: r.title, fileName: r.fileName, sha256: r.sha256, size: r.size, status: evidenceStatus(r), collectedAt: r.collectedAt.toISOString(), createdAt: r.createdAt.toISOString() };
}

async function detailOf(db: Db, scope: Scope, row: EvidenceRow): Promise<EvidenceDetail> {
  const [item] = await present(db, scope, [row]);
  const neighbours = await getEvidenceByIds(db, scope, [row.supersedesId, row.supersededById].filter((id): id is string => id !== null));
  const byId = new Map(neighbours.map((n) => [n.id, n]));
  const summary = (id: string | null) => (id && byId.has(id) ? summaryOf(byId.get(id)!) : null);
  return { ...item!, supersedes: summary(row.supersedesId), supersededBy: summary(row.supersededById) };
}

/** Controls must be this organization's (another tenant's id is simply not found); criteria must be in the catalog. */
async function checkLinks(db: Db, scope: Scope, metadata: EvidenceMetadata): Promise<{ controlIds: string[]; criterionIds: string[] }> {
  const controlIds = [...new Set(metadata.controlIds)];
  const criterionIds = [...new Set(metadata.criterionIds)];
  const found = await getControlsByIds(db, scope, controlIds);
  if (found.length !== controlIds.length) throw notFound('No such control.');
  const fields: FieldError[] = [...checkPeriod(metadata.periodStart, metadata.periodEnd), ...unknownCriteria(metadata.criterionIds, (id) => CRITERION_IDS.has(id))];
  if (fields.length) throw new AppError('validation_failed', fields.map((f) => `${f.path}: ${f.message}`).join('; '), { fields });
  return { controlIds, criterionIds };
}

/** Stores the bytes; maps the store's size limit to 413. (Also used for engagement documents and populations.) */
export async function storeBytes(deps: Deps, file: IncomingFile): Promise<PutResult> {
  try {
    return await deps.blobs.put(file.stream, { maxBytes: deps.config.evidenceMaxBytes });
  } catch (err) {
    if (err instanceof BlobTooLargeError || isMultipartTooLarge(err)) throw tooLarge(deps.config.evidenceMaxBytes);
    throw err;
  }
}

export function tooLarge(maxBytes: number): AppError {
  return new AppError('payload_too_large', `The file is larger than the ${formatBytes(maxBytes)} this instance accepts (ATTEST_EVIDENCE_MAX_BYTES).`);
}

function isMultipartTooLarge(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 'FST_REQ_FILE_TOO_LARGE';
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KB`;
  return `${n} bytes`;
}

/** The stored bytes; a blob the record names but the store lacks is a clear error, not an opaque 500. */
export async function openBlob(deps: Deps, sha256: string): Promise<Readable> {
  try {
    return await deps.blobs.open(sha256);
  } catch (err) {
    if (err instanceof BlobNotFoundError) throw new AppError('blob_missing', `The stored file ${sha256.slice(0, 12)}… is missing from the blob store; run \`attest verify\` and restore it from backup.`);
    throw err;
  }
}

/** Removes a blob this request created, unless some record (of any organization) now references the same bytes. */
export async function discardBlob(deps: Deps, put: PutResult): Promise<void> {
  if (!put.created) return;
  await deps.db.transaction(async (tx) => {
    await lockBlob(tx, put.sha256);
    if (await isBlobReferenced(tx, put.sha256)) return;
    await deps.blobs.remove(put.sha256);
  });
}

/** The role check of an upload, done before its body is read. */
export function authorizeEvidenceWrite(ctx: Ctx): Scope {
  return authorize(ctx, 'evidence.write');
}

/**
 * Adds an item (or, with `supersedesId`, a new version of a current item). The file stream is read
 * exactly once, into the blob store; nothing is written to the database unless everything checks out.
 */
export async function addEvidence(deps: Deps, ctx: Ctx, metadata: EvidenceMetadata, file: IncomingFile, supersedesId?: string): Promise<EvidenceDetail> {
  const scope = authorize(ctx, 'evidence.write');
  const put = await storeBytes(deps, file);
  try {
    if (put.size === 0) throw new AppError('evidence_empty', 'The file is empty; choose a file with content.');
    const fileName = sanitizeFileName(file.fileName);
    const sniffed = await fileTypeFromBuffer(put.head);
    const decision = decideContentType({ fileName, declared: file.declaredType, sniffed, head: put.head, size: put.size });
    if (!decision.ok) throw new AppError(decision.code, decision.message);
    const now = deps.now();
    const id = crypto.randomUUID();
    const actor = actorOf(ctx);
    return await deps.db.transaction(async (tx) => {
      const links = await checkLinks(tx, scope, metadata);
      // A concurrent failed upload of the same bytes may have discarded them after our put deduplicated.
      await lockBlob(tx, put.sha256);
      if ((await deps.blobs.stat(put.sha256)) !== put.size) {
        throw new AppError('unavailable', 'Another upload of the same file was being discarded at the same moment; send it again.');
      }
      if (supersedesId !== undefined) {
        const old = await getEvidenceForUpdate(tx, scope, supersedesId);
        if (!old) throw notFound('No such evidence.');
        const allowed = canSupersede(evidenceStatus(old));
        if (!allowed.ok) throw new AppError(allowed.code, allowed.message);
      }
      const blob = { sha256: put.sha256, size: put.size };
      const common = { title: metadata.title, blob, fileName, controlIds: links.controlIds, criterionIds: links.criterionIds, periodStart: metadata.periodStart, periodEnd: metadata.periodEnd };
      const record = { org: scope.organizationId, actor, meta: ctx, objectType: 'evidence' as const, objectId: id, at: now };
      const [entry] = supersedesId === undefined
        ? await recordAudit(tx, { ...record, kind: 'evidence.added', data: common })
        : await recordAudit(tx, { ...record, kind: 'evidence.superseded', data: { ...common, supersedes: supersedesId } });
      const row = await insertEvidence(tx, scope, {
        id,
        title: metadata.title,
        description: metadata.description,
        source: metadata.source,
        fileName,
        contentType: decision.contentType,
        size: put.size,
        sha256: put.sha256,
        collectedAt: metadata.collectedAt ? new Date(metadata.collectedAt) : now,
        collectedByUserId: ctx.actor.userId,
        collectedByLabel: ctx.actor.label,
        periodStart: metadata.periodStart,
        periodEnd: metadata.periodEnd,
        supersedesId: supersedesId ?? null,
        ledgerSeq: entry!.seq,
        createdAt: now,
      }, links);
      if (supersedesId !== undefined && !(await markSuperseded(tx, scope, supersedesId, id))) {
        throw new AppError('evidence_not_current', 'This evidence changed meanwhile; reload it and try again.');
      }
      return detailOf(tx, scope, row);
    });
  } catch (err) {
    await discardBlob(deps, put).catch(() => undefined);
    throw err;
  }
}

export async function tombstoneEvidence(deps: Deps, ctx: Ctx, id: string, reason: string): Promise<EvidenceDetail> {
  const scope = authorize(ctx, 'evidence.remove');
  return deps.db.transaction(async (tx) => {
    const row = await getEvidenceForUpdate(tx, scope, id);
    if (!row) throw notFound('No such evidence.');
    // Usages today are requests that accepted the item; engagements that used it are added to
    // listEvidenceUsages when the engagement slice brings its table.
    const decision = canRemove(evidenceStatus(row), await listEvidenceUsages(tx, scope, id));
    if (!decision.ok) throw new AppError(decision.code, decision.message);
    const now = deps.now();
    const removed = await markRemoved(tx, scope, id, { at: now, by: ctx.actor.userId, reason });
    if (!removed) throw new AppError('evidence_not_current', 'This evidence changed meanwhile; reload it and try again.');
    await recordAudit(tx, {
      org: scope.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'evidence.tombstoned', objectType: 'evidence', objectId: id,
      data: { title: row.title, reason, blob: { sha256: row.sha256, size: row.size } }, at: now,
    });
    return detailOf(tx, scope, removed);
  });
}

export const EVIDENCE_PAGE = 50;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export async function listEvidence(deps: Deps, ctx: Ctx, query: EvidenceQuery): Promise<EvidenceList> {
  const scope = authorize(ctx, 'evidence.read');
  const after = decodeCursor('evidence', query.cursor, (key) => ISO_INSTANT.test(key));
  const limit = query.limit ?? EVIDENCE_PAGE;
  const categoryCriteria = query.category ? CRITERIA.filter((c) => c.category === query.category).map((c) => c.id) : undefined;
  const rows = await listEvidencePage(deps.db, scope, { ...query, categoryCriteria }, { after, limit: limit + 1 });
  const { page, nextCursor } = pageOf(rows, limit, 'evidence', (r) => ({ key: r.createdAt.toISOString(), id: r.id }));
  return { items: await present(deps.db, scope, page), nextCursor };
}

export async function readEvidence(deps: Deps, ctx: Ctx, id: string): Promise<EvidenceDetail> {
  const scope = authorize(ctx, 'evidence.read');
  const row = await loadEvidence(deps.db, scope, id);
  await recordAuditorView(deps, ctx, scope, row, 'detail');
  return detailOf(deps.db, scope, row);
}

/** A firm's read through an engagement goes into the client's ledger: who looked at which item, and how. */
async function recordAuditorView(deps: Deps, ctx: Ctx, scope: Scope, row: EvidenceRow, how: 'detail' | 'download'): Promise<void> {
  if (!scope.limits) return;
  const { engagementId } = scope.limits;
  await deps.db.transaction((tx) => recordAudit(tx, { org: scope.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'evidence.viewed', objectType: 'evidence', objectId: row.id, data: { engagementId, how, title: row.title }, at: deps.now() }));
}

export interface EvidenceContent {
  stream: Readable;
  size: number;
  contentType: string;
  fileName: string;
  /** Whether a browser may show it inline (images, PDF, plain text, CSV); otherwise it is always downloaded. */
  previewable: boolean;
}

/** The stored bytes (removed items too: a tombstone keeps the record, and the auditor may need it). */
export async function openEvidenceContent(deps: Deps, ctx: Ctx, id: string): Promise<EvidenceContent> {
  const scope = authorize(ctx, 'evidence.read');
  const row = await loadEvidence(deps.db, scope, id);
  const stream = await openBlob(deps, row.sha256);
  await recordAuditorView(deps, ctx, scope, row, 'download');
  return { stream, size: row.size, contentType: row.contentType, fileName: row.fileName, previewable: isPreviewable(row.contentType) };
}

/** The item and the ledger receipt of the entry that recorded its bytes (signing a checkpoint first if none covers it). */
export async function evidenceReceipt(deps: Deps, ctx: Ctx, id: string): Promise<EvidenceReceipt> {
  const scope = authorize(ctx, 'evidence.read');
  const row = await loadEvidence(deps.db, scope, id);
  const receipt = await receiptForEntry(deps, scope.organizationId, row.ledgerSeq);
  return { item: summaryOf(row), ...receipt };
}
