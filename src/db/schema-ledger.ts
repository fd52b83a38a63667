// Signed checkpoints of the ledger and the public keys that signed them (docs/adr/004-checkpoints-and-receipts.md).
// Like the ledger, checkpoints are append-only (a trigger refuses UPDATE and DELETE); column names are part
// of the receipt format so that tools outside attest can read them.
import { index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations } from './schema-core.ts';

/** Every public key this instance has signed with; a checkpoint names its key by key_id. */
export const ledgerKeys = pgTable('ledger_keys', {
  /** Lowercase hex SHA-256 of the raw 32-byte Ed25519 public key. */
  keyId: text('key_id').primaryKey(),
  publicKeyPem: text('public_key_pem').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

/** A signature over (org, seq, hash) of one ledger entry; announced by the `ledger.checkpointed` entry that follows it. */
export const ledgerCheckpoints = pgTable('ledger_checkpoints', {
  org: uuid('org').notNull().references(() => organizations.id),
  seq: integer('seq').notNull(),
  hash: text('hash').notNull(),
  /** ISO-8601 time of signing (informational: not part of the signed message). */
  at: text('at').notNull(),
  keyId: text('key_id').notNull().references(() => ledgerKeys.keyId),
  /** Base64 Ed25519 signature of `attest-checkpoint/1\n<org>\n<seq>\n<hash>\n` (UTF-8). */
  signature: text('signature').notNull(),
}, (t) => [primaryKey({ columns: [t.org, t.seq] }), index('ledger_checkpoints_key_idx').on(t.keyId)]);
