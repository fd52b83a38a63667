// Statistical attribute sampling for tests of controls: the sample size for a risk of overreliance,
// tolerable deviation rate and expected deviation rate, and the upper deviation limit of a result.
// Method (the one behind the AICPA Audit Sampling Guide's tables ): the sample size is the
// smallest n for which, with k = ⌈n × expected rate⌉ deviations (rounded up exactly, not in floating
// point), P(X ≤ k | n, tolerable rate) does not exceed the risk of overreliance (1 − confidence). k is
// the number of deviations the sample may show while still supporting the planned reliance. This
// reproduces every published cell except two in A-2 (7% tolerable, 3.25% and 3.5% expected), where the
// guide prints 112 although 112 items leave a 10.07% risk (exact arithmetic gives 113). attest answers the
// published 112 there, so that its sizes match the tables an auditor checks them against, and says so in
// `note` (PUBLISHED_TABLE_CELLS).
import { binomialCdf, binomialCdfAtMost } from './binomial.ts';
import { SamplingInputError, checkInteger } from './errors.ts';
import { ceilTimes, ratio, ratioOfDecimal, type Ratio } from './rational.ts';

/** The confidence levels the published tables cover (risk of overreliance 10% and 5%). */
export const ATTRIBUTE_CONFIDENCES = [0.9, 0.95] as const;
/** Sizes above this are reported as too large to be cost-effective (the tables show them as "*"). */
export const MAX_ATTRIBUTE_SAMPLE_SIZE = 2000;

export interface AttributeSampleSizeInput {
  /** 0.90 or 0.95: one minus the risk of overreliance. */
  confidence: number;
  /** The tolerable deviation rate, e.g. 0.05. */
  tolerableRate: number;
  /** The expected population deviation rate, e.g. 0.01; 0 when none are expected. */
  expectedRate: number;
  /** Sizes above this are `tooLarge`; defaults to MAX_ATTRIBUTE_SAMPLE_SIZE. */
  maxSize?: number;
}

export type AttributeSampleSize =
  | { size: number; expectedDeviations: number; tooLarge: false; note?: string }
  | { size: null; expectedDeviations: null; tooLarge: true };

function rateOf(value: number, name: string, allowZero: boolean): Ratio {
  const ok = Number.isFinite(value) && value < 1 && (allowZero ? value >= 0 : value > 0);
  if (!ok) throw new SamplingInputError(`${name} must be a rate ${allowZero ? 'from 0 up to' : 'between 0 and'} 1 exclusive, e.g. 0.05 (got ${value})`);
  return ratioOfDecimal(value);
}

function riskOf(confidence: number, allowed: readonly number[] | null): Ratio {
  if (allowed ? !allowed.includes(confidence) : !(Number.isFinite(confidence) && confidence > 0 && confidence < 1)) {
    throw new SamplingInputError(allowed ? `confidence must be one of ${allowed.join(', ')} (got ${confidence})` : `confidence must be between 0 and 1 exclusive (got ${confidence})`);
  }
  const c = ratioOfDecimal(confidence);
  return ratio(c.den - c.num, c.den);
}

