import { describe, expect, it } from 'vitest';
import {
  CATEGORIES,
  compareCriterionIds,
  getCriterion,
  groupBySeries,
  listCriteria,
  validateCatalog,
  type Criterion,
} from './catalog.ts';
import { CRITERIA } from './criteria.ts';

const ids = (list: readonly Criterion[]): string[] => list.map((c) => c.id);

/** A mutable deep copy of the shipped catalog. */
function copy(): Criterion[] {
  return CRITERIA.map((c) => ({ ...c, pointsOfFocus: [...c.pointsOfFocus] }));
}

function withEntry(id: string, change: (c: Criterion) => Record<string, unknown>): unknown[] {
  return copy().map((c) => (c.id === id ? change(c) : c));
}

describe('validateCatalog', () => {
  it('accepts the shipped catalog', () => {
    expect(validateCatalog(CRITERIA)).toEqual([]);
  });

  it.each<[string, () => unknown, string]>([
    ['a non-array', () => ({ criteria: [] }), 'must be an array'],
    ['a missing criterion', () => copy().filter((c) => c.id !== 'CC6.8'), 'Missing criterion CC6.8'],
    ['a short catalog', () => copy().slice(1), 'Expected 61 criteria but found 60'],
    ['a duplicate id', () => [...copy().slice(1), { ...copy()[1]! }], 'Duplicate criterion id CC1.2'],
    ['an unexpected id', () => withEntry('CC6.8', (c) => ({ ...c, id: 'CC6.9' })), 'Unexpected criterion id CC6.9'],
    ['a malformed id', () => withEntry('CC6.8', (c) => ({ ...c, id: 'cc6.8' })), 'id: must look like CC6.1'],
    ['a wrong category', () => withEntry('A1.1', (c) => ({ ...c, category: 'security' })), 'A1.1: category is security, expected availability'],
    ['an unknown category', () => withEntry('A1.1', (c) => ({ ...c, category: 'uptime' })), 'A1.1 (entry 34): category'],
    ['a wrong series', () => withEntry('CC1.1', (c) => ({ ...c, series: 'CC2' })), 'CC1.1: series is CC2, expected CC1'],
    ['a wrong series title', () => withEntry('CC1.1', (c) => ({ ...c, seriesTitle: 'Other' })), 'CC1.1: series title "Other"'],
    ['a wrong COSO principle', () => withEntry('CC3.1', (c) => ({ ...c, cosoPrinciple: 7 })), 'CC3.1: COSO principle is 7, expected 6'],
    ['a COSO principle outside CC1-CC5', () => withEntry('CC6.1', (c) => ({ ...c, cosoPrinciple: 3 })), 'CC6.1: COSO principle is 3, expected null'],
    ['a missing COSO principle', () => withEntry('CC1.1', (c) => ({ ...c, cosoPrinciple: null })), 'CC1.1: COSO principle is null, expected 1'],
    ['too few points of focus', () => withEntry('CC7.2', (c) => ({ ...c, pointsOfFocus: ['a', 'b'] })), 'CC7.2: has 2 points of focus, expected 3–8'],
    ['too many points of focus', () => withEntry('CC7.2', (c) => ({ ...c, pointsOfFocus: 'abcdefghi'.split('') })), 'CC7.2: has 9 points of focus'],
    ['a repeated point of focus', () => withEntry('CC7.2', (c) => ({ ...c, pointsOfFocus: ['a', 'b', 'a'] })), 'CC7.2: repeats a point of focus'],
    ['a blank title', () => withEntry('CC8.1', (c) => ({ ...c, title: '   ' })), 'CC8.1 (entry 31): title: must not be blank'],
    ['a long title', () => withEntry('CC8.1', (c) => ({ ...c, title: 'x'.repeat(81) })), 'CC8.1: title is longer than 80'],
    ['an unknown property', () => withEntry('C1.1', (c) => ({ ...c, extra: true })), 'C1.1 (entry 37)'],
    ['a missing source', () => withEntry('C1.1', ({ source: _s, ...rest }) => rest), 'C1.1 (entry 37): source'],
    ['a non-object entry', () => [...copy().slice(1), 42], 'Entry 61'],
  ])('reports %s', (_name, build, expected) => {
    const problems = validateCatalog(build());
    expect(problems.some((p) => p.includes(expected)), problems.join('\n')).toBe(true);
  });

  it('applies the looser limits to imported text', () => {
    const catalog = withEntry('CC1.1', (c) => ({
      ...c,
      title: 'x'.repeat(200),
      pointsOfFocus: [],
      source: 'imported',
    }));
    expect(validateCatalog(catalog)).toEqual([]);
    const tooLong = withEntry('CC1.1', (c) => ({ ...c, title: 'x'.repeat(201), source: 'imported' }));
    expect(validateCatalog(tooLong)).toEqual(['CC1.1: title is longer than 200 characters']);
  });
});

describe('compareCriterionIds', () => {
  it.each<[string, string]>([
    ['CC1.1', 'CC1.2'],
    ['CC1.5', 'CC2.1'],
    ['CC1.2', 'CC1.10'],
    ['CC6.9', 'CC6.10'],
    ['CC9.2', 'CC10.1'],
    ['CC9.2', 'A1.1'],
    ['A1.3', 'C1.1'],
    ['C1.2', 'PI1.1'],
    ['PI1.5', 'P1.1'],
    ['P1.1', 'P2.1'],
    ['P8.1', 'P10.1'],
    ['cc1.1', 'CC1.2'],
    ['P8.1', 'not-an-id'],
  ])('%s sorts before %s', (a, b) => {
    expect(compareCriterionIds(a, b)).toBeLessThan(0);
    expect(compareCriterionIds(b, a)).toBeGreaterThan(0);
  });

  it('treats equal ids as equal', () => {
    expect(compareCriterionIds('CC6.1', 'CC6.1')).toBe(0);
  });

  it('restores natural order from any permutation', () => {
    const expected = CRITERIA.map((c) => c.id);
    const shuffled = [...expected].reverse();
    shuffled.push(...shuffled.splice(0, 20));
    expect(shuffled.sort(compareCriterionIds)).toEqual(expected);
    expect(['CC6.10', 'CC6.9', 'CC6.1'].sort(compareCriterionIds)).toEqual(['CC6.1', 'CC6.9', 'CC6.10']);
  });
});

