// Exports for headless users: the control ownership matrix and the readiness gap list, through the API.
import fs from 'node:fs';
import type { Command } from 'commander';
import { call } from './remote.ts';

/** A system given by id or by name (case-insensitive); the only system when none is given. */
async function resolveSystem(given: string | undefined): Promise<{ id: string; name: string }> {
  const { systems } = (await (await call('/api/v1/systems')).json()) as { systems: { id: string; name: string }[] };
  if (!given) {
    if (systems.length === 1) return systems[0]!;
    throw new Error(systems.length === 0 ? 'The organization has no system yet.' : `Choose a system with --system: ${systems.map((s) => s.name).join(', ')}`);
  }
  const found = systems.find((s) => s.id === given || s.name.toLowerCase() === given.toLowerCase());
  if (!found) throw new Error(`No system "${given}". Systems: ${systems.map((s) => s.name).join(', ') || 'none'}`);
  return found;
}

async function save(res: Response, out: string | undefined) {
  const bytes = Buffer.from(await res.arrayBuffer());
  if (out) {
    fs.writeFileSync(out, bytes);
    console.error(`wrote ${out} (${bytes.length} bytes)`);
  } else process.stdout.write(bytes);
}

export function programExportCommands(program: Command) {
  program
    .command('matrix')
    .description('Download the control ownership matrix (CSV to standard output, or --out FILE; XLSX needs --out)')
    .option('--system <id-or-name>', 'the system (default: the only one)')
    .option('--format <csv|xlsx>', 'file format', 'csv')
    .option('--out <file>', 'write to this file')
    .action(async (o: { system?: string; format: string; out?: string }) => {
      if (o.format !== 'csv' && o.format !== 'xlsx') throw new Error('--format must be csv or xlsx');
      if (o.format === 'xlsx' && !o.out) throw new Error('An XLSX file needs --out FILE.xlsx');
      const system = await resolveSystem(o.system);
      await save(await call(`/api/v1/systems/${system.id}/control-matrix.${o.format}`), o.out);
    });
  program
    .command('readiness')
    .description('Readiness of a system: a summary, or the gap list as CSV with --gaps')
    .option('--system <id-or-name>', 'the system (default: the only one)')
    .option('--type <type1|type2>', 'report type', 'type1')
    .option('--gaps', 'print the gap list as CSV')
    .action(async (o: { system?: string; type: string; gaps?: boolean }) => {
      if (o.type !== 'type1' && o.type !== 'type2') throw new Error('--type must be type1 or type2');
      const system = await resolveSystem(o.system);
      if (o.gaps) return save(await call(`/api/v1/systems/${system.id}/readiness/gaps.csv?reportType=${o.type}`), undefined);
      const r = (await (await call(`/api/v1/systems/${system.id}/readiness?reportType=${o.type}`)).json()) as {
        percent: number; ready: number; total: number; gaps: unknown[]; byCategory: { title: string; percent: number; ready: number; total: number }[];
      };
      console.log(`${system.name}: ${r.percent}% ready (${r.ready} of ${r.total} criteria), ${r.gaps.length} gap(s)`);
      for (const c of r.byCategory) console.log(`  ${c.title.padEnd(22)} ${String(c.percent).padStart(5)}%  (${c.ready}/${c.total})`);
    });
}
