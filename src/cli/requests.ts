// `attest requests import FILE [--dry-run]` and `attest requests export --format csv|xlsx --out FILE`,
// through the API as ATTEST_TOKEN (the import is previewed first and applied all or nothing).
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { RequestImportPreview, RequestImportResult, RequestImportRow } from '../contract/requests.ts';
import { call, post } from './remote.ts';

function describeRow(r: RequestImportRow): string {
  if (!r.valid) return r.errors.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message)).join('; ');
  const parts = [r.controls.length ? `controls ${r.controls.map((c) => c.code).join(', ')}` : '', r.dueOn ? `due ${r.dueOn}` : '', r.assignee ? `to ${r.assignee.email}` : ''];
  return parts.filter(Boolean).join(', ');
}

export function formatRequestPreview(preview: RequestImportPreview): string {
  const lines = preview.fileErrors.map((e) => `line ${e.line}: ${e.message}`);
  if (preview.rows.length) lines.push(`${'LINE'.padEnd(6)} ${'STATUS'.padEnd(7)} ${'TITLE'.padEnd(40)} DETAILS`);
  for (const r of preview.rows) lines.push(`${String(r.line).padEnd(6)} ${(r.valid ? 'ok' : 'error').padEnd(7)} ${r.title.slice(0, 40).padEnd(40)} ${describeRow(r)}`.trimEnd());
  lines.push(`${preview.counts.valid} request(s) to create, ${preview.counts.error} with errors`);
  return lines.join('\n');
}

export function requestsCommand(program: Command) {
  const requests = program.command('requests').description('The request (PBC) list (through the API: ATTEST_URL, ATTEST_TOKEN)');
  requests
    .command('import')
    .description('Import requests from CSV or XLSX (title, description, controls, due_date, assignee_email); all or nothing')
    .argument('<file>')
    .option('--dry-run', 'only show each row and every error')
    .option('--system <id>', 'resolve control codes within this system (and set it on each request)')
    .action(async (file: string, o: { dryRun?: boolean; system?: string }) => {
      const isXlsx = path.extname(file).toLowerCase() === '.xlsx';
      const bytes = fs.readFileSync(file);
      const body = { format: isXlsx ? 'xlsx' : 'csv', content: isXlsx ? bytes.toString('base64') : bytes.toString('utf8'), systemId: o.system ?? null };
      const preview = await post<RequestImportPreview>('/api/v1/requests/import/preview', body);
      console.log(formatRequestPreview(preview));
      if (!preview.valid) {
        console.error('error: the file has errors; nothing was imported');
        process.exitCode = 1;
        return;
      }
      if (o.dryRun) return;
      const result = await post<RequestImportResult>('/api/v1/requests/import', body);
      console.log(`imported: ${result.created} request(s) created`);
    });
  requests
    .command('export')
    .description('Download the request list with statuses')
    .option('--format <csv|xlsx>', 'file format', 'csv')
    .requiredOption('--out <file>', 'write to this file')
    .option('--status <status>', 'only requests in this status (open, submitted, accepted, returned)')
    .action(async (o: { format: string; out: string; status?: string }) => {
      if (o.format !== 'csv' && o.format !== 'xlsx') throw new Error('--format must be csv or xlsx');
      const query = o.status ? `?status=${encodeURIComponent(o.status)}` : '';
      const bytes = Buffer.from(await (await call(`/api/v1/requests/export.${o.format}${query}`)).arrayBuffer());
      fs.writeFileSync(o.out, bytes);
      console.error(`wrote ${o.out} (${bytes.length} bytes)`);
    });
}
