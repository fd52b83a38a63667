// Configuration from environment variables (documented in the README).
import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  logLevel: string;
  bodyLimitBytes: number;
  publicUrl: string | undefined;
  trustProxy: boolean;
  sessionTtlHours: number;
  /** Where evidence bytes are stored (ATTEST_BLOB_STORE and ATTEST_S3_*). */
  blobStore: BlobStoreConfig;
  /** Largest evidence file accepted, in bytes (ATTEST_EVIDENCE_MAX_BYTES, default 200 MB). */
  evidenceMaxBytes: number;
  /** Sign a ledger checkpoint whenever an organization's chain crosses a multiple of this (ATTEST_CHECKPOINT_EVERY, default 100). */
  checkpointEvery: number;
  /** Outgoing mail (notifications): an smtp:// or smtps:// URL (ATTEST_SMTP_URL); unset logs messages instead. */
  smtpUrl: string | undefined;
  /** The From address of outgoing mail (ATTEST_MAIL_FROM). */
  mailFrom: string;
}

export type BlobStoreConfig =
  | { kind: 'fs' }
  | {
      kind: 's3';
      bucket: string;
      region: string;
      endpoint: string | undefined;
      accessKeyId: string | undefined;
      secretAccessKey: string | undefined;
      forcePathStyle: boolean;
      /** Key prefix, empty or ending with "/". */
      prefix: string;
    };

function intFrom(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return n;
}

function boolFrom(name: string, raw: string | undefined): boolean {
  if (raw === undefined || raw === '' || raw === 'false' || raw === '0') return false;
  if (raw === 'true' || raw === '1') return true;
  throw new Error(`${name} must be true or false, got "${raw}"`);
}

// An S3 bucket name as the S3 rules allow it (3–63 lowercase letters, digits, dots, hyphens).
const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
// A key prefix made of plain path characters only, so keys never need escaping.
const KEY_PREFIX = /^[A-Za-z0-9._/-]{0,200}$/;

function blobStoreFrom(env: NodeJS.ProcessEnv): BlobStoreConfig {
  const kind = env.ATTEST_BLOB_STORE || 'fs';
  if (kind === 'fs') return { kind: 'fs' };
  if (kind !== 's3') throw new Error(`ATTEST_BLOB_STORE must be "fs" or "s3", got "${kind}"`);
  const bucket = env.ATTEST_S3_BUCKET ?? '';
  if (!bucket) throw new Error('ATTEST_BLOB_STORE=s3 needs ATTEST_S3_BUCKET (the bucket that holds evidence)');
  if (!BUCKET_NAME.test(bucket)) throw new Error(`ATTEST_S3_BUCKET "${bucket}" is not a valid bucket name`);
  const endpoint = env.ATTEST_S3_ENDPOINT || undefined;
  if (endpoint !== undefined) {
    let url: URL;
    try {
      url = new URL(endpoint);
    } catch {
      throw new Error(`ATTEST_S3_ENDPOINT must be a URL such as https://minio.example.com:9000, got "${endpoint}"`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`ATTEST_S3_ENDPOINT must be http(s), got "${endpoint}"`);
  }
  const accessKeyId = env.ATTEST_S3_ACCESS_KEY_ID || undefined;
  const secretAccessKey = env.ATTEST_S3_SECRET_ACCESS_KEY || undefined;
  if ((accessKeyId === undefined) !== (secretAccessKey === undefined)) {
    throw new Error('set both ATTEST_S3_ACCESS_KEY_ID and ATTEST_S3_SECRET_ACCESS_KEY, or neither (to use the AWS SDK default credentials)');
  }
  let prefix = (env.ATTEST_S3_PREFIX ?? '').replace(/^\/+/, '');
  if (!KEY_PREFIX.test(prefix) || prefix.split('/').some((part) => part === '..' || part === '.')) {
    throw new Error(`ATTEST_S3_PREFIX may hold only letters, digits and . _ - /, got "${prefix}"`);
  }
  if (prefix && !prefix.endsWith('/')) prefix += '/';
  return {
    kind: 's3',
    bucket,
    region: env.ATTEST_S3_REGION || 'us-east-1',
    endpoint,
    accessKeyId,
    secretAccessKey,
    forcePathStyle: boolFrom('ATTEST_S3_FORCE_PATH_STYLE', env.ATTEST_S3_FORCE_PATH_STYLE),
    prefix,
  };
}

function checkpointEveryFrom(raw: string | undefined): number {
  const n = intFrom('ATTEST_CHECKPOINT_EVERY', raw, 100);
  if (n < 2) throw new Error(`ATTEST_CHECKPOINT_EVERY must be at least 2, got "${raw}"`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: intFrom('PORT', env.PORT, 8080),
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.ATTEST_DATA_DIR ?? 'data'),
    databaseUrl: env.DATABASE_URL || undefined,
    logLevel: env.ATTEST_LOG_LEVEL ?? 'info',
    bodyLimitBytes: intFrom('ATTEST_BODY_LIMIT', env.ATTEST_BODY_LIMIT, 1024 * 1024),
    publicUrl: env.ATTEST_PUBLIC_URL?.replace(/\/+$/, '') || undefined,
    trustProxy: env.ATTEST_TRUST_PROXY === 'true',
    sessionTtlHours: intFrom('ATTEST_SESSION_TTL_HOURS', env.ATTEST_SESSION_TTL_HOURS, 12),
    blobStore: blobStoreFrom(env),
    evidenceMaxBytes: intFrom('ATTEST_EVIDENCE_MAX_BYTES', env.ATTEST_EVIDENCE_MAX_BYTES, 200 * 1024 * 1024),
    checkpointEvery: checkpointEveryFrom(env.ATTEST_CHECKPOINT_EVERY),
    smtpUrl: env.ATTEST_SMTP_URL || undefined,
    mailFrom: env.ATTEST_MAIL_FROM || 'attest <attest@localhost>',
  };
}
