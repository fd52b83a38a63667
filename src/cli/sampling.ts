// `attest sample`, `attest sample-size` and `attest udl`: sampling run locally, no server needed.
// Output is exactly what a workpaper records (keys one per line, or one JSON object); any bad
// argument or file prints one `error: …` line on stderr and exits with code 2.
import fs from 'node:fs';
import path from 'node:path';
import { Command, Option, type CommanderError } from 'commander';
import { CONTROL_NATURES, type ControlNature } from '../contract/program.ts';
import {
  SamplingInputError, attributeSampleSize, frequencySampleSize, frequencyTableWith, selectSample, upperDeviationLimit, type FrequencyTableOverrides,
} from '../domain/sampling/index.ts';
import { AppError } from '../services/errors.ts';
import { hmacSha256, populationFormat, readPopulation } from '../services/population-file.ts';

const EXIT_BAD_INPUT = 2;

function fail(message: string): never {
  throw new SamplingInputError(message);
}

function decimal(value: string | undefined, name: string): number {
  if (value === undefined) fail(`${name} is required`);
  if (!/^\s*(\d+(\.\d*)?|\.\d+)\s*$/.test(value)) fail(`${name} must be a number such as 0.05 (got ${JSON.stringify(value)})`);
  return Number(value);
}

function whole(value: string | undefined, name: string): number {
  if (value === undefined) fail(`${name} is required`);
  if (!/^\s*\d+\s*$/.test(value)) fail(`${name} must be a whole number (got ${JSON.stringify(value)})`);
  return Number(value);
}

/** Runs an action; input problems become one line on stderr and exit code 2. */
function guarded<A extends unknown[]>(action: (...args: A) => Promise<void> | void) {
  return async (...args: A) => {
    try {
      await action(...args);
    } catch (err) {
      if (err instanceof SamplingInputError || err instanceof AppError) {
        console.error(`error: ${err.message}`);
        process.exitCode = EXIT_BAD_INPUT;
        return;
      }
      throw err;
    }
  };
}

/** Commander's own usage errors (missing or unknown options) also exit with code 2. */
function usageExitsWith2(command: Command): Command {
  return command.exitOverride((err: CommanderError) => {
    process.exit(err.exitCode === 0 ? 0 : EXIT_BAD_INPUT);
  });
}

function readTable(file: string): FrequencyTableOverrides {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    fail(`cannot read ${file}`);
  }
  try {
    return JSON.parse(text) as FrequencyTableOverrides;
  } catch {
    fail(`${file} is not JSON`);
  }
}

interface SampleOptions { population: string; key: string; size: string; seed: string; json?: boolean }
interface SizeOptions { confidence?: string; tolerable?: string; expected?: string; frequency?: string; nature?: ControlNature; populationSize?: string; table?: string }
interface UdlOptions { size: string; deviations: string; confidence: string }

export function samplingCommands(program: Command) {
  usageExitsWith2(
    program
      .command('sample')
      .description('Select a sample from a population file (CSV or XLSX) by HMAC-SHA256 ranking; prints the selected keys, one per line, in rank order')
      .requiredOption('--population <file>', 'the population: a CSV or XLSX file with a header row')
      .requiredOption('--key <column>', 'the column that identifies each item (its exact cell text is hashed)')
      .requiredOption('--size <n>', 'items to select (all of them when the population is not larger)')
      .requiredOption('--seed <hex>', 'the recorded seed: 64 hexadecimal characters')
      .option('--json', 'print the selection with each item\'s rank and HMAC as JSON'),
  ).action(guarded(async (o: SampleOptions) => {
    const size = whole(o.size, '--size');
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(o.population);
    } catch {
      fail(`cannot read ${o.population}`);
    }
    const population = await readPopulation(bytes, populationFormat(path.basename(o.population), bytes), o.key);
    const selection = selectSample(population.keys, o.seed.trim(), size, hmacSha256);
    if (o.json) {
      const { populationSize, allItems, selected } = selection;
      console.log(JSON.stringify({ algorithm: 'hmac-sha256-rank/1', seed: o.seed.trim().toLowerCase(), keyColumn: population.keyColumn, populationSize, size: selection.size, allItems, selected }));
      return;
    }
    if (selection.selected.length) process.stdout.write(selection.selected.map((r) => r.key).join('\n') + '\n');
  }));

  usageExitsWith2(
    program
      .command('sample-size')
      .description('Sample size: statistical (--confidence, --tolerable, --expected) or by control frequency (--frequency); prints JSON')
      .option('--confidence <c>', 'statistical: 0.90 or 0.95 (one minus the risk of overreliance)')
      .option('--tolerable <rate>', 'statistical: tolerable deviation rate, e.g. 0.05')
      .option('--expected <rate>', 'statistical: expected population deviation rate, e.g. 0.01', '0')
      .option('--frequency <f>', 'by frequency: annual, semi_annual, quarterly, monthly, weekly, daily, continuous (multiple_daily), per_occurrence (as_needed)')
      .addOption(new Option('--nature <nature>', 'by frequency: the control\'s nature (automated controls test one instance)').choices(CONTROL_NATURES))
      .option('--population-size <n>', 'by frequency: occurrences in the period (required for per_occurrence)')
      .option('--table <file.json>', 'by frequency: the firm\'s table overriding the defaults, e.g. {"periodic":{"weekly":10}}'),
  ).action(guarded((o: SizeOptions) => {
    const statistical = o.confidence !== undefined || o.tolerable !== undefined;
    if (statistical === (o.frequency !== undefined)) fail('give either --confidence and --tolerable (statistical) or --frequency');
    if (statistical) {
      const result = attributeSampleSize({ confidence: decimal(o.confidence, '--confidence'), tolerableRate: decimal(o.tolerable, '--tolerable'), expectedRate: decimal(o.expected, '--expected') });
      console.log(JSON.stringify(result.tooLarge ? { size: null, expectedDeviations: null, tooLarge: true } : { size: result.size, expectedDeviations: result.expectedDeviations, ...(result.note ? { note: result.note } : {}) }));
      return;
    }
    const table = frequencyTableWith(o.table ? readTable(o.table) : {});
    const populationSize = o.populationSize === undefined ? undefined : whole(o.populationSize, '--population-size');
    const result = frequencySampleSize({ frequency: o.frequency!, nature: o.nature, populationSize }, table);
    console.log(JSON.stringify({ size: result.size, method: result.method, rationale: result.rationale }));
  }));

  usageExitsWith2(
    program
      .command('udl')
      .description('Upper deviation limit of a test result (exact binomial, rounded up to 0.001); prints JSON')
      .requiredOption('--size <n>', 'items tested')
      .requiredOption('--deviations <k>', 'deviations found')
      .requiredOption('--confidence <c>', 'e.g. 0.95 or 0.90'),
  ).action(guarded((o: UdlOptions) => {
    const upper = upperDeviationLimit({ sampleSize: whole(o.size, '--size'), deviations: whole(o.deviations, '--deviations'), confidence: decimal(o.confidence, '--confidence') });
    console.log(JSON.stringify({ upperDeviationLimit: upper }));
  }));
}

/** Runs one sampling command on its own (see main.ts): the same commands, options and exit codes as in the full program. */
export async function runSamplingCommand(argv: readonly string[]): Promise<void> {
  const program = new Command('attest');
  samplingCommands(program);
  try {
    await program.parseAsync(argv);
  } catch (err) {
    console.error(err instanceof Error ? `error: ${err.message}` : err);
    process.exitCode = 1;
  }
}
