// Requests (the PBC list): list, read, create, edit/assign, answer (comment, evidence, submit), review
// (accept, return), and the spreadsheet import and export.
import { z } from 'zod';
import type { ZodApp } from '../types.ts';
import * as api from '../../contract/api.ts';
import * as requests from '../../contract/requests.ts';
import type { Deps } from '../../services/context.ts';
import {
  addRequestComment, attachRequestEvidence, changeRequest, createRequest, detachRequestEvidence, exportRequests, listRequestPage, moveRequest, readRequest,
} from '../../services/requests.ts';
import { applyRequestsImport, previewRequestsImport } from '../../services/request-import.ts';
import { ctxOf } from '../auth.ts';

const IdParams = z.strictObject({ id: api.Uuid });
const EvidenceParams = z.strictObject({ id: api.Uuid, evidenceId: api.Uuid });
const ExportParams = z.strictObject({ format: requests.ExportFormat });
/** The file travels inside JSON (XLSX as base64): 2 MB of file needs a little under 3 MB of body. */
const IMPORT_BODY_LIMIT = 4 * 1024 * 1024;

export function requestRoutes(app: ZodApp, deps: Deps) {
  const tags = ['requests'];
  app.get('/api/v1/requests', { schema: { tags, summary: 'The request list (newest first, by cursor), filtered by status, assignee, due state, control or text', querystring: requests.RequestQuery, response: { 200: requests.RequestList } } }, async (req) =>
    listRequestPage(deps, ctxOf(req), req.query),
  );
  app.post('/api/v1/requests', { schema: { tags, summary: 'Create a request (the assignee is notified)', body: requests.CreateRequestRequest, response: { 201: requests.RequestDetail } } }, async (req, reply) =>
    reply.status(201).send(await createRequest(deps, ctxOf(req), req.body)),
  );
  app.get('/api/v1/requests/export.:format', { schema: { tags, summary: 'The request list with statuses as CSV or XLSX (same filters as the list)', params: ExportParams, querystring: requests.RequestExportQuery, produces: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'] } }, async (req, reply) => {
    const file = await exportRequests(deps, ctxOf(req), req.params.format, req.query);
    reply.header('content-type', file.contentType);
    reply.header('content-disposition', `attachment; filename="${file.filename}"`);
    return reply.send(file.body);
  });
  app.post('/api/v1/requests/import/preview', { bodyLimit: IMPORT_BODY_LIMIT, schema: { tags, summary: 'Check a request list (CSV or XLSX): every row and every error (writes nothing)', body: requests.ImportRequestsRequest, response: { 200: requests.RequestImportPreview } } }, async (req) =>
    previewRequestsImport(deps, ctxOf(req), req.body),
  );
  app.post('/api/v1/requests/import', { bodyLimit: IMPORT_BODY_LIMIT, schema: { tags, summary: 'Import a request list (CSV or XLSX): all rows or none (400 with every row error)', body: requests.ImportRequestsRequest, response: { 200: requests.RequestImportResult } } }, async (req) =>
    applyRequestsImport(deps, ctxOf(req), req.body),
  );
  app.get('/api/v1/requests/:id', { schema: { tags, summary: 'A request with its comment thread and attached evidence', params: IdParams, response: { 200: requests.RequestDetail } } }, async (req) =>
    readRequest(deps, ctxOf(req), req.params.id),
  );
  app.patch('/api/v1/requests/:id', { schema: { tags, summary: 'Edit or (re)assign a request (a new assignee is notified)', params: IdParams, body: requests.UpdateRequestRequest, response: { 200: requests.RequestDetail } } }, async (req) =>
    changeRequest(deps, ctxOf(req), req.params.id, req.body),
  );
  app.post('/api/v1/requests/:id/submit', { schema: { tags, summary: 'Submit the answer for review (open or returned → submitted); the assignee may, whatever their role', params: IdParams, body: requests.SubmitRequestRequest, response: { 200: requests.RequestDetail } } }, async (req) =>
    moveRequest(deps, ctxOf(req), req.params.id, 'submit', req.body.comment),
  );
  app.post('/api/v1/requests/:id/accept', { schema: { tags, summary: 'Accept a submitted request', params: IdParams, body: requests.SubmitRequestRequest, response: { 200: requests.RequestDetail } } }, async (req) =>
    moveRequest(deps, ctxOf(req), req.params.id, 'accept', req.body.comment),
  );
  app.post('/api/v1/requests/:id/return', { schema: { tags, summary: 'Return a submitted request to its assignee, saying why', params: IdParams, body: requests.ReturnRequestRequest, response: { 200: requests.RequestDetail } } }, async (req) =>
    moveRequest(deps, ctxOf(req), req.params.id, 'return', req.body.comment),
  );
  app.post('/api/v1/requests/:id/comments', { schema: { tags, summary: 'Add a comment (Markdown) to the request\'s thread', params: IdParams, body: requests.AddCommentRequest, response: { 201: requests.RequestDetail } } }, async (req, reply) =>
    reply.status(201).send(await addRequestComment(deps, ctxOf(req), req.params.id, req.body)),
  );
  app.post('/api/v1/requests/:id/evidence', { schema: { tags, summary: 'Attach an evidence item to the request', params: IdParams, body: requests.AttachEvidenceRequest, response: { 200: requests.RequestDetail } } }, async (req) =>
    attachRequestEvidence(deps, ctxOf(req), req.params.id, req.body.evidenceId),
  );
  app.delete('/api/v1/requests/:id/evidence/:evidenceId', { schema: { tags, summary: 'Detach an evidence item from the request (the item itself is kept)', params: EvidenceParams, response: { 200: requests.RequestDetail } } }, async (req) =>
    detachRequestEvidence(deps, ctxOf(req), req.params.id, req.params.evidenceId),
  );
}
