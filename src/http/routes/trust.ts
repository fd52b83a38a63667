// The trust portal: the organization's page settings, access requests, access log and bridge letters; and the public
// page at /api/v1/public/trust/:slug with its access requests (NDA) and stamped downloads (no login).
import { Readable } from 'node:stream';
import { z } from 'zod';
import type { FastifyRequest } from 'fastify';
import type { ZodApp } from '../types.ts';
import * as api from '../../contract/api.ts';
import * as trust from '../../contract/trust.ts';
import type { Deps } from '../../services/context.ts';
import {
  decideTrustAccess, downloadTrustBridgeLetter, downloadTrustReport, draftBridgeLetter, exportAccessLog, listOwnBridgeLetters, listTrustAccessRequests, readAccessLog,
  readPublicTrustPage, readTrustAccess, readTrustPageSettings, requestTrustAccess, signBridgeLetter, updateTrustPage,
} from '../../services/trust.ts';
import { ctxOf } from '../auth.ts';
import { sendDownload } from '../download.ts';

const SlugParams = z.strictObject({ slug: z.string().min(1).max(60) });
const RequestParams = z.strictObject({ requestId: api.Uuid });
const LetterParams = z.strictObject({ letterId: api.Uuid });
const PublicReportParams = z.strictObject({ slug: z.string().min(1).max(60), reportId: api.Uuid });
const PublicLetterParams = z.strictObject({ slug: z.string().min(1).max(60), letterId: api.Uuid });

const metaOf = (req: FastifyRequest) => ({ ip: req.ip, requestId: req.id, userAgent: req.headers['user-agent']?.slice(0, 300) });

export function trustRoutes(app: ZodApp, deps: Deps) {
  const tags = ['trust portal'];
  app.get('/api/v1/trust-page', { schema: { tags, summary: 'The organization\'s trust page settings and the reports it may offer', response: { 200: trust.TrustPageSettings } } }, async (req) =>
    readTrustPageSettings(deps, ctxOf(req)),
  );
  app.put('/api/v1/trust-page', { schema: { tags, summary: 'Change the trust page: address, publication, texts, offered reports, access mode (approval or NDA), NDA text, access days', body: trust.UpdateTrustPageRequest, response: { 200: trust.TrustPageSettings } } }, async (req) =>
    updateTrustPage(deps, ctxOf(req), req.body),
  );
  app.get('/api/v1/trust-page/access-requests', { schema: { tags, summary: 'Prospects\' access requests, newest first', response: { 200: trust.AccessRequestList } } }, async (req) =>
    listTrustAccessRequests(deps, ctxOf(req)),
  );
  app.post('/api/v1/trust-page/access-requests/:requestId/decide', { schema: { tags, summary: 'Approve (access for the set days), deny or revoke a request', params: RequestParams, body: trust.DecideAccessRequest, response: { 200: trust.AccessRequest } } }, async (req) =>
    decideTrustAccess(deps, ctxOf(req), req.params.requestId, req.body.decision),
  );
  app.get('/api/v1/trust-page/access-log', { schema: { tags, summary: 'Every page view and download, newest first', response: { 200: trust.AccessLog } } }, async (req) =>
    readAccessLog(deps, ctxOf(req)),
  );
  app.get('/api/v1/trust-page/access-log.csv', { schema: { tags, summary: 'The access log as CSV' } }, async (req, reply) => {
    const file = await exportAccessLog(deps, ctxOf(req));
    return sendDownload(reply, { stream: Readable.from([file.body]), size: file.body.length, contentType: 'text/csv; charset=utf-8', fileName: file.fileName });
  });
  app.get('/api/v1/bridge-letters', { schema: { tags, summary: 'The organization\'s bridge letters', response: { 200: trust.BridgeLetterList } } }, async (req) =>
    listOwnBridgeLetters(deps, ctxOf(req)),
  );
  app.post('/api/v1/bridge-letters', { schema: { tags, summary: 'Draft a bridge letter for an issued report, from its period end to today (or coversTo)', body: trust.CreateBridgeLetterRequest, response: { 201: trust.BridgeLetter } } }, async (req, reply) => {
    reply.code(201);
    return draftBridgeLetter(deps, ctxOf(req), req.body);
  });
  app.post('/api/v1/bridge-letters/:letterId/sign', { schema: { tags, summary: 'The admin signs the letter (hashed, in the ledger); published, it is offered beside the report', params: LetterParams, body: trust.SignBridgeLetterRequest, response: { 200: trust.BridgeLetter } } }, async (req) =>
    signBridgeLetter(deps, ctxOf(req), req.params.letterId, req.body.publish),
  );

  const pub = { config: { auth: 'public' as const } };
  app.get('/api/v1/public/trust/:slug', { ...pub, schema: { tags, summary: 'A published trust page (no login)', params: SlugParams, response: { 200: trust.PublicTrustPage } } }, async (req) =>
    readPublicTrustPage(deps, req.params.slug, metaOf(req)),
  );
  app.post('/api/v1/public/trust/:slug/access-requests', { ...pub, schema: { tags, summary: 'Ask for the restricted reports; on an NDA page, accepting the NDA grants access at once. Returns the access link\'s secret once.', params: SlugParams, body: trust.RequestAccessRequest, response: { 201: trust.AccessGrant } } }, async (req, reply) => {
    reply.code(201);
    return requestTrustAccess(deps, req.params.slug, req.body, metaOf(req));
  });
  app.get('/api/v1/public/trust/:slug/access', { ...pub, schema: { tags, summary: 'The state of an access (pending, granted, expired, denied, revoked)', params: SlugParams, querystring: trust.TokenQuery, response: { 200: trust.AccessStatus } } }, async (req) =>
    readTrustAccess(deps, req.params.slug, req.query.token),
  );
  app.get('/api/v1/public/trust/:slug/reports/:reportId/file', { ...pub, schema: { tags, summary: 'A report for a granted access: a PDF with the recipient on every page; logged', params: PublicReportParams, querystring: trust.TokenQuery } }, async (req, reply) =>
    sendDownload(reply, await downloadTrustReport(deps, req.params.slug, req.params.reportId, req.query.token, metaOf(req))),
  );
  app.get('/api/v1/public/trust/:slug/bridge-letters/:letterId/file', { ...pub, schema: { tags, summary: 'A published bridge letter for a granted access, stamped and logged', params: PublicLetterParams, querystring: trust.TokenQuery } }, async (req, reply) =>
    sendDownload(reply, await downloadTrustBridgeLetter(deps, req.params.slug, req.params.letterId, req.query.token, metaOf(req))),
  );
}
