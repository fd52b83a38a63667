// Evaluation of one test of operating effectiveness: the sample's deviation
// rate, the upper deviation limit against the tolerable rate, and a suggested
// conclusion. The upper deviation limit itself comes from the sampling module
// (computed by the caller for the number of items actually tested).
import type { ControlConclusion } from './vocabulary.ts';

export interface TestEvaluationInput {
  /** Items selected for testing. */
  sampleSize: number;
  /** Items whose result is a deviation. */
  deviations: number;
  /** Selected items that turned out not to be occurrences of the control (excluded from the rate). */
  notApplicable?: number;
  /** Occurrences of the control in the period; 0 means there was nothing to test. Omit when not counted. */
  populationSize?: number;
  /** Highest deviation rate the auditor accepts while still relying on the control (fraction, e.g. 0.05). */
  tolerableRate: number;
  /** Confidence level of the sampling plan (fraction, e.g. 0.9). Recorded with the result. */
  confidence: number;
  /**
   * Upper deviation limit at `confidence` for `deviations` in the tested items (fraction), from the
   * sampling module. Omit for non-statistical tests; the observed rate then stands in for it.
   */
  upperDeviationLimit?: number;
  /**
   * Deviations the plan allowed for when its size was set (k); more than k means no reliance.
   * Defaults to no limit for statistical tests (the UDL decides) and to 0 for non-statistical ones.
   */
  allowedDeviations?: number;
}

export interface TestEvaluation {
  /** Items that count: sample size less not-applicable items. */
  tested: number;
  deviations: number;
  /** deviations / tested, 0 when nothing was tested. */
  deviationRate: number;
  /** The limit used: the one passed in, or the observed rate when none was (see `limitSource`). */
  upperDeviationLimit: number;
  limitSource: 'statistical' | 'observed_rate';
  tolerableRate: number;
  confidence: number;
  /** True when the upper deviation limit is above the tolerable rate. */
  exceedsTolerable: boolean;
  /** True when the results let the auditor rely on the control: within tolerance and within the allowance k. */
  supportsReliance: boolean;
  /** Suggested conclusion; any deviation is reported as an exception, even within tolerance. */
  conclusion: ControlConclusion;
  /** Why the test is `not_tested`, when it is. */
  notTestedReason?: 'no_occurrences' | 'no_items_tested';
}

const isFraction = (x: number) => Number.isFinite(x) && x >= 0 && x <= 1;
const isCount = (x: number) => Number.isInteger(x) && x >= 0;

function check(input: TestEvaluationInput): number {
  const notApplicable = input.notApplicable ?? 0;
  for (const [name, value] of [['sampleSize', input.sampleSize], ['deviations', input.deviations], ['notApplicable', notApplicable]] as const) {
    if (!isCount(value)) throw new RangeError(`${name} must be a whole number of 0 or more (got ${value})`);
  }
  if (input.populationSize !== undefined && !isCount(input.populationSize)) throw new RangeError(`populationSize must be a whole number of 0 or more (got ${input.populationSize})`);
  if (input.allowedDeviations !== undefined && !isCount(input.allowedDeviations)) throw new RangeError(`allowedDeviations must be a whole number of 0 or more (got ${input.allowedDeviations})`);
  if (input.deviations + notApplicable > input.sampleSize) {
    throw new RangeError(`deviations (${input.deviations}) and not-applicable items (${notApplicable}) exceed the sample size (${input.sampleSize})`);
  }
  if (!isFraction(input.tolerableRate) || input.tolerableRate === 0) throw new RangeError(`tolerableRate must be a fraction above 0 and at most 1 (got ${input.tolerableRate})`);
  if (!isFraction(input.confidence) || input.confidence === 0 || input.confidence === 1) throw new RangeError(`confidence must be a fraction strictly between 0 and 1 (got ${input.confidence})`);
  if (input.upperDeviationLimit !== undefined && !isFraction(input.upperDeviationLimit)) throw new RangeError(`upperDeviationLimit must be a fraction between 0 and 1 (got ${input.upperDeviationLimit})`);
  return notApplicable;
}

/** Evaluate a test's results. Throws RangeError for impossible inputs (negative counts, rates outside 0–1, more results than items). */
export function evaluateTest(input: TestEvaluationInput): TestEvaluation {
  const notApplicable = check(input);
  const tested = input.sampleSize - notApplicable;
  const deviationRate = tested === 0 ? 0 : input.deviations / tested;
  const limitSource = input.upperDeviationLimit === undefined ? 'observed_rate' : 'statistical';
  const upperDeviationLimit = input.upperDeviationLimit ?? deviationRate;
  if (upperDeviationLimit < deviationRate) {
    throw new RangeError(`upperDeviationLimit (${upperDeviationLimit}) cannot be below the observed deviation rate (${deviationRate})`);
  }
  const base = { tested, deviations: input.deviations, deviationRate, upperDeviationLimit, limitSource, tolerableRate: input.tolerableRate, confidence: input.confidence } as const;

  const notTestedReason = input.populationSize === 0 ? 'no_occurrences' : tested === 0 ? 'no_items_tested' : undefined;
  if (notTestedReason) {
    // Nothing happened (or nothing could be tested): never evidence that the control works.
    return { ...base, exceedsTolerable: false, supportsReliance: false, conclusion: 'not_tested', notTestedReason };
  }
  const exceedsTolerable = upperDeviationLimit > input.tolerableRate;
  // Without a statistical limit, sampling risk is not measured: unless the plan says otherwise, no deviation is allowed.
  const allowance = input.allowedDeviations ?? (limitSource === 'observed_rate' ? 0 : undefined);
  const withinAllowance = allowance === undefined || input.deviations <= allowance;
  return {
    ...base,
    exceedsTolerable,
    supportsReliance: !exceedsTolerable && withinAllowance,
    conclusion: input.deviations === 0 ? 'operating_effectively' : 'exceptions_noted',
  };
}
