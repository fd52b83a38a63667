// Authentication at the edge: API token (Bearer) or session cookie; CSRF on cookie-authenticated writes.
// Each route declares what it needs in config.auth: 'public', 'session' (any session, even mid-MFA) or 'actor' (default).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor, Ctx, Deps, RequestMeta } from '../services/context.ts';
import { AppError } from '../services/errors.ts';
import { authenticateToken } from '../services/api-tokens.ts';
import { actorFromSession, resolveSession, type ResolvedSession } from '../services/auth/session.ts';
import { engagementViewActor } from '../services/engagements.ts';
import { ENGAGEMENT_VIEW_HEADER } from '../contract/engagements.ts';

export const SESSION_COOKIE = 'attest_session';
export type AuthNeed = 'public' | 'session' | 'actor';

declare module 'fastify' {
  interface FastifyContextConfig {
    auth?: AuthNeed;
  }
  interface FastifyRequest {
    session: ResolvedSession | null;
    ctx: Ctx | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function requestMeta(req: FastifyRequest): RequestMeta & { userAgent: string | null } {
  return { ip: req.ip ?? null, requestId: req.id, userAgent: req.headers['user-agent'] ?? null };
}

export function registerAuth(app: FastifyInstance, deps: Deps) {
  app.decorateRequest('session', null);
  app.decorateRequest('ctx', null);
  app.addHook('preHandler', async (req) => {
    const need: AuthNeed = req.routeOptions.config?.auth ?? 'actor';
    if (!req.url.startsWith('/api/v1/')) return;
    const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (bearer) {
      if (need === 'public') return;
      if (need === 'session') throw new AppError('forbidden', 'This endpoint is for browser sessions, not API tokens.');
      const actor = await authenticateToken(deps, bearer.trim());
      if (!actor) throw new AppError('unauthenticated', 'The API token is not valid or has been revoked.');
      req.ctx = { actor: await throughEngagement(deps, req, actor), ip: req.ip, requestId: req.id };
      return;
    }
    const cookie = req.cookies[SESSION_COOKIE];
    req.session = cookie ? await resolveSession(deps, cookie) : null;
    if (need === 'public') return;
    if (!req.session) throw new AppError('unauthenticated');
    if (!SAFE_METHODS.has(req.method) && req.headers['x-csrf-token'] !== req.session.row.csrfToken) throw new AppError('csrf_failed');
    if (need === 'session') return;
    if (req.session.state === 'mfa_required') throw new AppError('mfa_required');
    if (req.session.state === 'mfa_enrolment_required') throw new AppError('mfa_enrolment_required');
    const actor = actorFromSession(req.session);
    if (!actor) throw new AppError('forbidden', 'You do not belong to any organization.');
    req.ctx = { actor: await throughEngagement(deps, req, actor), ip: req.ip, requestId: req.id };
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** With the Attest-Engagement header, a firm's team member acts as a read-only view of the engagement's client. */
async function throughEngagement(deps: Deps, req: FastifyRequest, actor: Actor): Promise<Actor> {
  const header = req.headers[ENGAGEMENT_VIEW_HEADER];
  if (header === undefined) return actor;
  const id = Array.isArray(header) ? header[0] : header;
  if (!id || !UUID.test(id)) throw new AppError('validation_failed', `The ${ENGAGEMENT_VIEW_HEADER} header must be an engagement id.`);
  return engagementViewActor(deps, actor, id);
}

export function setSessionCookie(req: FastifyRequest, reply: FastifyReply, value: string, deps: Deps) {
  reply.setCookie(SESSION_COOKIE, value, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: req.protocol === 'https',
    maxAge: deps.config.sessionTtlHours * 3600,
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

export function ctxOf(req: FastifyRequest): Ctx {
  if (!req.ctx) throw new AppError('unauthenticated');
  return req.ctx;
}

export function sessionOf(req: FastifyRequest): ResolvedSession {
  if (!req.session) throw new AppError('unauthenticated');
  return req.session;
}
