// Sampling from the command line (`attest sample`, `sample-size`, `udl`), the real HMAC-SHA256
// ranking, and the README's recipes for re-performing a selection without attest.
import { execFile, execFileSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAttest } from './helpers/cli.ts';
import { selectSample } from '../src/domain/sampling/index.ts';
import { hmacSha256, populationFormat, readPopulation } from '../src/services/population-file.ts';

const run = promisify(execFile);
const env = { PATH: process.env.PATH, HOME: process.env.HOME, ATTEST_LOG_LEVEL: 'warn' };
const attest = (args: string[]) => runAttest(args, env);
const SEED = '3f1c5a0e9b7d2c4f6a8e0b1d3c5f7a9e2b4d6f8a0c1e3b5d7f9a2c4e6b8d0f1a';

// Keys that a careless recipe would break: spaces (leading and trailing too), commas, quotes, accents, a backslash.
const KEYS = ['CHG-1001', 'CHG-1002', 'CHG 1003', ' padded ', 'a,b', 'say "hi"', 'Café №5', 'back\\slash', 'x\ty', ...Array.from({ length: 31 }, (_, i) => `T-${i + 1}`)];
const csvCell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

let dir: string;
const file = (name: string) => path.join(dir, name);

/** The ranking by hand: node:crypto directly, sorted by the MAC bytes. */
const byHand = (keys: readonly string[], seedHex: string) =>
  [...keys].map((k) => ({ k, mac: createHmac('sha256', Buffer.from(seedHex, 'hex')).update(k, 'utf8').digest() })).sort((a, b) => Buffer.compare(a.mac, b.mac)).map((x) => x.k);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-sampling-'));
  fs.writeFileSync(file('population.csv'), 'Ticket,Summary\r\n' + KEYS.map((k, i) => `${csvCell(k)},row ${i}`).join('\r\n') + '\r\n');
  fs.writeFileSync(file('reversed.csv'), 'Summary,Ticket\n' + [...KEYS].reverse().map((k) => `s,${csvCell(k)}`).join('\n') + '\n');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Changes');
  sheet.addRow(['Ticket', 'Summary']);
  for (const k of KEYS) sheet.addRow([k, 'x']);
  fs.writeFileSync(file('population.xlsx'), Buffer.from(await workbook.xlsx.writeBuffer()));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('HMAC-SHA256 ranking', () => {
  it('the HMAC is HMAC-SHA256 (RFC 4231 test case 2)', () => {
    const mac = hmacSha256(new TextEncoder().encode('Jefe'), new TextEncoder().encode('what do ya want for nothing?'));
    expect(Buffer.from(mac).toString('hex')).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
  });

  it('ranks as computed by hand with node:crypto', () => {
    const selection = selectSample(KEYS, SEED, 10, hmacSha256);
    expect(selection.ranking.map((r) => r.key)).toEqual(byHand(KEYS, SEED));
    const first = selection.selected[0]!;
    expect(first.hmac).toBe(createHmac('sha256', Buffer.from(SEED, 'hex')).update(first.key, 'utf8').digest('hex'));
  });

  it('a different seed gives a different selection', () => {
    const other = selectSample(KEYS, 'ab'.repeat(32), 10, hmacSha256).selected.map((r) => r.key);
    expect(other).not.toEqual(selectSample(KEYS, SEED, 10, hmacSha256).selected.map((r) => r.key));
    expect(other).toEqual(byHand(KEYS, 'ab'.repeat(32)).slice(0, 10));
  });
});

describe('population files', () => {
  it('reads CSV and XLSX to the same keys', async () => {
    const csv = await readPopulation(fs.readFileSync(file('population.csv')), 'csv', 'Ticket');
    const xlsx = await readPopulation(fs.readFileSync(file('population.xlsx')), 'xlsx', 'ticket');
    expect(csv.keys).toEqual(KEYS);
    expect(xlsx.keys).toEqual(KEYS);
  });

  it.each([
    ['people.txt', 'a', /must be a CSV \(\.csv\) or XLSX \(\.xlsx\) file/],
    ['fake.xlsx', 'a,b', /fake\.xlsx is not an XLSX workbook/],
  ])('rejects %s', (name, content, message) => {
    expect(() => populationFormat(name, Buffer.from(content))).toThrow(message);
  });

  it('rejects an empty file and a CSV that is not UTF-8', async () => {
    await expect(readPopulation(new Uint8Array(), 'csv', 'id')).rejects.toThrow(/the file is empty/);
    await expect(readPopulation(Buffer.from([0x69, 0x64, 0x0a, 0xff, 0xfe, 0x0a]), 'csv', 'id')).rejects.toThrow(/not UTF-8/);
  });
});

