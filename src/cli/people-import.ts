// `attest people import FILE.csv [--dry-run]`: previews a roster CSV through the API, then applies it (all or nothing).
import fs from 'node:fs/promises';
import type { Command } from 'commander';
import type { ImportPreview, ImportResult, ImportRow } from '../contract/people.ts';
import { post } from './remote.ts';

function describeRow(r: ImportRow): string {
  if (r.action === 'error') return r.errors.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message)).join('; ');
  return r.action === 'update' ? `changes ${r.changes.join(', ')}` : '';
}

export function formatPreview(preview: ImportPreview): string {
  const lines = preview.fileErrors.map((e) => `line ${e.line}: ${e.message}`);
  if (preview.rows.length) lines.push(`${'LINE'.padEnd(6)} ${'ACTION'.padEnd(10)} ${'EMAIL'.padEnd(36)} DETAILS`);
  for (const r of preview.rows) lines.push(`${String(r.line).padEnd(6)} ${r.action.padEnd(10)} ${(r.person?.email ?? '').padEnd(36)} ${describeRow(r)}`.trimEnd());
  const c = preview.counts;
  lines.push(`${c.create} to create, ${c.update} to update, ${c.unchanged} unchanged, ${c.error} with errors`);
  return lines.join('\n');
}

export function peopleCommand(program: Command) {
  const people = program.command('people').description('The personnel roster (through the API: ATTEST_URL, ATTEST_TOKEN)');
  people
    .command('import')
    .description('Import people from CSV (name,email,title,department,manager_email,employment_type,start_date,end_date); all or nothing')
    .argument('<file>')
    .option('--dry-run', 'only show what each row would do, and every error')
    .action(async (file: string, o: { dryRun?: boolean }) => {
      const csv = await fs.readFile(file, 'utf8');
      const preview = await post<ImportPreview>('/api/v1/people/import/preview', { csv });
      console.log(formatPreview(preview));
      if (!preview.valid) {
        console.error('error: the file has errors; nothing was imported');
        process.exitCode = 1;
        return;
      }
      if (o.dryRun) return;
      const result = await post<ImportResult>('/api/v1/people/import', { csv });
      console.log(`imported: ${result.counts.create} created, ${result.counts.update} updated, ${result.counts.unchanged} unchanged`);
    });
}
