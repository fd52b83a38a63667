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
  'engagement.list',
  'engagement.propose',
  'report.list',
  'report.settings',
  'trust.manage',
  'bridge_letter.sign',
] as const;
export type Action = (typeof ACTIONS)[number];
/** Actions only an audit firm has a use for (no service organization role gets them). */
export const FIRM_ONLY_ACTIONS: readonly Action[] = ['report.settings'];

const EVERY_MEMBER: readonly Action[] = ['organization.read', 'member.list', 'notification.read', 'ledger.public_key', 'engagement.list', 'report.list'];
/** Reading the SOC 2 program (a service organization's own systems, people and controls). */
const PROGRAM_READER: readonly Action[] = [...EVERY_MEMBER, 'system.read', 'person.read', 'control.read', 'policy.read', 'policy.acknowledge', 'vendor.read', 'risk.read', 'request.read', 'evidence.read'];
const PROGRAM_WRITER: readonly Action[] = [...PROGRAM_READER, 'system.write', 'person.write', 'control.write', 'policy.write', 'vendor.write', 'risk.write', 'request.write', 'request.respond', 'evidence.write', 'evidence.remove', 'trust.manage'];
const ORGANIZATION_ADMIN: readonly Action[] = [
  'organization.update', 'member.update', 'member.remove', 'invitation.list', 'invitation.create', 'invitation.revoke',
  'token.list', 'token.create', 'token.revoke', 'audit.read',
];

export const PERMISSIONS: Record<Role, readonly Action[]> = {
  // Approving a policy version is the admin's alone: compliance managers draft and submit.
  // Management's bridge letter is signed by the admin, like its assertion.
  admin: [...PROGRAM_WRITER, ...ORGANIZATION_ADMIN, 'policy.approve', 'bridge_letter.sign', 'ledger.read', 'ledger.verify', 'ledger.checkpoint', 'engagement.propose'],
  compliance_manager: [...PROGRAM_WRITER, 'invitation.list', 'audit.read', 'ledger.read'],
  // Control owners answer requests (comment, submit); any assignee may too, whatever the role (checked in the service).
  control_owner: [...PROGRAM_READER, 'request.respond', 'evidence.write'],
  employee: PROGRAM_READER,
  viewer: PROGRAM_READER,
  // An audit firm has no program of its own; it reads a client's through an engagement (decideOnEngagement).
  // The partner sets the firm's report wording and the city its reports are signed in.
  partner: [...EVERY_MEMBER, ...ORGANIZATION_ADMIN, 'engagement.propose', 'report.settings'],
  auditor: EVERY_MEMBER,
};

export interface Principal {
  role: Role;
  organizationKind: OrganizationKind;
  /** Set when a firm's team member reads a client's program through an engagement: read-only, system and period limited. */
  via?: 'engagement';
}

export type Decision = { allow: true } | { allow: false; reason: 'role' | 'kind_mismatch' };

/** What a firm's team member may do in the client's program through an engagement: read, nothing else. */
export const ENGAGEMENT_VIEW: readonly Action[] = [
  'organization.read', 'system.read', 'control.read', 'policy.read', 'person.read', 'vendor.read', 'risk.read', 'evidence.read', 'request.read',
];

export function decide(principal: Principal, action: Action): Decision {
  if (principal.via === 'engagement') {
    return principal.organizationKind === 'audit_firm' && ENGAGEMENT_VIEW.includes(action) ? { allow: true } : { allow: false, reason: 'role' };
  }
  if (!ROLES_BY_KIND[principal.organizationKind].includes(principal.role)) return { allow: false, reason: 'kind_mismatch' };
  return PERMISSIONS[principal.role].includes(action) ? { allow: true } : { allow: false, reason: 'role' };
}

// ---- Engagements: who may do what on one engagement, by side (firm or service organization) and team membership.

export const ENGAGEMENT_ACTIONS = [
  'engagement.read',
  'engagement.respond',
  'engagement.manage',
  'engagement.document',
  'engagement.view_client',
  'workpaper.read',
  'workpaper.write',
  'workpaper.review',
  'opinion.decide',
  'finding.respond',
  'report.issue',
  'assertion.accept',
] as const;
export type EngagementAction = (typeof ENGAGEMENT_ACTIONS)[number];

export type EngagementSide = 'firm' | 'service_org';
export type TeamRole = 'engagement_partner' | 'auditor';

export interface EngagementPrincipal {
  role: Role;
  side: EngagementSide;
  /** The user's place on the engagement team; null when not on it (and always for the service organization). */
  teamRole: TeamRole | null;
}

const TEAM_MEMBER: readonly EngagementAction[] = ['engagement.read', 'engagement.document', 'engagement.view_client', 'workpaper.read', 'workpaper.write', 'workpaper.review'];
/** A firm partner manages every engagement of the firm (accepts, staffs, moves it on) even when not on its team. */
const FIRM_PARTNER: readonly EngagementAction[] = ['engagement.read', 'engagement.respond', 'engagement.manage'];
const ENGAGEMENT_PARTNER: readonly EngagementAction[] = [...TEAM_MEMBER, ...FIRM_PARTNER, 'opinion.decide', 'report.issue'];

const CLIENT: Partial<Record<Role, readonly EngagementAction[]>> = {
  // Management's assertion is the organization's to sign: its admin accepts it.
  admin: ['engagement.read', 'engagement.respond', 'engagement.document', 'finding.respond', 'assertion.accept'],
  compliance_manager: ['engagement.read', 'engagement.document', 'finding.respond'],
  control_owner: ['engagement.read'],
  viewer: ['engagement.read'],
};

function firmActions(p: EngagementPrincipal): readonly Action[] | readonly EngagementAction[] {
  const asPartner = p.role === 'partner' ? FIRM_PARTNER : [];
  if (p.teamRole === 'engagement_partner') return [...ENGAGEMENT_PARTNER];
  if (p.teamRole === 'auditor') return [...TEAM_MEMBER, ...asPartner];
  return asPartner;
}

/** The one rule for engagement actions; the organization never writes the firm's workpapers, and only the team reads them. */
export function decideOnEngagement(p: EngagementPrincipal, action: EngagementAction): Decision {
  if (!ROLES_BY_KIND[p.side === 'firm' ? 'audit_firm' : 'service_org'].includes(p.role)) return { allow: false, reason: 'kind_mismatch' };
  const allowed = p.side === 'firm' ? firmActions(p) : (CLIENT[p.role] ?? []);
  return (allowed as readonly string[]).includes(action) ? { allow: true } : { allow: false, reason: 'role' };
}
