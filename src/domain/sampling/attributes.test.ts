import { describe, expect, it } from 'vitest';
import { attributeSampleSize, upperDeviationLimit } from './attributes.ts';
import { binomialCdf, binomialCdfAtMost, binomialCdfAtMostExact } from './binomial.ts';
import { SamplingInputError } from './errors.ts';
import { ratio, ratioOfDecimal } from './rational.ts';
import {
  EXPECTED_BP, PUBLISHED_CELLS_BELOW_CONFIDENCE, TABLE_A1_SIZES, TABLE_A2_SIZES, TABLE_A3_PERCENT, TABLE_A4_PERCENT, TOLERABLE_BP, UDL_SIZES,
} from './aicpa-tables.fixture.ts';

const rate = (bp: number) => bp / 10_000;
/** ⌈n × bp / 10000⌉ in integers: the expected deviations printed in parentheses. */
const expectedDeviations = (n: number, bp: number) => Math.floor((n * bp + 9_999) / 10_000);

type Cell = { confidence: number; tolerableBp: number; expectedBp: number; published: number };
function cells(confidence: number, table: readonly (readonly number[])[]): Cell[] {
  return table.flatMap((column, c) => column.map((published, r) => ({ confidence, tolerableBp: TOLERABLE_BP[c]!, expectedBp: EXPECTED_BP[r]!, published })));
}
const below = (cell: Cell) => PUBLISHED_CELLS_BELOW_CONFIDENCE.find((b) => b.confidence === cell.confidence && b.tolerableBp === cell.tolerableBp && b.expectedBp === cell.expectedBp);
const published = [...cells(0.95, TABLE_A1_SIZES), ...cells(0.9, TABLE_A2_SIZES)];

describe('attribute sample sizes (tables A-1 and A-2)', () => {
  it('the issue\'s example: 95%, 5% tolerable, 1% expected → 93 with 1 deviation', () => {
    expect(attributeSampleSize({ confidence: 0.95, tolerableRate: 0.05, expectedRate: 0.01 })).toEqual({ size: 93, expectedDeviations: 1, tooLarge: false });
  });

  it.each(published.filter((c) => !below(c)))('$confidence, tolerable $tolerableBp bp, expected $expectedBp bp → $published', (cell) => {
    const result = attributeSampleSize({ confidence: cell.confidence, tolerableRate: rate(cell.tolerableBp), expectedRate: rate(cell.expectedBp) });
    expect(result).toEqual({ size: cell.published, expectedDeviations: expectedDeviations(cell.published, cell.expectedBp), tooLarge: false });
  });

  it.each(PUBLISHED_CELLS_BELOW_CONFIDENCE)('published $published at $confidence / $tolerableBp bp / $expectedBp bp misses the risk by exact arithmetic ($exact); attest answers the published size with a note', (cell) => {
    const risk = ratio(1n, 10n);
    const p = ratio(BigInt(cell.tolerableBp), 10_000n);
    const k = expectedDeviations(cell.published, cell.expectedBp);
    expect(binomialCdfAtMostExact(k, cell.published, p, risk)).toBe(false);
    expect(binomialCdfAtMostExact(k, cell.exact, p, risk)).toBe(true);
    const result = attributeSampleSize({ confidence: cell.confidence, tolerableRate: rate(cell.tolerableBp), expectedRate: rate(cell.expectedBp) });
    expect(result).toMatchObject({ size: cell.published, expectedDeviations: k, tooLarge: false });
    expect(result.tooLarge ? '' : result.note).toContain(`exact binomial arithmetic gives ${cell.exact}`);
  });

  // Where a column stops while the expected rate is still below the tolerable rate, the guide prints "*".
  const stars = [[0.95, TABLE_A1_SIZES], [0.9, TABLE_A2_SIZES]].flatMap(([confidence, table]) =>
    (table as number[][]).flatMap((column, c) => {
      const next = EXPECTED_BP[column.length];
      return next !== undefined && next < TOLERABLE_BP[c]! ? [{ confidence: confidence as number, tolerableBp: TOLERABLE_BP[c]!, expectedBp: next }] : [];
    }));
  it('has the "*" cells to check', () => expect(stars.length).toBe(9));
  it.each(stars)('$confidence, tolerable $tolerableBp bp, expected $expectedBp bp is too large ("*")', (cell) => {
    expect(attributeSampleSize({ confidence: cell.confidence, tolerableRate: rate(cell.tolerableBp), expectedRate: rate(cell.expectedBp) })).toEqual({ size: null, expectedDeviations: null, tooLarge: true });
  });

  it('a higher size limit returns the size the table leaves out', () => {
    expect(attributeSampleSize({ confidence: 0.95, tolerableRate: 0.02, expectedRate: 0.015, maxSize: 5000 })).toEqual({ size: 2258, expectedDeviations: 34, tooLarge: false });
    expect(attributeSampleSize({ confidence: 0.95, tolerableRate: 0.05, expectedRate: 0, maxSize: 58 }).tooLarge).toBe(true);
  });

  it.each([
    [{ confidence: 0.99, tolerableRate: 0.05, expectedRate: 0 }, /confidence must be one of 0.9, 0.95/],
    [{ confidence: 0.95, tolerableRate: 0, expectedRate: 0 }, /tolerable rate must be a rate between 0 and 1/],
    [{ confidence: 0.95, tolerableRate: 1, expectedRate: 0 }, /tolerable rate/],
    [{ confidence: 0.95, tolerableRate: 0.05, expectedRate: -0.01 }, /expected rate must be a rate from 0 up to 1/],
    [{ confidence: 0.95, tolerableRate: 0.05, expectedRate: 0.05 }, /expected rate \(0.05\) must be lower than the tolerable rate/],
    [{ confidence: 0.95, tolerableRate: Number.NaN, expectedRate: 0 }, /tolerable rate/],
    [{ confidence: 0.95, tolerableRate: 0.05, expectedRate: 0, maxSize: 1.5 }, /maximum sample size must be a whole number/],
  ])('rejects %j', (input, message) => {
    expect(() => attributeSampleSize(input)).toThrow(SamplingInputError);
    expect(() => attributeSampleSize(input)).toThrow(message);
  });
});

