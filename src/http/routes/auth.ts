// Setup, login, second factor, logout, the current session, organization switch, and the user's own MFA.
import type { ZodApp } from '../types.ts';
import * as api from '../../contract/api.ts';
import type { Deps } from '../../services/context.ts';
import { isSetupNeeded, setupDemo, setupInstance } from '../../services/auth/setup.ts';
import { login, logout, verifyMfa } from '../../services/auth/login.ts';
import { presentSession, resolveSession, switchOrganization } from '../../services/auth/session.ts';
import { confirmMfaEnrolment, disableMfa, regenerateRecoveryCodes, startMfaEnrolment } from '../../services/auth/mfa.ts';
import { AppError } from '../../services/errors.ts';
import { clearSessionCookie, requestMeta, sessionOf, setSessionCookie } from '../auth.ts';

const tags = ['auth'];

export function authRoutes(app: ZodApp, deps: Deps) {
  const sessionFromCookie = async (cookie: string) => {
    const s = await resolveSession(deps, cookie);
    if (!s) throw new AppError('internal_error');
    return presentSession(s);
  };

  app.get('/api/v1/setup', { config: { auth: 'public' }, schema: { tags, summary: 'Whether the instance still needs its first organization', response: { 200: api.SetupStatus } } }, async () => ({
    needed: await isSetupNeeded(deps),
  }));

  app.post('/api/v1/setup', { config: { auth: 'public' }, schema: { tags, summary: 'Create the first organization and its owner, and log in', body: api.SetupRequest, response: { 201: api.Session } } }, async (req, reply) => {
    const cookie = await setupInstance(deps, req.body, requestMeta(req));
    setSessionCookie(req, reply, cookie, deps);
    return reply.status(201).send(await sessionFromCookie(cookie));
  });

  app.post('/api/v1/setup/demo', { config: { auth: 'public' }, schema: { tags, summary: 'On a new instance: create the demo organization and log in as its admin', response: { 201: api.Session } } }, async (req, reply) => {
    const cookie = await setupDemo(deps, requestMeta(req));
    setSessionCookie(req, reply, cookie, deps);
    return reply.status(201).send(await sessionFromCookie(cookie));
  });

  app.post('/api/v1/auth/login', { config: { auth: 'public' }, schema: { tags, summary: 'Log in with email and password', body: api.LoginRequest, response: { 200: api.LoginResponse } } }, async (req, reply) => {
    const { cookie, state } = await login(deps, req.body, requestMeta(req));
    setSessionCookie(req, reply, cookie, deps);
    return { state };
  });

  app.post('/api/v1/auth/mfa', { config: { auth: 'session' }, schema: { tags, summary: 'Finish logging in with a TOTP or recovery code', body: api.MfaVerifyRequest, response: { 200: api.Session } } }, async (req) => {
    return presentSession(await verifyMfa(deps, sessionOf(req), req.body.code, requestMeta(req)));
  });

  app.post('/api/v1/auth/logout', { config: { auth: 'session' }, schema: { tags, summary: 'Log out (ends the session)' } }, async (req, reply) => {
    await logout(deps, sessionOf(req), requestMeta(req));
    clearSessionCookie(reply);
    return reply.status(204).send();
  });

  app.get('/api/v1/session', { config: { auth: 'session' }, schema: { tags, summary: 'The current session: user, state, organizations, CSRF token', response: { 200: api.Session } } }, async (req) =>
    presentSession(sessionOf(req)),
  );

  app.post('/api/v1/session/organization', { config: { auth: 'session' }, schema: { tags, summary: 'Switch the active organization', body: api.SwitchOrganizationRequest, response: { 200: api.Session } } }, async (req) => {
    const s = sessionOf(req);
    if (s.state === 'mfa_required') throw new AppError('mfa_required');
    return presentSession(await switchOrganization(deps, s, req.body.organizationId, requestMeta(req)));
  });

  app.post('/api/v1/me/mfa/enrol', { config: { auth: 'session' }, schema: { tags, summary: 'Start TOTP enrolment: a secret and its QR code', response: { 200: api.MfaEnrolment } } }, async (req) =>
    startMfaEnrolment(deps, sessionOf(req)),
  );

  app.post('/api/v1/me/mfa/confirm', { config: { auth: 'session' }, schema: { tags, summary: 'Confirm enrolment with a code; returns recovery codes once', body: api.MfaConfirmRequest, response: { 200: api.RecoveryCodes } } }, async (req) => ({
    recoveryCodes: await confirmMfaEnrolment(deps, sessionOf(req), req.body.code, requestMeta(req)),
  }));

  app.post('/api/v1/me/mfa/disable', { config: { auth: 'session' }, schema: { tags, summary: 'Turn MFA off (needs a current code)', body: api.MfaDisableRequest } }, async (req, reply) => {
    await disableMfa(deps, sessionOf(req), req.body.code, requestMeta(req));
    return reply.status(204).send();
  });

  app.post('/api/v1/me/mfa/recovery-codes', { config: { auth: 'session' }, schema: { tags, summary: 'Replace the recovery codes (needs a current code)', body: api.MfaDisableRequest, response: { 200: api.RecoveryCodes } } }, async (req) => ({
    recoveryCodes: await regenerateRecoveryCodes(deps, sessionOf(req), req.body.code, requestMeta(req)),
  }));
}

