// What every use case receives: its dependencies, and who is acting from where.
import type { Db } from '../db/client.ts';
import type { Keyring } from '../auth/crypto.ts';
import type { Config } from '../config.ts';
import type { OrganizationKind, Role } from '../contract/roles.ts';
import type { BlobStore } from '../storage/blob-store.ts';
import type { InstanceKey } from '../ledger/instance-key.ts';

export interface Deps {
  db: Db;
  keyring: Keyring;
  config: Config;
  now: () => Date;
  /** Where evidence bytes live (filesystem or S3-compatible), content-addressed by SHA-256. */
  blobs: BlobStore;
  /** The instance's Ed25519 key: signs ledger checkpoints (src/ledger/checkpoints.ts). */
  signingKey: InstanceKey;
}

export interface RequestMeta {
  ip: string | null;
  requestId: string | null;
}

/** Someone acting within one organization: a logged-in user, or an API token. */
export interface Actor {
  type: 'user' | 'token';
  userId: string;
  label: string;
  tokenId: string | null;
  organizationId: string;
  organizationKind: OrganizationKind;
  role: Role;
  /**
   * Set when a firm's team member reads a client's program through an engagement (the Attest-Engagement header):
   * `organizationId` is then the client's, and the gate allows reads only, limited to the engagement's system and period.
   */
  view?: EngagementLimits;
}

/** What an engagement lets its firm read of the client: one system, evidence of its period, its own requests. */
export interface EngagementLimits {
  engagementId: string;
  firmId: string;
  systemId: string;
  /** Evidence whose period overlaps [from, to]. */
  from: string;
  to: string;
}

export interface Ctx extends RequestMeta {
  actor: Actor;
}

/** The tenant scope every data-layer read and write of tenant data takes first. */
export interface Scope {
  organizationId: string;
  /** Present for a firm reading through an engagement: the data layer narrows every read to these. */
  limits?: EngagementLimits;
}

export const SYSTEM_META: RequestMeta = { ip: null, requestId: null };
