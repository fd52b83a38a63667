// The examination's Stage 1 and conclusion: the design review worksheet and observations, the opinion (proposal and
// the engagement partner's decision), the engagement dashboard and the test matrix export.
import { z } from 'zod';
import type { ZodApp } from '../types.ts';
import * as api from '../../contract/api.ts';
import * as design from '../../contract/design-review.ts';
import * as opinion from '../../contract/opinion.ts';
import { EngagementDashboard } from '../../contract/engagement-dashboard.ts';
import type { Deps } from '../../services/context.ts';
import { listObservations, readDesignWorksheet, recordConclusion, respondToObservation, sendObservations } from '../../services/design-review.ts';
import { decideOpinion, readOpinion, readOpinionProposal } from '../../services/opinion.ts';
import { readEngagementDashboard } from '../../services/engagement-dashboard.ts';
import { exportTestMatrix } from '../../services/test-matrix-export.ts';
import { contentDisposition } from '../../domain/evidence/file-name.ts';
import { ctxOf } from '../auth.ts';

const IdParams = z.strictObject({ id: api.Uuid });

export function examinationRoutes(app: ZodApp, deps: Deps) {
  const tags = ['examination'];
  const base = '/api/v1/engagements/:id';
  app.get(`${base}/design-review`, { schema: { tags, summary: 'The design review worksheet: each in-scope criterion with its related controls, DC1–DC9, the conclusions and flags (firm team)', params: IdParams, response: { 200: design.DesignWorksheet } } }, async (req) =>
    readDesignWorksheet(deps, ctxOf(req), req.params.id),
  );
  app.put(`${base}/design-review/conclusions/:kind/:subject`, { schema: { tags, summary: 'Record the conclusion on a criterion (CC6.1), a control (its id) or a description section (DC1) (firm team)', params: design.ConclusionParams, body: design.RecordConclusionRequest, response: { 200: design.DesignConclusion } } }, async (req) =>
    recordConclusion(deps, ctxOf(req), req.params, req.body),
  );
  app.post(`${base}/design-review/send`, { schema: { tags, summary: 'Send the observations not yet sent (or those listed) to the service organization', params: IdParams, body: design.SendObservationsRequest, response: { 200: design.SendObservationsResult } } }, async (req) =>
    sendObservations(deps, ctxOf(req), req.params.id, req.body),
  );
  app.get(`${base}/design-review/observations`, { schema: { tags, summary: 'The observations sent to the service organization, with its responses', params: IdParams, response: { 200: design.ObservationList } } }, async (req) =>
    listObservations(deps, ctxOf(req), req.params.id),
  );
  app.post(`${base}/design-review/observations/:conclusionId/respond`, { schema: { tags, summary: 'The service organization responds to an observation', params: design.ObservationParams, body: design.RespondObservationRequest, response: { 200: design.Observation } } }, async (req) =>
    respondToObservation(deps, ctxOf(req), req.params.id, req.params.conclusionId, req.body.response),
  );
  app.get(`${base}/opinion/proposal`, { schema: { tags, summary: 'The opinion proposed from the findings, with its reasons, basis and inputs (firm team)', params: IdParams, response: { 200: opinion.OpinionProposal } } }, async (req) =>
    readOpinionProposal(deps, ctxOf(req), req.params.id),
  );
  app.get(`${base}/opinion`, { schema: { tags, summary: 'The decided opinion (the service organization sees it once decided; the firm also sees every decision)', params: IdParams, response: { 200: opinion.OpinionState } } }, async (req) =>
    readOpinion(deps, ctxOf(req), req.params.id),
  );
  app.post(`${base}/opinion/decision`, { schema: { tags, summary: 'The engagement partner accepts the proposal or overrides it with a rationale (in review or reporting)', params: IdParams, body: opinion.DecideOpinionRequest, response: { 201: opinion.OpinionState } } }, async (req, reply) =>
    reply.status(201).send(await decideOpinion(deps, ctxOf(req), req.params.id, req.body)),
  );
  app.get(`${base}/dashboard`, { schema: { tags, summary: 'Where the examination stands (the service organization sees its request counts only)', params: IdParams, response: { 200: EngagementDashboard } } }, async (req) =>
    readEngagementDashboard(deps, ctxOf(req), req.params.id),
  );
  app.get(`${base}/test-matrix.xlsx`, { schema: { tags, summary: 'The test matrix as XLSX: one row per test plan (firm team)', params: IdParams, produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'] } }, async (req, reply) => {
    const file = await exportTestMatrix(deps, ctxOf(req), req.params.id);
    return reply
      .header('content-type', file.contentType)
      .header('content-disposition', contentDisposition('attachment', file.filename))
      .header('cache-control', 'private, no-cache')
      .send(file.body);
  });
}
