// GET /api/v1/catalog/criteria under 64 concurrent connections for 10 s, beside a bare Fastify route
// serving the same JSON from memory, measured in the same run on the same machine.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { Keyring } from '../src/auth/crypto.ts';
import { loadConfig } from '../src/config.ts';
import { FsBlobStore } from '../src/storage/fs-store.ts';
import { ephemeralInstanceKey } from '../src/ledger/instance-key.ts';
import { openDatabase } from '../src/db/client.ts';
import { buildApp } from '../src/http/app.ts';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 64;
const URL_PATH = '/api/v1/catalog/criteria';

async function load(url: string) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: Math.round(result.requests.average), p99_ms: result.latency.p99, bytes_per_s: Math.round(result.throughput.average) };
}

const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: 'memory://' });
await database.migrate();
const blobDir = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-bench-blobs-'));
const blobs = await new FsBlobStore(blobDir).init();
const deps = { db: database.db, keyring: new Keyring(crypto.randomBytes(32)), config: loadConfig({}), now: () => new Date(), blobs, signingKey: ephemeralInstanceKey() };
const app = await buildApp({ deps, driver: database.driver, version: 'bench' });
const attestUrl = (await app.listen({ port: 0, host: '127.0.0.1' })) + URL_PATH;

const body = (await app.inject({ method: 'GET', url: URL_PATH })).body;
const bare = Fastify();
bare.get(URL_PATH, (_req, reply) => reply.type('application/json').send(body));
const bareUrl = (await bare.listen({ port: 0, host: '127.0.0.1' })) + URL_PATH;

await load(attestUrl); // warm-up (1 pass), not reported
const attest = await load(attestUrl);
const reference = await load(bareUrl);
await app.close();
await bare.close();
await database.close();
fs.rmSync(blobDir, { recursive: true, force: true });

console.log(
  JSON.stringify({
    bench: 'catalog_criteria_list',
    database: database.driver,
    connections: CONNECTIONS,
    seconds: DURATION,
    response_bytes: Buffer.byteLength(body),
    attest,
    reference_bare_fastify: reference,
    rps_ratio: Number((attest.rps / reference.rps).toFixed(3)),
  }),
);
