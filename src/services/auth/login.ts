// Logging in with a password (throttled per account and per IP), finishing with a second factor, logging out.
import { dummyPasswordHash, verifyPassword } from '../../auth/crypto.ts';
import { checkTotp, normalizeRecoveryCode } from '../../auth/totp.ts';
import { clearFailures, countRecentFailures, recordLoginFailure } from '../../db/login-failures.ts';
import { deleteSession, updateSession } from '../../db/sessions.ts';
import { getUserByEmail, updateUser, useRecoveryCode } from '../../db/users.ts';
import type { Deps, RequestMeta } from '../context.ts';
import { AppError } from '../errors.ts';
import { recordAudit } from '../audit.ts';
import { createSession, sessionState, type ResolvedSession } from './session.ts';

export const THROTTLE = { windowMinutes: 15, perAccount: 5, perIp: 30 } as const;

type LoginMeta = RequestMeta & { userAgent: string | null };

export async function login(deps: Deps, input: { email: string; password: string }, meta: LoginMeta) {
  const ip = meta.ip ?? 'unknown';
  await assertNotThrottled(deps, input.email, ip);
  const user = await getUserByEmail(deps.db, input.email);
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!user || !ok) {
    await recordLoginFailure(deps.db, input.email, ip, deps.now());
    throw new AppError('invalid_credentials');
  }
  await clearFailures(deps.db, input.email);
  const cookie = await deps.db.transaction((tx) => createSession(deps, tx, user, meta, false));
  return { cookie, state: user.totpSecret !== null ? ('mfa_required' as const) : ('active' as const) };
}

async function assertNotThrottled(deps: Deps, email: string, ip: string) {
  const since = new Date(deps.now().getTime() - THROTTLE.windowMinutes * 60_000);
  const [byAccount, byIp] = await Promise.all([
    countRecentFailures(deps.db, since, { email }),
    countRecentFailures(deps.db, since, { ip }),
  ]);
  if (byAccount >= THROTTLE.perAccount || byIp >= THROTTLE.perIp) {
    throw new AppError('too_many_attempts', undefined, { headers: { 'retry-after': String(THROTTLE.windowMinutes * 60) } });
  }
}

/** Checks a TOTP code or a recovery code for the user; consumes it (no replay). Returns false when wrong. */
export async function consumeSecondFactor(deps: Deps, user: ResolvedSession['user'], code: string, meta: RequestMeta, orgIds: string[]): Promise<boolean> {
  if (!user.totpSecret) return false;
  const secret = deps.keyring.decrypt(user.totpSecret);
  const step = await checkTotp(secret, code.trim(), user.totpLastStep, deps.now());
  if (step !== null) {
    await updateUser(deps.db, user.id, { totpLastStep: step });
    return true;
  }
  const normalized = normalizeRecoveryCode(code);
  if (normalized.length !== 12) return false;
  return deps.db.transaction(async (tx) => {
    const remaining = await useRecoveryCode(tx, user.id, deps.keyring.tokenHash(normalized), deps.now());
    if (remaining === null) return false;
    for (const org of orgIds) {
      await recordAudit(tx, {
        org,
        actor: { type: 'user', id: user.id, label: user.email },
        meta,
        kind: 'mfa.recovery_code_used',
        objectType: 'user',
        objectId: user.id,
        data: { remaining },
        at: deps.now(),
      });
    }
    return true;
  });
}

export async function verifyMfa(deps: Deps, s: ResolvedSession, code: string, meta: RequestMeta): Promise<ResolvedSession> {
  if (s.state !== 'mfa_required') throw new AppError('conflict', 'This session does not need a code.');
  const ip = meta.ip ?? 'unknown';
  await assertNotThrottled(deps, s.user.email, ip);
  const ok = await consumeSecondFactor(deps, s.user, code, meta, s.memberships.map((m) => m.organization.id));
  if (!ok) {
    await recordLoginFailure(deps.db, s.user.email, ip, deps.now());
    throw new AppError('invalid_mfa_code');
  }
  await clearFailures(deps.db, s.user.email);
  await deps.db.transaction(async (tx) => {
    await updateSession(tx, s.id, { mfaVerified: true });
    if (s.active) {
      await recordAudit(tx, {
        org: s.active.organization.id,
        actor: { type: 'user', id: s.user.id, label: s.user.email },
        meta,
        kind: 'session.login',
        objectType: 'user',
        objectId: s.user.id,
        data: { mfa: true },
        at: deps.now(),
      });
    }
  });
  const row = { ...s.row, mfaVerified: true };
  return { ...s, row, state: sessionState(s.user, row, s.active) };
}

export async function logout(deps: Deps, s: ResolvedSession, meta: RequestMeta) {
  await deps.db.transaction(async (tx) => {
    await deleteSession(tx, s.id);
    if (s.active && s.state !== 'mfa_required') {
      await recordAudit(tx, {
        org: s.active.organization.id,
        actor: { type: 'user', id: s.user.id, label: s.user.email },
        meta,
        kind: 'session.logout',
        objectType: 'user',
        objectId: s.user.id,
        data: {},
        at: deps.now(),
      });
    }
  });
}
