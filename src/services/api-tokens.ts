// API tokens for the CLI and integrations: shown once, stored as a keyed hash, scoped to an organization and role.
import { randomToken } from '../auth/crypto.ts';
import type { ApiToken } from '../contract/api.ts';
import { roleFitsKind, type Role } from '../contract/roles.ts';
import { findLiveApiToken, getApiToken, insertApiToken, listApiTokens, revokeApiToken, touchApiToken, type ApiTokenView } from '../db/api-tokens.ts';
import type { Db } from '../db/client.ts';
import type { AuditActor } from './audit.ts';
import type { Actor, Ctx, Deps, RequestMeta, Scope } from './context.ts';
import { AppError, notFound } from './errors.ts';
import { authorize } from './gate.ts';
import { actorOf, recordAudit } from './audit.ts';

export const TOKEN_PREFIX = 'attest_';

function present(t: ApiTokenView): ApiToken {
  return {
    id: t.id,
    name: t.name,
    role: t.role,
    prefix: t.prefix,
    createdBy: { id: t.createdById, name: t.createdByName },
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
  };
}

export async function listOrganizationTokens(deps: Deps, ctx: Ctx): Promise<ApiToken[]> {
  const scope = authorize(ctx, 'token.list');
  return (await listApiTokens(deps.db, scope)).map(present);
}

export async function createApiToken(deps: Deps, ctx: Ctx, input: { name: string; role: Role }) {
  const scope = authorize(ctx, 'token.create');
  return deps.db.transaction((tx) => issueToken(deps, tx, scope, { ...input, userId: ctx.actor.userId, kind: ctx.actor.organizationKind }, actorOf(ctx), ctx));
}

/** Shared by the API and `attest token create`. */
export async function issueToken(
  deps: Deps,
  tx: Db,
  scope: Scope,
  input: { name: string; role: Role; userId: string; kind: Actor['organizationKind'] },
  actor: AuditActor,
  meta: RequestMeta,
) {
  if (!roleFitsKind(input.role, input.kind)) {
    throw new AppError('validation_failed', `The role ${input.role} does not exist in this kind of organization.`, { fields: [{ path: 'role', message: 'not a role of this organization' }] });
  }
  const secret = TOKEN_PREFIX + randomToken();
  const prefix = secret.slice(0, TOKEN_PREFIX.length + 6);
  const id = await insertApiToken(tx, scope, { userId: input.userId, name: input.name, role: input.role, prefix, tokenHash: deps.keyring.tokenHash(secret) });
  await recordAudit(tx, { org: scope.organizationId, actor, meta, kind: 'token.created', objectType: 'api_token', objectId: id, data: { name: input.name, role: input.role, prefix }, at: deps.now() });
  return { token: present((await getApiToken(tx, scope, id))!), secret };
}

export async function revokeToken(deps: Deps, ctx: Ctx, id: string): Promise<void> {
  const scope = authorize(ctx, 'token.revoke');
  await deps.db.transaction(async (tx) => {
    const token = await getApiToken(tx, scope, id);
    if (!token) throw notFound('No such token.');
    if (token.revokedAt) throw new AppError('conflict', 'The token is already revoked.');
    await revokeApiToken(tx, scope, id, deps.now());
    await recordAudit(tx, { org: scope.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'token.revoked', objectType: 'api_token', objectId: id, data: { name: token.name, prefix: token.prefix }, at: deps.now() });
  });
}

export async function authenticateToken(deps: Deps, secret: string): Promise<Actor | null> {
  if (!secret.startsWith(TOKEN_PREFIX)) return null;
  const row = await findLiveApiToken(deps.db, deps.keyring.tokenHash(secret));
  if (!row) return null;
  // "Last used" to the minute is enough; not writing on every request keeps API reads read-only.
  const now = deps.now();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) await touchApiToken(deps.db, row.id, now);
  return {
    type: 'token',
    userId: row.userId,
    label: `${row.email} (token ${row.name})`,
    tokenId: row.id,
    organizationId: row.organizationId,
    organizationKind: row.organizationKind,
    role: row.role,
  };
}
