// `attest catalog import FILE`: reads the file and hands it to the import use case.
import fs from 'node:fs';
import path from 'node:path';
import type { Deps } from '../services/context.ts';
import { importCatalog } from '../services/catalog.ts';
import { AppError } from '../services/errors.ts';

const MAX_BYTES = 5 * 1024 * 1024;

export async function importCatalogFile(deps: Deps, file: string): Promise<number> {
  const ext = path.extname(file).toLowerCase();
  const format = ext === '.csv' ? 'csv' : ext === '.json' ? 'json' : null;
  if (!format) throw new AppError('validation_failed', 'The file must end in .csv or .json.');
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile()) throw new AppError('not_found', `No file ${file}.`);
  if (stat.size > MAX_BYTES) throw new AppError('payload_too_large', `The file is larger than ${MAX_BYTES / 1024 / 1024} MB.`);
  return importCatalog(deps, fs.readFileSync(file, 'utf8'), format);
}
