import { describe, expect, it } from 'vitest';
import { ACTIONS, FIRM_ONLY_ACTIONS, decide } from './policy.ts';
import { ROLES, ROLES_BY_KIND, type OrganizationKind, type Role } from '../../contract/roles.ts';

const kindOf = (role: Role): OrganizationKind => (ROLES_BY_KIND.service_org.includes(role) ? 'service_org' : 'audit_firm');

describe('decide', () => {
  const expectations: Array<[Role, string, boolean]> = [
    ['admin', 'token.create', true],
    ['admin', 'audit.read', true],
    ['compliance_manager', 'audit.read', true],
    ['compliance_manager', 'invitation.create', false],
    ['compliance_manager', 'invitation.list', true],
    ['control_owner', 'member.list', true],
    ['control_owner', 'audit.read', false],
    ['employee', 'organization.update', false],
    ['viewer', 'token.list', false],
    ['partner', 'member.update', true],
    ['auditor', 'invitation.create', false],
    ['auditor', 'organization.read', true],
  ];
  it.each(expectations)('%s may %s: %s', (role, action, allowed) => {
    expect(decide({ role, organizationKind: kindOf(role) }, action as never).allow).toBe(allowed);
  });

  it('every role may read its organization and list members', () => {
    for (const role of ROLES) {
      expect(decide({ role, organizationKind: kindOf(role) }, 'organization.read')).toEqual({ allow: true });
      expect(decide({ role, organizationKind: kindOf(role) }, 'member.list')).toEqual({ allow: true });
    }
  });

  it('only the service organization admin may do everything a service organization does', () => {
    const serviceOrgActions = ACTIONS.filter((a) => !FIRM_ONLY_ACTIONS.includes(a));
    const owners = ROLES.filter((role) => serviceOrgActions.every((a) => decide({ role, organizationKind: kindOf(role) }, a).allow));
    expect(owners).toEqual(['admin']);
  });

  it('firm-only actions belong to the firm partner alone', () => {
    for (const action of FIRM_ONLY_ACTIONS) {
      expect(ROLES.filter((role) => decide({ role, organizationKind: kindOf(role) }, action).allow)).toEqual(['partner']);
    }
  });

  it.each([
    ['compliance_manager', 'control.write', true],
    ['control_owner', 'control.read', true],
    ['control_owner', 'control.write', false],
    ['viewer', 'system.write', false],
    ['partner', 'system.read', false],
    ['auditor', 'control.read', false],
  ] as const)('program: %s may %s: %s', (role, action, allowed) => {
    expect(decide({ role, organizationKind: kindOf(role) }, action).allow).toBe(allowed);
  });

  it('refuses a role used in the wrong kind of organization', () => {
    expect(decide({ role: 'admin', organizationKind: 'audit_firm' }, 'organization.read')).toEqual({ allow: false, reason: 'kind_mismatch' });
    expect(decide({ role: 'partner', organizationKind: 'service_org' }, 'member.list')).toEqual({ allow: false, reason: 'kind_mismatch' });
  });
});
