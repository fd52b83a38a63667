// Reading and updating the actor's own organization.
import type { Organization } from '../contract/api.ts';
import { getOrganization, updateOrganization, type OrganizationRow } from '../db/organizations.ts';
import type { Ctx, Deps } from './context.ts';
import { AppError, notFound } from './errors.ts';
import { authorize } from './gate.ts';
import { actorOf, recordAudit } from './audit.ts';

export function presentOrganization(row: OrganizationRow): Organization {
  return { id: row.id, name: row.name, kind: row.kind, requireMfa: row.requireMfa, accessRevocationSlaDays: row.accessRevocationSlaDays, createdAt: row.createdAt.toISOString() };
}

export async function readOrganization(deps: Deps, ctx: Ctx): Promise<Organization> {
  const scope = authorize(ctx, 'organization.read');
  const row = await getOrganization(deps.db, scope);
  if (!row) throw notFound();
  return presentOrganization(row);
}

export async function changeOrganization(deps: Deps, ctx: Ctx, changes: { name?: string | undefined; requireMfa?: boolean | undefined; accessRevocationSlaDays?: number | undefined }): Promise<Organization> {
  const scope = authorize(ctx, 'organization.update');
  const clean = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as { name?: string; requireMfa?: boolean; accessRevocationSlaDays?: number };
  if (Object.keys(clean).length === 0) throw new AppError('validation_failed', 'Nothing to change.');
  return deps.db.transaction(async (tx) => {
    const row = await updateOrganization(tx, scope, clean);
    await recordAudit(tx, { org: scope.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'organization.updated', objectType: 'organization', objectId: row.id, data: clean, at: deps.now() });
    return presentOrganization(row);
  }).catch(rethrowUniqueName);
}

function rethrowUniqueName(err: unknown): never {
  const code = (err as { code?: string; cause?: { code?: string } }).code ?? (err as { cause?: { code?: string } }).cause?.code;
  if (code === '23505') throw new AppError('conflict', 'Another organization already has that name.');
  throw err;
}
