// Policies: the organization's policies, versions and their approval workflow, acknowledgements, templates.
import { z } from 'zod';
import type { ZodApp } from '../types.ts';
import * as api from '../../contract/api.ts';
import * as p from '../../contract/policies.ts';
import type { Deps } from '../../services/context.ts';
import { changePolicy, createPolicy, pageOrganizationPolicies, readPolicy, retirePolicy } from '../../services/policies.ts';
import { approvePolicyVersion, createPolicyVersion, diffPolicyVersions, editPolicyVersion, listPolicyVersions, readPolicyVersion, returnPolicyVersion, submitPolicyVersion } from '../../services/policy-versions.ts';
import { acknowledgePolicyVersion, acknowledgementStatus, publishPolicyVersion } from '../../services/policy-acknowledgements.ts';
import { adoptPolicies, listPolicyLibrary, readPolicyTemplate } from '../../services/policy-library.ts';
import { exportPolicyVersionPdf } from '../../services/policy-export.ts';
import { ctxOf } from '../auth.ts';

const IdParams = z.strictObject({ id: api.Uuid });
const KeyParams = z.strictObject({ key: z.string().max(64) });
const Empty = z.strictObject({}).optional();

export function policyRoutes(app: ZodApp, deps: Deps) {
  const tags = ['policies'];
  app.get('/api/v1/policies', { schema: { tags, summary: 'Policies with their status and review cycle, a page at a time (by title; active by default; pass nextCursor as cursor for the next page)', querystring: p.PolicyQuery, response: { 200: p.PolicyList } } }, async (req) =>
    pageOrganizationPolicies(deps, ctxOf(req), req.query),
  );
  app.post('/api/v1/policies', { schema: { tags, summary: 'Write a custom policy (version 1 is a draft)', body: p.CreatePolicyRequest, response: { 201: p.Policy } } }, async (req, reply) =>
    reply.status(201).send(await createPolicy(deps, ctxOf(req), req.body)),
  );
  app.post('/api/v1/policies/adopt', { schema: { tags, summary: 'Adopt starter templates (all, or by key) as draft policies', body: p.AdoptPoliciesRequest, response: { 200: p.AdoptPoliciesResult } } }, async (req) =>
    adoptPolicies(deps, ctxOf(req), req.body.keys, req.body.systemId),
  );
  app.get('/api/v1/policies/:id', { schema: { tags, summary: 'A policy', params: IdParams, response: { 200: p.Policy } } }, async (req) =>
    readPolicy(deps, ctxOf(req), req.params.id),
  );
  app.patch('/api/v1/policies/:id', { schema: { tags, summary: 'Edit a policy\'s title, owner, mapping and review interval', params: IdParams, body: p.UpdatePolicyRequest, response: { 200: p.Policy } } }, async (req) =>
    changePolicy(deps, ctxOf(req), req.params.id, req.body),
  );
  app.post('/api/v1/policies/:id/retire', { schema: { tags, summary: 'Retire a policy with all its versions (kept in history)', params: IdParams, body: p.RetirePolicyRequest, response: { 200: p.Policy } } }, async (req) =>
    retirePolicy(deps, ctxOf(req), req.params.id, req.body.reason),
  );
  app.get('/api/v1/policies/:id/diff', { schema: { tags, summary: 'Line-by-line differences between two versions', params: IdParams, querystring: p.DiffQuery, response: { 200: p.PolicyDiff } } }, async (req) =>
    diffPolicyVersions(deps, ctxOf(req), req.params.id, req.query.from, req.query.to),
  );

  app.get('/api/v1/policies/:id/versions', { schema: { tags, summary: 'Versions of a policy, newest first', params: IdParams, response: { 200: p.PolicyVersionList } } }, async (req) => ({
    versions: await listPolicyVersions(deps, ctxOf(req), req.params.id),
  }));
  app.post('/api/v1/policies/:id/versions', { schema: { tags, summary: 'Start a new draft, copied from the latest version', params: IdParams, body: p.NewVersionRequest, response: { 201: p.PolicyVersion } } }, async (req, reply) =>
    reply.status(201).send(await createPolicyVersion(deps, ctxOf(req), req.params.id, req.body.changeNote)),
  );
  app.get('/api/v1/policies/:id/versions/:n', { schema: { tags, summary: 'A version with its Markdown body', params: p.VersionParams, response: { 200: p.PolicyVersion } } }, async (req) =>
    readPolicyVersion(deps, ctxOf(req), req.params.id, req.params.n),
  );
  app.patch('/api/v1/policies/:id/versions/:n', { schema: { tags, summary: 'Edit a draft\'s body or change note', params: p.VersionParams, body: p.UpdateVersionRequest, response: { 200: p.PolicyVersion } } }, async (req) =>
    editPolicyVersion(deps, ctxOf(req), req.params.id, req.params.n, req.body),
  );
  app.post('/api/v1/policies/:id/versions/:n/submit', { schema: { tags, summary: 'Submit a draft for review', params: p.VersionParams, body: Empty, response: { 200: p.PolicyVersion } } }, async (req) =>
    submitPolicyVersion(deps, ctxOf(req), req.params.id, req.params.n),
  );
  app.post('/api/v1/policies/:id/versions/:n/return', { schema: { tags, summary: 'Return a version in review to draft', params: p.VersionParams, body: p.ReturnVersionRequest, response: { 200: p.PolicyVersion } } }, async (req) =>
    returnPolicyVersion(deps, ctxOf(req), req.params.id, req.params.n, req.body.note),
  );
  app.post('/api/v1/policies/:id/versions/:n/approve', { schema: { tags, summary: 'Approve a version in review (admins); the previous approved version is retired', params: p.VersionParams, body: Empty, response: { 200: p.PolicyVersion } } }, async (req) =>
    approvePolicyVersion(deps, ctxOf(req), req.params.id, req.params.n),
  );
  app.post('/api/v1/policies/:id/versions/:n/publish', { schema: { tags, summary: 'Record that the approved version was published to personnel', params: p.VersionParams, body: Empty, response: { 200: p.PolicyVersion } } }, async (req) =>
    publishPolicyVersion(deps, ctxOf(req), req.params.id, req.params.n),
  );
  app.post('/api/v1/policies/:id/versions/:n/acknowledge', { schema: { tags, summary: 'Acknowledge the published version (idempotent)', params: p.VersionParams, body: Empty, response: { 200: p.Acknowledgement } } }, async (req) =>
    acknowledgePolicyVersion(deps, ctxOf(req), req.params.id, req.params.n),
  );
  app.get('/api/v1/policies/:id/versions/:n/pdf', { schema: { tags, summary: 'A version as a PDF document (watermarked until approved)', params: p.VersionParams, produces: ['application/pdf'] } }, async (req, reply) => {
    const file = await exportPolicyVersionPdf(deps, ctxOf(req), req.params.id, req.params.n);
    reply.header('content-type', 'application/pdf');
    reply.header('content-disposition', `attachment; filename="${file.filename}"`);
    return reply.send(file.body);
  });
  app.get('/api/v1/policies/:id/versions/:n/acknowledgements', { schema: { tags, summary: 'Who has and has not acknowledged the version', params: p.VersionParams, response: { 200: p.AcknowledgementStatus } } }, async (req) =>
    acknowledgementStatus(deps, ctxOf(req), req.params.id, req.params.n),
  );

  app.get('/api/v1/library/policies', { schema: { tags: ['library'], summary: 'The starter policy templates', response: { 200: p.PolicyTemplateList } } }, async (req) =>
    listPolicyLibrary(ctxOf(req)),
  );
  app.get('/api/v1/library/policies/:key', { schema: { tags: ['library'], summary: 'A starter policy template with its Markdown body', params: KeyParams, response: { 200: p.PolicyTemplateDetail } } }, async (req) =>
    readPolicyTemplate(ctxOf(req), req.params.key),
  );
}
