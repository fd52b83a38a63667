// Sample sizes by how often a control operates: the non-statistical table most SOC 2 examinations
// use, with attest's defaults. A firm passes its own table to override any figure.
import { CONTROL_FREQUENCIES, FREQUENCY_LABELS, type ControlFrequency, type ControlNature } from '../../contract/program.ts';
import { SamplingInputError, checkInteger } from './errors.ts';

/** Frequencies sized by a fixed figure (per-occurrence controls are sized by their population). */
export type PeriodicFrequency = Exclude<ControlFrequency, 'per_occurrence'>;

/** One band of the per-occurrence rule: populations up to `upTo` items (null: no upper bound). */
export interface PopulationTier {
  upTo: number | null;
  /** Items to test, or 'all' to test every occurrence. */
  size: number | 'all';
}

export interface FrequencyTable {
  periodic: Readonly<Record<PeriodicFrequency, number>>;
  /** An automated control: one instance, relying on tested IT general controls. */
  automated: number;
  /** Per-occurrence controls, by population size; ascending `upTo`, the last one unbounded. */
  perOccurrence: readonly PopulationTier[];
}

export const DEFAULT_FREQUENCY_TABLE: FrequencyTable = {
  periodic: { annual: 1, semi_annual: 1, quarterly: 2, monthly: 2, weekly: 5, daily: 25, continuous: 40 },
  automated: 1,
  perOccurrence: [
    { upTo: 4, size: 'all' },
    { upTo: 12, size: 2 },
    { upTo: 52, size: 5 },
    { upTo: 365, size: 25 },
    { upTo: null, size: 40 },
  ],
};

/** Other names for frequencies that firms' tables use. */
export const FREQUENCY_ALIASES: Readonly<Record<string, ControlFrequency>> = {
  multiple_daily: 'continuous',
  several_times_a_day: 'continuous',
  as_needed: 'per_occurrence',
  semiannual: 'semi_annual',
};

export interface FrequencySampleSizeInput {
  /** A control frequency (CONTROL_FREQUENCIES) or one of FREQUENCY_ALIASES. */
  frequency: string;
  nature?: ControlNature;
  /** Occurrences of the control in the period; required for per-occurrence controls. */
  populationSize?: number;
}

export interface FrequencySampleSize {
  size: number;
  method: 'frequency' | 'all_items';
  rationale: string;
}

export function resolveFrequency(name: string): ControlFrequency {
  const key = name.trim().toLowerCase().replace(/[\s-]+/g, '_');
  if ((CONTROL_FREQUENCIES as readonly string[]).includes(key)) return key as ControlFrequency;
  const alias = FREQUENCY_ALIASES[key];
  if (alias) return alias;
  throw new SamplingInputError(`unknown frequency "${name}"; use one of ${[...CONTROL_FREQUENCIES, ...Object.keys(FREQUENCY_ALIASES)].join(', ')}`);
}

/** Checks a firm's table: whole positive sizes, tiers ascending and ending unbounded. */
export function validateFrequencyTable(table: FrequencyTable): void {
  for (const f of CONTROL_FREQUENCIES) if (f !== 'per_occurrence') checkInteger(table.periodic[f], `table size for ${f}`, 1);
  checkInteger(table.automated, 'table size for automated controls', 1);
  const tiers = table.perOccurrence;
  if (tiers.length === 0 || tiers.at(-1)!.upTo !== null) throw new SamplingInputError('the per-occurrence tiers must end with an unbounded tier (upTo: null)');
  let previous = 0;
  tiers.forEach((tier, i) => {
    if (tier.size !== 'all') checkInteger(tier.size, `per-occurrence tier ${i + 1} size`, 1);
    if (tier.upTo === null) {
      if (i !== tiers.length - 1) throw new SamplingInputError('only the last per-occurrence tier may be unbounded');
      return;
    }
    checkInteger(tier.upTo, `per-occurrence tier ${i + 1} upTo`, previous + 1);
    previous = tier.upTo;
  });
}

