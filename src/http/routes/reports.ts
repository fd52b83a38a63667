// The SOC 2 report: the draft and its checks, management's assertion, issuance, issued reports and their files,
// the public verification by SHA-256, and the firm's report settings.
import { Readable } from 'node:stream';
import { z } from 'zod';
import type { ZodApp } from '../types.ts';
import * as api from '../../contract/api.ts';
import * as reports from '../../contract/reports.ts';
import type { Deps } from '../../services/context.ts';
import {
  acceptAssertion, downloadReport, getReport, issueReport, listReports, readAssertion, readFirmReportSettings, readReportDraft, renderReportDraft,
  updateFirmReportSettings, verifyReportSha256,
} from '../../services/reports.ts';
import { closeFollowUp, listFollowUps, rollForward } from '../../services/roll-forward.ts';
import * as engagements from '../../contract/engagements.ts';
import { ctxOf } from '../auth.ts';
import { sendDownload } from '../download.ts';

const IdParams = z.strictObject({ id: api.Uuid });
const ReportParams = z.strictObject({ reportId: api.Uuid });
const FormatQuery = z.strictObject({ format: reports.ReportFormat.default('pdf') });
const Sha256Params = z.strictObject({ sha256: z.string().regex(/^[0-9a-f]{64}$/, '64 lowercase hexadecimal characters') });

export function reportRoutes(app: ZodApp, deps: Deps) {
  const tags = ['reports'];
  const base = '/api/v1/engagements/:id';
  app.get(`${base}/report/draft`, { schema: { tags, summary: 'The draft report (HTML), the model\'s checks and what issuing still needs', params: IdParams, response: { 200: reports.ReportDraft } } }, async (req) =>
    readReportDraft(deps, ctxOf(req), req.params.id),
  );
  app.get(`${base}/report/draft/file`, { schema: { tags, summary: 'The draft as PDF, DOCX or HTML, marked DRAFT on every page', params: IdParams, querystring: FormatQuery } }, async (req, reply) => {
    const file = await renderReportDraft(deps, ctxOf(req), req.params.id, req.query.format);
    return sendDownload(reply, { stream: Readable.from([file.body]), size: file.body.length, contentType: file.contentType, fileName: file.fileName });
  });
  app.get(`${base}/assertion`, { schema: { tags, summary: 'Management\'s assertion (Section II) as it stands, and its acceptance', params: IdParams, response: { 200: reports.Assertion } } }, async (req) =>
    readAssertion(deps, ctxOf(req), req.params.id),
  );
  app.post(`${base}/assertion/accept`, { schema: { tags, summary: 'The service organization\'s admin accepts (signs) the assertion text it read, named by its SHA-256', params: IdParams, body: reports.AcceptAssertionRequest, response: { 200: reports.Assertion } } }, async (req) =>
    acceptAssertion(deps, ctxOf(req), req.params.id, req.body.sha256),
  );
  app.post(`${base}/reports`, { schema: { tags, summary: 'Issue the report (engagement partner): signed PDF, recorded in both ledgers; with `replaces` and `reason`, a correction', params: IdParams, body: reports.IssueReportRequest, response: { 201: reports.ReportSummary } } }, async (req, reply) => {
    reply.code(201);
    return issueReport(deps, ctxOf(req), req.params.id, req.body);
  });
  app.post(`${base}/roll-forward`, { schema: { tags, summary: 'From an issued engagement, propose the next period\'s: system, scope, team, frequency table and test plans carried; last period\'s exceptions become follow-up items (engagement partner)', params: IdParams, body: reports.RollForwardRequest, response: { 201: engagements.Engagement } } }, async (req, reply) => {
    reply.code(201);
    return rollForward(deps, ctxOf(req), req.params.id, req.body);
  });
  app.get(`${base}/follow-ups`, { schema: { tags, summary: 'Last period\'s exceptions to follow up in this engagement (firm team)', params: IdParams, response: { 200: reports.FollowUpList } } }, async (req) =>
    listFollowUps(deps, ctxOf(req), req.params.id),
  );
  app.post(`${base}/follow-ups/:itemId/close`, { schema: { tags, summary: 'Close a follow-up item with its resolution (firm team); issuing needs every one closed', params: z.strictObject({ id: api.Uuid, itemId: api.Uuid }), body: reports.CloseFollowUpRequest, response: { 200: reports.FollowUpItem } } }, async (req) =>
    closeFollowUp(deps, ctxOf(req), req.params.id, req.params.itemId, req.body.resolution),
  );
  app.get('/api/v1/reports', { schema: { tags, summary: 'Issued reports the organization is party to (as firm or as service organization)', response: { 200: reports.ReportList } } }, async (req) =>
    listReports(deps, ctxOf(req)),
  );
  app.get('/api/v1/reports/:reportId', { schema: { tags, summary: 'One issued report', params: ReportParams, response: { 200: reports.ReportSummary } } }, async (req) =>
    getReport(deps, ctxOf(req), req.params.reportId),
  );
  app.get('/api/v1/reports/:reportId/file', { schema: { tags, summary: 'The issued report: the signed PDF byte for byte, or DOCX/HTML rendered from the issued inputs', params: ReportParams, querystring: FormatQuery } }, async (req, reply) =>
    sendDownload(reply, await downloadReport(deps, ctxOf(req), req.params.reportId, req.query.format)),
  );
  app.get('/api/v1/public/reports/:sha256', { config: { auth: 'public' }, schema: { tags, summary: 'Public verification: whether a file with this SHA-256 is an issued report, which version, by which firm, and whether it was replaced', params: Sha256Params, response: { 200: reports.VerifyResult } } }, async (req) =>
    verifyReportSha256(deps, req.params.sha256),
  );
  app.get('/api/v1/report-settings', { schema: { tags, summary: 'The firm\'s report settings: city, its wording by template key, the defaults, its signing key (partner)', response: { 200: reports.FirmReportSettings } } }, async (req) =>
    readFirmReportSettings(deps, ctxOf(req)),
  );
  app.put('/api/v1/report-settings', { schema: { tags, summary: 'Change the firm\'s city or wording (partner)', body: reports.UpdateFirmReportSettings, response: { 200: reports.FirmReportSettings } } }, async (req) =>
    updateFirmReportSettings(deps, ctxOf(req), req.body),
  );
}
