// Data access for acknowledgements of published policy versions, and the people expected to acknowledge.
import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Db } from './client.ts';
import { memberships, people, policyAcknowledgements, policyVersions, users } from './schema.ts';
import type { Scope } from '../services/context.ts';

export type AcknowledgementRow = typeof policyAcknowledgements.$inferSelect;

export async function getAcknowledgement(db: Db, scope: Scope, versionId: string, userId: string): Promise<AcknowledgementRow | undefined> {
  const [row] = await db
    .select()
    .from(policyAcknowledgements)
    .where(and(eq(policyAcknowledgements.organizationId, scope.organizationId), eq(policyAcknowledgements.versionId, versionId), eq(policyAcknowledgements.userId, userId)));
  return row;
}

/** Records an acknowledgement; returns undefined when the user had already acknowledged (kept unchanged). */
export async function insertAcknowledgement(db: Db, scope: Scope, versionId: string, userId: string, at: Date): Promise<AcknowledgementRow | undefined> {
  const [row] = await db
    .insert(policyAcknowledgements)
    .values({ organizationId: scope.organizationId, versionId, userId, acknowledgedAt: at })
    .onConflictDoNothing()
    .returning();
  return row;
}

export async function listAcknowledgements(db: Db, scope: Scope, versionId: string) {
  return db
    .select({ userId: users.id, name: users.name, email: users.email, acknowledgedAt: policyAcknowledgements.acknowledgedAt })
    .from(policyAcknowledgements)
    .innerJoin(users, eq(users.id, policyAcknowledgements.userId))
    .where(and(eq(policyAcknowledgements.organizationId, scope.organizationId), eq(policyAcknowledgements.versionId, versionId)))
    .orderBy(asc(policyAcknowledgements.acknowledgedAt))
    .limit(20_000);
}

/** Everyone expected to acknowledge: the organization's members, and people on the roster linked to a user. */
export async function listAcknowledgers(db: Db, scope: Scope) {
  const members = await db
    .select({ userId: users.id, name: users.name, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organizationId, scope.organizationId))
    .limit(10_000);
  const linked = await db
    .select({ personId: people.id, userId: users.id, name: users.name, email: users.email })
    .from(people)
    .innerJoin(users, eq(users.id, people.userId))
    .where(and(eq(people.organizationId, scope.organizationId), isNotNull(people.userId)))
    .limit(10_000);
  return { members, linked };
}

/** The approved, published versions personnel must acknowledge, and who has acknowledged each. */
export async function publishedVersionsWithAcknowledgements(db: Db, scope: Scope) {
  const versions = await db
    .select({ id: policyVersions.id, policyId: policyVersions.policyId, number: policyVersions.number })
    .from(policyVersions)
    .where(and(eq(policyVersions.organizationId, scope.organizationId), eq(policyVersions.status, 'approved'), isNotNull(policyVersions.publishedAt)))
    .limit(1000);
  const acks = versions.length
    ? await db
        .select({ versionId: policyAcknowledgements.versionId, userId: policyAcknowledgements.userId })
        .from(policyAcknowledgements)
        .where(and(eq(policyAcknowledgements.organizationId, scope.organizationId), inArray(policyAcknowledgements.versionId, versions.map((v) => v.id))))
        .limit(100_000)
    : [];
  return { versions, acks };
}
