// Puts bytes into a blob store and records a ledger entry naming them (payload.data.blob), as evidence uploads
// do, so ledger tests need not go through the evidence slice.
import crypto from 'node:crypto';
import { Readable } from 'node:stream';
import type { Db } from '../../src/db/client.ts';
import { appendEntries, type LedgerEntry } from '../../src/ledger/chain.ts';
import type { BlobStore } from '../../src/storage/blob-store.ts';

export async function addBlobEntry(db: Db, blobs: BlobStore, org: string, bytes: Buffer, title = 'evidence'): Promise<{ entry: LedgerEntry; sha256: string; size: number }> {
  const put = await blobs.put(Readable.from([bytes]), { maxBytes: 10 * 1024 * 1024 });
  const [entry] = await db.transaction((tx) =>
    appendEntries(tx, org, [{
      kind: 'evidence.added',
      subject: crypto.randomUUID(),
      at: new Date(),
      payload: {
        actor: { type: 'system', id: null, label: 'test' },
        objectType: 'evidence',
        ip: null,
        requestId: null,
        data: { title, blob: { sha256: put.sha256, size: put.size } },
      },
    }]),
  );
  return { entry: entry!, sha256: put.sha256, size: put.size };
}
