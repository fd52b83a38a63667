// Public API of sampling: sample sizes (by frequency, statistical), evaluation (upper deviation
// limit), re-performable selection and populations.
export { SamplingInputError } from './errors.ts';
export {
  ATTRIBUTE_CONFIDENCES, MAX_ATTRIBUTE_SAMPLE_SIZE, attributeSampleSize, upperDeviationLimit,
  type AttributeSampleSize, type AttributeSampleSizeInput, type UpperDeviationLimitInput,
} from './attributes.ts';
export {
  DEFAULT_FREQUENCY_TABLE, FREQUENCY_ALIASES, frequencySampleSize, frequencyTableFromFlat, frequencyTableWith, resolveFrequency, validateFrequencyTable,
  type FrequencySampleSize, type FrequencySampleSizeInput, type FrequencyTable, type FrequencyTableOverrides, type PeriodicFrequency, type PopulationTier,
} from './sizes.ts';
export { checkPopulationKeys, rankPopulation, seedBytes, selectSample, toHex, type HmacSha256, type RankedItem, type SampleSelection } from './selection.ts';
export { populationFromCsv, populationFromTable, type Population, type PopulationItem, type Table } from './population.ts';
