// Members of the actor's organization: list, change role, remove. The last owner cannot be removed or demoted.
import type { Member } from '../contract/api.ts';
import { OWNER_ROLE, roleFitsKind, type Role } from '../contract/roles.ts';
import { countMembersWithRoles, deleteMembership, getMembership, listMembers, updateMembershipRole } from '../db/memberships.ts';
import { getUserById } from '../db/users.ts';
import type { Db } from '../db/client.ts';
import type { Ctx, Deps, Scope } from './context.ts';
import { AppError, notFound } from './errors.ts';
import { authorize } from './gate.ts';
import { actorOf, recordAudit } from './audit.ts';

export async function listOrganizationMembers(deps: Deps, ctx: Ctx): Promise<Member[]> {
  const scope = authorize(ctx, 'member.list');
  const rows = await listMembers(deps.db, scope);
  return rows.map((r) => ({ ...r, joinedAt: r.joinedAt.toISOString() }));
}

export async function changeMemberRole(deps: Deps, ctx: Ctx, userId: string, role: Role): Promise<Member> {
  const scope = authorize(ctx, 'member.update');
  if (!roleFitsKind(role, ctx.actor.organizationKind)) {
    throw new AppError('validation_failed', `The role ${role} does not exist in this kind of organization.`, { fields: [{ path: 'role', message: 'not a role of this organization' }] });
  }
  return deps.db.transaction(async (tx) => {
    const membership = await getMembership(tx, scope, userId);
    const user = await getUserById(tx, userId);
    if (!membership || !user) throw notFound('No such member.');
    if (membership.role !== role) {
      await assertOwnerRemains(tx, scope, ctx, membership.role, 'demote');
      await updateMembershipRole(tx, scope, userId, role);
      await recordAudit(tx, { org: scope.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'member.role_changed', objectType: 'user', objectId: userId, data: { email: user.email, from: membership.role, to: role }, at: deps.now() });
    }
    const member = (await listMembers(tx, scope)).find((m) => m.userId === userId)!;
    return { ...member, joinedAt: member.joinedAt.toISOString() };
  });
}

export async function removeMember(deps: Deps, ctx: Ctx, userId: string): Promise<void> {
  const scope = authorize(ctx, 'member.remove');
  await deps.db.transaction(async (tx) => {
    const membership = await getMembership(tx, scope, userId);
    const user = await getUserById(tx, userId);
    if (!membership || !user) throw notFound('No such member.');
    await assertOwnerRemains(tx, scope, ctx, membership.role, 'remove');
    await deleteMembership(tx, scope, userId);
    await recordAudit(tx, { org: scope.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'member.removed', objectType: 'user', objectId: userId, data: { email: user.email, role: membership.role }, at: deps.now() });
  });
}

async function assertOwnerRemains(tx: Db, scope: Scope, ctx: Ctx, currentRole: Role, verb: 'remove' | 'demote') {
  const owner = OWNER_ROLE[ctx.actor.organizationKind];
  if (currentRole !== owner) return;
  if ((await countMembersWithRoles(tx, scope, [owner])) <= 1) {
    throw new AppError('conflict', `Cannot ${verb} the last ${owner} of the organization; make someone else ${owner} first.`);
  }
}