const items = (n: number) => `${n} item${n === 1 ? '' : 's'}`;

function perOccurrenceSize(populationSize: number, table: FrequencyTable): FrequencySampleSize {
  const tier = table.perOccurrence.find((t) => t.upTo === null || populationSize <= t.upTo)!;
  const band = tier.upTo === null ? `more than ${table.perOccurrence.at(-2)?.upTo ?? 0}` : `up to ${tier.upTo}`;
  if (tier.size === 'all' || populationSize <= tier.size) {
    return { size: populationSize, method: 'all_items', rationale: `A per-occurrence control with ${items(populationSize)} in the period: every occurrence is tested (the rule for populations ${band} is ${tier.size === 'all' ? 'to test all' : items(tier.size)}).` };
  }
  return { size: tier.size, method: 'frequency', rationale: `A per-occurrence control with ${items(populationSize)} in the period: populations of ${band} items are sampled at ${items(tier.size)}.` };
}

/** The sample size for a control from how often it operates (and, if given, how many times it did). */
export function frequencySampleSize(input: FrequencySampleSizeInput, table: FrequencyTable = DEFAULT_FREQUENCY_TABLE): FrequencySampleSize {
  validateFrequencyTable(table);
  const frequency = resolveFrequency(input.frequency);
  const population = input.populationSize;
  if (population !== undefined) checkInteger(population, 'population size', 0);

  let size: number;
  let rationale: string;
  if (input.nature === 'automated') {
    size = table.automated;
    rationale = `An automated control is tested on ${items(size)}: it operates the same way every time as long as the IT general controls over it (change management, logical access) operate effectively, and those are tested separately.`;
  } else if (frequency === 'per_occurrence') {
    if (population === undefined) throw new SamplingInputError('a per-occurrence control is sized by its population: give the population size (occurrences in the period)');
    return perOccurrenceSize(population, table);
  } else {
    size = table.periodic[frequency];
    const label = FREQUENCY_LABELS[frequency].toLowerCase();
    rationale = `A ${label} control is tested on ${size} of its occurrences in the period, the figure the frequency table sets for ${label} controls.`;
  }
  if (population !== undefined && population <= size) {
    return { size: population, method: 'all_items', rationale: `The population (${items(population)}) is not larger than the sample the frequency calls for (${size}), so every item is tested.` };
  }
  return { size, method: 'frequency', rationale };
}

/** A firm's overrides on top of the defaults: any periodic figure, the automated figure, or all tiers. */
export interface FrequencyTableOverrides {
  periodic?: Partial<Record<PeriodicFrequency, number>>;
  automated?: number;
  perOccurrence?: readonly PopulationTier[];
}

export function frequencyTableWith(overrides: FrequencyTableOverrides, base: FrequencyTable = DEFAULT_FREQUENCY_TABLE): FrequencyTable {
  const unknown = Object.keys(overrides.periodic ?? {}).filter((k) => !(k in base.periodic));
  if (unknown.length) throw new SamplingInputError(`unknown frequency in the table: ${unknown.join(', ')}`);
  const table = {
    periodic: { ...base.periodic, ...overrides.periodic },
    automated: overrides.automated ?? base.automated,
    perOccurrence: overrides.perOccurrence ?? base.perOccurrence,
  };
  validateFrequencyTable(table);
  return table;
}

/**
 * An engagement's table as the firm stores it, flat (`{"weekly": 10, "automated": 2}`, names or their aliases),
 * over attest's defaults. Per-occurrence sizes keep the default tiers.
 */
export function frequencyTableFromFlat(flat: Readonly<Record<string, number>> | null): FrequencyTable {
  const { automated, ...named } = flat ?? {};
  const periodic: Partial<Record<PeriodicFrequency, number>> = {};
  for (const [name, size] of Object.entries(named)) {
    const frequency = resolveFrequency(name);
    if (frequency !== 'per_occurrence') periodic[frequency] = size;
  }
  return frequencyTableWith({ periodic, ...(automated === undefined ? {} : { automated }) });
}
