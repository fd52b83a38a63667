// Types of the API contract (../../src/contract) that the contract exports only as schemas.
// Derived, never redefined: a change to a schema changes these types.
import type { z } from 'zod';
import type * as C from '../../src/contract/api.ts';

export type {
  ApiToken, AuditEntry, Criterion, CriterionCategory, Invitation, Member, Membership, Organization, Session,
  SessionState, SetupRequest,
} from '../../src/contract/api.ts';
export type { OrganizationKind, Role } from '../../src/contract/roles.ts';

export type SetupStatus = z.infer<typeof C.SetupStatus>;
export type LoginResponse = z.infer<typeof C.LoginResponse>;
export type InvitationPreview = z.infer<typeof C.InvitationPreview>;
export type AcceptInvitationRequest = z.infer<typeof C.AcceptInvitationRequest>;
export type MfaEnrolment = z.infer<typeof C.MfaEnrolment>;
export type RecoveryCodes = z.infer<typeof C.RecoveryCodes>;
export type UpdateOrganizationRequest = z.infer<typeof C.UpdateOrganizationRequest>;
export type MemberList = z.infer<typeof C.MemberList>;
export type InvitationList = z.infer<typeof C.InvitationList>;
export type CreateInvitationRequest = z.infer<typeof C.CreateInvitationRequest>;
export type CreatedInvitation = z.infer<typeof C.CreatedInvitation>;
export type ApiTokenList = z.infer<typeof C.ApiTokenList>;
export type CreateApiTokenRequest = z.infer<typeof C.CreateApiTokenRequest>;
export type CreatedApiToken = z.infer<typeof C.CreatedApiToken>;
export type AuditPage = z.infer<typeof C.AuditPage>;
export type CriterionList = z.infer<typeof C.CriterionList>;

// Values shared with the API: role names and which roles each kind of organization has.
export { ORGANIZATION_KINDS, ROLE_LABELS, ROLES_BY_KIND, roleFitsKind } from '../../src/contract/roles.ts';
