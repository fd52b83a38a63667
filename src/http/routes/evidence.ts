// Evidence: streaming multipart uploads (metadata field first, then one file), supersede, tombstone,
// browse, read, download or preview, and the receipt. Multipart parsing is registered for these
// routes only, with limits: one file of at most ATTEST_EVIDENCE_MAX_BYTES, one small metadata field.
import fastifyMultipart, { type MultipartFile, type MultipartValue } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ZodApp } from '../types.ts';
import * as api from '../../contract/api.ts';
import * as evidence from '../../contract/evidence.ts';
import type { Ctx, Deps } from '../../services/context.ts';
import { AppError } from '../../services/errors.ts';
import { authorizeEvidenceWrite, addEvidence, evidenceReceipt, listEvidence, openEvidenceContent, readEvidence, tombstoneEvidence, tooLarge } from '../../services/evidence.ts';
import { contentDisposition } from '../../domain/evidence/file-name.ts';
import { ctxOf } from '../auth.ts';

const IdParams = z.strictObject({ evidenceId: api.Uuid });
const UPLOAD_DESCRIPTION = `multipart/form-data with two parts in this order: \`${evidence.EVIDENCE_METADATA_FIELD}\` (JSON text: title, description?, collectedAt?, periodStart, periodEnd, controlIds, criterionIds, source?) and \`${evidence.EVIDENCE_FILE_FIELD}\` (the file). The content type is sniffed from the bytes.`;

function badUpload(message: string, path = 'body'): AppError {
  return new AppError('validation_failed', message, { fields: [{ path, message }] });
}

/** Maps the multipart parser's own errors to the API's codes (they would otherwise be opaque 500s). */
export function multipartError(err: unknown, maxBytes: number): unknown {
  const code = (err as { code?: unknown } | null)?.code;
  switch (code) {
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new AppError('unsupported_media_type', 'Send the upload as multipart/form-data.');
    case 'FST_REQ_FILE_TOO_LARGE':
      return tooLarge(maxBytes);
    case 'FST_FILES_LIMIT':
      return badUpload('Send one file per request.', evidence.EVIDENCE_FILE_FIELD);
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return badUpload(`Send only the ${evidence.EVIDENCE_METADATA_FIELD} field and one ${evidence.EVIDENCE_FILE_FIELD}.`);
    case 'FST_MP_PREMATURE_CLOSE':
    case 'FST_PROTO_VIOLATION':
      return badUpload('The upload was interrupted or is not well-formed multipart data.');
    default:
      if (err instanceof Error && /multipart|terminated early|Unexpected end/i.test(err.message)) return badUpload('The upload is not well-formed multipart data.');
      return err;
  }
}

function parseMetadata(part: MultipartValue): evidence.EvidenceMetadata {
  if (part.valueTruncated) throw badUpload(`The ${evidence.EVIDENCE_METADATA_FIELD} field is too long.`, evidence.EVIDENCE_METADATA_FIELD);
  let raw: unknown = part.value;
  if (typeof raw === 'string') {
    try {
      raw = JSON.parse(raw);
    } catch {
      throw badUpload(`The ${evidence.EVIDENCE_METADATA_FIELD} field is not valid JSON.`, evidence.EVIDENCE_METADATA_FIELD);
    }
  }
  const parsed = evidence.EvidenceMetadata.safeParse(raw);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => ({ path: [evidence.EVIDENCE_METADATA_FIELD, ...i.path.map(String)].join('.'), message: i.message }));
    throw new AppError('validation_failed', `The request is not valid: ${fields.map((f) => `${f.path}: ${f.message}`).join('; ')}`, { fields });
  }
  return parsed.data;
}

/** Reads the metadata part, then hands the (unread) file part to the service. */
async function upload(deps: Deps, req: FastifyRequest, ctx: Ctx, supersedesId?: string): Promise<evidence.EvidenceDetail> {
  authorizeEvidenceWrite(ctx);
  try {
    const parts = req.parts();
    const first = await parts.next();
    if (first.done || first.value.type !== 'field' || first.value.fieldname !== evidence.EVIDENCE_METADATA_FIELD) {
      throw badUpload(`Send the ${evidence.EVIDENCE_METADATA_FIELD} field first, then the ${evidence.EVIDENCE_FILE_FIELD}.`);
    }
    const metadata = parseMetadata(first.value as MultipartValue);
    const second = await parts.next();
    if (second.done || second.value.type !== 'file' || second.value.fieldname !== evidence.EVIDENCE_FILE_FIELD) {
      throw badUpload(`Send one ${evidence.EVIDENCE_FILE_FIELD} part, with a file name, after the ${evidence.EVIDENCE_METADATA_FIELD} field.`, evidence.EVIDENCE_FILE_FIELD);
    }
    const file = second.value as MultipartFile;
    return await addEvidence(deps, ctx, metadata, { stream: file.file, fileName: file.filename, declaredType: file.mimetype }, supersedesId);
  } catch (err) {
    throw multipartError(err, deps.config.evidenceMaxBytes);
  }
}

