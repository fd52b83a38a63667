// Invitations: an admin creates a single-use, expiring link with a role; the invitee accepts it.
import { hashPassword, randomToken, verifyPassword } from '../auth/crypto.ts';
import type { Invitation } from '../contract/api.ts';
import { roleFitsKind, type Role } from '../contract/roles.ts';
import { getInvitation, getInvitationByTokenHash, insertInvitation, listInvitations, markInvitation, type InvitationView } from '../db/invitations.ts';
import { getMembership, insertMembership } from '../db/memberships.ts';
import { getUserByEmail, insertUser } from '../db/users.ts';
import type { Ctx, Deps, RequestMeta } from './context.ts';
import { AppError, notFound } from './errors.ts';
import { authorize } from './gate.ts';
import { actorOf, recordAudit } from './audit.ts';
import { createSession } from './auth/session.ts';

export const INVITATION_TTL_DAYS = 7;

function statusOf(inv: InvitationView, now: Date): Invitation['status'] {
  if (inv.acceptedAt) return 'accepted';
  if (inv.revokedAt) return 'revoked';
  return inv.expiresAt <= now ? 'expired' : 'pending';
}

function present(inv: InvitationView, now: Date): Invitation {
  return {
    id: inv.id,
    email: inv.email,
    role: inv.role,
    invitedBy: { id: inv.invitedById, name: inv.invitedByName },
    createdAt: inv.createdAt.toISOString(),
    expiresAt: inv.expiresAt.toISOString(),
    acceptedAt: inv.acceptedAt?.toISOString() ?? null,
    revokedAt: inv.revokedAt?.toISOString() ?? null,
    status: statusOf(inv, now),
  };
}

export async function listOrganizationInvitations(deps: Deps, ctx: Ctx): Promise<Invitation[]> {
  const scope = authorize(ctx, 'invitation.list');
  const rows = await listInvitations(deps.db, scope);
  return rows.map((r) => present(r, deps.now()));
}

export async function createInvitation(deps: Deps, ctx: Ctx, input: { email: string; role: Role }, baseUrl: string) {
  const scope = authorize(ctx, 'invitation.create');
  if (!roleFitsKind(input.role, ctx.actor.organizationKind)) {
    throw new AppError('validation_failed', `The role ${input.role} does not exist in this kind of organization.`, { fields: [{ path: 'role', message: 'not a role of this organization' }] });
  }
  const token = randomToken();
  const now = deps.now();
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_DAYS * 86400_000);
  return deps.db.transaction(async (tx) => {
    const existing = await getUserByEmail(tx, input.email);
    if (existing && (await getMembership(tx, scope, existing.id))) throw new AppError('conflict', `${input.email} is already a member.`);
    const id = await insertInvitation(tx, scope, { email: input.email, role: input.role, tokenHash: deps.keyring.tokenHash(token), invitedBy: ctx.actor.userId, expiresAt });
    await recordAudit(tx, { org: scope.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'invitation.created', objectType: 'invitation', objectId: id, data: { email: input.email, role: input.role, expiresAt: expiresAt.toISOString() }, at: now });
    const row = (await getInvitation(tx, scope, id))!;
    return { invitation: present(row, now), link: `${baseUrl}/invite/${token}` };
  });
}

export async function revokeInvitation(deps: Deps, ctx: Ctx, id: string): Promise<void> {
  const scope = authorize(ctx, 'invitation.revoke');
  await deps.db.transaction(async (tx) => {
    const inv = await getInvitation(tx, scope, id);
    if (!inv) throw notFound('No such invitation.');
    if (statusOf(inv, deps.now()) !== 'pending') throw new AppError('conflict', `The invitation is already ${statusOf(inv, deps.now())}.`);
    await markInvitation(tx, scope, id, { revokedAt: deps.now() });
    await recordAudit(tx, { org: scope.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'invitation.revoked', objectType: 'invitation', objectId: id, data: { email: inv.email }, at: deps.now() });
  });
}

async function usableInvitation(deps: Deps, token: string) {
  const inv = await getInvitationByTokenHash(deps.db, deps.keyring.tokenHash(token));
  if (!inv) throw notFound('This invitation link is not valid.');
  const status = statusOf(inv, deps.now());
  if (status === 'accepted') throw new AppError('invitation_used');
  if (status !== 'pending') throw new AppError('invitation_expired');
  return inv;
}

export async function previewInvitation(deps: Deps, token: string) {
  const inv = await usableInvitation(deps, token);
  const existing = await getUserByEmail(deps.db, inv.email);
  return {
    organization: { name: inv.organizationName, kind: inv.organizationKind },
    email: inv.email,
    role: inv.role,
    existingUser: existing !== undefined,
    expiresAt: inv.expiresAt.toISOString(),
  };
}

/** Accepts an invitation: creates the account (new user) or checks the password (existing user), adds the membership, logs in. */
export async function acceptInvitation(deps: Deps, input: { token: string; name?: string | undefined; password: string }, meta: RequestMeta & { userAgent: string | null }): Promise<string> {
  const inv = await usableInvitation(deps, input.token);
  const existing = await getUserByEmail(deps.db, inv.email);
  if (existing && !(await verifyPassword(existing.passwordHash, input.password))) throw new AppError('invalid_credentials', 'The password is not correct for this account.');
  if (!existing) validateNewAccount(input);
  const passwordHash = existing ? null : await hashPassword(input.password);
  const scope = { organizationId: inv.organizationId };
  return deps.db.transaction(async (tx) => {
    const again = await getInvitationByTokenHash(tx, deps.keyring.tokenHash(input.token));
    if (!again || again.acceptedAt || again.revokedAt) throw new AppError('invitation_used');
    const user = existing ?? (await insertUser(tx, { email: inv.email, name: input.name!, passwordHash: passwordHash! }));
    if (await getMembership(tx, scope, user.id)) throw new AppError('conflict', 'You are already a member of this organization.');
    await insertMembership(tx, scope, user.id, inv.role);
    await markInvitation(tx, scope, inv.id, { acceptedAt: deps.now() });
    const actor = { type: 'user' as const, id: user.id, label: user.email };
    await recordAudit(tx, { org: inv.organizationId, actor, meta, kind: 'invitation.accepted', objectType: 'invitation', objectId: inv.id, data: { email: user.email, role: inv.role, newUser: !existing }, at: deps.now() });
    await recordAudit(tx, { org: inv.organizationId, actor, meta, kind: 'member.added', objectType: 'user', objectId: user.id, data: { email: user.email, role: inv.role, via: 'invitation' }, at: deps.now() });
    return createSession(deps, tx, user, meta, false, inv.organizationId);
  });
}

function validateNewAccount(input: { name?: string | undefined; password: string }) {
  const fields = [];
  if (!input.name) fields.push({ path: 'name', message: 'Required for a new account' });
  if (input.password.length < 12) fields.push({ path: 'password', message: 'at least 12 characters' });
  if (fields.length) throw new AppError('validation_failed', undefined, { fields });
}