describe('attest sample', () => {
  it('prints the selected keys in rank order, the same from CSV, reordered CSV and XLSX', async ({ expect }) => {
    const expected = byHand(KEYS, SEED).slice(0, 7);
    const runs = await Promise.all(['population.csv', 'reversed.csv', 'population.xlsx'].map((p) => attest(['sample', '--population', file(p), '--key', 'Ticket', '--size', '7', '--seed', SEED])));
    for (const res of runs) {
      expect(res.stderr).toBe('');
      expect(res.code).toBe(0);
      expect(res.stdout).toBe(expected.join('\n') + '\n');
    }
  }, 120_000);

  it('takes every item when the size is not smaller than the population; --json shows ranks and HMACs', async ({ expect }) => {
    const res = await attest(['sample', '--population', file('population.csv'), '--key', 'Ticket', '--size', '500', '--seed', SEED, '--json']);
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout) as { populationSize: number; size: number; allItems: boolean; selected: { rank: number; key: string; hmac: string }[] };
    expect(out).toMatchObject({ populationSize: KEYS.length, size: KEYS.length, allItems: true });
    expect(out.selected.map((s) => s.key)).toEqual(byHand(KEYS, SEED));
    expect(out.selected.map((s) => s.rank)).toEqual(KEYS.map((_, i) => i + 1));
  }, 120_000);

  it.concurrent.for<[string[], RegExp]>([
    [['--key', 'Id', '--size', '2', '--seed', SEED], /^error: no column "Id" in the file; the columns are: "Ticket", "Summary"\n$/],
    [['--key', 'Ticket', '--size', '2', '--seed', 'abc'], /^error: the seed must be 64 hexadecimal characters/],
    [['--key', 'Ticket', '--size', 'two', '--seed', SEED], /^error: --size must be a whole number/],
    [['--key', 'Ticket', '--size', '2'], /^error: required option '--seed <hex>' not specified\n$/],
  ])('exits 2 with one error line for %j', { timeout: 120_000 }, async ([args, message], { expect }) => {
    const res = await attest(['sample', '--population', file('population.csv'), ...args]);
    expect(res.code).toBe(2);
    expect(res.stdout).toBe('');
    expect(res.stderr).toMatch(message);
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('names duplicate keys and refuses files that are not CSV or XLSX', async ({ expect }) => {
    fs.writeFileSync(file('dupes.csv'), 'id\nA\nB\nA\n');
    const dupes = await attest(['sample', '--population', file('dupes.csv'), '--key', 'id', '--size', '1', '--seed', SEED]);
    expect(dupes.code).toBe(2);
    expect(dupes.stderr).toBe('error: duplicate keys in column "id": "A" (lines 2, 4)\n');
    fs.writeFileSync(file('list.json'), '[]');
    const json = await attest(['sample', '--population', file('list.json'), '--key', 'id', '--size', '1', '--seed', SEED]);
    expect(json.code).toBe(2);
    expect(json.stderr).toMatch(/must be a CSV \(\.csv\) or XLSX \(\.xlsx\) file/);
  }, 120_000);
});

describe('attest sample-size and udl', () => {
  it.concurrent.for<[string[], string]>([
    [['sample-size', '--confidence', '0.95', '--tolerable', '0.05', '--expected', '0.01'], '{"size":93,"expectedDeviations":1}'],
    [['sample-size', '--confidence', '0.90', '--tolerable', '0.10'], '{"size":22,"expectedDeviations":0}'],
    [['sample-size', '--confidence', '0.95', '--tolerable', '0.02', '--expected', '0.015'], '{"size":null,"expectedDeviations":null,"tooLarge":true}'],
    [['udl', '--size', '25', '--deviations', '0', '--confidence', '0.95'], '{"upperDeviationLimit":0.113}'],
    [['udl', '--size', '100', '--deviations', '5', '--confidence', '0.95'], '{"upperDeviationLimit":0.103}'],
  ])('%j prints %s', { timeout: 120_000 }, async ([args, out], { expect }) => {
    const res = await attest(args);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(out + '\n');
  });

  it('sizes by frequency, size first, with a rationale, and from a firm table', async ({ expect }) => {
    const weekly = await attest(['sample-size', '--frequency', 'weekly']);
    expect(weekly.code).toBe(0);
    expect(weekly.stdout).toMatch(/^\{"size":5,"method":"frequency","rationale":"A weekly control is tested on 5 /);
    const automated = JSON.parse((await attest(['sample-size', '--frequency', 'continuous', '--nature', 'automated'])).stdout) as { size: number; rationale: string };
    expect(automated.size).toBe(1);
    expect(automated.rationale).toMatch(/IT general controls/);
    const small = JSON.parse((await attest(['sample-size', '--frequency', 'per_occurrence', '--population-size', '3'])).stdout) as { size: number; method: string };
    expect(small).toMatchObject({ size: 3, method: 'all_items' });
    fs.writeFileSync(file('firm.json'), JSON.stringify({ periodic: { weekly: 10 } }));
    const firm = await attest(['sample-size', '--frequency', 'weekly', '--table', file('firm.json')]);
    expect(JSON.parse(firm.stdout)).toMatchObject({ size: 10 });
  }, 120_000);

  it.concurrent.for<[string[], RegExp]>([
    [['sample-size', '--confidence', '0.99', '--tolerable', '0.05'], /^error: confidence must be one of 0.9, 0.95 \(got 0.99\)\n$/],
    [['sample-size', '--confidence', '0.95', '--tolerable', '0.05', '--expected', '0.06'], /^error: expected rate \(0.06\) must be lower than the tolerable rate \(0.05\)\n$/],
    [['sample-size', '--confidence', '0.95', '--tolerable', 'five'], /^error: --tolerable must be a number/],
    [['sample-size', '--frequency', 'hourly'], /^error: unknown frequency "hourly"/],
    [['sample-size', '--frequency', 'per_occurrence'], /^error: a per-occurrence control is sized by its population/],
    [['sample-size', '--frequency', 'weekly', '--confidence', '0.95'], /^error: give either --confidence and --tolerable \(statistical\) or --frequency\n$/],
    [['sample-size', '--frequency', 'weekly', '--nature', 'robotic'], /^error: option '--nature <nature>' argument 'robotic' is invalid/],
    [['udl', '--size', '10', '--deviations', '11', '--confidence', '0.95'], /^error: deviations \(11\) cannot exceed the sample size \(10\)\n$/],
    [['udl', '--size', '2.5', '--deviations', '0', '--confidence', '0.95'], /^error: --size must be a whole number/],
    [['udl', '--size', '10', '--deviations', '0', '--confidence', '1.5'], /^error: confidence must be between 0 and 1/],
    [['udl', '--size', '10', '--confidence', '0.95'], /^error: required option '--deviations <k>' not specified\n$/],
    [['udl', '--size', '10', '--deviations', '0', '--confidence', '0.95', '--extra'], /^error: unknown option '--extra'\n$/],
  ])('%j exits 2 with one error line', { timeout: 120_000 }, async ([args, message], { expect }) => {
    const res = await attest(args);
    expect(res.code).toBe(2);
    expect(res.stdout).toBe('');
    expect(res.stderr).toMatch(message);
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe("the README's recipes re-perform the selection without attest", () => {
  const readme = fs.readFileSync('README.md', 'utf8');
  const start = readme.indexOf('## Re-performing a sample selection');
  const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
  const block = (lang: string) => new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(section)?.[1];
  const has = (tool: string) => {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  };
  const python = has('python3');
  const shell = ['openssl', 'awk', 'sort', 'head', 'cut'].every(has);
  if ((!python || !shell) && process.env.ATTEST_REQUIRE_TOOLS) throw new Error('ATTEST_REQUIRE_TOOLS is set but python3, openssl, awk, sort, head or cut is missing');
  if (!python) console.warn('skipping the README Python recipe test: python3 is not installed');
  if (!shell) console.warn('skipping the README shell recipe test: openssl (or awk, sort, head, cut) is not installed');

  it('the section has both recipes', () => {
    expect(start).toBeGreaterThan(-1);
    expect(block('python')).toBeTruthy();
    expect(block('sh')).toBeTruthy();
  });

  it.skipIf(!python)('Python: same keys, same order, as the domain selection', async () => {
    fs.writeFileSync(file('reperform.py'), block('python')!);
    for (const n of [7, 500]) {
      const { stdout } = await run('python3', [file('reperform.py'), file('population.csv'), 'Ticket', String(n), SEED], { env });
      expect(stdout).toBe(selectSample(KEYS, SEED, n, hmacSha256).selected.map((r) => r.key).join('\n') + '\n');
    }
  });

  it.skipIf(!shell)('shell with openssl: same keys, same order, as the domain selection', async () => {
    // The shell recipe reads one key per line: the tab key cannot be written that way (tabs separate its sort fields
    // but survive `cut -f 2-`, so it is kept) — only keys with line breaks are out of its reach.
    fs.writeFileSync(file('keys.txt'), KEYS.join('\n') + '\n');
    for (const [n, seed] of [[7, SEED], [12, SEED.toUpperCase()], [KEYS.length + 3, 'ab'.repeat(32)]] as const) {
      const { stdout } = await run('bash', ['-c', block('sh')!], { cwd: dir, env: { ...env, SEED: seed, N: String(n), KEYS: 'keys.txt' } });
      expect(stdout).toBe(selectSample(KEYS, seed, n, hmacSha256).selected.map((r) => r.key).join('\n') + '\n');
    }
  });
});
