import { describe, expect, it } from 'vitest';
import { validateCatalog } from './catalog.ts';
import { CATALOG_VERSION, CRITERIA } from './criteria.ts';
import { CRITERION_IDS } from './structure.ts';
import type { Category } from './types.ts';

// Written out literally so the test does not share a source of truth with the data.
const EXPECTED_IDS = [
  'CC1.1', 'CC1.2', 'CC1.3', 'CC1.4', 'CC1.5',
  'CC2.1', 'CC2.2', 'CC2.3',
  'CC3.1', 'CC3.2', 'CC3.3', 'CC3.4',
  'CC4.1', 'CC4.2',
  'CC5.1', 'CC5.2', 'CC5.3',
  'CC6.1', 'CC6.2', 'CC6.3', 'CC6.4', 'CC6.5', 'CC6.6', 'CC6.7', 'CC6.8',
  'CC7.1', 'CC7.2', 'CC7.3', 'CC7.4', 'CC7.5',
  'CC8.1',
  'CC9.1', 'CC9.2',
  'A1.1', 'A1.2', 'A1.3',
  'C1.1', 'C1.2',
  'PI1.1', 'PI1.2', 'PI1.3', 'PI1.4', 'PI1.5',
  'P1.1', 'P2.1', 'P3.1', 'P3.2', 'P4.1', 'P4.2', 'P4.3', 'P5.1', 'P5.2',
  'P6.1', 'P6.2', 'P6.3', 'P6.4', 'P6.5', 'P6.6', 'P6.7', 'P7.1', 'P8.1',
];

const EXPECTED_COSO: Record<string, number> = {
  'CC1.1': 1, 'CC1.2': 2, 'CC1.3': 3, 'CC1.4': 4, 'CC1.5': 5,
  'CC2.1': 13, 'CC2.2': 14, 'CC2.3': 15,
  'CC3.1': 6, 'CC3.2': 7, 'CC3.3': 8, 'CC3.4': 9,
  'CC4.1': 16, 'CC4.2': 17,
  'CC5.1': 10, 'CC5.2': 11, 'CC5.3': 12,
};

const CATEGORY_BY_PREFIX: Record<string, Category> = {
  CC: 'security',
  A: 'availability',
  C: 'confidentiality',
  PI: 'processing_integrity',
  P: 'privacy',
};

function prefixOf(id: string): string {
  return /^[A-Z]+/.exec(id)?.[0] ?? '';
}

function sentenceCount(text: string): number {
  return text.split(/[.!?](?:\s+|$)/).filter((s) => s.trim() !== '').length;
}

describe('shipped catalog', () => {
  it('passes validateCatalog', () => {
    expect(validateCatalog(CRITERIA)).toEqual([]);
  });

  it('holds exactly the 61 expected ids, in natural order', () => {
    expect(EXPECTED_IDS).toHaveLength(61);
    expect(CRITERIA.map((c) => c.id)).toEqual(EXPECTED_IDS);
    expect(CRITERION_IDS).toEqual(EXPECTED_IDS);
  });

  it.each<[Category, number]>([
    ['security', 33],
    ['availability', 3],
    ['confidentiality', 2],
    ['processing_integrity', 5],
    ['privacy', 18],
  ])('has %s criteria: %i', (category, count) => {
    expect(CRITERIA.filter((c) => c.category === category)).toHaveLength(count);
  });

  it.each(EXPECTED_IDS)('%s has the right COSO principle', (id) => {
    const criterion = CRITERIA.find((c) => c.id === id);
    expect(criterion?.cosoPrinciple).toBe(EXPECTED_COSO[id] ?? null);
  });

  it.each(EXPECTED_IDS)('%s has category, series and text that fit', (id) => {
    const c = CRITERIA.find((x) => x.id === id);
    expect(c).toBeDefined();
    if (!c) return;
    expect(c.category).toBe(CATEGORY_BY_PREFIX[prefixOf(id)]);
    expect(c.series).toBe(id.split('.')[0]);
    expect(c.seriesTitle.trim()).not.toBe('');
    expect(c.source).toBe('attest');
    expect(c.title.length).toBeGreaterThan(0);
    expect(c.title.length).toBeLessThanOrEqual(80);
    expect(sentenceCount(c.description)).toBeGreaterThanOrEqual(1);
    expect(sentenceCount(c.description)).toBeLessThanOrEqual(3);
    expect(c.pointsOfFocus.length).toBeGreaterThanOrEqual(3);
    expect(c.pointsOfFocus.length).toBeLessThanOrEqual(8);
  });

  it('gives every criterion of a series the same series title, and each series a distinct one', () => {
    const titles = new Map<string, Set<string>>();
    for (const c of CRITERIA) titles.set(c.series, (titles.get(c.series) ?? new Set()).add(c.seriesTitle));
    expect(titles.size).toBe(20);
    for (const set of titles.values()) expect(set.size).toBe(1);
    const distinct = new Set([...titles.values()].flatMap((s) => [...s]));
    expect(distinct.size).toBe(20);
  });

  it('has unique titles', () => {
    expect(new Set(CRITERIA.map((c) => c.title)).size).toBe(61);
  });

  it('is frozen so callers cannot mutate the shared data', () => {
    const first = CRITERIA[0] as { title: string; pointsOfFocus: string[] };
    expect(() => {
      first.title = 'changed';
    }).toThrow(TypeError);
    expect(() => first.pointsOfFocus.push('extra')).toThrow(TypeError);
    expect(CRITERIA[0]?.title).not.toBe('changed');
  });

  it('has a versioned identifier', () => {
    expect(CATALOG_VERSION).toMatch(/^tsc-2017-attest-\d+$/);
  });
});
