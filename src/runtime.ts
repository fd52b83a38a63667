// Opens what a local attest process needs: the database (migrated), the instance secret, the dependencies.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Keyring } from './auth/crypto.ts';
import { loadOrCreateInstanceSecret } from './auth/instance-secret.ts';
import type { Config } from './config.ts';
import { openDatabase, type Database } from './db/client.ts';
import type { Deps } from './services/context.ts';

export const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const VERSION: string = (JSON.parse(fs.readFileSync(path.join(ROOT_DIR, 'package.json'), 'utf8')) as { version: string }).version;

export interface Runtime {
  deps: Deps;
  database: Database;
  close(): Promise<void>;
}

export async function openRuntime(config: Config, options: { migrate?: boolean; pgliteDir?: string } = {}): Promise<Runtime> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: options.pgliteDir ?? config.dataDir });
  try {
    if (options.migrate !== false) await database.migrate();
    const secret = loadOrCreateInstanceSecret(config.dataDir, process.env.ATTEST_SECRET);
    const deps: Deps = { db: database.db, keyring: new Keyring(secret), config, now: () => new Date() };
    return { deps, database, close: () => database.close() };
  } catch (err) {
    await database.close();
    throw err;
  }
}
