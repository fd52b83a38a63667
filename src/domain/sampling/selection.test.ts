// The ranking rule with a stand-in MAC (the real HMAC-SHA256, with a hand-checked example, is
// exercised in test/sampling-cli.test.ts: domain tests may not import node:crypto).
import { describe, expect, it } from 'vitest';
import { SamplingInputError } from './errors.ts';
import { rankPopulation, seedBytes, selectSample, toHex, type HmacSha256 } from './selection.ts';

const SEED = '00'.repeat(31) + '07';
const calls: { key: Uint8Array; message: Uint8Array }[] = [];
/** A stand-in MAC: the message bytes XOR the last seed byte, zero-padded to 32 bytes. */
const fakeMac: HmacSha256 = (key, message) => {
  calls.push({ key, message });
  const out = new Uint8Array(32);
  message.forEach((b, i) => { if (i < 32) out[i] = b ^ key[31]!; });
  return out;
};

describe('sample selection', () => {
  const keys = ['CHG-1', 'CHG-2', 'CHG-3', 'CHG-10', 'b', 'A'];

  it('ranks by the MAC bytes ascending and takes the first n', () => {
    // XOR 7: 'C' 0x43→0x44 sorts before 'A' 0x41→0x46 and 'b' 0x62→0x65; after "CHG-", '3'→0x34 < '2'→0x35 < '1'→0x36,
    // and "CHG-1" (then zero padding) < "CHG-10" ('0'→0x37).
    const selection = selectSample(keys, SEED, 3, fakeMac);
    expect(selection.ranking.map((r) => r.key)).toEqual(['CHG-3', 'CHG-2', 'CHG-1', 'CHG-10', 'A', 'b']);
    expect(selection.selected.map((r) => [r.rank, r.key])).toEqual([[1, 'CHG-3'], [2, 'CHG-2'], [3, 'CHG-1']]);
    expect(selection).toMatchObject({ populationSize: 6, size: 3, allItems: false });
    expect(selection.selected[0]!.hmac).toBe(toHex(fakeMac(seedBytes(SEED), new TextEncoder().encode('CHG-3'))));
    expect(selection.selected[0]!.hmac).toMatch(/^[0-9a-f]{64}$/);
  });

  it('does not depend on the order of the population', () => {
    const reference = selectSample(keys, SEED, 4, fakeMac).selected;
    for (const shuffled of [[...keys].reverse(), ['b', 'CHG-10', 'A', 'CHG-2', 'CHG-3', 'CHG-1']]) {
      expect(selectSample(shuffled, SEED, 4, fakeMac).selected).toEqual(reference);
    }
  });

  it('takes every item when n is not smaller than the population', () => {
    for (const n of [6, 7, 1000]) {
      const selection = selectSample(keys, SEED, n, fakeMac);
      expect(selection).toMatchObject({ size: 6, allItems: true });
      expect(selection.selected.map((r) => r.key).sort()).toEqual([...keys].sort());
    }
    expect(selectSample(keys, SEED, 0, fakeMac)).toMatchObject({ selected: [], size: 0, allItems: false });
  });

  it('hashes the 32 seed bytes and the UTF-8 bytes of the exact key', () => {
    calls.length = 0;
    rankPopulation(['é x'], 'ff'.repeat(32), fakeMac);
    expect(Array.from(calls[0]!.key)).toEqual(Array(32).fill(255));
    expect(Array.from(calls[0]!.message)).toEqual([0xc3, 0xa9, 0x20, 0x78]);
  });

  it.each([
    [['a', 'b', 'a', 'c', 'c'], SEED, /duplicate keys: "a", "c"/],
    [['a', '', ' '], SEED, /2 item\(s\) have an empty key: item 2, item 3/],
    [['a'], 'abc', /the seed must be 64 hexadecimal characters/],
    [['a'], 'g'.repeat(64), /the seed must be 64 hexadecimal characters/],
  ])('rejects %j with seed %s', (population, seed, message) => {
    expect(() => rankPopulation(population, seed, fakeMac)).toThrow(SamplingInputError);
    expect(() => rankPopulation(population, seed, fakeMac)).toThrow(message);
  });

  it('names the duplicates in the error details', () => {
    try {
      rankPopulation(['x', 'y', 'x'], SEED, fakeMac);
      expect.unreachable();
    } catch (err) {
      expect((err as SamplingInputError).details).toEqual(['x']);
    }
  });

  it('rejects a fractional or negative size', () => {
    expect(() => selectSample(keys, SEED, 2.5, fakeMac)).toThrow(/sample size must be a whole number/);
    expect(() => selectSample(keys, SEED, -1, fakeMac)).toThrow(SamplingInputError);
  });

  it('reads the seed as bytes, upper or lower case', () => {
    expect(Array.from(seedBytes('0A'.repeat(32)))).toEqual(Array(32).fill(10));
  });
});
