// First-run setup: the first organization and its owner, only while the instance has no user.
import { sql } from 'drizzle-orm';
import { hashPassword } from '../../auth/crypto.ts';
import type { SetupRequest } from '../../contract/api.ts';
import { OWNER_ROLE } from '../../contract/roles.ts';
import { insertMembership } from '../../db/memberships.ts';
import { insertOrganization } from '../../db/organizations.ts';
import { countUsers, getUserByEmail, insertUser } from '../../db/users.ts';
import { createDemo, DEMO_USERS } from '../demo.ts';
import type { Deps, RequestMeta } from '../context.ts';
import { AppError } from '../errors.ts';
import { recordAudit } from '../audit.ts';
import { createSession } from './session.ts';

export async function isSetupNeeded(deps: Deps): Promise<boolean> {
  return (await countUsers(deps.db)) === 0;
}

export async function setupInstance(deps: Deps, input: SetupRequest, meta: RequestMeta & { userAgent: string | null }): Promise<string> {
  const passwordHash = await hashPassword(input.admin.password);
  return deps.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('attest:setup'))`);
    if ((await countUsers(tx)) > 0) throw new AppError('already_set_up');
    const org = await insertOrganization(tx, input.organization);
    const user = await insertUser(tx, { email: input.admin.email, name: input.admin.name, passwordHash });
    const role = OWNER_ROLE[org.kind];
    await insertMembership(tx, { organizationId: org.id }, user.id, role);
    const actor = { type: 'user' as const, id: user.id, label: user.email };
    const at = deps.now();
    await recordAudit(tx, { org: org.id, actor, meta, kind: 'organization.created', objectType: 'organization', objectId: org.id, data: { name: org.name, kind: org.kind }, at });
    await recordAudit(tx, { org: org.id, actor, meta, kind: 'member.added', objectType: 'user', objectId: user.id, data: { email: user.email, role, via: 'setup' }, at });
    return createSession(deps, tx, user, meta, false);
  });
}

/** On a new instance, create the demo organization instead of an empty one, and log in as its admin. */
export async function setupDemo(deps: Deps, meta: RequestMeta & { userAgent: string | null }): Promise<string> {
  if (!(await isSetupNeeded(deps))) throw new AppError('already_set_up');
  await createDemo(deps);
  const admin = (await getUserByEmail(deps.db, DEMO_USERS[0]!.email))!;
  return deps.db.transaction((tx) => createSession(deps, tx, admin, meta, false));
}
