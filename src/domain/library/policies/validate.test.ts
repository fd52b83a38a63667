import { describe, expect, it } from 'vitest';
import { CRITERION_IDS } from '../../catalog/index.ts';
import { POLICY_LIBRARY } from './library.ts';
import type { PolicyTemplate } from './types.ts';
import { REQUIRED_HEADINGS, validatePolicyLibrary } from './validate.ts';

type Mutable = { -readonly [K in keyof PolicyTemplate]: PolicyTemplate[K] } & Record<string, unknown>;

/** A mutable deep copy of the shipped library. */
function copy(): Mutable[] {
  return POLICY_LIBRARY.map((t) => ({ ...t, criteria: [...t.criteria], placeholders: [...t.placeholders] }));
}

/** The library with one template replaced by `change(template)`. */
function withTemplate(key: string, change: (t: Mutable) => unknown): unknown[] {
  return copy().map((t) => (t.key === key ? change(t) : t));
}

/** The library with one template's body rewritten; its placeholder list is left alone. */
function withBody(key: string, change: (body: string) => string): unknown[] {
  return withTemplate(key, (t) => ({ ...t, body: change(t.body) }));
}

function replaceOnce(body: string, from: string, to: string): string {
  if (!body.includes(from)) throw new Error(`test setup: "${from}" not found`);
  return body.replace(from, to);
}

const headingCases = REQUIRED_HEADINGS.map(
  (heading) =>
    [
      `a missing "## ${heading}" heading`,
      () => withBody('backup', (b) => replaceOnce(b, `\n## ${heading}\n`, `\n## ${heading} (draft)\n`)),
      `backup: body lacks the heading "## ${heading}"`,
    ] as [string, () => unknown, string],
);

