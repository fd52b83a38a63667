// The blob store contract, run against the filesystem store and against the S3 store talking to a
// real S3-compatible server (s3rver) started on loopback.
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { BlobNotFoundError, BlobTooLargeError, type BlobStore } from '../src/storage/blob-store.ts';
import { FsBlobStore } from '../src/storage/fs-store.ts';
import { closeBlobStore, createBlobStore, InvalidBlobHashError } from '../src/storage/index.ts';
import { S3BlobStore, s3ClientFor } from '../src/storage/s3-store.ts';

const MiB = 1024 * 1024;

/** A deterministic byte stream of `total` bytes in uneven chunks, never held whole in memory. */
function generated(total: number, seed = 'attest'): { stream: () => Readable; sha256: string } {
  function* chunks(): Generator<Buffer> {
    let sent = 0;
    let i = 0;
    while (sent < total) {
      const block = crypto.createHash('sha512').update(`${seed}:${i}`).digest();
      const n = Math.min(total - sent, 40_000 + (i % 7) * 13_001);
      const chunk = Buffer.alloc(n);
      for (let o = 0; o < n; o += block.length) block.copy(chunk, o, 0, Math.min(block.length, n - o));
      sent += n;
      i++;
      yield chunk;
    }
  }
  const hash = crypto.createHash('sha256');
  for (const c of chunks()) hash.update(c);
  return { stream: () => Readable.from(chunks(), { objectMode: false }), sha256: hash.digest('hex') };
}

function sha256Of(buf: Buffer): string {
  return crypto.createHash('sha256').update(buf).digest('hex');
}

async function readAll(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of stream) parts.push(c as Buffer);
  return Buffer.concat(parts);
}

async function hashStream(stream: Readable): Promise<{ sha256: string; size: number }> {
  const hash = crypto.createHash('sha256');
  let size = 0;
  for await (const c of stream) {
    hash.update(c as Buffer);
    size += (c as Buffer).length;
  }
  return { sha256: hash.digest('hex'), size };
}

/** A source that sends some bytes and then fails, as a dropped upload does. */
function failingHalfway(bytesBeforeFailure: number): Readable {
  async function* gen() {
    let sent = 0;
    while (sent < bytesBeforeFailure) {
      const n = Math.min(64 * 1024, bytesBeforeFailure - sent);
      sent += n;
      yield crypto.randomBytes(n);
      await new Promise((r) => setImmediate(r));
    }
    throw new Error('connection reset by peer');
  }
  return Readable.from(gen());
}

interface Harness {
  store: BlobStore;
  /** Everything the store holds in its area (files or object keys), to prove nothing was left behind. */
  leftovers(): Promise<string[]>;
  dispose(): Promise<void>;
}

