// The default blob store: files under <dataDir>/blobs/, named by their SHA-256 (blobs/ab/cd/abcd…).
// A put writes a temporary file in blobs/tmp/ (same filesystem), fsyncs it, then renames it into
// place and fsyncs the directory, so a crash never leaves a partial file under a final name.
import crypto from 'node:crypto';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { BlobNotFoundError, type BlobStore, type PutOptions, type PutResult } from './blob-store.ts';
import { checkSha256, HashMeter } from './meter.ts';

/** Temporary files older than this are leftovers of a crashed process and are removed at startup. */
const STALE_TMP_MS = 24 * 3600_000;

export class FsBlobStore implements BlobStore {
  readonly kind = 'fs' as const;
  readonly tmpDir: string;

  /** `root` is the blobs folder itself (normally `<dataDir>/blobs`). Call init() before use. */
  constructor(readonly root: string) {
    this.tmpDir = path.join(root, 'tmp');
  }

  /** Creates the folders and removes stale temporary files. */
  async init(now: Date = new Date()): Promise<this> {
    await fsp.mkdir(this.tmpDir, { recursive: true, mode: 0o700 });
    for (const name of await fsp.readdir(this.tmpDir)) {
      const file = path.join(this.tmpDir, name);
      try {
        const st = await fsp.lstat(file);
        if (now.getTime() - st.mtimeMs > STALE_TMP_MS) await fsp.rm(file, { force: true, recursive: true });
      } catch {
        // removed meanwhile by another process: nothing to do
      }
    }
    return this;
  }

  pathOf(sha256: string): string {
    checkSha256(sha256);
    return path.join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async put(source: Readable, options: PutOptions): Promise<PutResult> {
    const tmp = path.join(this.tmpDir, `${crypto.randomUUID()}.part`);
    const meter = new HashMeter(options.maxBytes);
    // Opened before streaming, so the temp file exists (and is removed) whenever the stream fails.
    const out = await fsp.open(tmp, 'wx', 0o600);
    try {
      await pipeline(source, meter, out.createWriteStream());
      // fsync is per file, not per descriptor: reopening to flush what the stream wrote is enough.
      const handle = await fsp.open(tmp, 'r+');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
      const sha256 = meter.digest();
      const final = this.pathOf(sha256);
      const dir = path.dirname(final);
      if (await exists(final)) {
        await fsp.rm(tmp, { force: true });
        return { sha256, size: meter.received, created: false, head: meter.head() };
      }
      const firstCreated = await fsp.mkdir(dir, { recursive: true, mode: 0o700 });
      // Same bytes arriving twice at once both rename onto the same name: the content is identical.
      await fsp.rename(tmp, final);
      await fsyncDir(dir);
      if (firstCreated) {
        // New folders must themselves be durable in their parents.
        for (let d = path.dirname(dir); d.length >= this.root.length; d = path.dirname(d)) {
          await fsyncDir(d);
          if (d === this.root) break;
        }
      }
      return { sha256, size: meter.received, created: true, head: meter.head() };
    } catch (err) {
      await fsp.rm(tmp, { force: true }).catch(() => undefined);
      throw err;
    }
  }

  async open(sha256: string): Promise<Readable> {
    const file = this.pathOf(sha256);
    let handle: fsp.FileHandle;
    try {
      handle = await fsp.open(file, 'r');
    } catch (err) {
      if (isNotFound(err)) throw new BlobNotFoundError(sha256);
      throw err;
    }
    return handle.createReadStream({ autoClose: true });
  }

  async stat(sha256: string): Promise<number | null> {
    try {
      return (await fsp.stat(this.pathOf(sha256))).size;
    } catch (err) {
      if (isNotFound(err)) return null;
      throw err;
    }
  }

  async remove(sha256: string): Promise<void> {
    const file = this.pathOf(sha256);
    await fsp.rm(file, { force: true });
    await fsyncDir(path.dirname(file)).catch(() => undefined);
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await fsp.access(file);
    return true;
  } catch {
    return false;
  }
}

function isNotFound(err: unknown): boolean {
  return (err as NodeJS.ErrnoException | null)?.code === 'ENOENT';
}

/** Makes a rename or unlink inside `dir` durable. Some platforms cannot fsync a directory; there it is a no-op. */
async function fsyncDir(dir: string): Promise<void> {
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fsp.open(dir, 'r');
    await handle.sync();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EBADF') throw err;
  } finally {
    await handle?.close();
  }
}
