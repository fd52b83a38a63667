// GET /api/v1/systems/:id/readiness on the demo organization (≈130 controls, 17 policies, 7 people), under
// 16 connections, beside GET /api/v1/systems/:id (a plain read of the same system) in the same run.
// Also times creating the demo organization (≈530 audited writes, with a year of evidence and the request list).
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { Keyring } from '../src/auth/crypto.ts';
import { loadConfig } from '../src/config.ts';
import { FsBlobStore } from '../src/storage/fs-store.ts';
import { ephemeralInstanceKey } from '../src/ledger/instance-key.ts';
import { openDatabase } from '../src/db/client.ts';
import { buildApp } from '../src/http/app.ts';
import { createDemo, DEMO_ORGANIZATION, DEMO_USERS } from '../src/services/demo.ts';
import { createTokenLocally } from '../src/services/local-accounts.ts';
import { useMailLogger } from '../src/services/mailer.ts';

useMailLogger({ info: () => undefined, warn: () => undefined }); // the demo's requests notify made-up addresses

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 16;

const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: 'memory://' });
await database.migrate();
const blobDir = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-bench-blobs-'));
const blobs = await new FsBlobStore(blobDir).init();
const deps = { db: database.db, keyring: new Keyring(crypto.randomBytes(32)), config: loadConfig({}), now: () => new Date(), blobs, signingKey: ephemeralInstanceKey() };
const t0 = performance.now();
await createDemo(deps);
const demoMs = Math.round(performance.now() - t0);
const { secret } = await createTokenLocally(deps, { email: DEMO_USERS[0]!.email, org: DEMO_ORGANIZATION, role: 'admin', name: 'bench' });
const app = await buildApp({ deps, driver: database.driver, version: 'bench' });
const base = await app.listen({ port: 0, host: '127.0.0.1' });
const headers = { authorization: `Bearer ${secret}` };
const systemId = ((await (await fetch(`${base}/api/v1/systems`, { headers })).json()) as { systems: { id: string }[] }).systems[0]!.id;

async function load(path: string) {
  const result = await autocannon({ url: base + path, connections: CONNECTIONS, duration: DURATION, headers });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${path}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: Math.round(result.requests.average), p99_ms: result.latency.p99 };
}

await load(`/api/v1/systems/${systemId}/readiness`); // warm-up, not reported
const readiness = await load(`/api/v1/systems/${systemId}/readiness`);
const reference = await load(`/api/v1/systems/${systemId}`);
const rss = Math.round(process.memoryUsage().rss / 1024 / 1024);
await app.close();
await database.close();
fs.rmSync(blobDir, { recursive: true, force: true });

console.log(JSON.stringify({
  bench: 'readiness_demo_system',
  database: database.driver,
  connections: CONNECTIONS,
  seconds: DURATION,
  demo_create_ms: demoMs,
  readiness,
  reference_system_read: reference,
  rps_ratio: Number((readiness.rps / reference.rps).toFixed(3)),
  rss_mb_after: rss,
}));
