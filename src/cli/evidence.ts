// `attest evidence add FILE… --control AC-03 --period 2026-01-01..2026-03-31 --title "…"` and `attest evidence list`,
// through the API (ATTEST_URL, ATTEST_TOKEN). Files are streamed from disk (a file-backed Blob), never read whole.
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { EvidenceDetail, EvidenceItem, EvidenceList, EvidenceMetadataInput } from '../contract/evidence.ts';
import type { ControlList, SystemList } from '../contract/program.ts';
import { call } from './remote.ts';

interface ErrorReply { error?: { code: string; message: string; fields?: { path: string; message: string }[] } }

async function failure(res: Response): Promise<Error> {
  const body = (await res.json().catch(() => null)) as ErrorReply | null;
  if (!body?.error) return new Error(`HTTP ${res.status}`);
  const fields = (body.error.fields ?? []).map((f) => `; ${f.path}: ${f.message}`).join('');
  return new Error(`${body.error.code}: ${body.error.message}${fields}`);
}

/** Uploads one file as multipart/form-data: the metadata field, then the file streamed from disk. */
async function uploadFile(file: string, metadata: EvidenceMetadataInput): Promise<EvidenceDetail> {
  const base = (process.env.ATTEST_URL ?? 'http://localhost:8080').replace(/\/+$/, '');
  const token = process.env.ATTEST_TOKEN;
  if (!token) throw new Error('Set ATTEST_TOKEN to an API token (Settings → API tokens, or `attest token create`).');
  const form = new FormData();
  form.append('metadata', JSON.stringify(metadata));
  // openAsBlob reads the file lazily as the body is sent; the type is left for the server to sniff.
  form.append('file', await fs.openAsBlob(file), path.basename(file));
  const res = await fetch(`${base}/api/v1/evidence`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw await failure(res);
  return (await res.json()) as EvidenceDetail;
}

const PERIOD = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;

export function parsePeriod(text: string): { periodStart: string; periodEnd: string } {
  const m = PERIOD.exec(text.trim());
  if (!m) throw new Error(`--period must look like 2026-01-01..2026-03-31, got "${text}"`);
  return { periodStart: m[1]!, periodEnd: m[2]! };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function systemsMatching(system: string | undefined) {
  const { systems } = (await (await call('/api/v1/systems')).json()) as SystemList;
  if (system === undefined) return systems;
  const chosen = systems.filter((s) => s.id === system || s.name.toLowerCase() === system.toLowerCase());
  if (chosen.length === 0) throw new Error(`no system "${system}" (systems: ${systems.map((s) => s.name).join(', ') || 'none'})`);
  return chosen;
}

/** Control codes (or ids) to ids; a code found in several systems needs --system. */
async function resolveControls(codes: string[], system: string | undefined): Promise<string[]> {
  if (codes.length === 0) return [];
  const systems = await systemsMatching(system);
  const ids: string[] = [];
  for (const wanted of codes) {
    if (UUID.test(wanted)) {
      ids.push(wanted);
      continue;
    }
    const code = wanted.trim().toUpperCase();
    const found: Array<{ id: string; system: string }> = [];
    for (const s of systems) {
      const { controls } = (await (await call(`/api/v1/systems/${s.id}/controls?status=all&q=${encodeURIComponent(code)}`)).json()) as ControlList;
      for (const c of controls) if (c.code === code) found.push({ id: c.id, system: s.name });
    }
    if (found.length === 0) throw new Error(`no control ${code}${system ? ` in system "${system}"` : ''}`);
    if (found.length > 1) throw new Error(`control ${code} exists in several systems (${found.map((f) => f.system).join(', ')}); choose one with --system`);
    ids.push(found[0]!.id);
  }
  return ids;
}

const collect = (value: string, previous: string[]) => [...previous, value];

interface AddOptions {
  control: string[];
  criterion: string[];
  system?: string;
  period: string;
  title?: string;
  description?: string;
  collectedAt?: string;
  source?: 'upload' | 'import' | 'connector';
}

function formatList(items: EvidenceItem[]): string {
  const lines = [`${'COLLECTED'.padEnd(11)} ${'PERIOD'.padEnd(22)} ${'STATUS'.padEnd(11)} ${'CONTROLS'.padEnd(16)} ${'SHA-256'.padEnd(12)} TITLE`];
  for (const i of items) {
    const controls = i.controls.map((c) => c.code).join(',') || '-';
    lines.push(`${i.collectedAt.slice(0, 10).padEnd(11)} ${`${i.periodStart}..${i.periodEnd}`.padEnd(22)} ${i.status.padEnd(11)} ${controls.padEnd(16)} ${i.sha256.slice(0, 12)} ${i.title}`);
  }
  return lines.join('\n');
}

export function evidenceCommand(program: Command) {
  const evidence = program.command('evidence').description('The evidence vault (through the API: ATTEST_URL, ATTEST_TOKEN)');
  evidence
    .command('add')
    .description('Upload files as evidence (one item per file), linked to controls and criteria, for a period')
    .argument('<files...>')
    .option('--control <code>', 'a control code such as AC-03 (repeatable)', collect, [])
    .option('--criterion <id>', 'a criterion such as CC6.1 (repeatable)', collect, [])
    .option('--system <id or name>', 'the system whose control codes are meant (needed when several systems have the code)')
    .requiredOption('--period <from..to>', 'the period the evidence covers, e.g. 2026-01-01..2026-03-31')
    .option('--title <title>', 'the title (defaults to the file name)')
    .option('--description <text>')
    .option('--collected-at <iso>', 'when it was collected (default: now)')
    .option('--source <source>', 'upload, import or connector', 'upload')
    .action(async (files: string[], o: AddOptions) => {
      const period = parsePeriod(o.period);
      const controlIds = await resolveControls(o.control, o.system);
      let failed = 0;
      for (const file of files) {
        try {
          if (!fs.statSync(file).isFile()) throw new Error('not a file');
          const metadata: EvidenceMetadataInput = {
            title: files.length === 1 && o.title ? o.title : o.title ? `${o.title} — ${path.basename(file)}` : path.basename(file),
            ...(o.description ? { description: o.description } : {}),
            ...(o.collectedAt ? { collectedAt: o.collectedAt } : {}),
            ...period,
            controlIds,
            criterionIds: o.criterion,
            source: o.source ?? 'upload',
          };
          const item = await uploadFile(file, metadata);
          console.log(`${item.id}  ${item.sha256}  ${file}`);
        } catch (err) {
          failed += 1;
          console.error(`error: ${file}: ${(err as Error).message}`);
        }
      }
      if (failed) {
        console.error(`${failed} of ${files.length} file(s) failed`);
        process.exitCode = 1;
      }
    });
  evidence
    .command('list')
    .description('List evidence (newest first), optionally for one control')
    .option('--control <code>', 'a control code such as AC-03')
    .option('--system <id or name>')
    .option('--include-removed', 'also list removed (tombstoned) items')
    .action(async (o: { control?: string; system?: string; includeRemoved?: boolean }) => {
      const query = new URLSearchParams({ limit: '200' });
      if (o.control) query.set('controlId', (await resolveControls([o.control], o.system))[0]!);
      else if (o.system) query.set('systemId', (await systemsMatching(o.system))[0]!.id);
      if (o.includeRemoved) query.set('includeRemoved', 'true');
      const items: EvidenceItem[] = [];
      let cursor: string | null = null;
      do {
        if (cursor) query.set('cursor', cursor);
        const page = (await (await call(`/api/v1/evidence?${query}`)).json()) as EvidenceList;
        items.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      if (items.length === 0) {
        console.log('No evidence yet. Add some with: attest evidence add FILE --control AC-03 --period 2026-01-01..2026-03-31');
        return;
      }
      console.log(formatList(items));
    });
}
