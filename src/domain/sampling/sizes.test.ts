import { describe, expect, it } from 'vitest';
import { CONTROL_FREQUENCIES } from '../../contract/program.ts';
import { SamplingInputError } from './errors.ts';
import { DEFAULT_FREQUENCY_TABLE, frequencySampleSize, frequencyTableFromFlat, frequencyTableWith, resolveFrequency, type FrequencyTable } from './sizes.ts';

describe('sample size by frequency', () => {
  it.each([
    ['annual', 1], ['semi_annual', 1], ['quarterly', 2], ['monthly', 2], ['weekly', 5], ['daily', 25], ['continuous', 40], ['multiple_daily', 40],
  ] as const)('%s → %i', (frequency, size) => {
    const result = frequencySampleSize({ frequency });
    expect(result.size).toBe(size);
    expect(result.method).toBe('frequency');
    expect(result.rationale).toMatch(new RegExp(`tested on ${size} of its occurrences`));
  });

  it('keys the table by every frequency of the control library', () => {
    for (const f of CONTROL_FREQUENCIES) {
      expect(() => frequencySampleSize({ frequency: f, populationSize: 1000 })).not.toThrow();
      if (f !== 'per_occurrence') expect(DEFAULT_FREQUENCY_TABLE.periodic[f]).toBeGreaterThan(0);
    }
  });

  it('an automated control is one instance, relying on IT general controls', () => {
    const result = frequencySampleSize({ frequency: 'continuous', nature: 'automated' });
    expect(result).toMatchObject({ size: 1, method: 'frequency' });
    expect(result.rationale).toMatch(/IT general controls/);
    expect(frequencySampleSize({ frequency: 'daily', nature: 'it_dependent_manual' }).size).toBe(25);
  });

  it.each([
    [1, 1, 'all_items'], [4, 4, 'all_items'], [5, 2, 'frequency'], [12, 2, 'frequency'], [13, 5, 'frequency'], [52, 5, 'frequency'],
    [53, 25, 'frequency'], [365, 25, 'frequency'], [366, 40, 'frequency'], [100_000, 40, 'frequency'], [0, 0, 'all_items'],
  ] as const)('per occurrence, population %i → %i (%s)', (populationSize, size, method) => {
    for (const frequency of ['per_occurrence', 'as_needed']) {
      const result = frequencySampleSize({ frequency, populationSize });
      expect(result).toMatchObject({ size, method });
      expect(result.rationale).toContain(`${populationSize} item`);
    }
  });

  it('takes all items when the population is not larger than the sample', () => {
    expect(frequencySampleSize({ frequency: 'daily', populationSize: 20 })).toMatchObject({ size: 20, method: 'all_items' });
    expect(frequencySampleSize({ frequency: 'daily', populationSize: 25 })).toMatchObject({ size: 25, method: 'all_items' });
    expect(frequencySampleSize({ frequency: 'daily', populationSize: 26 })).toMatchObject({ size: 25, method: 'frequency' });
  });

  it('uses a firm\'s own table', () => {
    const firm: FrequencyTable = {
      periodic: { ...DEFAULT_FREQUENCY_TABLE.periodic, weekly: 10, quarterly: 4 },
      automated: 2,
      perOccurrence: [{ upTo: 10, size: 'all' }, { upTo: null, size: 60 }],
    };
    expect(frequencySampleSize({ frequency: 'weekly' }, firm).size).toBe(10);
    expect(frequencySampleSize({ frequency: 'quarterly', populationSize: 4 }, firm)).toMatchObject({ size: 4, method: 'all_items' });
    expect(frequencySampleSize({ frequency: 'daily', nature: 'automated' }, firm).size).toBe(2);
    expect(frequencySampleSize({ frequency: 'per_occurrence', populationSize: 11 }, firm)).toMatchObject({ size: 11, method: 'all_items' });
    expect(frequencySampleSize({ frequency: 'per_occurrence', populationSize: 500 }, firm).size).toBe(60);
  });

  it.each([
    [{ frequency: 'hourly' }, DEFAULT_FREQUENCY_TABLE, /unknown frequency "hourly"; use one of continuous, per_occurrence/],
    [{ frequency: 'per_occurrence' }, DEFAULT_FREQUENCY_TABLE, /give the population size/],
    [{ frequency: 'weekly', populationSize: -1 }, DEFAULT_FREQUENCY_TABLE, /population size must be a whole number/],
    [{ frequency: 'weekly', populationSize: 2.5 }, DEFAULT_FREQUENCY_TABLE, /population size/],
    [{ frequency: 'weekly' }, { ...DEFAULT_FREQUENCY_TABLE, periodic: { ...DEFAULT_FREQUENCY_TABLE.periodic, weekly: 0 } }, /table size for weekly/],
    [{ frequency: 'weekly' }, { ...DEFAULT_FREQUENCY_TABLE, perOccurrence: [{ upTo: 5, size: 2 }] }, /must end with an unbounded tier/],
    [{ frequency: 'weekly' }, { ...DEFAULT_FREQUENCY_TABLE, perOccurrence: [{ upTo: 10, size: 2 }, { upTo: 5, size: 3 }, { upTo: null, size: 4 }] }, /tier 2 upTo must be a whole number of at least 11/],
  ] as const)('rejects %j', (input, table, message) => {
    expect(() => frequencySampleSize(input, table as FrequencyTable)).toThrow(SamplingInputError);
    expect(() => frequencySampleSize(input, table as FrequencyTable)).toThrow(message);
  });

  it('reads frequency names loosely', () => {
    expect(resolveFrequency('Semi-annual')).toBe('semi_annual');
    expect(resolveFrequency(' Multiple daily ')).toBe('continuous');
  });
});

