// Opens what a local attest process needs: the database (migrated), the instance secret, the dependencies.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Keyring } from './auth/crypto.ts';
import { loadOrCreateInstanceSecret } from './auth/instance-secret.ts';
import type { Config } from './config.ts';
import { openDatabase, type Database } from './db/client.ts';
import type { Deps } from './services/context.ts';
import { closeBlobStore, createBlobStore } from './storage/index.ts';
import { loadOrCreateInstanceKey } from './ledger/instance-key.ts';
import { configureCheckpointing, registerKey } from './ledger/checkpoints.ts';

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
    const blobs = await createBlobStore(config);
    const signingKey = loadOrCreateInstanceKey(config.dataDir, process.env.ATTEST_SIGNING_KEY || undefined);
    await registerKey(database.db, signingKey);
    configureCheckpointing({ key: signingKey, every: config.checkpointEvery });
    const deps: Deps = { db: database.db, keyring: new Keyring(secret), config, now: () => new Date(), blobs, signingKey };
    return {
      deps,
      database,
      close: async () => {
        closeBlobStore(blobs);
        await database.close();
      },
    };
  } catch (err) {
    await database.close();
    throw err;
  }
}
