// Evidence ingest: uploads BENCH_INGEST_MB (default 1024) MiB of files of mixed sizes through the HTTP API of a real
// `attest serve` process (its own data folder, PGlite unless DATABASE_URL is set), and in the same run times
// `sha256sum` over the same files. Prints MB/s for both, their ratio, and the server's peak RSS (VmHWM), which must
// stay bounded whatever the file sizes: uploads stream to the blob store, they are never buffered whole.
import { execFileSync, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TOTAL_MB = Number(process.env.BENCH_INGEST_MB ?? 1024);
const CONCURRENCY = 2;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-ingest-'));
const dataDir = path.join(work, 'data');
const filesDir = path.join(work, 'files');
fs.mkdirSync(filesDir);

/** Mixed sizes: a quarter of the bytes each in 64 MiB, 8 MiB, 1 MiB and 64 KiB files. */
function makeFiles(): string[] {
  const quarter = (TOTAL_MB * 1024 * 1024) / 4;
  const sizes = [64 << 20, 8 << 20, 1 << 20, 64 << 10];
  const files: string[] = [];
  const chunk = Buffer.from(crypto.randomBytes(1 << 19).toString('hex')); // 1 MiB of text: evidence exports are mostly text
  for (const size of sizes) {
    for (let i = 0; i < Math.max(1, Math.floor(quarter / size)); i++) {
      const file = path.join(filesDir, `f${files.length}.txt`);
      const fd = fs.openSync(file, 'w');
      // Unique content per file (no dedupe): a random header, then shared random filler.
      fs.writeSync(fd, crypto.randomBytes(32).toString('hex') + '\n');
      for (let written = 65; written < size; written += chunk.length) fs.writeSync(fd, chunk, 0, Math.min(chunk.length, size - written));
      fs.closeSync(fd);
      files.push(file);
    }
  }
  return files;
}

function attest(args: string[]): string {
  return execFileSync(process.execPath, [path.join(ROOT, 'bin/attest.js'), ...args], { env: { ...process.env, ATTEST_DATA_DIR: dataDir, ATTEST_LOG_LEVEL: 'warn' }, encoding: 'utf8' });
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function peakRssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

async function upload(base: string, token: string, controlId: string, file: string) {
  const form = new FormData();
  form.set('metadata', JSON.stringify({ title: path.basename(file), periodStart: '2026-01-01', periodEnd: '2026-03-31', controlIds: [controlId], criterionIds: [] }));
  form.set('file', await fs.openAsBlob(file, { type: 'text/plain' }), path.basename(file));
  const res = await fetch(`${base}/api/v1/evidence`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  if (res.status !== 201) throw new Error(`upload ${file}: ${res.status} ${await res.text()}`);
}

const files = makeFiles();
const bytes = files.reduce((sum, f) => sum + fs.statSync(f).size, 0);
const mb = bytes / 1024 / 1024;

attest(['demo']);
const token = attest(['token', 'create', '--email', 'alex@northwind.example', '--org', 'Northwind Payroll (demo)', '--role', 'admin', '--name', 'bench']).trim();
const port = await freePort();
const server = spawn(process.execPath, [path.join(ROOT, 'bin/attest.js'), 'serve'], {
  env: { ...process.env, ATTEST_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', ATTEST_LOG_LEVEL: 'warn', ATTEST_EVIDENCE_MAX_BYTES: String(128 << 20) },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const base = `http://127.0.0.1:${port}`;
for (let i = 0; ; i++) {
  const up = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
  if (up) break;
  if (i > 600) throw new Error('server did not start within a minute');
  await new Promise((r) => setTimeout(r, 100));
}
const headers = { authorization: `Bearer ${token}` };
const systems = (await (await fetch(`${base}/api/v1/systems`, { headers })).json()) as { systems: { id: string }[] };
const controls = (await (await fetch(`${base}/api/v1/systems/${systems.systems[0]!.id}/controls`, { headers })).json()) as { controls?: { id: string }[]; items?: { id: string }[] };
const controlId = (controls.controls ?? controls.items)![0]!.id;
const rssBefore = peakRssMb(server.pid!);

/** Uploads one size class with CONCURRENCY requests in flight; returns the seconds it took. */
async function uploadAll(list: string[]): Promise<number> {
  const t = performance.now();
  const queue = [...list];
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let f = queue.shift(); f; f = queue.shift()) await upload(base, token, controlId, f);
    }),
  );
  return (performance.now() - t) / 1000;
}
const bySize = new Map<number, string[]>();
for (const f of files) {
  const size = fs.statSync(f).size;
  bySize.set(size, [...(bySize.get(size) ?? []), f]);
}
const perClass: Record<string, { files: number; mb_s: number; ms_per_file: number }> = {};
let uploadS = 0;
for (const [size, list] of [...bySize].sort((a, b) => b[0] - a[0])) {
  const s = await uploadAll(list);
  uploadS += s;
  const label = size >= 1 << 20 ? `${Math.round(size / (1 << 20))}MiB` : `${Math.round(size / 1024)}KiB`;
  perClass[label] = { files: list.length, mb_s: Number(((size * list.length) / 1024 / 1024 / s).toFixed(1)), ms_per_file: Number(((s * 1000) / list.length).toFixed(1)) };
}
const rssPeak = peakRssMb(server.pid!);
server.kill('SIGTERM');
await new Promise((r) => server.once('exit', r));

const t1 = performance.now();
execFileSync('sha256sum', files, { stdio: 'ignore', maxBuffer: 1 << 26 });
const shaS = (performance.now() - t1) / 1000;
fs.rmSync(work, { recursive: true, force: true });

console.log(JSON.stringify({
  bench: 'evidence_ingest',
  database: process.env.DATABASE_URL ? 'postgres' : 'pglite',
  files: files.length,
  total_mb: Math.round(mb),
  concurrency: CONCURRENCY,
  upload_mb_s: Number((mb / uploadS).toFixed(1)),
  reference_sha256sum_mb_s: Number((mb / shaS).toFixed(1)),
  ratio: Number((mb / uploadS / (mb / shaS)).toFixed(3)),
  by_file_size: perClass,
  server_peak_rss_mb: rssPeak,
  server_rss_before_uploads_mb: rssBefore,
}));
