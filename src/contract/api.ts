// The HTTP API's request and response shapes. One schema validates input and shapes output;
// the web app imports these types, never database row types.
import { z } from 'zod';
import { OrganizationKind, Role } from './roles.ts';

export const Email = z.string().trim().toLowerCase().email().max(254);
export const Password = z.string().min(12, 'at least 12 characters').max(256);
export const PersonName = z.string().trim().min(1).max(120);
export const OrganizationName = z.string().trim().min(2).max(120);
export const Uuid = z.string().uuid();
export const TotpCode = z.string().trim().regex(/^\d{6}$/, 'six digits');

export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    requestId: z.string().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

export const Organization = z.object({
  id: Uuid,
  name: z.string(),
  kind: OrganizationKind,
  requireMfa: z.boolean(),
  /** Business days after a person's end date within which their access must be revoked. */
  accessRevocationSlaDays: z.number().int(),
  createdAt: z.string(),
});
export type Organization = z.infer<typeof Organization>;

export const Membership = z.object({
  organization: z.object({ id: Uuid, name: z.string(), kind: OrganizationKind }),
  role: Role,
});
export type Membership = z.infer<typeof Membership>;

export const SessionState = z.enum(['active', 'mfa_required', 'mfa_enrolment_required']);
export type SessionState = z.infer<typeof SessionState>;

export const Session = z.object({
  user: z.object({ id: Uuid, email: z.string(), name: z.string(), mfaEnabled: z.boolean() }),
  state: SessionState,
  csrfToken: z.string(),
  activeOrganization: Membership.nullable(),
  memberships: z.array(Membership),
});
export type Session = z.infer<typeof Session>;

export const SetupStatus = z.object({ needed: z.boolean() });
export type SetupStatus = z.infer<typeof SetupStatus>;

export const SetupRequest = z.strictObject({
  organization: z.strictObject({ name: OrganizationName, kind: OrganizationKind }),
  admin: z.strictObject({ email: Email, name: PersonName, password: Password }),
});
export type SetupRequest = z.infer<typeof SetupRequest>;

export const LoginRequest = z.strictObject({ email: Email, password: z.string().min(1).max(256) });
export const LoginResponse = z.object({ state: SessionState });
export type LoginResponse = z.infer<typeof LoginResponse>;

/** A TOTP code (six digits) or a recovery code (xxxx-xxxx-xxxx). */
export const MfaVerifyRequest = z.strictObject({ code: z.string().trim().min(6).max(32) });

export const MfaEnrolment = z.object({ secret: z.string(), otpauthUrl: z.string(), qrDataUrl: z.string() });
export type MfaEnrolment = z.infer<typeof MfaEnrolment>;
export const MfaConfirmRequest = z.strictObject({ code: TotpCode });
export const RecoveryCodes = z.object({ recoveryCodes: z.array(z.string()) });
export type RecoveryCodes = z.infer<typeof RecoveryCodes>;
export const MfaDisableRequest = z.strictObject({ code: z.string().trim().min(6).max(32) });

export const SwitchOrganizationRequest = z.strictObject({ organizationId: Uuid });

export const UpdateOrganizationRequest = z.strictObject({
  name: OrganizationName.optional(),
  requireMfa: z.boolean().optional(),
  accessRevocationSlaDays: z.number().int().min(0).max(30).optional(),
});
export type UpdateOrganizationRequest = z.infer<typeof UpdateOrganizationRequest>;

export const Member = z.object({
  userId: Uuid,
  email: z.string(),
  name: z.string(),
  role: Role,
  mfaEnabled: z.boolean(),
  joinedAt: z.string(),
});
export type Member = z.infer<typeof Member>;
export const MemberList = z.object({ members: z.array(Member) });
export type MemberList = z.infer<typeof MemberList>;
export const UpdateMemberRequest = z.strictObject({ role: Role });

