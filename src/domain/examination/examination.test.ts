import { describe, expect, it } from 'vitest';
import {
  CONTROL_CONCLUSION_LABELS,
  CONTROL_CONCLUSIONS,
  DESCRIPTION_CONCLUSION_LABELS,
  DESCRIPTION_CONCLUSIONS,
  DESCRIPTION_SECTION_LABELS,
  DESCRIPTION_SECTIONS,
  DESIGN_CONCLUSION_LABELS,
  DESIGN_CONCLUSIONS,
  describeDeviations,
  evaluateTest,
  OPINION_LABELS,
  OPINIONS,
  pluralize,
  PROCEDURE_TYPE_LABELS,
  PROCEDURE_TYPES,
  ROOT_CAUSE_CLASSIFICATIONS,
  ROOT_CAUSE_HINTS,
  ROOT_CAUSE_LABELS,
  SAMPLE_RESULT_LABELS,
  SAMPLE_RESULTS,
  testResultText,
  type TestEvaluationInput,
} from './index.ts';

describe('vocabulary', () => {
  it.each([
    ['OPINIONS', OPINIONS, OPINION_LABELS],
    ['DESIGN_CONCLUSIONS', DESIGN_CONCLUSIONS, DESIGN_CONCLUSION_LABELS],
    ['DESCRIPTION_CONCLUSIONS', DESCRIPTION_CONCLUSIONS, DESCRIPTION_CONCLUSION_LABELS],
    ['DESCRIPTION_SECTIONS', DESCRIPTION_SECTIONS, DESCRIPTION_SECTION_LABELS],
    ['CONTROL_CONCLUSIONS', CONTROL_CONCLUSIONS, CONTROL_CONCLUSION_LABELS],
    ['SAMPLE_RESULTS', SAMPLE_RESULTS, SAMPLE_RESULT_LABELS],
    ['ROOT_CAUSE_CLASSIFICATIONS', ROOT_CAUSE_CLASSIFICATIONS, ROOT_CAUSE_LABELS],
    ['ROOT_CAUSE_CLASSIFICATIONS (hints)', ROOT_CAUSE_CLASSIFICATIONS, ROOT_CAUSE_HINTS],
    ['PROCEDURE_TYPES', PROCEDURE_TYPES, PROCEDURE_TYPE_LABELS],
  ] as const)('%s has exactly one non-empty label per value', (_name, values, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
    expect(Object.values(labels).every((label: string) => label.trim() !== '')).toBe(true);
    expect(new Set(values).size).toBe(values.length);
  });

  it('keeps the values the database schema stores', () => {
    expect(OPINIONS).toEqual(['unqualified', 'qualified', 'adverse', 'disclaimer']);
    expect(SAMPLE_RESULTS).toEqual(['pass', 'deviation', 'not_applicable']);
    expect(CONTROL_CONCLUSIONS).toEqual(['operating_effectively', 'exceptions_noted', 'not_tested']);
    expect([...DESIGN_CONCLUSIONS, ...DESCRIPTION_CONCLUSIONS]).toEqual(['suitably_designed', 'design_deficiency', 'fairly_presented', 'misstatement']);
  });
});

const base: TestEvaluationInput = { sampleSize: 25, deviations: 0, tolerableRate: 0.1, confidence: 0.9 };

describe('evaluateTest', () => {
  it.each([
    // name, input overrides, expected subset
    ['clean statistical sample', { upperDeviationLimit: 0.088 }, { tested: 25, deviationRate: 0, exceedsTolerable: false, supportsReliance: true, conclusion: 'operating_effectively', limitSource: 'statistical' }],
    ['one deviation within tolerance and within k', { deviations: 1, upperDeviationLimit: 0.097, allowedDeviations: 1, sampleSize: 40 }, { tested: 40, deviationRate: 0.025, exceedsTolerable: false, supportsReliance: true, conclusion: 'exceptions_noted' }],
    ['one deviation, UDL above tolerable', { deviations: 1, upperDeviationLimit: 0.147 }, { deviationRate: 0.04, exceedsTolerable: true, supportsReliance: false, conclusion: 'exceptions_noted' }],
    ['UDL exactly at tolerable is not above it', { deviations: 0, upperDeviationLimit: 0.1 }, { exceedsTolerable: false, supportsReliance: true }],
    ['more deviations than k, UDL within tolerance', { sampleSize: 100, deviations: 2, upperDeviationLimit: 0.052, allowedDeviations: 1 }, { exceedsTolerable: false, supportsReliance: false, conclusion: 'exceptions_noted' }],
    ['not-applicable items leave the denominator', { deviations: 2, notApplicable: 5, upperDeviationLimit: 0.28 }, { tested: 20, deviationRate: 0.1, exceedsTolerable: true }],
    ['non-statistical, no deviation', { sampleSize: 2 }, { limitSource: 'observed_rate', upperDeviationLimit: 0, supportsReliance: true, conclusion: 'operating_effectively' }],
    ['non-statistical, one deviation: no reliance by default', { deviations: 1, tolerableRate: 0.2 }, { upperDeviationLimit: 0.04, exceedsTolerable: false, supportsReliance: false }],
    ['non-statistical with an explicit allowance', { deviations: 1, tolerableRate: 0.2, allowedDeviations: 1 }, { supportsReliance: true, conclusion: 'exceptions_noted' }],
    ['population of zero occurrences', { sampleSize: 0, populationSize: 0 }, { conclusion: 'not_tested', notTestedReason: 'no_occurrences', supportsReliance: false }],
    ['zero population wins even with a sample recorded', { populationSize: 0, upperDeviationLimit: 0.088 }, { conclusion: 'not_tested', notTestedReason: 'no_occurrences', supportsReliance: false }],
    ['every selected item not applicable', { notApplicable: 25 }, { tested: 0, deviationRate: 0, conclusion: 'not_tested', notTestedReason: 'no_items_tested' }],
  ] as const)('%s', (_name, overrides, expected) => {
    const result = evaluateTest({ ...base, ...overrides });
    expect(result).toMatchObject(expected);
    expect(result.tolerableRate).toBe({ ...base, ...overrides }.tolerableRate);
    expect(result.confidence).toBe(0.9);
  });

  it('reports the upper deviation limit it was given', () => {
    expect(evaluateTest({ ...base, deviations: 1, upperDeviationLimit: 0.147 }).upperDeviationLimit).toBe(0.147);
  });

  it.each([
    ['negative deviations', { deviations: -1 }],
    ['fractional sample size', { sampleSize: 2.5 }],
    ['more results than items', { deviations: 20, notApplicable: 6 }],
    ['tolerable rate of 0', { tolerableRate: 0 }],
    ['tolerable rate above 1', { tolerableRate: 5 }],
    ['confidence of 1', { confidence: 1 }],
    ['UDL above 1', { upperDeviationLimit: 1.5 }],
    ['UDL below the observed rate', { deviations: 5, upperDeviationLimit: 0.1 }],
    ['negative population', { populationSize: -3 }],
    ['negative allowance', { allowedDeviations: -1 }],
  ] as const)('rejects %s', (_name, overrides) => {
    expect(() => evaluateTest({ ...base, ...overrides })).toThrow(RangeError);
  });
});

