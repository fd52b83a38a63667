// Public API of the examination's conclusions: vocabulary, test evaluation and report wording.
export * from './vocabulary.ts';
export { evaluateTest, type TestEvaluation, type TestEvaluationInput } from './evaluate.ts';
export { describeDeviations, pluralize, testResultText, type DeviationDescription, type ItemNoun } from './wording.ts';
