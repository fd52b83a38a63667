// Risks: the register with its summary, the heat map, and the annual risk assessments (CC3).
import { z } from 'zod';
import type { ZodApp } from '../types.ts';
import * as api from '../../contract/api.ts';
import * as risks from '../../contract/risks.ts';
import type { Deps } from '../../services/context.ts';
import { changeRisk, createRisk, listRiskRegister, readRisk, riskHeatMap } from '../../services/risks.ts';
import { listAssessments, recordAssessment } from '../../services/risk-assessments.ts';
import { ctxOf } from '../auth.ts';

const IdParams = z.strictObject({ id: api.Uuid });

export function riskRoutes(app: ZodApp, deps: Deps) {
  const tags = ['risks'];
  app.get('/api/v1/risks', { schema: { tags, summary: 'The risk register a page at a time (oldest first; pass nextCursor as cursor for the next page), with counts by level and overdue reviews over the whole register', querystring: risks.RiskQuery, response: { 200: risks.RiskList } } }, async (req) =>
    listRiskRegister(deps, ctxOf(req), req.query),
  );
  app.post('/api/v1/risks', { schema: { tags, summary: 'Register a risk', body: risks.CreateRiskRequest, response: { 201: risks.Risk } } }, async (req, reply) =>
    reply.status(201).send(await createRisk(deps, ctxOf(req), req.body)),
  );
  app.get('/api/v1/risks/heat-map', { schema: { tags, summary: 'The 5×5 heat map of open risks (likelihood × impact), inherent or residual', querystring: risks.HeatMapQuery, response: { 200: risks.HeatMap } } }, async (req) =>
    riskHeatMap(deps, ctxOf(req), req.query.basis),
  );
  app.get('/api/v1/risks/:id', { schema: { tags, summary: 'A risk', params: IdParams, response: { 200: risks.Risk } } }, async (req) =>
    readRisk(deps, ctxOf(req), req.params.id),
  );
  app.patch('/api/v1/risks/:id', { schema: { tags, summary: 'Change some of a risk\'s fields (ratings and linked controls are replaced whole)', params: IdParams, body: risks.UpdateRiskRequest, response: { 200: risks.Risk } } }, async (req) =>
    changeRisk(deps, ctxOf(req), req.params.id, req.body),
  );
  app.get('/api/v1/risk-assessments', { schema: { tags, summary: 'Annual risk assessments (the latest 200) and whether one is due', response: { 200: risks.RiskAssessmentList } } }, async (req) =>
    listAssessments(deps, ctxOf(req)),
  );
  app.post('/api/v1/risk-assessments', { schema: { tags, summary: 'Record a risk assessment', body: risks.CreateRiskAssessmentRequest, response: { 201: risks.RiskAssessment } } }, async (req, reply) =>
    reply.status(201).send(await recordAssessment(deps, ctxOf(req), req.body)),
  );
}
