// The service organization's program: systems (scope), people, controls, the starter library.
import { z } from 'zod';
import type { ZodApp } from '../types.ts';
import * as api from '../../contract/api.ts';
import * as program from '../../contract/program.ts';
import type { Deps } from '../../services/context.ts';
import { changeSystem, createSystem, listOrganizationSystems, previewSystemDescription, readSystem } from '../../services/systems.ts';
import { adoptControls, changeControl, controlHistory, createControl, pageSystemControls, readControl, retireControl } from '../../services/controls.ts';
import { exportControlMatrix } from '../../services/control-matrix.ts';
import { listControlLibrary } from '../../services/library.ts';
import { readinessGapsCsv, systemReadiness } from '../../services/readiness.ts';
import * as readiness from '../../contract/readiness.ts';
import { ctxOf } from '../auth.ts';

const IdParams = z.strictObject({ id: api.Uuid });
const MatrixParams = z.strictObject({ id: api.Uuid, format: z.enum(['csv', 'xlsx']) });

export function programRoutes(app: ZodApp, deps: Deps) {
  const tags = ['systems'];
  app.get('/api/v1/systems', { schema: { tags, summary: 'Systems under examination', response: { 200: program.SystemList } } }, async (req) => ({
    systems: await listOrganizationSystems(deps, ctxOf(req)),
  }));
  app.post('/api/v1/systems', { schema: { tags, summary: 'Define a system (Security is always in scope)', body: program.CreateSystemRequest, response: { 201: program.System } } }, async (req, reply) =>
    reply.status(201).send(await createSystem(deps, ctxOf(req), req.body)),
  );
  app.get('/api/v1/systems/:id', { schema: { tags, summary: 'A system with DC1–DC9 and its criteria in scope', params: IdParams, response: { 200: program.System } } }, async (req) =>
    readSystem(deps, ctxOf(req), req.params.id),
  );
  app.patch('/api/v1/systems/:id', { schema: { tags, summary: 'Change some of a system\'s fields (lists are replaced whole)', params: IdParams, body: program.UpdateSystemRequest, response: { 200: program.System } } }, async (req) =>
    changeSystem(deps, ctxOf(req), req.params.id, req.body),
  );
  app.get('/api/v1/systems/:id/description', { schema: { tags, summary: 'The system description (DC1–DC9) as it will read in Section III, with what is missing', params: IdParams, response: { 200: program.SystemDescription } } }, async (req) =>
    previewSystemDescription(deps, ctxOf(req), req.params.id),
  );

  app.get('/api/v1/systems/:id/readiness', { schema: { tags, summary: 'Readiness per criterion, series and category, with the gap list', params: IdParams, querystring: readiness.ReadinessQuery, response: { 200: readiness.Readiness } } }, async (req) =>
    systemReadiness(deps, ctxOf(req), req.params.id, req.query.reportType),
  );
  app.get('/api/v1/systems/:id/readiness/gaps.csv', { schema: { tags, summary: 'The gap list as CSV', params: IdParams, querystring: readiness.ReadinessQuery, produces: ['text/csv'] } }, async (req, reply) => {
    const csv = await readinessGapsCsv(deps, ctxOf(req), req.params.id, req.query.reportType);
    reply.header('content-type', 'text/csv; charset=utf-8');
    reply.header('content-disposition', `attachment; filename="attest-readiness-gaps-${req.query.reportType}.csv"`);
    return reply.send(csv);
  });

  const ctags = ['controls'];
  app.get('/api/v1/systems/:id/controls', { schema: { tags: ctags, summary: 'Controls of a system, a page at a time (by code; pass nextCursor as cursor for the next page)', params: IdParams, querystring: program.ControlQuery, response: { 200: program.ControlList } } }, async (req) =>
    pageSystemControls(deps, ctxOf(req), req.params.id, req.query),
  );
  app.post('/api/v1/systems/:id/controls', { schema: { tags: ctags, summary: 'Write a custom control', params: IdParams, body: program.CreateControlRequest, response: { 201: program.Control } } }, async (req, reply) =>
    reply.status(201).send(await createControl(deps, ctxOf(req), req.params.id, req.body)),
  );
  app.post('/api/v1/systems/:id/controls/adopt', { schema: { tags: ctags, summary: 'Adopt starter controls (all, or by code) into the system', params: IdParams, body: program.AdoptControlsRequest, response: { 200: program.AdoptControlsResult } } }, async (req) =>
    adoptControls(deps, ctxOf(req), req.params.id, req.body.codes),
  );
  app.get('/api/v1/systems/:id/control-matrix.:format', { schema: { tags: ctags, summary: 'The control ownership matrix as CSV or XLSX', params: MatrixParams, produces: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'] } }, async (req, reply) => {
    const file = await exportControlMatrix(deps, ctxOf(req), req.params.id, req.params.format);
    reply.header('content-type', file.contentType);
    reply.header('content-disposition', `attachment; filename="${file.filename}"`);
    return reply.send(file.body);
  });
  app.get('/api/v1/controls/:id', { schema: { tags: ctags, summary: 'A control', params: IdParams, response: { 200: program.Control } } }, async (req) =>
    readControl(deps, ctxOf(req), req.params.id),
  );
  app.patch('/api/v1/controls/:id', { schema: { tags: ctags, summary: 'Edit a control, map criteria, assign owners', params: IdParams, body: program.UpdateControlRequest, response: { 200: program.Control } } }, async (req) =>
    changeControl(deps, ctxOf(req), req.params.id, req.body),
  );
  app.post('/api/v1/controls/:id/retire', { schema: { tags: ctags, summary: 'Retire a control (kept in history)', params: IdParams, body: program.RetireControlRequest, response: { 200: program.Control } } }, async (req) =>
    retireControl(deps, ctxOf(req), req.params.id, req.body.reason),
  );
  app.get('/api/v1/controls/:id/history', { schema: { tags: ctags, summary: 'The control\'s history (its audit entries)', params: IdParams, response: { 200: api.AuditPage } } }, async (req) =>
    controlHistory(deps, ctxOf(req), req.params.id),
  );

  app.get('/api/v1/library/controls', { schema: { tags: ['library'], summary: 'The starter control library', response: { 200: program.ControlTemplateList } } }, async (req) =>
    listControlLibrary(ctxOf(req)),
  );
}
