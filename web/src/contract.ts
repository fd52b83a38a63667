// The API contract's types and shared values, re-exported for the web app (never database rows).
export type {
  AcceptInvitationRequest, ApiToken, ApiTokenList, AuditEntry, AuditPage, CreateApiTokenRequest, CreatedApiToken,
  CreatedInvitation, CreateInvitationRequest, Criterion, CriterionCategory, CriterionList, Invitation, InvitationList,
  InvitationPreview, LoginResponse, Member, MemberList, Membership, MfaEnrolment, Organization, RecoveryCodes, Session,
  SessionState, SetupRequest, SetupStatus, UpdateOrganizationRequest,
} from '../../src/contract/api.ts';
export type { OrganizationKind, Role } from '../../src/contract/roles.ts';

// Values shared with the API: role names and which roles each kind of organization has.
export { ORGANIZATION_KINDS, ROLE_LABELS, ROLES_BY_KIND, roleFitsKind } from '../../src/contract/roles.ts';