describe('describeDeviations', () => {
  it.each([
    [{ sampled: 25, deviations: 0 }, 'No deviations noted.'],
    [{ sampled: 25, deviations: 2, itemNoun: 'change', controlText: 'did not have documented approval before deployment' }, '2 of 25 sampled changes did not have documented approval before deployment.'],
    [{ sampled: 25, deviations: 1, itemNoun: 'change', controlText: 'did not have documented approval before deployment.' }, '1 of 25 sampled changes did not have documented approval before deployment.'],
    [{ sampled: 1, deviations: 1, itemNoun: 'review', controlText: 'lacked a reviewer sign-off' }, '1 of 1 sampled review lacked a reviewer sign-off.'],
    [{ sampled: 40, deviations: 1, itemNoun: 'leaver', controlText: 'were not disabled within one business day' }, '1 of 40 sampled leavers was not disabled within one business day.'],
    [{ sampled: 40, deviations: 3, itemNoun: 'leaver', controlText: 'was not disabled within one business day' }, '3 of 40 sampled leavers were not disabled within one business day.'],
    [{ sampled: 10, deviations: 2, itemNoun: { one: 'person', other: 'people' }, controlText: 'has no signed agreement' }, '2 of 10 sampled people have no signed agreement.'],
    [{ sampled: 25, deviations: 2, itemNoun: 'entry', controlText: 'lacked an approval' }, '2 of 25 sampled entries lacked an approval.'],
    [{ sampled: 25, deviations: 2 }, 'For 2 of 25 sampled items, the control did not operate as described.'],
    [{ sampled: 25, deviations: 2, controlText: '   ' }, 'For 2 of 25 sampled items, the control did not operate as described.'],
  ] as const)('%j → %s', (input, sentence) => {
    expect(describeDeviations(input)).toBe(sentence);
  });

  it.each([[{ sampled: 2, deviations: 3 }], [{ sampled: -1, deviations: 0 }], [{ sampled: 2.5, deviations: 1 }]])('rejects %j', (input) => {
    expect(() => describeDeviations(input)).toThrow(RangeError);
  });
});

describe('pluralize', () => {
  it.each([['change', 'changes'], ['entry', 'entries'], ['day', 'days'], ['batch', 'batches'], ['access', 'accesses'], ['box', 'boxes']])('%s → %s', (one, many) => {
    expect(pluralize(one)).toBe(many);
  });
});

describe('testResultText', () => {
  it('says no exceptions for an effective control', () => {
    expect(testResultText(evaluateTest({ ...base, upperDeviationLimit: 0.088 }))).toBe('No exceptions noted.');
  });

  it('describes the deviations of the items actually tested', () => {
    const evaluation = evaluateTest({ ...base, deviations: 2, notApplicable: 5, upperDeviationLimit: 0.28 });
    expect(testResultText(evaluation, { itemNoun: 'change', controlText: 'lacked approval' })).toBe('2 of 20 sampled changes lacked approval.');
  });

  it('reports a period with no occurrences as such, never as effective', () => {
    const text = testResultText(evaluateTest({ ...base, sampleSize: 0, populationSize: 0 }));
    expect(text).toContain('no occurrences');
    expect(text).not.toContain('No exceptions');
  });

  it('explains a test whose items were all not applicable', () => {
    expect(testResultText(evaluateTest({ ...base, notApplicable: 25 }))).toContain('No items could be tested');
  });
});