describe('listCriteria', () => {
  it('returns every criterion in natural order without a filter', () => {
    const reversed = [...CRITERIA].reverse();
    expect(ids(listCriteria(reversed))).toEqual(ids(CRITERIA));
  });

  it.each<[string, string, string[]]>([
    ['an id', 'CC6.1', ['CC6.1']],
    ['an id in lower case', 'pi1.3', ['PI1.3']],
    ['a title phrase', 'Managing capacity', ['A1.1']],
    ['a title word in upper case', 'MALICIOUS', ['CC6.8']],
    ['a point of focus', 'drift detection', ['CC7.1']],
    ['a description phrase', 'hunts for known weaknesses', ['CC7.1']],
    ['several terms anywhere in the entry', 'backups region', ['A1.2']],
  ])('finds by %s', (_name, q, expected) => {
    expect(ids(listCriteria(CRITERIA, { q }))).toEqual(expected);
  });

  it('searches series titles', () => {
    const found = ids(listCriteria(CRITERIA, { q: 'change management' }));
    expect(found).toContain('CC8.1');
  });

  it('returns nothing when no entry matches', () => {
    expect(listCriteria(CRITERIA, { q: 'zzz-no-such-text' })).toEqual([]);
  });

  it('ignores a blank query', () => {
    expect(listCriteria(CRITERIA, { q: '   ' })).toHaveLength(61);
  });

  it.each<[Criterion['category'], string[]]>([
    ['availability', ['A1.1', 'A1.2', 'A1.3']],
    ['confidentiality', ['C1.1', 'C1.2']],
    ['processing_integrity', ['PI1.1', 'PI1.2', 'PI1.3', 'PI1.4', 'PI1.5']],
  ])('filters by category %s', (category, expected) => {
    expect(ids(listCriteria(CRITERIA, { category }))).toEqual(expected);
  });

  it('combines category and search', () => {
    const all = ids(listCriteria(CRITERIA, { q: 'vendor' }));
    const privacy = ids(listCriteria(CRITERIA, { q: 'vendor', category: 'privacy' }));
    expect(all).toContain('CC9.2');
    expect(privacy.length).toBeGreaterThan(0);
    expect(privacy).not.toContain('CC9.2');
    expect(privacy.every((id) => id.startsWith('P') && !id.startsWith('PI'))).toBe(true);
    expect(privacy.every((id) => all.includes(id))).toBe(true);
  });
});

describe('getCriterion', () => {
  it.each([['CC6.1'], ['cc6.1'], [' Cc6.1 ']])('finds %j', (id) => {
    expect(getCriterion(CRITERIA, id)?.id).toBe('CC6.1');
  });

  it.each([['CC6.9'], [''], ['CC6'], ['P9.1']])('returns undefined for %j', (id) => {
    expect(getCriterion(CRITERIA, id)).toBeUndefined();
  });
});

describe('CATEGORIES', () => {
  it('lists the five categories with labels, in catalog order', () => {
    expect(CATEGORIES).toEqual([
      { id: 'security', label: 'Security (common criteria)' },
      { id: 'availability', label: 'Availability' },
      { id: 'confidentiality', label: 'Confidentiality' },
      { id: 'processing_integrity', label: 'Processing integrity' },
      { id: 'privacy', label: 'Privacy' },
    ]);
  });
});

describe('groupBySeries', () => {
  it('groups the catalog into 20 ordered series', () => {
    const groups = groupBySeries(CRITERIA);
    expect(groups.map((g) => `${g.series}:${g.criteria.length}`)).toEqual([
      'CC1:5', 'CC2:3', 'CC3:4', 'CC4:2', 'CC5:3', 'CC6:8', 'CC7:5', 'CC8:1', 'CC9:2',
      'A1:3', 'C1:2', 'PI1:5',
      'P1:1', 'P2:1', 'P3:2', 'P4:3', 'P5:2', 'P6:7', 'P7:1', 'P8:1',
    ]);
    const cc6 = groups.find((g) => g.series === 'CC6');
    expect(cc6?.category).toBe('security');
    expect(cc6?.seriesTitle).toBe(getCriterion(CRITERIA, 'CC6.1')?.seriesTitle);
    expect(groups.find((g) => g.series === 'PI1')?.category).toBe('processing_integrity');
  });

  it('orders groups and members even when the input is shuffled', () => {
    const pick = ['P4.2', 'CC6.3', 'A1.1', 'CC6.1', 'P4.1'].map((id) => getCriterion(CRITERIA, id)!);
    const groups = groupBySeries(pick);
    expect(groups.map((g) => [g.series, ids(g.criteria)])).toEqual([
      ['CC6', ['CC6.1', 'CC6.3']],
      ['A1', ['A1.1']],
      ['P4', ['P4.1', 'P4.2']],
    ]);
  });

  it('returns no groups for no criteria', () => {
    expect(groupBySeries([])).toEqual([]);
  });
});