function contractSuite(name: string, makeHarness: () => Promise<Harness>) {
  describe(`blob store contract: ${name}`, () => {
    let h: Harness;
    beforeEach(async () => {
      h = await makeHarness();
    });
    afterEach(async () => {
      await h.dispose();
    });

    it('streams 20 MB in, hashes it as sha256 does, and streams the same bytes back', async () => {
      const content = generated(20 * MiB);
      const put = await h.store.put(content.stream(), { maxBytes: 200 * MiB });
      expect(put).toMatchObject({ sha256: content.sha256, size: 20 * MiB, created: true });
      expect(put.head.length).toBe(4100);
      const again = content.stream();
      const firstChunk = (await again[Symbol.asyncIterator]().next()).value as Buffer;
      again.destroy();
      expect(put.head.equals(firstChunk.subarray(0, 4100))).toBe(true);
      expect(await hashStream(await h.store.open(put.sha256))).toEqual({ sha256: content.sha256, size: 20 * MiB });
      expect(await h.store.stat(put.sha256)).toBe(20 * MiB);
      expect(await h.leftovers()).toHaveLength(1);
    });

    it('stores the same bytes once (created=false the second time)', async () => {
      const bytes = Buffer.from('quarterly access review, signed\n');
      const first = await h.store.put(Readable.from([bytes]), { maxBytes: 1024 });
      const second = await h.store.put(Readable.from([bytes.subarray(0, 5), bytes.subarray(5)]), { maxBytes: 1024 });
      expect(first).toMatchObject({ sha256: sha256Of(bytes), size: bytes.length, created: true });
      expect(second).toMatchObject({ sha256: first.sha256, size: bytes.length, created: false });
      expect(second.head.equals(bytes)).toBe(true);
      expect(await h.leftovers()).toHaveLength(1);
      expect((await readAll(await h.store.open(first.sha256))).equals(bytes)).toBe(true);
    });

    it('rejects content over maxBytes with BlobTooLargeError and leaves nothing behind', async () => {
      const content = generated(7 * MiB, 'big');
      const err = await h.store.put(content.stream(), { maxBytes: 6 * MiB }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(BlobTooLargeError);
      expect((err as BlobTooLargeError).maxBytes).toBe(6 * MiB);
      expect(await h.leftovers()).toEqual([]);
      expect(await h.store.stat(content.sha256)).toBeNull();
    });

    it('accepts content of exactly maxBytes', async () => {
      const bytes = crypto.randomBytes(1000);
      const put = await h.store.put(Readable.from([bytes]), { maxBytes: 1000 });
      expect(put).toMatchObject({ sha256: sha256Of(bytes), size: 1000, created: true });
    });

    it('a source that fails half-way rejects and leaves nothing behind (small and multipart-sized)', async () => {
      await expect(h.store.put(failingHalfway(300 * 1024), { maxBytes: 200 * MiB })).rejects.toThrow('connection reset by peer');
      await expect(h.store.put(failingHalfway(12 * MiB), { maxBytes: 200 * MiB })).rejects.toThrow('connection reset by peer');
      expect(await h.leftovers()).toEqual([]);
    });

    it('stores empty content (refusing empty evidence is the service’s job)', async () => {
      const put = await h.store.put(Readable.from([]), { maxBytes: 10 });
      expect(put).toMatchObject({ sha256: sha256Of(Buffer.alloc(0)), size: 0, created: true });
      expect(put.head.length).toBe(0);
      expect(await h.store.stat(put.sha256)).toBe(0);
      expect((await readAll(await h.store.open(put.sha256))).length).toBe(0);
    });

    it('open of an unknown hash → BlobNotFoundError; stat → null; remove is idempotent', async () => {
      const unknown = sha256Of(Buffer.from('never stored'));
      const err = await h.store.open(unknown).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(BlobNotFoundError);
      expect((err as BlobNotFoundError).sha256).toBe(unknown);
      expect(await h.store.stat(unknown)).toBeNull();
      await expect(h.store.remove(unknown)).resolves.toBeUndefined();
    });

    it('remove deletes a stored blob', async () => {
      const bytes = Buffer.from('to be removed');
      const { sha256 } = await h.store.put(Readable.from([bytes]), { maxBytes: 100 });
      expect(await h.store.stat(sha256)).toBe(bytes.length);
      await h.store.remove(sha256);
      expect(await h.store.stat(sha256)).toBeNull();
      await expect(h.store.open(sha256)).rejects.toBeInstanceOf(BlobNotFoundError);
      expect(await h.leftovers()).toEqual([]);
    });

    it('refuses anything but 64 lowercase hex digits as a hash', async () => {
      const good = sha256Of(Buffer.from('x'));
      for (const bad of ['', '../../etc/passwd', good.toUpperCase(), `${good}0`, good.slice(1), `${good.slice(0, 63)}/`, `../${good.slice(3)}`]) {
        await expect(h.store.open(bad)).rejects.toBeInstanceOf(InvalidBlobHashError);
        await expect(h.store.stat(bad)).rejects.toBeInstanceOf(InvalidBlobHashError);
        await expect(h.store.remove(bad)).rejects.toBeInstanceOf(InvalidBlobHashError);
      }
    });
  });
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(path.relative(dir, path.join(entry.parentPath, entry.name)));
  }
  return out.sort();
}

