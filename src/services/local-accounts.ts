// Account administration for headless installs (`attest user create`, `attest token create`), run on the instance itself.
import { hashPassword } from '../auth/crypto.ts';
import { Email, OrganizationName, Password, PersonName } from '../contract/api.ts';
import { Role, OrganizationKind, roleFitsKind } from '../contract/roles.ts';
import { getMembership, insertMembership } from '../db/memberships.ts';
import { findOrganizationByName, insertOrganization } from '../db/organizations.ts';
import { getUserByEmail, insertUser } from '../db/users.ts';
import { z } from 'zod';
import type { AuditActor } from './audit.ts';
import type { Deps } from './context.ts';
import { SYSTEM_META } from './context.ts';
import { AppError } from './errors.ts';
import { recordAudit } from './audit.ts';
import { issueToken } from './api-tokens.ts';

const CLI_ACTOR: AuditActor = { type: 'system', id: null, label: 'attest CLI (local)' };

export const CreateUserInput = z.strictObject({
  email: Email,
  name: PersonName,
  org: OrganizationName,
  kind: OrganizationKind.default('service_org'),
  role: Role,
  password: Password,
});

export function parseOrFail<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields = result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  throw new AppError('validation_failed', fields.map((f) => `${f.path}: ${f.message}`).join('; '), { fields });
}

export async function createUserLocally(deps: Deps, raw: z.input<typeof CreateUserInput>) {
  const input = parseOrFail(CreateUserInput, raw);
  const passwordHash = await hashPassword(input.password);
  return deps.db.transaction(async (tx) => {
    const at = deps.now();
    let org = await findOrganizationByName(tx, input.org);
    const createdOrg = !org;
    if (!org) {
      org = await insertOrganization(tx, { name: input.org, kind: input.kind });
      await recordAudit(tx, { org: org.id, actor: CLI_ACTOR, meta: SYSTEM_META, kind: 'organization.created', objectType: 'organization', objectId: org.id, data: { name: org.name, kind: org.kind }, at });
    }
    if (!roleFitsKind(input.role, org.kind)) throw new AppError('validation_failed', `The role ${input.role} does not exist in a ${org.kind}.`, { fields: [{ path: 'role', message: 'not a role of this organization' }] });
    let user = await getUserByEmail(tx, input.email);
    if (user && (await getMembership(tx, { organizationId: org.id }, user.id))) throw new AppError('conflict', `${input.email} is already a member of ${org.name}.`);
    user ??= await insertUser(tx, { email: input.email, name: input.name, passwordHash });
    await insertMembership(tx, { organizationId: org.id }, user.id, input.role);
    await recordAudit(tx, { org: org.id, actor: CLI_ACTOR, meta: SYSTEM_META, kind: 'member.added', objectType: 'user', objectId: user.id, data: { email: user.email, role: input.role, via: 'cli' }, at });
    return { userId: user.id, organizationId: org.id, organizationName: org.name, createdOrganization: createdOrg };
  });
}

export const CreateTokenInput = z.strictObject({ email: Email, org: OrganizationName, role: Role, name: z.string().trim().min(1).max(80).default('CLI') });

export async function createTokenLocally(deps: Deps, raw: z.input<typeof CreateTokenInput>) {
  const input = parseOrFail(CreateTokenInput, raw);
  return deps.db.transaction(async (tx) => {
    const org = await findOrganizationByName(tx, input.org);
    const user = await getUserByEmail(tx, input.email);
    if (!org) throw new AppError('not_found', `No organization named ${input.org}.`);
    if (!user) throw new AppError('not_found', `No user with email ${input.email}.`);
    if (!(await getMembership(tx, { organizationId: org.id }, user.id))) throw new AppError('not_found', `${input.email} is not a member of ${org.name}.`);
    return issueToken(deps, tx, { organizationId: org.id }, { name: input.name, role: input.role, userId: user.id, kind: org.kind }, CLI_ACTOR, SYSTEM_META);
  });
}
