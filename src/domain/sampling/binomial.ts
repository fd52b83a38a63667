// The binomial distribution behind attribute sampling: P(X ≤ k) for X ~ Binomial(n, p).
// Comparisons with a risk level run in floating point (log space) and fall back to exact
// integer arithmetic when the two sides are too close for floating point to decide.
import { type Ratio } from './rational.ts';

/** P(X ≤ k) in floating point, summed in log space so that (1 − p)^n never underflows. */
export function binomialCdf(k: number, n: number, p: number): number {
  if (k >= n || p <= 0) return 1;
  if (k < 0 || p >= 1) return 0;
  const logP = Math.log(p);
  const logQ = Math.log1p(-p);
  const logs: number[] = [];
  let log = n * logQ; // log P(X = 0)
  for (let i = 0; i <= k; i++) {
    logs.push(log);
    log += Math.log(n - i) - Math.log(i + 1) + logP - logQ;
  }
  const max = Math.max(...logs);
  const sum = logs.reduce((s, l) => s + Math.exp(l - max), 0);
  return Math.min(1, Math.exp(max + Math.log(sum)));
}

/**
 * Exactly whether P(X ≤ k) ≤ limit for X ~ Binomial(n, p), p and limit as fractions:
 * limit.den · Σ C(n,i) a^i (b−a)^(n−i) ≤ limit.num · b^n with p = a/b.
 */
export function binomialCdfAtMostExact(k: number, n: number, p: Ratio, limit: Ratio): boolean {
  if (k >= n || p.num === 0n) return limit.num >= limit.den;
  if (k < 0) return true;
  const a = p.num;
  const b = p.den;
  const q = b - a;
  // Σ_{i≤k} C(n,i) a^i q^(n−i) = q^(n−k) · Σ_{i≤k} C(n,i) a^i q^(k−i)
  const qPowers: bigint[] = [1n];
  for (let j = 1; j <= k; j++) qPowers.push(qPowers[j - 1]! * q);
  let inner = 0n;
  let choose = 1n;
  let aPower = 1n;
  for (let i = 0; i <= k; i++) {
    inner += choose * aPower * qPowers[k - i]!;
    choose = (choose * BigInt(n - i)) / BigInt(i + 1);
    aPower *= a;
  }
  return limit.den * q ** BigInt(n - k) * inner <= limit.num * b ** BigInt(n);
}

/** Whether P(X ≤ k) ≤ limit, decided exactly whenever floating point is not clearly on one side. */
export function binomialCdfAtMost(k: number, n: number, p: Ratio, limit: Ratio): boolean {
  const approx = binomialCdf(k, n, Number(p.num) / Number(p.den));
  const target = Number(limit.num) / Number(limit.den);
  if (Math.abs(approx - target) > 1e-9 * Math.max(target, 1e-300)) return approx <= target;
  return binomialCdfAtMostExact(k, n, p, limit);
}
