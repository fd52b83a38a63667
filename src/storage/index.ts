// Chooses the blob store from the configuration.
import path from 'node:path';
import type { Config } from '../config.ts';
import type { BlobStore } from './blob-store.ts';
import { FsBlobStore } from './fs-store.ts';

export async function createBlobStore(config: Pick<Config, 'dataDir' | 'blobStore'>): Promise<BlobStore> {
  const c = config.blobStore;
  if (c.kind === 's3') {
    // Loaded only when configured: the AWS SDK is hundreds of modules every CLI start would otherwise pay for.
    const { S3BlobStore, s3ClientFor } = await import('./s3-store.ts');
    return new S3BlobStore(s3ClientFor(c), c.bucket, c.prefix);
  }
  return new FsBlobStore(path.join(config.dataDir, 'blobs')).init();
}

/** Releases what a store holds open (the S3 client's sockets); the filesystem store holds nothing. */
export function closeBlobStore(store: BlobStore): void {
  store.close?.();
}

export { BlobNotFoundError, BlobTooLargeError, SHA256_HEX, type BlobStore, type PutResult, type PutOptions } from './blob-store.ts';
export { FsBlobStore } from './fs-store.ts';
export { InvalidBlobHashError } from './meter.ts';
