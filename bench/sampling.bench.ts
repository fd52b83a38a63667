// Sampling: reading a large CSV population and selecting a sample (HMAC-SHA256 of every key, sorted), beside a
// reference measured in the same run: hashing the same keys with plain SHA-256 (node:crypto) and sorting the
// digests. Also the time to compute every statistical sample size of tables with exact arithmetic.
import crypto from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { readPopulation, hmacSha256 } from '../src/services/population-file.ts';
import { attributeSampleSize, selectSample } from '../src/domain/sampling/index.ts';

const ITEMS = Number(process.env.BENCH_POPULATION ?? 200_000);
const SIZE = 60;
const seed = crypto.randomBytes(32).toString('hex');
const csv = ['ticket,opened,approver', ...Array.from({ length: ITEMS }, (_, i) => `CHG-${String(i + 1).padStart(7, '0')},2026-03-${String((i % 28) + 1).padStart(2, '0')},approver${i % 17}@example.com`)].join('\n');
const bytes = Buffer.from(csv);

function timed<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: Number((performance.now() - start).toFixed(1)), value };
}

global.gc?.();
const rssBefore = process.memoryUsage().rss;
const readStart = performance.now();
const population = await readPopulation(bytes, 'csv', 'ticket');
const readMs = Number((performance.now() - readStart).toFixed(1));
const select = timed(() => selectSample(population.keys, seed, SIZE, hmacSha256));
const peakRss = process.memoryUsage().rss;
if (select.value.size !== SIZE || population.keys.length !== ITEMS) throw new Error('unexpected selection');

const reference = timed(() => population.keys.map((k) => crypto.createHash('sha256').update(k).digest('hex')).sort());

const rates = [0, 0.0025, 0.005, 0.0075, 0.01, 0.0125, 0.015, 0.0175, 0.02, 0.025, 0.03, 0.035, 0.04, 0.05, 0.06, 0.07, 0.08, 0.09, 0.1, 0.125, 0.15, 0.2];
const tolerables = [0.02, 0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.09, 0.1, 0.15, 0.2];
const grid = timed(() => {
  let cells = 0;
  for (const confidence of [0.9, 0.95]) for (const tolerableRate of tolerables) for (const expectedRate of rates.filter((r) => r < tolerableRate)) {
    attributeSampleSize({ confidence, tolerableRate, expectedRate });
    cells++;
  }
  return cells;
});

console.log(JSON.stringify({
  bench: 'sampling',
  population_items: ITEMS,
  population_csv_bytes: bytes.length,
  read_csv_ms: readMs,
  select_ms: select.ms,
  select_items_per_s: Math.round(ITEMS / (select.ms / 1000)),
  reference_sha256_sort_ms: reference.ms,
  select_vs_reference_ratio: Number((select.ms / reference.ms).toFixed(2)),
  rss_growth_mb: Math.round((peakRss - rssBefore) / 1024 / 1024),
  attribute_size_grid_cells: grid.value,
  attribute_size_grid_ms: grid.ms,
  attribute_size_ms_per_cell: Number((grid.ms / grid.value).toFixed(2)),
}));
