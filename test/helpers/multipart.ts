// Building multipart/form-data bodies by hand, so tests control part order, names and declared types.
import crypto from 'node:crypto';

export interface FilePart {
  name?: string;
  fileName: string;
  content: Buffer | string;
  type?: string;
}

export type Part = { field: string; value: string } | FilePart;

/** A multipart body and its content-type header; fields and files in the order given. */
export function multipartBody(parts: Part[]): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----attest${crypto.randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    chunks.push(Buffer.from(`--${boundary}\r\n`));
    if ('field' in part) {
      chunks.push(Buffer.from(`Content-Disposition: form-data; name="${part.field}"\r\n\r\n`), Buffer.from(part.value), Buffer.from('\r\n'));
    } else {
      // A printable ASCII name travels quoted; any other as percent-encoded filename* (RFC 5987) alone,
      // since the parser prefers a plain filename when both are present.
      const printable = /^[\x20-\x7e]*$/.test(part.fileName);
      const disposition = printable ? `filename="${part.fileName.replace(/["\\]/g, (c) => '\\' + c)}"` : `filename*=UTF-8''${encodeURIComponent(part.fileName)}`;
      chunks.push(Buffer.from(`Content-Disposition: form-data; name="${part.name ?? 'file'}"; ${disposition}\r\nContent-Type: ${part.type ?? 'application/octet-stream'}\r\n\r\n`));
      chunks.push(Buffer.isBuffer(part.content) ? part.content : Buffer.from(part.content), Buffer.from('\r\n'));
    }
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** The usual upload: metadata first, then one file. */
export function evidenceUpload(metadata: Record<string, unknown>, file: FilePart) {
  return multipartBody([{ field: 'metadata', value: JSON.stringify(metadata) }, file]);
}
