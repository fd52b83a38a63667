// Exact numbers for the sampling arithmetic: a rate such as 0.0325 becomes 325/10000, so that
// "expected deviations = n × rate, rounded up" and tie-breaks in probability comparisons are exact.

/** A non-negative fraction num/den with den > 0, in lowest terms. */
export interface Ratio {
  readonly num: bigint;
  readonly den: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function ratio(num: bigint, den: bigint): Ratio {
  const g = gcd(num, den);
  return { num: num / g, den: den / g };
}

/**
 * The exact value of the decimal that `value` is written as (its shortest round-trip form), so
 * 0.0325 is 13/400 and not the binary double nearest to it.
 */
export function ratioOfDecimal(value: number): Ratio {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`not a non-negative finite number: ${value}`);
  const [mantissa, exponentText] = String(value).toLowerCase().split('e') as [string, string | undefined];
  const [whole, fraction = ''] = mantissa.split('.') as [string, string | undefined];
  let num = BigInt(whole + fraction);
  let den = 10n ** BigInt(fraction.length);
  const exponent = Number(exponentText ?? '0');
  if (exponent > 0) num *= 10n ** BigInt(exponent);
  else den *= 10n ** BigInt(-exponent);
  return ratio(num, den);
}

/** ⌈n × r⌉ computed exactly. */
export function ceilTimes(n: number, r: Ratio): number {
  const product = BigInt(n) * r.num;
  return Number((product + r.den - 1n) / r.den);
}

export function toNumber(r: Ratio): number {
  return Number(r.num) / Number(r.den);
}
