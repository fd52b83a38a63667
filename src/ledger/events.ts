// The audit events written to the ledger: each kind's data is typed by a zod schema.
import { z } from 'zod';
import { OrganizationKind, Role } from '../contract/roles.ts';

export const AUDIT_EVENTS = {
  'organization.created': z.object({ name: z.string(), kind: OrganizationKind }),
  'organization.updated': z.object({ name: z.string().optional(), requireMfa: z.boolean().optional() }),
  'member.added': z.object({ email: z.string(), role: Role, via: z.enum(['setup', 'invitation', 'cli']) }),
  'member.role_changed': z.object({ email: z.string(), from: Role, to: Role }),
  'member.removed': z.object({ email: z.string(), role: Role }),
  'invitation.created': z.object({ email: z.string(), role: Role, expiresAt: z.string() }),
  'invitation.revoked': z.object({ email: z.string() }),
  'invitation.accepted': z.object({ email: z.string(), role: Role, newUser: z.boolean() }),
  'token.created': z.object({ name: z.string(), role: Role, prefix: z.string() }),
  'token.revoked': z.object({ name: z.string(), prefix: z.string() }),
  'session.login': z.object({ mfa: z.boolean() }),
  'session.logout': z.object({}),
  'session.organization_switched': z.object({}),
  'mfa.enabled': z.object({}),
  'mfa.disabled': z.object({}),
  'mfa.recovery_codes_regenerated': z.object({}),
  'mfa.recovery_code_used': z.object({ remaining: z.number().int() }),
  'system.created': z.object({ name: z.string(), categories: z.array(z.string()) }),
  'system.updated': z.object({ fields: z.array(z.string()), categories: z.array(z.string()).optional() }),
  'person.created': z.object({ name: z.string(), email: z.string() }),
  'control.created': z.object({ systemId: z.string(), code: z.string(), title: z.string(), criteria: z.array(z.string()) }),
  'control.adopted': z.object({ systemId: z.string(), code: z.string(), template: z.string(), libraryVersion: z.string() }),
  'control.updated': z.object({ code: z.string(), changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })) }),
  'control.retired': z.object({ code: z.string(), reason: z.string() }),
  'catalog.imported': z.object({ criteria: z.array(z.string()), format: z.enum(['csv', 'json']) }),
} as const;

export type AuditKind = keyof typeof AUDIT_EVENTS;
export type AuditData<K extends AuditKind> = z.infer<(typeof AUDIT_EVENTS)[K]>;

export const OBJECT_TYPES = ['organization', 'user', 'invitation', 'api_token', 'session', 'catalog', 'system', 'person', 'control'] as const;
export type ObjectType = (typeof OBJECT_TYPES)[number];
