// Opens the database: embedded PGlite in the data folder by default, PostgreSQL when DATABASE_URL is set.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations, SQLWrapper } from 'drizzle-orm';
import pg from 'pg';
import lockfile from 'proper-lockfile';
import * as schema from './schema.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface Database {
  db: Db;
  driver: 'pglite' | 'postgres';
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** PGlite only: the database's files as a gzipped tarball (tests start new in-memory databases from it). */
  dump?(): Promise<Blob>;
}

export class DataDirInUseError extends Error {
  constructor(dir: string) {
    super(
      `The data folder ${dir} is in use by another attest process (is \`attest serve\` / \`npm start\` running?). ` +
        'Stop it first, or run this command through the API with ATTEST_URL and ATTEST_TOKEN.',
    );
  }
}

export interface OpenOptions {
  databaseUrl?: string | undefined;
  /** Data folder for PGlite; ignored with databaseUrl. `memory://` opens an in-memory database (tests). */
  dataDir?: string;
  /** For `memory://`: start from these files (a `dump()`), e.g. an already migrated database. */
  snapshot?: Blob;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  if (!options.dataDir) throw new Error('openDatabase needs dataDir or databaseUrl');
  return openPglite(options.dataDir, options.snapshot);
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection the server closes (restart, failover, admin command) must not crash the process;
  // the pool replaces it on the next query.
  pool.on('error', (err) => console.warn(`attest: idle database connection closed: ${err.message}`));
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    db,
    driver: 'postgres',
    migrate: () => migratePg(db as never, { migrationsFolder: MIGRATIONS_DIR }),
    close: () => pool.end(),
  };
}

async function openPglite(dataDir: string, snapshot?: Blob): Promise<Database> {
  if (dataDir === 'memory://') return wrapPglite(new PGlite(snapshot ? { loadDataDir: snapshot } : {}), async () => {});
  const pgDir = path.join(dataDir, 'pg');
  fs.mkdirSync(pgDir, { recursive: true });
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(dataDir, { lockfilePath: path.join(dataDir, 'attest.lock'), stale: 15_000 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ELOCKED') throw new DataDirInUseError(dataDir);
    throw err;
  }
  try {
    const client = new PGlite(pgDir);
    await client.waitReady;
    return wrapPglite(client, release);
  } catch (err) {
    await release();
    throw err;
  }
}

function wrapPglite(client: PGlite, release: () => Promise<void>): Database {
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    driver: 'pglite',
    migrate: () => migratePglite(db as never, { migrationsFolder: MIGRATIONS_DIR }),
    close: async () => {
      await client.close();
      await release();
    },
    dump: async () => client.dumpDataDir('gzip'),
  };
}

/** Runs raw SQL and returns its rows (both drivers answer with a `rows` array). */
export async function queryRows<T = Record<string, unknown>>(db: Db, query: SQLWrapper | string): Promise<T[]> {
  const result = (await db.execute(query as SQLWrapper)) as unknown as { rows: T[] };
  return result.rows;
}
