// Entry hashing as specified in DESIGN.md "Ledger": sha256(prev ‖ JCS({org, seq, at, kind, subject, payload})).
import crypto from 'node:crypto';
import canonicalizeModule from 'canonicalize';

// The package is CommonJS (module.exports = fn) with ESM-style typings.
const canonicalize = canonicalizeModule as unknown as (input: unknown) => string | undefined;

export const GENESIS_PREV = '0'.repeat(64);

export interface EntryContent {
  org: string;
  seq: number;
  at: string;
  kind: string;
  subject: string;
  payload: unknown;
}

export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('value cannot be canonicalized');
  return text;
}

export function entryHash(prev: string, content: EntryContent): string {
  const { org, seq, at, kind, subject, payload } = content;
  return crypto
    .createHash('sha256')
    .update(prev, 'utf8')
    .update(canonicalJson({ org, seq, at, kind, subject, payload }), 'utf8')
    .digest('hex');
}
