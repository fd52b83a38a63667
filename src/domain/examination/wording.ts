// Sentences for the tests-of-controls table of the report, in attest's own words.
import type { TestEvaluation } from './evaluate.ts';

/** A noun in its two forms; a plain string is taken as the singular and made plural by simple English rules. */
export type ItemNoun = string | { one: string; other: string };

/** The plural of a regular English noun (change → changes, entry → entries, batch → batches). */
export function pluralize(noun: string): string {
  if (/[^aeiou]y$/i.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/i.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

function nounFor(count: number, noun: ItemNoun): string {
  const forms = typeof noun === 'string' ? { one: noun, other: pluralize(noun) } : noun;
  return count === 1 ? forms.one : forms.other;
}

/** Makes a leading "was/were", "is/are" or "has/have" agree with the count of its subject. */
function agree(text: string, count: number): string {
  const singular = count === 1;
  const pairs: readonly (readonly [string, string])[] = [['was', 'were'], ['is', 'are'], ['has', 'have']];
  for (const [one, many] of pairs) {
    const match = new RegExp(`^(${one}|${many})\\b`, 'i').exec(text);
    if (match) return (singular ? one : many) + text.slice(match[1]!.length);
  }
  return text;
}

export interface DeviationDescription {
  /** Items tested (sampled, less any not applicable). */
  sampled: number;
  deviations: number;
  /**
   * What went wrong with each deviating item, as a predicate: "did not have documented approval before
   * deployment", "was not removed within one business day". A leading was/were, is/are or has/have is made
   * to agree with the count.
   */
  controlText?: string;
  /** What an item is, e.g. "change" or { one: 'person', other: 'people' }. Default "item". */
  itemNoun?: ItemNoun;
}

/**
 * One sentence for the report: "2 of 25 sampled changes did not have documented approval before deployment."
 * No deviations gives "No deviations noted."
 */
export function describeDeviations({ sampled, deviations, controlText, itemNoun = 'item' }: DeviationDescription): string {
  if (!Number.isInteger(sampled) || !Number.isInteger(deviations) || sampled < 0 || deviations < 0 || deviations > sampled) {
    throw new RangeError(`cannot describe ${deviations} deviations in ${sampled} sampled items`);
  }
  if (deviations === 0) return 'No deviations noted.';
  const framing = `${deviations} of ${sampled} sampled ${nounFor(sampled, itemNoun)}`;
  const failure = controlText?.trim().replace(/[.\s]+$/, '');
  if (!failure) return `For ${framing}, the control did not operate as described.`;
  return `${framing} ${agree(failure, deviations)}.`;
}

/** The result column for a test, from its evaluation: "No exceptions noted.", the deviations, or why it was not tested. */
export function testResultText(evaluation: Pick<TestEvaluation, 'conclusion' | 'notTestedReason' | 'tested' | 'deviations'>, detail: Omit<DeviationDescription, 'sampled' | 'deviations'> = {}): string {
  switch (evaluation.conclusion) {
    case 'operating_effectively':
      return 'No exceptions noted.';
    case 'exceptions_noted':
      return describeDeviations({ sampled: evaluation.tested, deviations: evaluation.deviations, ...detail });
    case 'not_tested':
      return evaluation.notTestedReason === 'no_occurrences'
        ? 'The control did not operate during the period because there were no occurrences, so its operating effectiveness could not be tested.'
        : 'No items could be tested, so the operating effectiveness of the control was not tested.';
  }
}