const tempDirs: string[] = [];
async function tempDir(prefix: string): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}
afterAll(async () => {
  for (const dir of tempDirs) await fs.rm(dir, { recursive: true, force: true });
});

contractSuite('filesystem', async () => {
  const root = path.join(await tempDir('attest-fs-store-'), 'blobs');
  const store = await new FsBlobStore(root).init();
  return {
    store,
    leftovers: () => listFiles(root),
    dispose: async () => undefined,
  };
});

// s3rver: an S3-compatible server in pure JavaScript (dev dependency), on an ephemeral loopback port.
interface S3rverInstance {
  run(): Promise<{ port: number; address: string }>;
  close(): Promise<void>;
}
type S3rverCtor = new (options: Record<string, unknown>) => S3rverInstance;
const S3rver = createRequire(import.meta.url)('s3rver') as S3rverCtor;
const BUCKET = 'attest-evidence-test';
let s3server: S3rverInstance | null = null;
let s3endpoint = '';
let prefixCounter = 0;

function s3Env(prefix: string): NodeJS.ProcessEnv {
  return {
    ATTEST_BLOB_STORE: 's3',
    ATTEST_S3_BUCKET: BUCKET,
    ATTEST_S3_ENDPOINT: s3endpoint,
    ATTEST_S3_FORCE_PATH_STYLE: 'true',
    ATTEST_S3_ACCESS_KEY_ID: 'S3RVER',
    ATTEST_S3_SECRET_ACCESS_KEY: 'S3RVER',
    ATTEST_S3_PREFIX: prefix,
  };
}

describe('S3-compatible server (s3rver on loopback)', () => {
  beforeAll(async () => {
    s3server = new S3rver({
      address: '127.0.0.1',
      port: 0,
      silent: true,
      directory: await tempDir('attest-s3rver-'),
      configureBuckets: [{ name: BUCKET, configs: [] }],
    });
    const { port } = await s3server.run();
    s3endpoint = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    await s3server?.close();
  });

  contractSuite('s3', async () => {
    // Each test gets its own key prefix in the shared bucket.
    const config = loadConfig({ ATTEST_DATA_DIR: '/nonexistent', ...s3Env(`run-${process.pid}/t${++prefixCounter}`) });
    const store = await createBlobStore(config);
    if (!(store instanceof S3BlobStore) || config.blobStore.kind !== 's3') throw new Error('expected the S3 store');
    const prefix = config.blobStore.prefix;
    const lister = s3ClientFor(config.blobStore);
    return {
      store,
      leftovers: async () => {
        const res = await lister.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: prefix }));
        return (res.Contents ?? []).map((o) => o.Key!.slice(prefix.length)).sort();
      },
      dispose: async () => {
        lister.destroy();
        closeBlobStore(store);
      },
    };
  });

  it('keeps blobs at <prefix>sha256/<hash> and no temporary key after a put', async () => {
    const config = loadConfig({ ATTEST_DATA_DIR: '/nonexistent', ...s3Env('layout') });
    const store = await createBlobStore(config);
    const lister = s3ClientFor(config.blobStore as Extract<typeof config.blobStore, { kind: 's3' }>);
    try {
      const bytes = Buffer.from('layout check');
      const { sha256 } = await store.put(Readable.from([bytes]), { maxBytes: 100 });
      const res = await lister.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'layout/' }));
      expect((res.Contents ?? []).map((o) => o.Key)).toEqual([`layout/sha256/${sha256}`]);
    } finally {
      lister.destroy();
      closeBlobStore(store);
    }
  });
});

