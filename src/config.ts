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
}

function intFrom(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
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
  };
}