describe('upper deviation limit (tables A-3 and A-4)', () => {
  const udlCells = (confidence: number, table: readonly (readonly number[])[]) =>
    table.flatMap((row, r) => row.map((percent, deviations) => ({ confidence, sampleSize: UDL_SIZES[r]!, deviations, percent })));

  it('the issue\'s example: 25 items, no deviation, 95% → 0.113', () => {
    expect(upperDeviationLimit({ sampleSize: 25, deviations: 0, confidence: 0.95 })).toBe(0.113);
  });

  it.each([...udlCells(0.95, TABLE_A3_PERCENT), ...udlCells(0.9, TABLE_A4_PERCENT)])('$confidence, n $sampleSize, $deviations deviation(s) → $percent%', (cell) => {
    expect(upperDeviationLimit(cell)).toBe(Math.round(cell.percent * 10) / 1000);
  });

  it('is the exact rounded-up bound: the limit passes the risk and 0.001 less does not', () => {
    for (const [n, k] of [[60, 2], [93, 1], [200, 7]] as const) {
      const udl = upperDeviationLimit({ sampleSize: n, deviations: k, confidence: 0.95 });
      const m = BigInt(Math.round(udl * 1000));
      expect(binomialCdfAtMostExact(k, n, ratio(m, 1000n), ratio(1n, 20n))).toBe(true);
      expect(binomialCdfAtMostExact(k, n, ratio(m - 1n, 1000n), ratio(1n, 20n))).toBe(false);
    }
  });

  it('all items deviating gives 1; other confidences are accepted', () => {
    expect(upperDeviationLimit({ sampleSize: 5, deviations: 5, confidence: 0.95 })).toBe(1);
    // 1 − 0.01^(1/50) = 0.08799… → 0.088 at 99%; 1 − 0.2^(1/50) = 0.0317… → 0.032 at 80%
    expect(upperDeviationLimit({ sampleSize: 50, deviations: 0, confidence: 0.99 })).toBe(0.088);
    expect(upperDeviationLimit({ sampleSize: 50, deviations: 0, confidence: 0.8 })).toBe(0.032);
  });

  it.each([
    [{ sampleSize: 0, deviations: 0, confidence: 0.95 }, /sample size must be a whole number of at least 1/],
    [{ sampleSize: 2.5, deviations: 0, confidence: 0.95 }, /sample size/],
    [{ sampleSize: 10, deviations: 11, confidence: 0.95 }, /deviations \(11\) cannot exceed the sample size \(10\)/],
    [{ sampleSize: 10, deviations: -1, confidence: 0.95 }, /deviations must be a whole number/],
    [{ sampleSize: 10, deviations: 0, confidence: 1 }, /confidence must be between 0 and 1/],
    [{ sampleSize: 10, deviations: 0, confidence: 0 }, /confidence/],
  ])('rejects %j', (input, message) => {
    expect(() => upperDeviationLimit(input)).toThrow(SamplingInputError);
    expect(() => upperDeviationLimit(input)).toThrow(message);
  });
});

describe('exact arithmetic', () => {
  it('reads rates as the decimals they are written as', () => {
    expect(ratioOfDecimal(0.0325)).toEqual({ num: 13n, den: 400n });
    expect(ratioOfDecimal(0.07)).toEqual({ num: 7n, den: 100n });
    expect(ratioOfDecimal(1.5e-7)).toEqual({ num: 3n, den: 20_000_000n });
    expect(ratioOfDecimal(0)).toEqual({ num: 0n, den: 1n });
  });

  it('rounds expected deviations up exactly where floating point overshoots (1300 × 7% = 91, not 92)', () => {
    expect(1300 * 0.07).toBeGreaterThan(91); // the floating-point trap
    expect(attributeSampleSize({ confidence: 0.9, tolerableRate: 0.08, expectedRate: 0.07 })).toEqual({ size: 1300, expectedDeviations: 91, tooLarge: false });
  });

  it('decides ties exactly: P(X ≤ 0 | 1, ½) = ½ is at most ½', () => {
    expect(binomialCdfAtMost(0, 1, ratio(1n, 2n), ratio(1n, 2n))).toBe(true);
    expect(binomialCdfAtMost(0, 2, ratio(1n, 2n), ratio(1n, 4n))).toBe(true);
    expect(binomialCdfAtMost(0, 2, ratio(1n, 2n), ratio(1n, 5n))).toBe(false);
  });

  it('floating point and exact agree away from ties', () => {
    expect(binomialCdf(4, 112, 0.07)).toBeCloseTo(0.100712, 6);
    expect(binomialCdf(0, 2000, 0.2) / 0.8 ** 2000).toBeCloseTo(1, 9); // 1e-194: summed in log space without loss
    expect(binomialCdf(10, 10, 0.3)).toBe(1);
  });
});
