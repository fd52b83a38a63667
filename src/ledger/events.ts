// The audit events written to the ledger: each kind's data is typed by a zod schema.
import { z } from 'zod';
import { OrganizationKind, Role } from '../contract/roles.ts';

export const AUDIT_EVENTS = {
  'organization.created': z.object({ name: z.string(), kind: OrganizationKind }),
  'organization.updated': z.object({ name: z.string().optional(), requireMfa: z.boolean().optional(), accessRevocationSlaDays: z.number().int().optional() }),
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
  'person.created': z.object({ name: z.string(), email: z.string(), importId: z.string().optional() }),
  'person.updated': z.object({ email: z.string(), changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })), importId: z.string().optional() }),
  'person.background_check_recorded': z.object({ email: z.string(), status: z.string(), completedOn: z.string().nullable(), provider: z.string() }),
  'person.training_recorded': z.object({ email: z.string(), course: z.string(), completedOn: z.string(), dueNext: z.string() }),
  'person.access_event_recorded': z.object({ email: z.string(), kind: z.enum(['granted', 'revoked']), system: z.string(), on: z.string() }),
  'people.imported': z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() }),
  'control.created': z.object({ systemId: z.string(), code: z.string(), title: z.string(), criteria: z.array(z.string()) }),
  'control.adopted': z.object({ systemId: z.string(), code: z.string(), template: z.string(), libraryVersion: z.string() }),
  'control.updated': z.object({ code: z.string(), changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })) }),
  'control.retired': z.object({ code: z.string(), reason: z.string() }),
  'policy.created': z.object({ key: z.string(), title: z.string(), template: z.string().nullable(), libraryVersion: z.string().optional() }),
  'policy.updated': z.object({ key: z.string(), changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })) }),
  'policy.retired': z.object({ key: z.string(), reason: z.string(), retiredVersions: z.array(z.number().int()) }),
  'policy.version_created': z.object({ key: z.string(), version: z.number().int(), fromVersion: z.number().int().nullable(), changeNote: z.string() }),
  'policy.version_updated': z.object({ key: z.string(), version: z.number().int(), fields: z.array(z.string()) }),
  'policy.version_submitted': z.object({ key: z.string(), version: z.number().int() }),
  'policy.version_returned': z.object({ key: z.string(), version: z.number().int(), note: z.string() }),
  'policy.version_approved': z.object({ key: z.string(), version: z.number().int(), retiredVersion: z.number().int().nullable() }),
  'policy.version_published': z.object({ key: z.string(), version: z.number().int() }),
  'policy.acknowledged': z.object({ key: z.string(), version: z.number().int(), userId: z.string() }),
  'vendor.created': z.object({ name: z.string(), criticality: z.string(), subservice: z.boolean(), systemIds: z.array(z.string()) }),
  'vendor.updated': z.object({ name: z.string(), changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })) }),
  'vendor.reviewed': z.object({ name: z.string(), reviewId: z.string(), reviewedOn: z.string(), reviewerId: z.string(), outcome: z.string() }),
  'vendor.report_added': z.object({ name: z.string(), reportId: z.string(), type: z.string(), periodStart: z.string().nullable(), periodEnd: z.string(), opinion: z.string().nullable(), bridgeLetter: z.boolean() }),
  'risk.created': z.object({ title: z.string(), category: z.string(), inherentScore: z.number().int(), residualScore: z.number().int(), controlIds: z.array(z.string()) }),
  'risk.updated': z.object({ title: z.string(), changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })) }),
  'risk_assessment.recorded': z.object({ performedOn: z.string(), performedById: z.string(), scope: z.string() }),
  'catalog.imported': z.object({ criteria: z.array(z.string()), format: z.enum(['csv', 'json']) }),
} as const;

export type AuditKind = keyof typeof AUDIT_EVENTS;
export type AuditData<K extends AuditKind> = z.infer<(typeof AUDIT_EVENTS)[K]>;

export const OBJECT_TYPES = ['organization', 'user', 'invitation', 'api_token', 'session', 'catalog', 'system', 'person', 'control', 'policy', 'vendor', 'risk', 'risk_assessment', 'person_import'] as const;
export type ObjectType = (typeof OBJECT_TYPES)[number];
