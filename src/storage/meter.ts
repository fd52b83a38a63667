// A pass-through stream that hashes what flows through it, counts it, keeps its first bytes,
// and fails with BlobTooLargeError the moment the count passes the limit.
import crypto from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { BlobTooLargeError, SHA256_HEX } from './blob-store.ts';

/** How many leading bytes put() returns as `head` (enough for content-type sniffing). */
export const HEAD_BYTES = 4100;

export class HashMeter extends Transform {
  // Not named size/length/byteLength: the S3 uploader reads those from a Body to guess its total length.
  received = 0;
  private readonly hash = crypto.createHash('sha256');
  private readonly headParts: Buffer[] = [];
  private headLength = 0;

  constructor(private readonly maxBytes: number) {
    super();
  }

  override _transform(chunk: Buffer | string, _encoding: BufferEncoding, callback: TransformCallback): void {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    this.received += buf.length;
    if (this.received > this.maxBytes) {
      callback(new BlobTooLargeError(this.maxBytes));
      return;
    }
    this.hash.update(buf);
    if (this.headLength < HEAD_BYTES) {
      const part = buf.subarray(0, HEAD_BYTES - this.headLength);
      this.headParts.push(Buffer.from(part));
      this.headLength += part.length;
    }
    callback(null, buf);
  }

  /** The hex digest; call once, after the stream has ended. */
  digest(): string {
    return this.hash.digest('hex');
  }

  head(): Buffer {
    return Buffer.concat(this.headParts, this.headLength);
  }
}

/** Refuses anything but 64 lowercase hex digits, so no path or key is ever built from unchecked input. */
export function checkSha256(sha256: string): string {
  if (typeof sha256 !== 'string' || !SHA256_HEX.test(sha256)) throw new InvalidBlobHashError(String(sha256));
  return sha256;
}

export class InvalidBlobHashError extends Error {
  constructor(value: string) {
    super(`not a SHA-256 hash (64 lowercase hex digits): "${value.slice(0, 80)}"`);
    this.name = 'InvalidBlobHashError';
  }
}
