// Roles and organization kinds: shared by the API, the CLI and the web app.
import { z } from 'zod';

export const ORGANIZATION_KINDS = ['service_org', 'audit_firm'] as const;
export const OrganizationKind = z.enum(ORGANIZATION_KINDS);
export type OrganizationKind = z.infer<typeof OrganizationKind>;

export const SERVICE_ORG_ROLES = ['admin', 'compliance_manager', 'control_owner', 'employee', 'viewer'] as const;
export const AUDIT_FIRM_ROLES = ['partner', 'auditor'] as const;
export const ROLES = [...SERVICE_ORG_ROLES, ...AUDIT_FIRM_ROLES] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const ROLES_BY_KIND: Record<OrganizationKind, readonly Role[]> = {
  service_org: SERVICE_ORG_ROLES,
  audit_firm: AUDIT_FIRM_ROLES,
};

/** The role an organization's first user gets. */
export const OWNER_ROLE: Record<OrganizationKind, Role> = { service_org: 'admin', audit_firm: 'partner' };

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin',
  compliance_manager: 'Compliance manager',
  control_owner: 'Control owner',
  employee: 'Employee',
  viewer: 'Viewer',
  partner: 'Partner',
  auditor: 'Auditor',
};

export function roleFitsKind(role: Role, kind: OrganizationKind): boolean {
  return ROLES_BY_KIND[kind].includes(role);
}
