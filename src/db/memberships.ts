// Data access for memberships: who belongs to which organization, with which role.
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { Db } from './client.ts';
import { memberships, organizations, users } from './schema.ts';
import type { Scope } from '../services/context.ts';
import type { OrganizationKind, Role } from '../contract/roles.ts';

export interface MembershipView {
  organization: { id: string; name: string; kind: OrganizationKind; requireMfa: boolean };
  role: Role;
}

export async function listMembershipsOfUser(db: Db, userId: string): Promise<MembershipView[]> {
  const rows = await db
    .select({ id: organizations.id, name: organizations.name, kind: organizations.kind, requireMfa: organizations.requireMfa, role: memberships.role })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organizations.name));
  return rows.map(({ role, ...organization }) => ({ organization, role: role as Role }));
}

export async function getMembership(db: Db, scope: Scope, userId: string) {
  const [row] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.organizationId, scope.organizationId), eq(memberships.userId, userId)));
  return row ? { ...row, role: row.role as Role } : undefined;
}

export async function listMembers(db: Db, scope: Scope) {
  const rows = await db
    .select({ userId: users.id, email: users.email, name: users.name, role: memberships.role, totpSecret: users.totpSecret, joinedAt: memberships.createdAt })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organizationId, scope.organizationId))
    .orderBy(asc(users.name))
    .limit(10_000);
  return rows.map(({ totpSecret, role, ...r }) => ({ ...r, role: role as Role, mfaEnabled: totpSecret !== null }));
}

export async function insertMembership(db: Db, scope: Scope, userId: string, role: Role) {
  await db.insert(memberships).values({ organizationId: scope.organizationId, userId, role });
}

export async function updateMembershipRole(db: Db, scope: Scope, userId: string, role: Role) {
  await db.update(memberships).set({ role }).where(and(eq(memberships.organizationId, scope.organizationId), eq(memberships.userId, userId)));
}

export async function deleteMembership(db: Db, scope: Scope, userId: string) {
  await db.delete(memberships).where(and(eq(memberships.organizationId, scope.organizationId), eq(memberships.userId, userId)));
}

export async function countMembersWithRoles(db: Db, scope: Scope, roles: readonly Role[]): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(memberships)
    .where(and(eq(memberships.organizationId, scope.organizationId), inArray(memberships.role, [...roles])));
  return Number(row?.n ?? 0);
}
