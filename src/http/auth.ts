// Authentication at the edge: API token (Bearer) or session cookie; CSRF on cookie-authenticated writes.
// Each route declares what it needs in config.auth: 'public', 'session' (any session, even mid-MFA) or 'actor' (default).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Ctx, Deps, RequestMeta } from '../services/context.ts';
import { AppError } from '../services/errors.ts';
import { authenticateToken } from '../services/api-tokens.ts';
import { actorFromSession, resolveSession, type ResolvedSession } from '../services/auth/session.ts';

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
      req.ctx = { actor, ip: req.ip, requestId: req.id };
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
    req.ctx = { actor, ip: req.ip, requestId: req.id };
  });
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