describe('validatePolicyLibrary', () => {
  it('accepts the shipped library', () => {
    expect(validatePolicyLibrary(POLICY_LIBRARY, CRITERION_IDS)).toEqual([]);
  });

  it('accepts an empty library', () => {
    expect(validatePolicyLibrary([], CRITERION_IDS)).toEqual([]);
  });

  it.each<[string, () => unknown, string]>([
    // Shape
    ['a non-array', () => ({ templates: [] }), 'Policy library must be an array'],
    ['a non-object entry', () => [...copy(), 'text'], 'Entry 17'],
    ['an unknown property', () => withTemplate('backup', (t) => ({ ...t, owner: 'me' })), 'Entry 7 (backup)'],
    ['a missing summary', () => withTemplate('backup', ({ summary: _s, ...rest }) => rest), 'Entry 7 (backup): summary'],
    ['a key that is not snake_case', () => withTemplate('backup', (t) => ({ ...t, key: 'Backup-Policy' })), 'key: must be lower snake_case'],
    ['a blank title', () => withTemplate('backup', (t) => ({ ...t, title: '  ' })), 'title: must not be blank'],
    ['a two-sentence summary', () => withTemplate('backup', (t) => ({ ...t, summary: 'One thing. Another thing.' })), 'summary: must be a single sentence'],
    ['a summary without a period', () => withTemplate('backup', (t) => ({ ...t, summary: 'Backups matter' })), 'summary: must be one sentence ending'],
    ['a zero review interval', () => withTemplate('backup', (t) => ({ ...t, reviewIntervalMonths: 0 })), 'reviewIntervalMonths'],
    ['a fractional review interval', () => withTemplate('backup', (t) => ({ ...t, reviewIntervalMonths: 1.5 })), 'reviewIntervalMonths'],
    ['security as a required category', () => withTemplate('backup', (t) => ({ ...t, requiresCategory: 'security' })), 'requiresCategory'],
    ['a missing required category', () => withTemplate('backup', ({ requiresCategory: _r, ...rest }) => rest), 'requiresCategory'],
    ['no criteria', () => withTemplate('backup', (t) => ({ ...t, criteria: [] })), 'criteria'],
    ['a malformed criterion id', () => withTemplate('backup', (t) => ({ ...t, criteria: ['a1.2'] })), 'criteria.0: must look like CC6.1'],
    ['a malformed placeholder name', () => withTemplate('backup', (t) => ({ ...t, placeholders: [...t.placeholders, 'RPO'] })), 'placeholders.7'],

    // Identity
    ['a duplicate key', () => withTemplate('backup', (t) => ({ ...t, key: 'encryption', title: 'Another Title' })), 'encryption: duplicate key'],
    ['a duplicate title', () => withTemplate('backup', (t) => ({ ...t, title: 'ENCRYPTION POLICY' })), 'encryption: duplicate title "Encryption Policy" (entries 7 and 13)'],

    // Criteria
    ['an unknown criterion', () => withTemplate('backup', (t) => ({ ...t, criteria: [...t.criteria, 'A1.4'] })), 'backup: unknown criterion A1.4'],
    ['a criterion listed twice', () => withTemplate('backup', (t) => ({ ...t, criteria: ['A1.2', 'A1.2'] })), 'backup: criterion A1.2 is listed twice'],

    // Placeholders
    [
      'a placeholder used but not listed',
      () => withBody('backup', (b) => `${b}- Escalate to {{backup_escalation_contact}}\n`),
      'backup: placeholders used in the body but not listed: backup_escalation_contact',
    ],
    [
      'a placeholder listed but not used',
      () => withTemplate('backup', (t) => ({ ...t, placeholders: [...t.placeholders, 'zz_unused'] })),
      'backup: placeholders listed but not used in the body: zz_unused',
    ],
    [
      'placeholders out of order',
      () => withTemplate('backup', (t) => ({ ...t, placeholders: [...t.placeholders].reverse() })),
      'backup: placeholders must be sorted and listed once each',
    ],
    [
      'a placeholder listed twice',
      () => withTemplate('backup', (t) => ({ ...t, placeholders: [...t.placeholders, 'rpo_hours'].sort() })),
      'backup: placeholders must be sorted and listed once each',
    ],
    [
      'a missing standard placeholder',
      () =>
        withTemplate('backup', (t) => ({
          ...t,
          body: replaceOnce(t.body, '- **Effective date:** {{effective_date}}\n', ''),
          placeholders: t.placeholders.filter((p) => p !== 'effective_date'),
        })),
      'backup: body lacks the standard placeholders: effective_date',
    ],
    ['an unclosed placeholder', () => withBody('backup', (b) => replaceOnce(b, '{{rpo_hours}}', '{{rpo_hours}')), 'backup: body has an unbalanced or malformed placeholder'],
    ['a stray closing pair', () => withBody('backup', (b) => `${b}Done.}}\n`), 'backup: body has an unbalanced or malformed placeholder'],
    ['a lone opening pair', () => withBody('backup', (b) => `${b}See {{ later.\n`), 'backup: body has an unbalanced or malformed placeholder'],
    ['a placeholder with spaces', () => withBody('backup', (b) => `${b}Ask {{ policy_owner }}.\n`), 'backup: body has an unbalanced or malformed placeholder'],
    ['a capitalized placeholder', () => withBody('backup', (b) => `${b}Ask {{PolicyOwner}}.\n`), 'backup: body has an unbalanced or malformed placeholder'],

    // Structure
    ...headingCases,
    ['a heading out of order', () => withBody('backup', (b) => replaceOnce(b, '## Scope\n', '## Draft\n').replace('## Exceptions\n', '## Scope\n\n## Exceptions\n')), 'backup: required headings are out of order: found Purpose, Roles and responsibilities, Policy, Scope, Exceptions'],
    ['a repeated heading', () => withBody('backup', (b) => `${b}\n## Review\n\nAgain.\n`), 'backup: body has the heading "## Review" more than once'],
    ['a body not starting with its title', () => withTemplate('backup', (t) => ({ ...t, title: 'Data Backup Policy' })), 'backup: body must start with the heading "# Data Backup Policy"'],
    [
      'too few numbered policy subsections',
      () => withBody('backup', (b) => b.replace(/\n### [3-7]\. /g, '\n#### ')),
      'backup: the Policy section has 2 numbered subsections, expected at least 3',
    ],
    [
      'misnumbered policy subsections',
      () => withBody('backup', (b) => replaceOnce(b, '\n### 3. ', '\n### 4. ')),
      "backup: the Policy section's subsections are not numbered 1, 2, 3",
    ],

    // Size and characters
    ['a body that is too short', () => withBody('backup', (b) => b.slice(0, 1200)), 'backup: body has 1200 characters, expected 1500–9000'],
    ['a body that is too long', () => withBody('backup', (b) => b.padEnd(9001, '.')), 'backup: body has 9001 characters, expected 1500–9000'],
    ['a tab character', () => withBody('backup', (b) => `${b}\tindented\n`), 'backup: body contains control character U+0009'],
    ['a carriage return', () => withBody('backup', (b) => b.replace('\n', '\r\n')), 'backup: body contains control character U+000D'],
    ['a bell character', () => withBody('backup', (b) => `${b}\u0007`), 'backup: body contains control character U+0007'],
    ['a C1 control character', () => withBody('backup', (b) => `${b}\u0085`), 'backup: body contains control character U+0085'],
  ])('reports %s', (_name, build, expected) => {
    const problems = validatePolicyLibrary(build(), CRITERION_IDS);
    expect(problems.some((p) => p.includes(expected)), problems.join('\n')).toBe(true);
  });

  it.each([1500, 9000])('accepts a body of exactly %i characters', (length) => {
    const library = withBody('backup', (b) => (b.length >= length ? b.slice(0, length) : b.padEnd(length, '.')));
    const problems = validatePolicyLibrary(library, CRITERION_IDS);
    expect(problems.filter((p) => p.includes('characters'))).toEqual([]);
  });

  it('checks criterion ids against the list it is given', () => {
    const problems = validatePolicyLibrary(POLICY_LIBRARY, CRITERION_IDS.filter((id) => id !== 'CC8.1'));
    expect(problems).toEqual(['change_management: unknown criterion CC8.1']);
  });

  it('reports each broken template without hiding problems in the others', () => {
    const library = copy().map((t) =>
      t.key === 'backup' || t.key === 'encryption' ? { ...t, criteria: [...t.criteria, 'X9.9'] } : t,
    );
    expect(validatePolicyLibrary(library, CRITERION_IDS)).toEqual([
      'backup: unknown criterion X9.9',
      'encryption: unknown criterion X9.9',
    ]);
  });
});
