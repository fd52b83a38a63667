// The authorization policy: which role may perform which action in its own organization.
// Pure data and one function; the gate in src/services/gate.ts is the only caller.
import { ROLES_BY_KIND, type OrganizationKind, type Role } from '../../contract/roles.ts';

export const ACTIONS = [
  'organization.read',
  'organization.update',
  'member.list',
  'member.update',
  'member.remove',
  'invitation.list',
  'invitation.create',
  'invitation.revoke',
  'token.list',
  'token.create',
  'token.revoke',
  'audit.read',
] as const;
export type Action = (typeof ACTIONS)[number];

const EVERY_MEMBER: readonly Action[] = ['organization.read', 'member.list'];
const MANAGER: readonly Action[] = [...EVERY_MEMBER, 'invitation.list', 'audit.read'];
const OWNER: readonly Action[] = ACTIONS;

export const PERMISSIONS: Record<Role, readonly Action[]> = {
  admin: OWNER,
  compliance_manager: MANAGER,
  control_owner: EVERY_MEMBER,
  employee: EVERY_MEMBER,
  viewer: EVERY_MEMBER,
  partner: OWNER,
  auditor: EVERY_MEMBER,
};

export interface Principal {
  role: Role;
  organizationKind: OrganizationKind;
}

export type Decision = { allow: true } | { allow: false; reason: 'role' | 'kind_mismatch' };

export function decide(principal: Principal, action: Action): Decision {
  if (!ROLES_BY_KIND[principal.organizationKind].includes(principal.role)) return { allow: false, reason: 'kind_mismatch' };
  return PERMISSIONS[principal.role].includes(action) ? { allow: true } : { allow: false, reason: 'role' };
}