describe('a firm table from overrides', () => {
  it('replaces only what is given', () => {
    const table = frequencyTableWith({ periodic: { weekly: 8 }, perOccurrence: [{ upTo: null, size: 30 }] });
    expect(table.periodic).toEqual({ ...DEFAULT_FREQUENCY_TABLE.periodic, weekly: 8 });
    expect(table.automated).toBe(1);
    expect(frequencySampleSize({ frequency: 'per_occurrence', populationSize: 10 }, table)).toMatchObject({ size: 10, method: 'all_items' });
    expect(frequencySampleSize({ frequency: 'per_occurrence', populationSize: 100 }, table)).toMatchObject({ size: 30, method: 'frequency' });
  });

  it('rejects unknown frequencies and bad figures', () => {
    expect(() => frequencyTableWith({ periodic: { hourly: 3 } as never })).toThrow(/unknown frequency in the table: hourly/);
    expect(() => frequencyTableWith({ automated: 0 })).toThrow(/automated controls must be a whole number of at least 1/);
  });
});

describe('frequencyTableFromFlat', () => {
  it('lays a firm\'s flat figures (names or aliases, and automated) over the defaults', () => {
    const table = frequencyTableFromFlat({ weekly: 10, multiple_daily: 60, automated: 3 });
    expect([table.periodic.weekly, table.periodic.continuous, table.automated, table.periodic.daily]).toEqual([10, 60, 3, DEFAULT_FREQUENCY_TABLE.periodic.daily]);
    expect(table.perOccurrence).toEqual(DEFAULT_FREQUENCY_TABLE.perOccurrence);
  });
  it('is the defaults for none, and refuses an unknown frequency or a size below 1', () => {
    expect(frequencyTableFromFlat(null)).toEqual(DEFAULT_FREQUENCY_TABLE);
    expect(() => frequencyTableFromFlat({ hourly: 3 })).toThrow(SamplingInputError);
    expect(() => frequencyTableFromFlat({ weekly: 0 })).toThrow(SamplingInputError);
  });
});
