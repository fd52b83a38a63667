import { describe, expect, it } from 'vitest';
import { getCriterion, validateCatalog } from './catalog.ts';
import { CRITERIA } from './criteria.ts';
import { applyOverrides, IMPORT_LIMITS, parseCatalogImport, type ImportError, type ImportResult } from './import.ts';

const HEADER = 'id,title,description,points_of_focus';

function csv(...rows: string[]): string {
  return [HEADER, ...rows].join('\r\n');
}

function errorsOf(result: ImportResult): ImportError[] {
  if (result.ok) throw new Error(`expected errors, got ${JSON.stringify(result.overrides)}`);
  return result.errors;
}

function overridesOf(result: ImportResult) {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.errors)}`);
  return result.overrides;
}

describe('parseCatalogImport: CSV', () => {
  it('reads rows, splitting points of focus on "|" and on newlines inside quotes', () => {
    const text = csv(
      'CC1.1,Official title,"Official, quoted ""description"".",First point|Second point',
      'cc6.1,Access title,Access description,"Point A\nPoint B\r\n\nPoint C"',
    );
    expect(overridesOf(parseCatalogImport(text, 'csv'))).toEqual([
      {
        id: 'CC1.1',
        title: 'Official title',
        description: 'Official, quoted "description".',
        pointsOfFocus: ['First point', 'Second point'],
      },
      { id: 'CC6.1', title: 'Access title', description: 'Access description', pointsOfFocus: ['Point A', 'Point B', 'Point C'] },
    ]);
  });

  it('accepts columns in any order, header names in any case and a BOM', () => {
    const text = '\uFEFFDescription,ID,Points of Focus,Title\nThe description,A1.2,,The title\n';
    expect(overridesOf(parseCatalogImport(text, 'csv'))).toEqual([
      { id: 'A1.2', title: 'The title', description: 'The description', pointsOfFocus: [] },
    ]);
  });

  it('skips blank lines', () => {
    const text = `${HEADER}\n\nC1.1,T,D,P\n\n`;
    expect(overridesOf(parseCatalogImport(text, 'csv')).map((o) => o.id)).toEqual(['C1.1']);
  });

  it('rejects an unknown id, naming it and its line, and applies nothing', () => {
    const result = parseCatalogImport(csv('CC1.1,T,D,P', 'CC6.9,T,D,P', 'CC1.2,T,D,P'), 'csv');
    expect(result.ok).toBe(false);
    expect('overrides' in result).toBe(false);
    expect(errorsOf(result)).toEqual([{ line: 3, id: 'CC6.9', message: expect.stringContaining('CC6.9') }]);
  });

  it('rejects duplicate ids, case-insensitively, pointing at the first occurrence', () => {
    const errors = errorsOf(parseCatalogImport(csv('CC1.1,T,D,P', 'CC2.1,T,D,P', 'cc1.1,T2,D2,P2'), 'csv'));
    expect(errors).toEqual([{ line: 4, id: 'CC1.1', message: expect.stringMatching(/Duplicate.*CC1\.1.*line 2/) }]);
  });

  it.each<[string, string, RegExp]>([
    ['an empty title', 'CC1.1,,D,P', /Title must not be empty/],
    ['a whitespace-only title', 'CC1.1,"  \t ",D,P', /Title must not be empty/],
    ['an empty description', 'CC1.1,T,,P', /Description must not be empty/],
    ['a missing id', ',T,D,P', /id is missing/],
    ['too few fields', 'CC1.1,T,D', /Expected 4 fields but found 3/],
    ['too many fields', 'CC1.1,T,D,P,extra', /Expected 4 fields but found 5/],
    ['an unterminated quote', 'CC1.1,T,"D,P', /never closed/],
  ])('rejects %s with the line', (_name, row, message) => {
    const errors = errorsOf(parseCatalogImport(csv(row), 'csv'));
    expect(errors).toContainEqual(expect.objectContaining({ line: 2, message: expect.stringMatching(message) }));
  });

  it('names the id of a row with bad text', () => {
    const errors = errorsOf(parseCatalogImport(csv('CC1.1,,D,P'), 'csv'));
    expect(errors).toEqual([{ line: 2, id: 'CC1.1', message: 'Title must not be empty' }]);
  });

  it.each<[string, string]>([
    ['no id column', 'title,description,points_of_focus'],
    ['no points_of_focus column', 'id,title,description'],
    ['a repeated column', 'id,title,title,description,points_of_focus'],
  ])('rejects a header with %s', (_name, header) => {
    const errors = errorsOf(parseCatalogImport(`${header}\nCC1.1,T,D,P`, 'csv'));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.line === 1)).toBe(true);
  });

  it.each([[''], ['\n\n'], [HEADER], [`${HEADER}\n`]])('rejects a file without criteria: %j', (text) => {
    expect(errorsOf(parseCatalogImport(text, 'csv'))).toEqual([{ message: expect.stringMatching(/no criteria/) }]);
  });

  it('collects every error in one pass', () => {
    const text = csv(
      'XX1.1,T,D,P', // line 2: unknown id
      'CC1.1,,D,P', // line 3: empty title
      'CC2.1,T,D,P', // line 4: fine
      'CC2.1,T,D,P', // line 5: duplicate
      'CC3.1,T,,P', // line 6: empty description
      'A1.1,T', // line 7: wrong field count
      'C1.1,ab"c,D,P', // line 8: stray quote (CSV syntax)
    );
    const errors = errorsOf(parseCatalogImport(text, 'csv'));
    expect(errors.map((e) => e.line).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([2, 3, 5, 6, 7, 8]);
  });
});

describe('parseCatalogImport: text rules', () => {
  const limits = IMPORT_LIMITS;
  const points = (n: number) => Array.from({ length: n }, (_, i) => `p${i}`).join('|');

  it.each<[string, string, boolean]>([
    ['a title at the limit', `CC1.1,${'t'.repeat(limits.maxTitleChars)},D,P`, true],
    ['a title over the limit', `CC1.1,${'t'.repeat(limits.maxTitleChars + 1)},D,P`, false],
    ['a description at the limit', `CC1.1,T,${'d'.repeat(limits.maxDescriptionChars)},P`, true],
    ['a description over the limit', `CC1.1,T,${'d'.repeat(limits.maxDescriptionChars + 1)},P`, false],
    ['the maximum number of points', `CC1.1,T,D,${points(limits.maxPointsOfFocus)}`, true],
    ['too many points', `CC1.1,T,D,${points(limits.maxPointsOfFocus + 1)}`, false],
    ['a point at the limit', `CC1.1,T,D,${'p'.repeat(limits.maxPointOfFocusChars)}`, true],
    ['a point over the limit', `CC1.1,T,D,${'p'.repeat(limits.maxPointOfFocusChars + 1)}`, false],
    ['no points of focus', 'CC1.1,T,D,', true],
  ])('%s → ok=%s', (_name, row, ok) => {
    expect(parseCatalogImport(csv(row), 'csv').ok).toBe(ok);
  });

  it('counts characters, not UTF-16 units', () => {
    const title = '🔒'.repeat(limits.maxTitleChars);
    expect(parseCatalogImport(csv(`CC1.1,${title},D,P`), 'csv').ok).toBe(true);
  });

  it('strips control characters but keeps newlines and tabs', () => {
    const json = JSON.stringify([
      {
        id: 'CC1.1',
        title: 'Ti\u0007tle\u0000',
        description: 'Line one\r\nLine\ttwo\u001b\u0085',
        pointsOfFocus: ['\u0008point', '\u0001'],
      },
    ]);
    expect(overridesOf(parseCatalogImport(json, 'json'))).toEqual([
      { id: 'CC1.1', title: 'Title', description: 'Line one\nLine\ttwo', pointsOfFocus: ['point'] },
    ]);
  });

  it('collapses whitespace in titles', () => {
    const [override] = overridesOf(parseCatalogImport(csv('CC1.1,"  A\n  title\there ",D,P'), 'csv'));
    expect(override?.title).toBe('A title here');
  });

  it('rejects input over the size limit without parsing it', () => {
    const text = 'x'.repeat(limits.maxInputChars + 1);
    expect(errorsOf(parseCatalogImport(text, 'json'))).toEqual([{ message: expect.stringMatching(/too large/) }]);
  });
});

describe('parseCatalogImport: JSON', () => {
  const entry = { id: 'CC7.4', title: 'Incident title', description: 'Incident description.', pointsOfFocus: ['One', 'Two'] };

  it.each<[string, string]>([
    ['an object with a criteria array', JSON.stringify({ criteria: [entry] })],
    ['a bare array', JSON.stringify([entry])],
  ])('accepts %s', (_name, text) => {
    expect(overridesOf(parseCatalogImport(text, 'json'))).toEqual([entry]);
  });

  it('canonicalises ids and ignores extra properties', () => {
    const text = JSON.stringify([{ ...entry, id: ' cc7.4 ', category: 'security' }]);
    expect(overridesOf(parseCatalogImport(text, 'json'))[0]?.id).toBe('CC7.4');
  });

  it.each([['{"criteria": ['], ['not json'], ['{"a":1,}'], ['']])('reports malformed JSON %j instead of throwing', (text) => {
    const errors = errorsOf(parseCatalogImport(text, 'json'));
    expect(errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/^Malformed JSON/) })]);
  });

  it('gives a line for malformed JSON when the parser reports a position', () => {
    const errors = errorsOf(parseCatalogImport('[\n{"id" 1}\n]', 'json'));
    expect(errors[0]?.line).toBe(2);
  });

  it.each([['42'], ['{"items": []}'], ['{"criteria": {}}'], ['null']])('rejects the top-level shape %s', (text) => {
    expect(errorsOf(parseCatalogImport(text, 'json'))).toEqual([{ message: expect.stringMatching(/Expected a JSON array/) }]);
  });

  it('rejects an unknown id, naming it, and applies nothing', () => {
    const result = parseCatalogImport(JSON.stringify([entry, { ...entry, id: 'Q1.1' }]), 'json');
    expect(errorsOf(result)).toEqual([{ id: 'Q1.1', message: 'Entry 2: Unknown criterion id "Q1.1"' }]);
  });

  it('reports wrong types per field and entry', () => {
    const text = JSON.stringify([{ id: 'CC1.1', title: 3, description: 'D' }, 'oops']);
    expect(errorsOf(parseCatalogImport(text, 'json'))).toEqual([
      { id: 'CC1.1', message: 'Entry 1: title: must be a string' },
      { id: 'CC1.1', message: 'Entry 1: pointsOfFocus: is required' },
      { message: expect.stringMatching(/^Entry 2: entry: must be an object/) },
    ]);
  });

  it('collects all errors across entries', () => {
    const text = JSON.stringify([
      { ...entry, id: 'CC1.1', title: '' },
      { ...entry, id: 'ZZ1.1' },
      { ...entry, id: 'CC1.1' },
      { ...entry, id: 'CC1.2', pointsOfFocus: [1] },
    ]);
    const messages = errorsOf(parseCatalogImport(text, 'json')).map((e) => e.message);
    expect(messages).toEqual([
      'Entry 4: pointsOfFocus.0: must be a string',
      'Entry 1: Title must not be empty',
      'Entry 2: Unknown criterion id "ZZ1.1"',
      'Entry 3: Duplicate criterion id "CC1.1" (first given on entry 1)',
    ]);
  });
});

describe('applyOverrides', () => {
  const text = csv('CC6.1,Licensed access title,Licensed access text.,A|B', 'P8.1,Licensed privacy title,Licensed privacy text.,');

  it('replaces the text of overridden criteria and marks them imported', () => {
    const applied = applyOverrides(CRITERIA, overridesOf(parseCatalogImport(text, 'csv')));
    expect(applied).toHaveLength(61);
    expect(getCriterion(applied, 'CC6.1')).toEqual({
      ...getCriterion(CRITERIA, 'CC6.1'),
      title: 'Licensed access title',
      description: 'Licensed access text.',
      pointsOfFocus: ['A', 'B'],
      source: 'imported',
    });
    expect(getCriterion(applied, 'P8.1')?.pointsOfFocus).toEqual([]);
    const imported = applied.filter((c) => c.source === 'imported').map((c) => c.id);
    expect(imported).toEqual(['CC6.1', 'P8.1']);
    expect(applied.filter((c) => c.source === 'attest')).toHaveLength(59);
  });

  it('keeps untouched entries and leaves the input catalog unchanged', () => {
    const before = JSON.stringify(CRITERIA);
    const applied = applyOverrides(CRITERIA, overridesOf(parseCatalogImport(text, 'csv')));
    expect(JSON.stringify(CRITERIA)).toBe(before);
    expect(getCriterion(applied, 'CC1.1')).toBe(getCriterion(CRITERIA, 'CC1.1'));
    expect(CRITERIA.every((c) => c.source === 'attest')).toBe(true);
  });

  it('produces a catalog that still validates', () => {
    const applied = applyOverrides(CRITERIA, overridesOf(parseCatalogImport(text, 'csv')));
    expect(validateCatalog(applied)).toEqual([]);
  });

  it('returns an equal catalog for no overrides', () => {
    expect(applyOverrides(CRITERIA, [])).toEqual(CRITERIA);
  });
});
