// Data access for invitations (single-use, expiring links; only the token's keyed hash is stored).
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from './client.ts';
import { invitations, organizations, users } from './schema.ts';
import type { Scope } from '../services/context.ts';
import type { Role } from '../contract/roles.ts';

const columns = {
  id: invitations.id,
  organizationId: invitations.organizationId,
  email: invitations.email,
  role: invitations.role,
  createdAt: invitations.createdAt,
  expiresAt: invitations.expiresAt,
  acceptedAt: invitations.acceptedAt,
  revokedAt: invitations.revokedAt,
  invitedById: users.id,
  invitedByName: users.name,
};

export type InvitationView = Awaited<ReturnType<typeof listInvitations>>[number];

export async function listInvitations(db: Db, scope: Scope) {
  const rows = await db
    .select(columns)
    .from(invitations)
    .innerJoin(users, eq(users.id, invitations.invitedBy))
    .where(eq(invitations.organizationId, scope.organizationId))
    .orderBy(desc(invitations.createdAt))
    .limit(1000);
  return rows.map((r) => ({ ...r, role: r.role as Role }));
}

export async function getInvitation(db: Db, scope: Scope, id: string): Promise<InvitationView | undefined> {
  const [row] = await db
    .select(columns)
    .from(invitations)
    .innerJoin(users, eq(users.id, invitations.invitedBy))
    .where(and(eq(invitations.organizationId, scope.organizationId), eq(invitations.id, id)));
  return row ? { ...row, role: row.role as Role } : undefined;
}

/** Looks an invitation up by its token (public: the token is the credential). */
export async function getInvitationByTokenHash(db: Db, tokenHash: string) {
  const [row] = await db
    .select({ ...columns, organizationName: organizations.name, organizationKind: organizations.kind })
    .from(invitations)
    .innerJoin(users, eq(users.id, invitations.invitedBy))
    .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
    .where(eq(invitations.tokenHash, tokenHash));
  return row ? { ...row, role: row.role as Role } : undefined;
}

export async function insertInvitation(db: Db, scope: Scope, values: { email: string; role: Role; tokenHash: string; invitedBy: string; expiresAt: Date }) {
  const [row] = await db.insert(invitations).values({ ...values, organizationId: scope.organizationId }).returning({ id: invitations.id });
  return row!.id;
}

export async function markInvitation(db: Db, scope: Scope, id: string, changes: { acceptedAt?: Date; revokedAt?: Date }) {
  await db.update(invitations).set(changes).where(and(eq(invitations.organizationId, scope.organizationId), eq(invitations.id, id)));
}
