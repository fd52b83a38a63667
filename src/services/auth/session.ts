// Sessions: create on login, resolve from the cookie, present to the web app, switch organization.
import { randomToken } from '../../auth/crypto.ts';
import type { Session, SessionState } from '../../contract/api.ts';
import { listMembershipsOfUser, type MembershipView } from '../../db/memberships.ts';
import { getLiveSession, insertSession, updateSession, type SessionRow } from '../../db/sessions.ts';
import { getUserById, type UserRow } from '../../db/users.ts';
import type { Db } from '../../db/client.ts';
import type { Actor, Deps, RequestMeta } from '../context.ts';
import { AppError } from '../errors.ts';
import { recordAudit } from '../audit.ts';

export interface ResolvedSession {
  id: string;
  row: SessionRow;
  user: UserRow;
  memberships: MembershipView[];
  active: MembershipView | null;
  state: SessionState;
}

export function sessionState(user: UserRow, row: Pick<SessionRow, 'mfaVerified'>, active: MembershipView | null): SessionState {
  if (user.totpSecret !== null && !row.mfaVerified) return 'mfa_required';
  if (active?.organization.requireMfa && user.totpSecret === null) return 'mfa_enrolment_required';
  return 'active';
}

/** Creates a session for a user who proved their password (and code, when mfaVerified). Returns the cookie value. */
export async function createSession(
  deps: Deps,
  tx: Db,
  user: UserRow,
  meta: RequestMeta & { userAgent: string | null },
  mfaVerified: boolean,
  preferredOrganizationId?: string,
): Promise<string> {
  const token = randomToken();
  const memberships = await listMembershipsOfUser(tx, user.id);
  const active = memberships.find((m) => m.organization.id === preferredOrganizationId) ?? memberships[0] ?? null;
  const now = deps.now();
  await insertSession(tx, {
    id: deps.keyring.tokenHash(token),
    userId: user.id,
    activeOrganizationId: active?.organization.id ?? null,
    csrfToken: randomToken(24),
    mfaVerified,
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + deps.config.sessionTtlHours * 3600_000),
  });
  if (active && (mfaVerified || user.totpSecret === null)) {
    await recordAudit(tx, {
      org: active.organization.id,
      actor: { type: 'user', id: user.id, label: user.email },
      meta,
      kind: 'session.login',
      objectType: 'user',
      objectId: user.id,
      data: { mfa: mfaVerified },
      at: now,
    });
  }
  return token;
}

export async function resolveSession(deps: Deps, cookie: string): Promise<ResolvedSession | null> {
  const id = deps.keyring.tokenHash(cookie);
  const now = deps.now();
  const row = await getLiveSession(deps.db, id, now);
  if (!row) return null;
  const user = await getUserById(deps.db, row.userId);
  if (!user) return null;
  const memberships = await listMembershipsOfUser(deps.db, user.id);
  const active = memberships.find((m) => m.organization.id === row.activeOrganizationId) ?? memberships[0] ?? null;
  if (now.getTime() - row.lastSeenAt.getTime() > 60_000) {
    await updateSession(deps.db, id, { lastSeenAt: now, activeOrganizationId: active?.organization.id ?? null });
  }
  return { id, row, user, memberships, active, state: sessionState(user, row, active) };
}

export function actorFromSession(s: ResolvedSession): Actor | null {
  if (!s.active) return null;
  return {
    type: 'user',
    userId: s.user.id,
    label: s.user.email,
    tokenId: null,
    organizationId: s.active.organization.id,
    organizationKind: s.active.organization.kind,
    role: s.active.role,
  };
}

export function presentSession(s: ResolvedSession): Session {
  const present = (m: MembershipView) => ({
    organization: { id: m.organization.id, name: m.organization.name, kind: m.organization.kind },
    role: m.role,
  });
  return {
    user: { id: s.user.id, email: s.user.email, name: s.user.name, mfaEnabled: s.user.totpSecret !== null },
    state: s.state,
    csrfToken: s.row.csrfToken,
    activeOrganization: s.active ? present(s.active) : null,
    memberships: s.memberships.map(present),
  };
}

export async function switchOrganization(deps: Deps, s: ResolvedSession, organizationId: string, meta: RequestMeta): Promise<ResolvedSession> {
  const target = s.memberships.find((m) => m.organization.id === organizationId);
  if (!target) throw new AppError('not_found', 'No such organization among yours.');
  await deps.db.transaction(async (tx) => {
    await updateSession(tx, s.id, { activeOrganizationId: organizationId });
    await recordAudit(tx, {
      org: organizationId,
      actor: { type: 'user', id: s.user.id, label: s.user.email },
      meta,
      kind: 'session.organization_switched',
      objectType: 'session',
      objectId: s.user.id,
      data: {},
      at: deps.now(),
    });
  });
  const row = { ...s.row, activeOrganizationId: organizationId };
  return { ...s, row, active: target, state: sessionState(s.user, row, target) };
}
