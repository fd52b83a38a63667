// Sending stored bytes as a download: the one header set every attachment route uses.
import type { FastifyReply } from 'fastify';
import type { Readable } from 'node:stream';
import { contentDisposition } from '../domain/evidence/file-name.ts';

export interface Download {
  stream: Readable;
  size: number;
  contentType: string;
  fileName: string;
}

export function sendDownload(reply: FastifyReply, file: Download) {
  return reply
    .header('content-type', file.contentType)
    .header('content-length', String(file.size))
    .header('content-disposition', contentDisposition('attachment', file.fileName))
    .header('cache-control', 'private, no-cache')
    .send(file.stream);
}
