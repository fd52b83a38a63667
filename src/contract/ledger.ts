// The ledger's integrity API: the instance public key, signed checkpoints, verifications, receipts.
import { z } from 'zod';

export const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, '64 lowercase hexadecimal characters');

export const PublicKey = z.object({
  /** Lowercase hex SHA-256 of the raw 32-byte public key. */
  keyId: Sha256Hex,
  algorithm: z.literal('Ed25519'),
  publicKeyPem: z.string(),
});
export type PublicKey = z.infer<typeof PublicKey>;

export const Checkpoint = z.object({
  seq: z.number().int(),
  hash: Sha256Hex,
  at: z.string(),
  keyId: Sha256Hex,
  /** The exact signed text (UTF-8): `attest-checkpoint/1\n<org>\n<seq>\n<hash>\n`. */
  message: z.string(),
  /** Base64 Ed25519 signature of message. */
  signature: z.string(),
});
export type Checkpoint = z.infer<typeof Checkpoint>;

export const CheckpointQuery = z.strictObject({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const CheckpointList = z.object({ items: z.array(Checkpoint), nextCursor: z.string().nullable() });
export type CheckpointList = z.infer<typeof CheckpointList>;

export const VerificationStatus = z.enum(['running', 'ok', 'failed']);
export type VerificationStatus = z.infer<typeof VerificationStatus>;

export const VerificationFailure = z.object({
  seq: z.number().int(),
  blob: Sha256Hex.nullable(),
  problem: z.string(),
});
export type VerificationFailure = z.infer<typeof VerificationFailure>;

export const Verification = z.object({
  id: z.string().uuid(),
  status: VerificationStatus,
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  checkedEntries: z.number().int(),
  totalEntries: z.number().int(),
  checkedCheckpoints: z.number().int(),
  checkedBlobs: z.number().int(),
  totalBlobs: z.number().int(),
  /** At most 500 are listed; failureCount has them all. */
  failures: z.array(VerificationFailure),
  failureCount: z.number().int(),
});
export type Verification = z.infer<typeof Verification>;

const ReceiptLink = z.object({ seq: z.number().int(), prev: Sha256Hex, canonical: z.string(), hash: Sha256Hex });

/** `attest-receipt/1`: checkable with sha256sum and openssl (README "Checking an evidence receipt"). */
export const LedgerReceipt = z.object({
  format: z.literal('attest-receipt/1'),
  org: z.string().uuid(),
  entry: ReceiptLink.extend({ at: z.string(), kind: z.string(), subject: z.string() }),
  chain: z.array(ReceiptLink),
  checkpoint: Checkpoint,
  publicKeyPem: z.string(),
});
export type LedgerReceipt = z.infer<typeof LedgerReceipt>;