describe('filesystem store layout and startup', () => {
  it('names blobs <root>/aa/bb/<sha256> under <dataDir>/blobs and writes temp files in blobs/tmp', async () => {
    const dataDir = await tempDir('attest-data-');
    const store = await createBlobStore(loadConfig({ ATTEST_DATA_DIR: dataDir }));
    expect(store.kind).toBe('fs');
    const bytes = Buffer.from('layout');
    const { sha256 } = await store.put(Readable.from([bytes]), { maxBytes: 100 });
    const file = path.join(dataDir, 'blobs', sha256.slice(0, 2), sha256.slice(2, 4), sha256);
    expect(await fs.readFile(file)).toEqual(bytes);
    expect(await fs.readdir(path.join(dataDir, 'blobs', 'tmp'))).toEqual([]);
  });

  it('removes temporary files older than a day at startup and keeps fresh ones', async () => {
    const root = path.join(await tempDir('attest-stale-'), 'blobs');
    await fs.mkdir(path.join(root, 'tmp'), { recursive: true });
    const stale = path.join(root, 'tmp', 'stale.part');
    const fresh = path.join(root, 'tmp', 'fresh.part');
    await fs.writeFile(stale, 'half an upload');
    await fs.writeFile(fresh, 'an upload in progress');
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600_000);
    await fs.utimes(stale, twoDaysAgo, twoDaysAgo);
    await new FsBlobStore(root).init();
    expect(await fs.readdir(path.join(root, 'tmp'))).toEqual(['fresh.part']);
  });

  it('a corrupted blob is served as it is on disk (verification is the ledger’s job, not the store’s)', async () => {
    const root = path.join(await tempDir('attest-corrupt-'), 'blobs');
    const store = await new FsBlobStore(root).init();
    const { sha256 } = await store.put(Readable.from([Buffer.from('original')]), { maxBytes: 100 });
    await fs.writeFile(store.pathOf(sha256), 'tampered');
    expect((await readAll(await store.open(sha256))).toString()).toBe('tampered');
  });
});

describe('blob store configuration', () => {
  it('defaults to the filesystem store and a 200 MB evidence limit', () => {
    const config = loadConfig({});
    expect(config.blobStore).toEqual({ kind: 'fs' });
    expect(config.evidenceMaxBytes).toBe(200 * MiB);
  });

  it('reads the S3 settings, with defaults for region and prefix', () => {
    const config = loadConfig({ ATTEST_BLOB_STORE: 's3', ATTEST_S3_BUCKET: 'acme-evidence', ATTEST_S3_PREFIX: 'attest' });
    expect(config.blobStore).toEqual({
      kind: 's3',
      bucket: 'acme-evidence',
      region: 'us-east-1',
      endpoint: undefined,
      accessKeyId: undefined,
      secretAccessKey: undefined,
      forcePathStyle: false,
      prefix: 'attest/',
    });
  });

  it.each([
    [{ ATTEST_BLOB_STORE: 'gcs' }, /ATTEST_BLOB_STORE must be "fs" or "s3"/],
    [{ ATTEST_BLOB_STORE: 's3' }, /needs ATTEST_S3_BUCKET/],
    [{ ATTEST_BLOB_STORE: 's3', ATTEST_S3_BUCKET: 'Not_A_Bucket' }, /not a valid bucket name/],
    [{ ATTEST_BLOB_STORE: 's3', ATTEST_S3_BUCKET: 'b-1', ATTEST_S3_ENDPOINT: 'minio:9000' }, /ATTEST_S3_ENDPOINT must be/],
    [{ ATTEST_BLOB_STORE: 's3', ATTEST_S3_BUCKET: 'b-1', ATTEST_S3_ACCESS_KEY_ID: 'AKIA' }, /set both ATTEST_S3_ACCESS_KEY_ID and ATTEST_S3_SECRET_ACCESS_KEY/],
    [{ ATTEST_BLOB_STORE: 's3', ATTEST_S3_BUCKET: 'b-1', ATTEST_S3_PREFIX: 'a/../b' }, /ATTEST_S3_PREFIX/],
    [{ ATTEST_BLOB_STORE: 's3', ATTEST_S3_BUCKET: 'b-1', ATTEST_S3_FORCE_PATH_STYLE: 'yes' }, /ATTEST_S3_FORCE_PATH_STYLE must be true or false/],
    [{ ATTEST_EVIDENCE_MAX_BYTES: '-5' }, /ATTEST_EVIDENCE_MAX_BYTES must be a positive integer/],
  ])('rejects %o with a clear message', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
