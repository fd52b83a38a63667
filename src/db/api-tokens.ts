// Data access for API tokens (shown once; only the keyed hash and a short prefix are stored).
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from './client.ts';
import { apiTokens, organizations, users } from './schema.ts';
import type { Scope } from '../services/context.ts';
import type { Role } from '../contract/roles.ts';

const columns = {
  id: apiTokens.id,
  name: apiTokens.name,
  role: apiTokens.role,
  prefix: apiTokens.prefix,
  createdAt: apiTokens.createdAt,
  lastUsedAt: apiTokens.lastUsedAt,
  revokedAt: apiTokens.revokedAt,
  createdById: users.id,
  createdByName: users.name,
};

export type ApiTokenView = Awaited<ReturnType<typeof listApiTokens>>[number];

export async function listApiTokens(db: Db, scope: Scope) {
  const rows = await db
    .select(columns)
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.organizationId, scope.organizationId))
    .orderBy(desc(apiTokens.createdAt))
    .limit(1000);
  return rows.map((r) => ({ ...r, role: r.role as Role }));
}

export async function getApiToken(db: Db, scope: Scope, id: string): Promise<ApiTokenView | undefined> {
  const [row] = await db
    .select(columns)
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.organizationId, scope.organizationId), eq(apiTokens.id, id)));
  return row ? { ...row, role: row.role as Role } : undefined;
}

export async function insertApiToken(db: Db, scope: Scope, values: { userId: string; name: string; role: Role; prefix: string; tokenHash: string }) {
  const [row] = await db.insert(apiTokens).values({ ...values, organizationId: scope.organizationId }).returning({ id: apiTokens.id });
  return row!.id;
}

export async function revokeApiToken(db: Db, scope: Scope, id: string, at: Date) {
  await db.update(apiTokens).set({ revokedAt: at }).where(and(eq(apiTokens.organizationId, scope.organizationId), eq(apiTokens.id, id)));
}

/** Finds a live token by its hash, with its organization and owner (for authentication). */
export async function findLiveApiToken(db: Db, tokenHash: string) {
  const [row] = await db
    .select({
      id: apiTokens.id,
      role: apiTokens.role,
      name: apiTokens.name,
      userId: users.id,
      email: users.email,
      organizationId: organizations.id,
      organizationKind: organizations.kind,
      lastUsedAt: apiTokens.lastUsedAt,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .innerJoin(organizations, eq(organizations.id, apiTokens.organizationId))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)));
  return row ? { ...row, role: row.role as Role } : undefined;
}

export async function touchApiToken(db: Db, id: string, at: Date) {
  await db.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, id));
}
