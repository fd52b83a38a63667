// A user's own second factor: enrol (QR code), confirm (recovery codes shown once), disable, regenerate codes.
import { newRecoveryCodes, newTotpSecret, normalizeRecoveryCode, totpEnrolment, checkTotp } from '../../auth/totp.ts';
import { replaceRecoveryCodes, updateUser } from '../../db/users.ts';
import { updateSession } from '../../db/sessions.ts';
import type { Db } from '../../db/client.ts';
import type { AuditKind } from '../../ledger/events.ts';
import type { Deps, RequestMeta } from '../context.ts';
import { AppError } from '../errors.ts';
import { recordAudit } from '../audit.ts';
import { consumeSecondFactor } from './login.ts';
import type { ResolvedSession } from './session.ts';

function assertFullyLoggedIn(s: ResolvedSession) {
  if (s.state === 'mfa_required') throw new AppError('mfa_required');
}

export async function startMfaEnrolment(deps: Deps, s: ResolvedSession) {
  assertFullyLoggedIn(s);
  if (s.user.totpSecret) throw new AppError('conflict', 'MFA is already enabled; disable it first to enrol a new device.');
  const secret = newTotpSecret();
  await updateUser(deps.db, s.user.id, { totpPending: deps.keyring.encrypt(secret) });
  return totpEnrolment(secret, s.user.email);
}

export async function confirmMfaEnrolment(deps: Deps, s: ResolvedSession, code: string, meta: RequestMeta): Promise<string[]> {
  assertFullyLoggedIn(s);
  if (s.user.totpSecret) throw new AppError('conflict', 'MFA is already enabled.');
  if (!s.user.totpPending) throw new AppError('conflict', 'Start the enrolment first.');
  const pending = s.user.totpPending;
  const step = await checkTotp(deps.keyring.decrypt(pending), code, null, deps.now());
  if (step === null) throw new AppError('invalid_mfa_code');
  const codes = newRecoveryCodes();
  await deps.db.transaction(async (tx) => {
    await updateUser(tx, s.user.id, { totpSecret: pending, totpPending: null, totpLastStep: step });
    await updateSession(tx, s.id, { mfaVerified: true }); // this session just proved the factor
    await storeCodes(deps, tx, s.user.id, codes);
    await auditForUser(deps, tx, s, meta, 'mfa.enabled');
  });
  return codes;
}

export async function disableMfa(deps: Deps, s: ResolvedSession, code: string, meta: RequestMeta) {
  assertFullyLoggedIn(s);
  if (!s.user.totpSecret) throw new AppError('conflict', 'MFA is not enabled.');
  if (s.active?.organization.requireMfa) throw new AppError('forbidden', 'Your organization requires MFA; it cannot be turned off.');
  if (!(await consumeSecondFactor(deps, s.user, code, meta, []))) throw new AppError('invalid_mfa_code');
  await deps.db.transaction(async (tx) => {
    await updateUser(tx, s.user.id, { totpSecret: null, totpPending: null, totpLastStep: null });
    await replaceRecoveryCodes(tx, s.user.id, []);
    await auditForUser(deps, tx, s, meta, 'mfa.disabled');
  });
}

export async function regenerateRecoveryCodes(deps: Deps, s: ResolvedSession, code: string, meta: RequestMeta): Promise<string[]> {
  assertFullyLoggedIn(s);
  if (!s.user.totpSecret) throw new AppError('conflict', 'MFA is not enabled.');
  if (!(await consumeSecondFactor(deps, s.user, code, meta, []))) throw new AppError('invalid_mfa_code');
  const codes = newRecoveryCodes();
  await deps.db.transaction(async (tx) => {
    await storeCodes(deps, tx, s.user.id, codes);
    await auditForUser(deps, tx, s, meta, 'mfa.recovery_codes_regenerated');
  });
  return codes;
}

async function storeCodes(deps: Deps, tx: Db, userId: string, codes: string[]) {
  await replaceRecoveryCodes(tx, userId, codes.map((c) => deps.keyring.tokenHash(normalizeRecoveryCode(c))));
}

/** A user's security events go to every organization they belong to, so each one's admins see them. */
async function auditForUser(deps: Deps, tx: Db, s: ResolvedSession, meta: RequestMeta, kind: Extract<AuditKind, `mfa.${string}`>) {
  for (const m of s.memberships) {
    await recordAudit(tx, {
      org: m.organization.id,
      actor: { type: 'user', id: s.user.id, label: s.user.email },
      meta,
      kind: kind as 'mfa.enabled',
      objectType: 'user',
      objectId: s.user.id,
      data: {},
      at: deps.now(),
    });
  }
}
