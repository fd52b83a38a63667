import { describe, expect, it } from 'vitest';
import { extractPlaceholders, fillPlaceholders, getPolicyTemplate, templatesForCategories } from './render.ts';
import { POLICY_LIBRARY } from './library.ts';
import type { PolicyTemplate } from './types.ts';

describe('extractPlaceholders', () => {
  it.each<[string, string, string[]]>([
    ['an empty body', '', []],
    ['text without placeholders', 'Plain text with {braces} and }} stray closers.', []],
    ['one placeholder', 'Owned by {{policy_owner}}.', ['policy_owner']],
    ['repeats, listed once and sorted', '{{b}} then {{a}} then {{b}} again', ['a', 'b']],
    ['adjacent placeholders', '{{rto_hours}}{{rpo_hours}}', ['rpo_hours', 'rto_hours']],
    ['digits and underscores', '{{key_rotation_months}} {{p2}}', ['key_rotation_months', 'p2']],
    ['placeholders across lines', '# T\n\n- {{a}}\n- {{c}}\n\n{{b}}', ['a', 'b', 'c']],
    ['inner spaces are not a placeholder', '{{ policy_owner }}', []],
    ['upper case is not a placeholder', '{{PolicyOwner}}', []],
    ['a leading digit is not a placeholder', '{{1st_owner}}', []],
    ['an unclosed placeholder', '{{policy_owner} and {{policy_owner', []],
  ])('handles %s', (_name, body, expected) => {
    expect(extractPlaceholders(body)).toEqual(expected);
  });
});

describe('fillPlaceholders', () => {
  it.each<[string, string, Record<string, string>, string, string[]]>([
    [
      'every placeholder supplied',
      '{{organization_name}} is owned by {{policy_owner}}.',
      { organization_name: 'Acme', policy_owner: 'the CTO' },
      'Acme is owned by the CTO.',
      [],
    ],
    [
      'a repeated placeholder',
      '{{a}}, {{a}} and {{a}}',
      { a: 'x' },
      'x, x and x',
      [],
    ],
    [
      'missing values left in place and listed sorted, once each',
      '{{z}} {{known}} {{a}} {{z}}',
      { known: 'K' },
      '{{z}} K {{a}} {{z}}',
      ['a', 'z'],
    ],
    ['a blank value counted as missing', 'Due in {{days}} days', { days: '   ' }, 'Due in {{days}} days', ['days']],
    ['an empty value counted as missing', 'Due in {{days}} days', { days: '' }, 'Due in {{days}} days', ['days']],
    ['extra values ignored', 'Hello {{name}}', { name: 'Ann', unused: 'x' }, 'Hello Ann', []],
    [
      'values inserted literally, without expanding placeholders inside them',
      '{{a}} / {{b}}',
      { a: '{{b}}', b: 'B' },
      '{{b}} / B',
      [],
    ],
    ['replacement patterns inserted literally', 'Cost: {{price}}', { price: "$& $1 $$ $'" }, "Cost: $& $1 $$ $'", []],
    [
      'inherited object properties not treated as values',
      '{{constructor}} {{to_string}} {{has_own_property}}',
      {},
      '{{constructor}} {{to_string}} {{has_own_property}}',
      ['constructor', 'has_own_property', 'to_string'],
    ],
    ['malformed placeholders left alone and not listed', '{{ name }} {{Name}}', { name: 'x' }, '{{ name }} {{Name}}', []],
    ['a body without placeholders', 'Nothing to fill.', { a: 'b' }, 'Nothing to fill.', []],
  ])('handles %s', (_name, body, values, text, missing) => {
    expect(fillPlaceholders(body, values)).toEqual({ text, missing });
  });

  it('reports every placeholder of a template as missing when nothing is supplied', () => {
    for (const template of POLICY_LIBRARY) {
      const result = fillPlaceholders(template.body, {});
      expect(result.text).toBe(template.body);
      expect(result.missing).toEqual([...template.placeholders]);
    }
  });
});

describe('templatesForCategories', () => {
  const keys = (list: readonly PolicyTemplate[]): string[] => list.map((t) => t.key);
  const allKeys = keys(POLICY_LIBRARY);
  const withoutPrivacy = allKeys.filter((k) => k !== 'privacy');

  it.each<[string, string[], string[]]>([
    ['no categories (security only)', [], withoutPrivacy],
    ['security only', ['security'], withoutPrivacy],
    ['security, availability and confidentiality', ['security', 'availability', 'confidentiality'], withoutPrivacy],
    ['privacy', ['security', 'privacy'], allKeys],
    ['privacy without security listed', ['privacy'], allKeys],
  ])('offers the right templates for %s', (_name, categories, expected) => {
    expect(keys(templatesForCategories(POLICY_LIBRARY, categories))).toEqual(expected);
  });

  it('filters on every category, not only privacy', () => {
    const base = POLICY_LIBRARY[0]!;
    const library: PolicyTemplate[] = [
      { ...base, key: 'always', requiresCategory: null },
      { ...base, key: 'needs_availability', requiresCategory: 'availability' },
      { ...base, key: 'needs_integrity', requiresCategory: 'processing_integrity' },
    ];
    expect(keys(templatesForCategories(library, ['security']))).toEqual(['always']);
    expect(keys(templatesForCategories(library, ['availability']))).toEqual(['always', 'needs_availability']);
    expect(keys(templatesForCategories(library, ['processing_integrity', 'availability']))).toEqual([
      'always',
      'needs_availability',
      'needs_integrity',
    ]);
  });
});

describe('getPolicyTemplate', () => {
  it('finds a template by key', () => {
    expect(getPolicyTemplate(POLICY_LIBRARY, 'backup')?.title).toBe('Backup Policy');
  });

  it.each(['', 'Backup', 'unknown', 'constructor'])('returns undefined for %j', (key) => {
    expect(getPolicyTemplate(POLICY_LIBRARY, key)).toBeUndefined();
  });
});
