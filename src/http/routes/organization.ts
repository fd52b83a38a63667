// The actor's organization: settings, members, invitations, API tokens.
import { z } from 'zod';
import type { ZodApp } from '../types.ts';
import * as api from '../../contract/api.ts';
import type { Deps } from '../../services/context.ts';
import { changeOrganization, readOrganization } from '../../services/organization.ts';
import { changeMemberRole, listOrganizationMembers, removeMember } from '../../services/members.ts';
import { acceptInvitation, createInvitation, listOrganizationInvitations, previewInvitation, revokeInvitation } from '../../services/invitations.ts';
import { createApiToken, listOrganizationTokens, revokeToken } from '../../services/api-tokens.ts';
import { presentSession, resolveSession } from '../../services/auth/session.ts';
import { AppError } from '../../services/errors.ts';
import { ctxOf, requestMeta, setSessionCookie } from '../auth.ts';

const UserIdParams = z.strictObject({ userId: api.Uuid });
const IdParams = z.strictObject({ id: api.Uuid });
const TokenParams = z.strictObject({ token: z.string().min(10).max(200) });

export function organizationRoutes(app: ZodApp, deps: Deps) {
  app.get('/api/v1/organization', { schema: { tags: ['organization'], summary: 'The active organization', response: { 200: api.Organization } } }, async (req) =>
    readOrganization(deps, ctxOf(req)),
  );
  app.patch('/api/v1/organization', { schema: { tags: ['organization'], summary: 'Rename, or require MFA for all members', body: api.UpdateOrganizationRequest, response: { 200: api.Organization } } }, async (req) =>
    changeOrganization(deps, ctxOf(req), req.body),
  );

  app.get('/api/v1/members', { schema: { tags: ['members'], summary: 'Members and their roles', response: { 200: api.MemberList } } }, async (req) => ({
    members: await listOrganizationMembers(deps, ctxOf(req)),
  }));
  app.patch('/api/v1/members/:userId', { schema: { tags: ['members'], summary: "Change a member's role", params: UserIdParams, body: api.UpdateMemberRequest, response: { 200: api.Member } } }, async (req) =>
    changeMemberRole(deps, ctxOf(req), req.params.userId, req.body.role),
  );
  app.delete('/api/v1/members/:userId', { schema: { tags: ['members'], summary: 'Remove a member from the organization', params: UserIdParams } }, async (req, reply) => {
    await removeMember(deps, ctxOf(req), req.params.userId);
    return reply.status(204).send();
  });

  app.get('/api/v1/invitations', { schema: { tags: ['invitations'], summary: 'Invitations and their status', response: { 200: api.InvitationList } } }, async (req) => ({
    invitations: await listOrganizationInvitations(deps, ctxOf(req)),
  }));
  app.post('/api/v1/invitations', { schema: { tags: ['invitations'], summary: 'Invite someone by link (the link is returned once)', body: api.CreateInvitationRequest, response: { 201: api.CreatedInvitation } } }, async (req, reply) => {
    const baseUrl = deps.config.publicUrl ?? `${req.protocol}://${req.host}`;
    return reply.status(201).send(await createInvitation(deps, ctxOf(req), req.body, baseUrl));
  });
  app.delete('/api/v1/invitations/:id', { schema: { tags: ['invitations'], summary: 'Revoke a pending invitation', params: IdParams } }, async (req, reply) => {
    await revokeInvitation(deps, ctxOf(req), req.params.id);
    return reply.status(204).send();
  });
  app.get('/api/v1/invitations/preview/:token', { config: { auth: 'public' }, schema: { tags: ['invitations'], summary: 'What an invitation link offers (public)', params: TokenParams, response: { 200: api.InvitationPreview } } }, async (req) =>
    previewInvitation(deps, req.params.token),
  );
  app.post('/api/v1/invitations/accept', { config: { auth: 'public' }, schema: { tags: ['invitations'], summary: 'Accept an invitation and log in', body: api.AcceptInvitationRequest, response: { 201: api.Session } } }, async (req, reply) => {
    const cookie = await acceptInvitation(deps, req.body, requestMeta(req));
    setSessionCookie(req, reply, cookie, deps);
    const s = await resolveSession(deps, cookie);
    if (!s) throw new AppError('internal_error');
    return reply.status(201).send(presentSession(s));
  });

  app.get('/api/v1/tokens', { schema: { tags: ['tokens'], summary: 'API tokens of the organization', response: { 200: api.ApiTokenList } } }, async (req) => ({
    tokens: await listOrganizationTokens(deps, ctxOf(req)),
  }));
  app.post('/api/v1/tokens', { schema: { tags: ['tokens'], summary: 'Create an API token (the secret is returned once)', body: api.CreateApiTokenRequest, response: { 201: api.CreatedApiToken } } }, async (req, reply) =>
    reply.status(201).send(await createApiToken(deps, ctxOf(req), req.body)),
  );
  app.delete('/api/v1/tokens/:id', { schema: { tags: ['tokens'], summary: 'Revoke an API token', params: IdParams } }, async (req, reply) => {
    await revokeToken(deps, ctxOf(req), req.params.id);
    return reply.status(204).send();
  });
}
