// The audit log: JSON pages and a CSV export.
import { Readable } from 'node:stream';
import type { ZodApp } from '../types.ts';
import * as api from '../../contract/api.ts';
import type { Deps } from '../../services/context.ts';
import { exportAuditLog, readAuditLog } from '../../services/audit-log.ts';
import { authorize } from '../../services/gate.ts';
import { ctxOf } from '../auth.ts';

const ExportQuery = api.AuditQuery.omit({ before: true, limit: true });

export function auditLogRoutes(app: ZodApp, deps: Deps) {
  app.get('/api/v1/audit-log', { schema: { tags: ['audit'], summary: 'Audit log entries, newest first', querystring: api.AuditQuery, response: { 200: api.AuditPage } } }, async (req) => {
    const { limit, ...filter } = req.query;
    return readAuditLog(deps, ctxOf(req), filter, limit);
  });
  app.get('/api/v1/audit-log/export.csv', { schema: { tags: ['audit'], summary: 'The filtered audit log as CSV', querystring: ExportQuery, produces: ['text/csv'] } }, async (req, reply) => {
    const ctx = ctxOf(req);
    authorize(ctx, 'audit.read');
    const day = deps.now().toISOString().slice(0, 10);
    reply.header('content-type', 'text/csv; charset=utf-8');
    reply.header('content-disposition', `attachment; filename="attest-audit-log-${day}.csv"`);
    return reply.send(Readable.from(exportAuditLog(deps, ctx, req.query)));
  });
}
