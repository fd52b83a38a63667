// Where evidence bytes live: one interface, content-addressed by SHA-256 (lowercase hex).
// Implementations: the filesystem under the data folder (default) and S3-compatible object storage.
import type { Readable } from 'node:stream';

export interface PutResult {
  sha256: string;
  size: number;
  /** false when the same bytes were already stored (deduplicated). */
  created: boolean;
  /** The first bytes of the content (up to 4100), for sniffing its type without reading it again. */
  head: Buffer;
}

export interface PutOptions {
  /** Abort with BlobTooLargeError as soon as more than this many bytes arrive. */
  maxBytes: number;
}

/** Thrown by put when the source exceeds maxBytes; nothing is left behind. */
export class BlobTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`content exceeds ${maxBytes} bytes`);
    this.name = 'BlobTooLargeError';
  }
}

export interface BlobStore {
  readonly kind: 'fs' | 's3';
  /**
   * Streams the source into storage while hashing it; never holds the whole content in memory.
   * Bytes land under their final name only when complete: a failed or aborted source leaves nothing.
   */
  put(source: Readable, options: PutOptions): Promise<PutResult>;
  /** A stream of the stored bytes; rejects with BlobNotFoundError when absent. */
  open(sha256: string): Promise<Readable>;
  /** Size in bytes, or null when absent. */
  stat(sha256: string): Promise<number | null>;
  /** Removes a blob (only for cleaning up one that no record references). Absent is not an error. */
  remove(sha256: string): Promise<void>;
  /** Releases what the store holds open (the S3 client's sockets); the filesystem store holds nothing. */
  close?(): void;
}

export class BlobNotFoundError extends Error {
  constructor(readonly sha256: string) {
    super(`blob ${sha256} is not in the store`);
    this.name = 'BlobNotFoundError';
  }
}

export const SHA256_HEX = /^[0-9a-f]{64}$/;
