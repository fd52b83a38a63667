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
  'system.read',
  'system.write',
  'person.read',
  'person.write',
  'control.read',
  'control.write',
  'policy.read',
  'policy.write',
  'policy.approve',
  'policy.acknowledge',
  'vendor.read',
  'vendor.write',
  'risk.read',
  'risk.write',
  'evidence.read',
  'evidence.write',
  'evidence.remove',
  'ledger.public_key',
  'ledger.read',
  'ledger.verify',
  'ledger.checkpoint',
  'request.read',
  'request.write',
  'request.respond',
  'notification.read',
] as const;
export type Action = (typeof ACTIONS)[number];

const EVERY_MEMBER: readonly Action[] = ['organization.read', 'member.list', 'notification.read', 'ledger.public_key'];
/** Reading the SOC 2 program (a service organization's own systems, people and controls). */
const PROGRAM_READER: readonly Action[] = [...EVERY_MEMBER, 'system.read', 'person.read', 'control.read', 'policy.read', 'policy.acknowledge', 'vendor.read', 'risk.read', 'request.read', 'evidence.read'];
const PROGRAM_WRITER: readonly Action[] = [...PROGRAM_READER, 'system.write', 'person.write', 'control.write', 'policy.write', 'vendor.write', 'risk.write', 'request.write', 'request.respond', 'evidence.write', 'evidence.remove'];
const ORGANIZATION_ADMIN: readonly Action[] = [
  'organization.update', 'member.update', 'member.remove', 'invitation.list', 'invitation.create', 'invitation.revoke',
  'token.list', 'token.create', 'token.revoke', 'audit.read',
];

export const PERMISSIONS: Record<Role, readonly Action[]> = {
  // Approving a policy version is the admin's alone: compliance managers draft and submit.
  admin: [...PROGRAM_WRITER, ...ORGANIZATION_ADMIN, 'policy.approve', 'ledger.read', 'ledger.verify', 'ledger.checkpoint'],
  compliance_manager: [...PROGRAM_WRITER, 'invitation.list', 'audit.read', 'ledger.read'],
  // Control owners answer requests (comment, submit); any assignee may too, whatever the role (checked in the service).
  control_owner: [...PROGRAM_READER, 'request.respond', 'evidence.write'],
  employee: PROGRAM_READER,
  viewer: PROGRAM_READER,
  // An audit firm has no program of its own; it reads a client's through an engagement (later).
  partner: [...EVERY_MEMBER, ...ORGANIZATION_ADMIN],
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
