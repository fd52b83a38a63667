// Reading a population file (CSV or XLSX) for sampling, the same way for the CLI and the server,
// and the HMAC-SHA256 the selection core is given.
import { createHmac } from 'node:crypto';
import { tableFromXlsx } from './request-import.ts';
import { SamplingInputError, populationFromCsv, populationFromTable, type HmacSha256, type Population } from '../domain/sampling/index.ts';

export type PopulationFormat = 'csv' | 'xlsx';

export const hmacSha256: HmacSha256 = (key, message) => createHmac('sha256', key).update(message).digest();

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** The format from the file name, checked against the content (an XLSX file is a ZIP archive). */
export function populationFormat(fileName: string, bytes: Uint8Array): PopulationFormat {
  const ext = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  const isZip = ZIP_MAGIC.every((b, i) => bytes[i] === b);
  if (ext === 'xlsx') {
    if (!isZip) throw new SamplingInputError(`${fileName} is not an XLSX workbook`);
    return 'xlsx';
  }
  if (ext === 'csv') {
    if (isZip) throw new SamplingInputError(`${fileName} looks like a spreadsheet workbook, not CSV text; name it .xlsx`);
    return 'csv';
  }
  throw new SamplingInputError(`${fileName}: a population must be a CSV (.csv) or XLSX (.xlsx) file`);
}

function utf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SamplingInputError('the CSV file is not UTF-8 text; save it as "CSV UTF-8"');
  }
}

/** A population from a file's bytes; every problem is a SamplingInputError naming it. */
export async function readPopulation(bytes: Uint8Array, format: PopulationFormat, keyColumn: string): Promise<Population> {
  if (bytes.length === 0) throw new SamplingInputError('the file is empty');
  if (format === 'csv') return populationFromCsv(utf8(bytes), keyColumn);
  return populationFromTable(await tableFromXlsx(Buffer.from(bytes).toString('base64')), keyColumn);
}
