// A fresh database per test file: in-memory PGlite, or a new database on the server in DATABASE_URL.
// Migrating PGlite takes seconds, so the first file to need it migrates once and leaves the result as a snapshot
// in the temp folder, named by a hash of the migrations; every later file (and run) starts from that snapshot.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { MIGRATIONS_DIR, openDatabase, type Database } from '../../src/db/client.ts';

function migrationsHash(): string {
  const hash = crypto.createHash('sha256');
  const walk = (dir: string) => {
    for (const name of fs.readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (fs.statSync(full).isDirectory()) walk(full);
      else hash.update(name).update(fs.readFileSync(full));
    }
  };
  walk(MIGRATIONS_DIR);
  return hash.digest('hex').slice(0, 16);
}

async function migratedPglite(): Promise<Database> {
  const file = path.join(os.tmpdir(), `attest-test-pglite-${migrationsHash()}.tar.gz`);
  if (fs.existsSync(file)) {
    const database = await openDatabase({ dataDir: 'memory://', snapshot: new Blob([fs.readFileSync(file)]) });
    await database.migrate(); // nothing to apply: checks the journal only
    return database;
  }
  const database = await openDatabase({ dataDir: 'memory://' });
  await database.migrate();
  const dump = Buffer.from(await (await database.dump!()).arrayBuffer());
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, dump);
  fs.renameSync(tmp, file); // atomic: a concurrent file reads a whole snapshot or none
  return database;
}

export async function freshDatabase(): Promise<Database & { url?: string }> {
  const url = process.env.DATABASE_URL;
  if (!url) return migratedPglite();
  const name = `attest_test_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: dbUrl.toString() });
  await database.migrate();
  return {
    ...database,
    url: dbUrl.toString(),
    close: async () => {
      await database.close();
      const a = new pg.Client({ connectionString: url });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}