export const Invitation = z.object({
  id: Uuid,
  email: z.string(),
  role: Role,
  invitedBy: z.object({ id: Uuid, name: z.string() }),
  createdAt: z.string(),
  expiresAt: z.string(),
  acceptedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  status: z.enum(['pending', 'accepted', 'revoked', 'expired']),
});
export type Invitation = z.infer<typeof Invitation>;
export const InvitationList = z.object({ invitations: z.array(Invitation) });
export type InvitationList = z.infer<typeof InvitationList>;
export const CreateInvitationRequest = z.strictObject({ email: Email, role: Role });
export type CreateInvitationRequest = z.infer<typeof CreateInvitationRequest>;
/** The link is shown once, when the invitation is created. */
export const CreatedInvitation = z.object({ invitation: Invitation, link: z.string() });
export type CreatedInvitation = z.infer<typeof CreatedInvitation>;

export const InvitationPreview = z.object({
  organization: z.object({ name: z.string(), kind: OrganizationKind }),
  email: z.string(),
  role: Role,
  existingUser: z.boolean(),
  expiresAt: z.string(),
});
export type InvitationPreview = z.infer<typeof InvitationPreview>;
export const AcceptInvitationRequest = z.strictObject({
  token: z.string().min(10).max(200),
  name: PersonName.optional(),
  password: z.string().min(1).max(256),
});
export type AcceptInvitationRequest = z.infer<typeof AcceptInvitationRequest>;

export const ApiToken = z.object({
  id: Uuid,
  name: z.string(),
  role: Role,
  prefix: z.string(),
  createdBy: z.object({ id: Uuid, name: z.string() }),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiToken = z.infer<typeof ApiToken>;
export const ApiTokenList = z.object({ tokens: z.array(ApiToken) });
export type ApiTokenList = z.infer<typeof ApiTokenList>;
export const CreateApiTokenRequest = z.strictObject({ name: z.string().trim().min(1).max(80), role: Role });
export type CreateApiTokenRequest = z.infer<typeof CreateApiTokenRequest>;
/** The secret is shown once, when the token is created. */
export const CreatedApiToken = z.object({ token: ApiToken, secret: z.string() });
export type CreatedApiToken = z.infer<typeof CreatedApiToken>;

export const AuditEntry = z.object({
  seq: z.number().int(),
  at: z.string(),
  kind: z.string(),
  subject: z.string(),
  actor: z.object({ type: z.enum(['user', 'token', 'system']), id: z.string().nullable(), label: z.string() }),
  objectType: z.string(),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
export const AuditQuery = z.strictObject({
  actor: z.string().max(200).optional(),
  action: z.string().max(100).optional(),
  from: z.string().date().optional(),
  to: z.string().date().optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export const AuditPage = z.object({ entries: z.array(AuditEntry), nextBefore: z.number().int().nullable() });
export type AuditPage = z.infer<typeof AuditPage>;

export const CriterionCategory = z.enum(['security', 'availability', 'confidentiality', 'processing_integrity', 'privacy']);
export type CriterionCategory = z.infer<typeof CriterionCategory>;
export const Criterion = z.object({
  id: z.string(),
  category: CriterionCategory,
  series: z.string(),
  seriesTitle: z.string(),
  title: z.string(),
  description: z.string(),
  pointsOfFocus: z.array(z.string()),
  cosoPrinciple: z.number().int().nullable(),
  source: z.enum(['attest', 'imported']),
});
export type Criterion = z.infer<typeof Criterion>;
export const CriterionList = z.object({ criteria: z.array(Criterion) });
export type CriterionList = z.infer<typeof CriterionList>;
export const CatalogQuery = z.strictObject({
  category: CriterionCategory.optional(),
  q: z.string().max(200).optional(),
});

export const Health = z.object({ status: z.literal('ok'), database: z.literal('ok') });
export type Health = z.infer<typeof Health>;
export const Version = z.object({ name: z.literal('attest'), version: z.string(), database: z.enum(['pglite', 'postgres']) });
export type Version = z.infer<typeof Version>;
