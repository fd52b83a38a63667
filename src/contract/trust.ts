// The trust portal over HTTP: the organization's page settings, access requests and their log, bridge letters,
// and the public page a prospect sees (no login), with its NDA and downloads.
import { z } from 'zod';
import { REPORT_TYPES } from './engagement-vocabulary.ts';

const Uuid = z.uuid();
const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Line = (max = 200) => z.string().trim().min(1).max(max);

export const ACCESS_MODES = ['approval', 'nda'] as const;
export const ACCESS_STATES = ['pending', 'granted', 'expired', 'denied', 'revoked'] as const;

export const OfferedReport = z.object({
  id: Uuid,
  reportType: z.enum(REPORT_TYPES),
  asOfDate: z.string().nullable(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  reportDate: z.string(),
  version: z.number().int(),
  firmName: z.string(),
  /** The period ended more than twelve months ago. */
  outdated: z.boolean(),
});
export type OfferedReport = z.infer<typeof OfferedReport>;

export const TrustPageSettings = z.object({
  slug: z.string(),
  published: z.boolean(),
  headline: z.string(),
  description: z.string(),
  showCategories: z.boolean(),
  showControlSummary: z.boolean(),
  reportIds: z.array(Uuid),
  accessMode: z.enum(ACCESS_MODES),
  ndaText: z.string(),
  accessDays: z.number().int(),
  /** Path of the public page. */
  path: z.string(),
  /** The organization's issued reports it may offer (current ones first). */
  availableReports: z.array(OfferedReport),
});
export type TrustPageSettings = z.infer<typeof TrustPageSettings>;

export const UpdateTrustPageRequest = z.strictObject({
  slug: z.string().trim().toLowerCase().regex(/^[a-z0-9](?:[a-z0-9-]{1,48}[a-z0-9])$/, '3–50 lowercase letters, digits and hyphens').optional(),
  published: z.boolean().optional(),
  headline: z.string().trim().max(200).optional(),
  description: z.string().trim().max(5000).optional(),
  showCategories: z.boolean().optional(),
  showControlSummary: z.boolean().optional(),
  reportIds: z.array(Uuid).max(20).optional(),
  accessMode: z.enum(ACCESS_MODES).optional(),
  ndaText: z.string().trim().max(20_000).optional(),
  accessDays: z.number().int().min(1).max(365).optional(),
});
export type UpdateTrustPageRequest = z.infer<typeof UpdateTrustPageRequest>;

export const AccessRequest = z.object({
  id: Uuid,
  name: z.string(),
  email: z.string(),
  company: z.string(),
  reason: z.string(),
  state: z.enum(ACCESS_STATES),
  ndaAcceptedAt: z.string().nullable(),
  ndaIp: z.string().nullable(),
  grantedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
  decidedByLabel: z.string().nullable(),
  createdAt: z.string(),
});
export type AccessRequest = z.infer<typeof AccessRequest>;
export const AccessRequestList = z.object({ items: z.array(AccessRequest) });

export const DecideAccessRequest = z.strictObject({ decision: z.enum(['approve', 'deny', 'revoke']) });

export const AccessLogEntry = z.object({
  id: Uuid,
  kind: z.enum(['page_view', 'report_download', 'bridge_letter_download']),
  recipient: z.string().nullable(),
  reportId: Uuid.nullable(),
  copySha256: z.string().nullable(),
  ip: z.string().nullable(),
  at: z.string(),
});
export const AccessLog = z.object({ items: z.array(AccessLogEntry) });
export type AccessLog = z.infer<typeof AccessLog>;

export const BridgeLetter = z.object({
  id: Uuid,
  reportId: Uuid,
  coversFrom: z.string(),
  coversTo: z.string(),
  changes: z.string(),
  incidents: z.string(),
  signedByLabel: z.string().nullable(),
  signedAt: z.string().nullable(),
  sha256: z.string().nullable(),
  published: z.boolean(),
  createdAt: z.string(),
});
export type BridgeLetter = z.infer<typeof BridgeLetter>;
export const BridgeLetterList = z.object({ items: z.array(BridgeLetter) });

export const CreateBridgeLetterRequest = z.strictObject({
  reportId: Uuid,
  /** The last day the letter covers (default: today). */
  coversTo: IsoDay.optional(),
  changes: z.string().trim().max(20_000).default(''),
  incidents: z.string().trim().max(20_000).default(''),
});
export const SignBridgeLetterRequest = z.strictObject({ publish: z.boolean().default(true) });

// ---- Public (no login)

export const PublicTrustPage = z.object({
  slug: z.string(),
  organization: z.string(),
  headline: z.string(),
  description: z.string(),
  categories: z.array(z.string()).nullable(),
  controlSummary: z.array(z.object({ area: z.string(), label: z.string(), controls: z.number().int() })).nullable(),
  reports: z.array(OfferedReport),
  bridgeLetters: z.array(z.object({ id: Uuid, reportId: Uuid, coversFrom: z.string(), coversTo: z.string(), signedAt: z.string() })),
  accessMode: z.enum(ACCESS_MODES),
  ndaText: z.string(),
  accessDays: z.number().int(),
});
export type PublicTrustPage = z.infer<typeof PublicTrustPage>;

export const RequestAccessRequest = z.strictObject({
  name: Line(),
  email: z.email().max(320),
  company: Line(),
  reason: z.string().trim().max(2000).default(''),
  /** The NDA shown on the page was read and accepted (required when the page grants access on the NDA). */
  acceptNda: z.boolean().default(false),
});

export const AccessGrant = z.object({
  state: z.enum(ACCESS_STATES),
  /** The secret of the access link: shown once, kept by the prospect's browser; stored hashed. */
  token: z.string(),
  name: z.string(),
  expiresAt: z.string().nullable(),
});
export type AccessGrant = z.infer<typeof AccessGrant>;

export const AccessStatus = z.object({ state: z.enum(ACCESS_STATES), name: z.string(), company: z.string(), expiresAt: z.string().nullable() });
export const TokenQuery = z.strictObject({ token: z.string().min(20).max(200) });