/** The smallest n in [lo, hi] with P(X ≤ k | n, p) ≤ risk, or null when even hi is not enough. */
function smallestPassingSize(k: number, p: Ratio, risk: Ratio, lo: number, hi: number): number | null {
  if (lo > hi || !binomialCdfAtMost(k, hi, p, risk)) return null;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (binomialCdfAtMost(k, mid, p, risk)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Cells where the published table departs from the exact computation; the published size is returned. */
export const PUBLISHED_TABLE_CELLS: readonly { confidence: number; tolerableRate: number; expectedRate: number; published: number; exact: number }[] = [
  { confidence: 0.9, tolerableRate: 0.07, expectedRate: 0.0325, published: 112, exact: 113 },
  { confidence: 0.9, tolerableRate: 0.07, expectedRate: 0.035, published: 112, exact: 113 },
];

export function attributeSampleSize(input: AttributeSampleSizeInput): AttributeSampleSize {
  const computed = computedSampleSize(input);
  const cell = PUBLISHED_TABLE_CELLS.find((c) => c.confidence === input.confidence && c.tolerableRate === input.tolerableRate && c.expectedRate === input.expectedRate);
  if (!cell || computed.tooLarge || computed.size !== cell.exact) return computed;
  const expectedDeviations = ceilTimes(cell.published, ratioOfDecimal(input.expectedRate));
  const note = `Size as printed in the AICPA table; exact binomial arithmetic gives ${cell.exact} (at ${cell.published} the risk of overreliance is slightly above ${Math.round((1 - cell.confidence) * 100)}%).`;
  return { size: cell.published, expectedDeviations, tooLarge: false, note };
}

function computedSampleSize(input: AttributeSampleSizeInput): AttributeSampleSize {
  const risk = riskOf(input.confidence, ATTRIBUTE_CONFIDENCES);
  const tolerable = rateOf(input.tolerableRate, 'tolerable rate', false);
  const expected = rateOf(input.expectedRate, 'expected rate', true);
  if (input.expectedRate >= input.tolerableRate) throw new SamplingInputError(`expected rate (${input.expectedRate}) must be lower than the tolerable rate (${input.tolerableRate})`);
  const maxSize = input.maxSize ?? MAX_ATTRIBUTE_SAMPLE_SIZE;
  checkInteger(maxSize, 'maximum sample size', 1);
  const tooLarge = { size: null, expectedDeviations: null, tooLarge: true } as const;

  if (expected.num === 0n) {
    const n = smallestPassingSize(0, tolerable, risk, 1, maxSize);
    return n === null ? tooLarge : { size: n, expectedDeviations: 0, tooLarge: false };
  }
  // The sizes whose expected deviations round up to k are (k−1)/e < n ≤ k/e; try k = 1, 2, … in turn.
  let floor = 1;
  for (let k = 1; ; k++) {
    const first = Number(((BigInt(k) - 1n) * expected.den) / expected.num) + 1;
    const last = Number((BigInt(k) * expected.den) / expected.num);
    if (first > maxSize) return tooLarge;
    const n = smallestPassingSize(k, tolerable, risk, Math.max(floor, k + 1), maxSize);
    if (n === null) return tooLarge;
    floor = n; // more allowed deviations never need a smaller sample
    const size = Math.max(n, first);
    if (size <= last && size <= maxSize) return { size, expectedDeviations: ceilTimes(size, expected), tooLarge: false };
  }
}

export interface UpperDeviationLimitInput {
  sampleSize: number;
  deviations: number;
  /** Any confidence between 0 and 1; the published tables use 0.90 and 0.95. */
  confidence: number;
}

/**
 * The one-sided upper limit of the population deviation rate (exact binomial, Clopper–Pearson):
 * the rate p at which P(X ≤ deviations | n, p) = 1 − confidence, rounded up to 0.001 as the
 * evaluation tables round up to 0.1%.
 */
export function upperDeviationLimit(input: UpperDeviationLimitInput): number {
  const { sampleSize: n, deviations: k } = input;
  checkInteger(n, 'sample size', 1);
  checkInteger(k, 'deviations', 0);
  if (k > n) throw new SamplingInputError(`deviations (${k}) cannot exceed the sample size (${n})`);
  const risk = riskOf(input.confidence, null);
  if (k === n) return 1;
  const alpha = Number(risk.num) / Number(risk.den);
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 200 && hi - lo > 1e-12; i++) {
    const mid = (lo + hi) / 2;
    if (binomialCdf(k, n, mid) > alpha) lo = mid;
    else hi = mid;
  }
  // The smallest m with P(X ≤ k | n, m/1000) ≤ alpha, confirmed exactly around the estimate.
  let m = Math.min(1000, Math.max(1, Math.ceil(hi * 1000 - 1e-6)));
  const passes = (thousandths: number) => binomialCdfAtMost(k, n, ratio(BigInt(thousandths), 1000n), risk);
  while (m < 1000 && !passes(m)) m++;
  while (m > 1 && passes(m - 1)) m--;
  return m / 1000;
}
