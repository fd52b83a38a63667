// Engagements: propose, answer, withdraw; the firm's terms, phases and team; documents (the engagement letter).
// A firm's team member reads the client's program by sending the Attest-Engagement header to the program's own routes.
import fastifyMultipart, { type MultipartFile } from '@fastify/multipart';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ZodApp } from '../types.ts';
import * as api from '../../contract/api.ts';
import * as engagements from '../../contract/engagements.ts';
import * as requests from '../../contract/requests.ts';
import { moveEngagementRequest } from '../../services/requests.ts';
import type { Deps } from '../../services/context.ts';
import {
  addEngagementDocument, addTeamMember, authorizeEngagementDocument, changeEngagementStatus, changeEngagementTerms, listCounterparties, listEngagements, openEngagementDocument,
  proposeEngagement, readEngagement, removeTeamMember, respondToEngagement, withdrawEngagement,
} from '../../services/engagements.ts';
import { AppError } from '../../services/errors.ts';
import { ctxOf } from '../auth.ts';
import { sendDownload } from '../download.ts';
import { multipartError } from './evidence.ts';

const IdParams = z.strictObject({ id: api.Uuid });
const MemberParams = z.strictObject({ id: api.Uuid, userId: api.Uuid });
const RequestParams = z.strictObject({ id: api.Uuid, requestId: api.Uuid });
const DocumentParams = z.strictObject({ id: api.Uuid, documentId: api.Uuid });
const DocumentQuery = z.strictObject({ kind: z.enum(['engagement_letter', 'representation_letter', 'other']).default('engagement_letter') });

export function engagementRoutes(app: ZodApp, deps: Deps) {
  const tags = ['engagements'];
  app.get('/api/v1/engagements', { schema: { tags, summary: 'The engagements this organization is party to (a firm\'s auditors: those they are on the team of), newest first', response: { 200: engagements.EngagementList } } }, async (req) =>
    listEngagements(deps, ctxOf(req)),
  );
  app.get('/api/v1/engagements/counterparties', { schema: { tags, summary: 'The organizations an engagement can be proposed to: audit firms for a service organization, service organizations for a firm', response: { 200: engagements.Counterparties } } }, async (req) =>
    listCounterparties(deps, ctxOf(req)),
  );
  app.post('/api/v1/engagements', { schema: { tags, summary: 'Propose an engagement to the other party (Type I as of a date, Type II over a period of 6 to 12 months; shorter needs a reason)', body: engagements.ProposeEngagementRequest, response: { 201: engagements.Engagement } } }, async (req, reply) =>
    reply.status(201).send(await proposeEngagement(deps, ctxOf(req), req.body)),
  );
  app.get('/api/v1/engagements/:id', { schema: { tags, summary: 'An engagement with its terms, team, documents and what the viewer may do', params: IdParams, response: { 200: engagements.Engagement } } }, async (req) =>
    readEngagement(deps, ctxOf(req), req.params.id),
  );
  app.patch('/api/v1/engagements/:id', { schema: { tags, summary: 'The firm changes the terms while planning', params: IdParams, body: engagements.UpdateEngagementRequest, response: { 200: engagements.Engagement } } }, async (req) =>
    changeEngagementTerms(deps, ctxOf(req), req.params.id, req.body),
  );
  app.post('/api/v1/engagements/:id/respond', { schema: { tags, summary: 'The other party accepts (the service organization names its system) or declines a proposal', params: IdParams, body: engagements.RespondEngagementRequest, response: { 200: engagements.Engagement } } }, async (req) =>
    respondToEngagement(deps, ctxOf(req), req.params.id, req.body),
  );
  app.post('/api/v1/engagements/:id/withdraw', { schema: { tags, summary: 'The proposing party withdraws a proposal not yet answered', params: IdParams, body: engagements.WithdrawEngagementRequest, response: { 200: engagements.Engagement } } }, async (req) =>
    withdrawEngagement(deps, ctxOf(req), req.params.id, req.body.reason),
  );
  app.post('/api/v1/engagements/:id/status', { schema: { tags, summary: 'The firm moves the engagement one phase on (or back): planning → design review → fieldwork (Type II) → review → reporting', params: IdParams, body: engagements.ChangeStatusRequest, response: { 200: engagements.Engagement } } }, async (req) =>
    changeEngagementStatus(deps, ctxOf(req), req.params.id, req.body.status),
  );
  app.post('/api/v1/engagements/:id/team', { schema: { tags, summary: 'Put a member of the firm on the team (or change their team role)', params: IdParams, body: engagements.AddTeamMemberRequest, response: { 200: engagements.Engagement } } }, async (req) =>
    addTeamMember(deps, ctxOf(req), req.params.id, req.body),
  );
  app.delete('/api/v1/engagements/:id/team/:userId', { schema: { tags, summary: 'Take a member off the team', params: MemberParams, response: { 200: engagements.Engagement } } }, async (req) =>
    removeTeamMember(deps, ctxOf(req), req.params.id, req.params.userId),
  );
  app.post('/api/v1/engagements/:id/requests/:requestId/accept', { schema: { tags, summary: 'The firm\'s team accepts a submitted request it made through the engagement', params: RequestParams, body: requests.SubmitRequestRequest, response: { 200: requests.RequestDetail } } }, async (req) =>
    moveEngagementRequest(deps, ctxOf(req), req.params.id, req.params.requestId, 'accept', req.body.comment),
  );
  app.post('/api/v1/engagements/:id/requests/:requestId/return', { schema: { tags, summary: 'The firm\'s team returns a submitted request to the organization, saying why', params: RequestParams, body: requests.ReturnRequestRequest, response: { 200: requests.RequestDetail } } }, async (req) =>
    moveEngagementRequest(deps, ctxOf(req), req.params.id, req.params.requestId, 'return', req.body.comment),
  );
  app.get('/api/v1/engagements/:id/documents/:documentId/content', { schema: { tags, summary: 'A document\'s bytes (download)', params: DocumentParams } }, async (req, reply) => {
    const doc = await openEngagementDocument(deps, ctxOf(req), req.params.id, req.params.documentId);
    return sendDownload(reply, doc);
  });

  const maxBytes = deps.config.evidenceMaxBytes;
  app.register(async (scoped) => {
    const r = scoped.withTypeProvider<ZodTypeProvider>();
    await r.register(fastifyMultipart, { limits: { fileSize: maxBytes + 1, files: 1, fields: 0, parts: 1, headerPairs: 100 } });
    r.post('/api/v1/engagements/:id/documents', { schema: { tags, summary: 'Attach a document (PDF, DOCX, Markdown or text; multipart/form-data with one `file` part); hashed and recorded in both ledgers', consumes: ['multipart/form-data'], params: IdParams, querystring: DocumentQuery, response: { 201: engagements.Engagement } } }, async (req, reply) => {
      const ctx = ctxOf(req);
      await authorizeEngagementDocument(deps, ctx, req.params.id);
      try {
        const part = await req.file();
        if (!part || part.fieldname !== 'file') throw new AppError('validation_failed', 'Send one `file` part.', { fields: [{ path: 'file', message: 'required' }] });
        const file = part as MultipartFile;
        const result = await addEngagementDocument(deps, ctx, req.params.id, req.query.kind, { stream: file.file, fileName: file.filename, declaredType: file.mimetype });
        return reply.status(201).send(result);
      } catch (err) {
        throw multipartError(err, maxBytes);
      }
    });
  });
}
