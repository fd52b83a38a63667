// S3-compatible blob store (AWS S3, MinIO, Ceph, …): objects at <prefix>sha256/<hash>.
// A put streams through the hash into a multipart upload to a temporary key (<prefix>tmp/<uuid>),
// so memory stays bounded by the part size; only once the hash is known is the object copied to
// its final, content-addressed key. A failed or oversize put aborts the upload and deletes the temp key.
import crypto from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { BlobStoreConfig } from '../config.ts';
import { BlobNotFoundError, type BlobStore, type PutOptions, type PutResult } from './blob-store.ts';
import { checkSha256, HashMeter } from './meter.ts';

type S3Config = Extract<BlobStoreConfig, { kind: 's3' }>;

/** Part size of the multipart upload (the S3 minimum); with QUEUE_SIZE parts in flight this bounds memory per put. */
const PART_SIZE = 5 * 1024 * 1024;
const QUEUE_SIZE = 2;

export function s3ClientFor(config: S3Config): S3Client {
  const options: S3ClientConfig = {
    region: config.region,
    forcePathStyle: config.forcePathStyle,
  };
  if (config.endpoint) {
    options.endpoint = config.endpoint;
    // Third-party servers do not all understand the SDK's default trailing CRC checksums;
    // our own SHA-256 (re-checked by `attest verify`) is what proves integrity.
    options.requestChecksumCalculation = 'WHEN_REQUIRED';
    options.responseChecksumValidation = 'WHEN_REQUIRED';
  }
  if (config.accessKeyId && config.secretAccessKey) {
    options.credentials = { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey };
  }
  return new S3Client(options);
}

export class S3BlobStore implements BlobStore {
  readonly kind = 's3' as const;

  constructor(
    readonly client: S3Client,
    readonly bucket: string,
    readonly prefix: string,
  ) {}

  close(): void {
    this.client.destroy();
  }

  keyOf(sha256: string): string {
    return `${this.prefix}sha256/${checkSha256(sha256)}`;
  }

  async put(source: Readable, options: PutOptions): Promise<PutResult> {
    const tmpKey = `${this.prefix}tmp/${crypto.randomUUID()}`;
    const meter = new HashMeter(options.maxBytes);
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key: tmpKey, Body: meter, ContentType: 'application/octet-stream' },
      partSize: PART_SIZE,
      queueSize: QUEUE_SIZE,
      leavePartsOnError: false,
    });
    let feedError: unknown;
    let uploadError: unknown;
    const feeding = pipeline(source, meter).catch(async (err: unknown) => {
      feedError = err;
      await upload.abort().catch(() => undefined);
    });
    try {
      await upload.done().catch((err: unknown) => {
        uploadError = err;
        // Nobody reads the meter any more: end the feeding side too.
        meter.destroy(err instanceof Error ? err : new Error(String(err)));
      });
      await feeding;
      // The source's own failure (or the size limit) explains an aborted upload better than the abort does.
      if (feedError !== undefined) throw feedError;
      if (uploadError !== undefined) throw uploadError;
      const sha256 = meter.digest();
      const finalKey = this.keyOf(sha256);
      let created = false;
      if ((await this.headSize(finalKey)) === null) {
        // CopyObject copies at most 5 GB in one request; evidence is far below that (default limit 200 MB).
        await this.client.send(
          new CopyObjectCommand({ Bucket: this.bucket, Key: finalKey, CopySource: `${this.bucket}/${tmpKey}`, MetadataDirective: 'REPLACE', ContentType: 'application/octet-stream' }),
        );
        created = true;
      }
      await this.deleteKey(tmpKey);
      return { sha256, size: meter.received, created, head: meter.head() };
    } catch (err) {
      if (!source.destroyed) source.destroy();
      await this.deleteKey(tmpKey).catch(() => undefined);
      throw err;
    }
  }

  async open(sha256: string): Promise<Readable> {
    const key = this.keyOf(sha256);
    try {
      const res = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      if (!(res.Body instanceof Readable)) throw new Error(`unexpected body type for ${key}`);
      return res.Body;
    } catch (err) {
      if (isNotFound(err)) throw new BlobNotFoundError(sha256);
      throw err;
    }
  }

  async stat(sha256: string): Promise<number | null> {
    return this.headSize(this.keyOf(sha256));
  }

  async remove(sha256: string): Promise<void> {
    await this.deleteKey(this.keyOf(sha256));
  }

  private async headSize(key: string): Promise<number | null> {
    try {
      const res = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return res.ContentLength ?? 0;
    } catch (err) {
      if (isNotFound(err)) return null;
      throw err;
    }
  }

  private async deleteKey(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }
}

function isNotFound(err: unknown): boolean {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } } | null;
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404;
}