export function evidenceRoutes(app: ZodApp, deps: Deps) {
  const tags = ['evidence'];
  const maxBytes = deps.config.evidenceMaxBytes;
  app.register(async (scoped) => {
    const r = scoped.withTypeProvider<ZodTypeProvider>();
    await r.register(fastifyMultipart, {
      // One byte over the limit lets the blob store notice the excess and refuse it with a clear 413.
      limits: { fileSize: maxBytes + 1, files: 1, fields: 1, parts: 2, fieldSize: evidence.EVIDENCE_METADATA_MAX_BYTES, headerPairs: 100 },
    });

    r.post('/api/v1/evidence', { schema: { tags, summary: 'Add evidence: one file with its metadata (streamed; multipart/form-data)', description: UPLOAD_DESCRIPTION, consumes: ['multipart/form-data'], response: { 201: evidence.EvidenceDetail } } }, async (req, reply) =>
      reply.status(201).send(await upload(deps, req, ctxOf(req))),
    );
    r.post('/api/v1/evidence/:evidenceId/supersede', { schema: { tags, summary: 'Add a new version of a current item (both kept, linked both ways; multipart/form-data like adding)', description: UPLOAD_DESCRIPTION, consumes: ['multipart/form-data'], params: IdParams, response: { 201: evidence.EvidenceDetail } } }, async (req, reply) =>
      reply.status(201).send(await upload(deps, req, ctxOf(req), req.params.evidenceId)),
    );
    r.post('/api/v1/evidence/:evidenceId/tombstone', { schema: { tags, summary: 'Remove an item with a reason (kept in the record, marked removed; refused while an engagement or accepted request uses it)', params: IdParams, body: evidence.TombstoneEvidenceRequest, response: { 200: evidence.EvidenceDetail } } }, async (req) =>
      tombstoneEvidence(deps, ctxOf(req), req.params.evidenceId, req.body.reason),
    );
    r.get('/api/v1/evidence', { schema: { tags, summary: 'Evidence a page at a time (newest first; pass nextCursor as cursor), filtered by system, control, criterion, category, period, source, collector or title', querystring: evidence.EvidenceQuery, response: { 200: evidence.EvidenceList } } }, async (req) =>
      listEvidence(deps, ctxOf(req), req.query),
    );
    r.get('/api/v1/evidence/:evidenceId', { schema: { tags, summary: 'One item with its controls, criteria and neighbouring versions', params: IdParams, response: { 200: evidence.EvidenceDetail } } }, async (req) =>
      readEvidence(deps, ctxOf(req), req.params.evidenceId),
    );
    r.get('/api/v1/evidence/:evidenceId/content', { schema: { tags, summary: 'The stored bytes, under the original file name (inline only for images, PDF, plain text and CSV)', params: IdParams, querystring: evidence.EvidenceContentQuery } }, async (req, reply) => {
      const content = await openEvidenceContent(deps, ctxOf(req), req.params.evidenceId);
      const inline = req.query.disposition === 'inline' && content.previewable;
      const textual = content.contentType.startsWith('text/');
      reply
        .header('content-type', textual ? `${content.contentType}; charset=utf-8` : content.contentType)
        .header('content-length', String(content.size))
        .header('content-disposition', contentDisposition(inline ? 'inline' : 'attachment', content.fileName))
        .header('content-security-policy', "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'")
        .header('cache-control', 'private, no-cache');
      // The app-wide X-Frame-Options: DENY would stop the web app from previewing inline content in a frame.
      if (inline) reply.header('x-evidence-inline', '1');
      return reply.send(content.stream);
    });
    r.get('/api/v1/evidence/:evidenceId/receipt', { schema: { tags, summary: 'The item\'s receipt: its blob hash, its ledger entry and the signed checkpoint covering it, with the public key', params: IdParams, response: { 200: evidence.EvidenceReceipt } } }, async (req) =>
      evidenceReceipt(deps, ctxOf(req), req.params.evidenceId),
    );
    // Runs after the app-wide onSend hook (a child's hooks follow its parent's).
    r.addHook('onSend', async (_req, reply) => {
      if (reply.getHeader('x-evidence-inline')) {
        reply.removeHeader('x-evidence-inline');
        reply.header('x-frame-options', 'SAMEORIGIN');
      }
    });
  });
}
