// Re-performable sample selection (DESIGN.md): rank every item by HMAC-SHA256(key = seed bytes,
// message = UTF-8 of the item key), compare the MACs as bytes ascending, take the first n (all items
// when n ≥ the population). The order of the population file does not matter.
// HMAC-SHA256 is passed in (node:crypto's createHmac in the shell) so this core stays free of I/O.
import { SamplingInputError, checkInteger } from './errors.ts';

export type HmacSha256 = (key: Uint8Array, message: Uint8Array) => Uint8Array;

export interface RankedItem {
  /** 1 for the first item selected. */
  rank: number;
  key: string;
  /** HMAC-SHA256 of the key, lowercase hex: sorting these strings is sorting the bytes. */
  hmac: string;
}

export interface SampleSelection {
  /** The first `size` items of the ranking, in rank order. */
  selected: RankedItem[];
  /** Every item of the population in rank order (the selection is its head). */
  ranking: RankedItem[];
  populationSize: number;
  /** Items selected: the requested size, or the whole population when it is not larger. */
  size: number;
  allItems: boolean;
}

const SEED_HEX = /^[0-9a-fA-F]{64}$/;

/** The 32 seed bytes from 64 hex characters. */
export function seedBytes(seedHex: string): Uint8Array {
  if (!SEED_HEX.test(seedHex)) throw new SamplingInputError('the seed must be 64 hexadecimal characters (32 bytes)');
  const bytes = new Uint8Array(32);
  for (let i = 0; i < 32; i++) bytes[i] = parseInt(seedHex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

export function toHex(bytes: Uint8Array): string {
  const parts = new Array<string>(bytes.length);
  for (let i = 0; i < bytes.length; i++) parts[i] = HEX[bytes[i]!]!;
  return parts.join('');
}

/** Byte-wise comparison, as DESIGN.md ranks the MACs. */
function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** Keys must be present and unique: they are what a re-performer hashes. */
export function checkPopulationKeys(keys: readonly string[]): void {
  const blank = keys.flatMap((k, i) => (k.trim() === '' ? [`item ${i + 1}`] : []));
  if (blank.length) throw new SamplingInputError(`${blank.length} item(s) have an empty key: ${blank.slice(0, 10).join(', ')}${blank.length > 10 ? ', …' : ''}`, blank);
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const k of keys) (seen.has(k) ? duplicates : seen).add(k);
  if (duplicates.size) {
    const names = [...duplicates];
    throw new SamplingInputError(`duplicate keys: ${names.slice(0, 10).map((k) => JSON.stringify(k)).join(', ')}${names.length > 10 ? `, … (${names.length} in all)` : ''}`, names);
  }
}

/** Every key of the population in rank order. */
export function rankPopulation(keys: readonly string[], seedHex: string, hmac: HmacSha256): RankedItem[] {
  const seed = seedBytes(seedHex);
  checkPopulationKeys(keys);
  const encoder = new TextEncoder();
  return keys
    .map((key) => ({ key, mac: hmac(seed, encoder.encode(key)) }))
    .sort((a, b) => compareBytes(a.mac, b.mac))
    .map((item, i) => ({ rank: i + 1, key: item.key, hmac: toHex(item.mac) }));
}

export function selectSample(keys: readonly string[], seedHex: string, size: number, hmac: HmacSha256): SampleSelection {
  checkInteger(size, 'sample size', 0);
  const ranking = rankPopulation(keys, seedHex, hmac);
  const taken = Math.min(size, ranking.length);
  return { selected: ranking.slice(0, taken), ranking, populationSize: ranking.length, size: taken, allItems: taken === ranking.length };
}
