import { describe, expect, it } from 'vitest';
import { CRITERIA, CRITERION_IDS, type Category } from '../../catalog/index.ts';
import {
  CONTROL_AREA_CODES,
  CONTROL_FREQUENCIES,
  CONTROL_LIBRARY,
  CONTROL_LIBRARY_VERSION,
  CONTROL_NATURES,
  CONTROL_TYPES,
  criteriaCoverage,
  uncoveredCriteria,
  validateControlLibrary,
} from './index.ts';

const coverage = criteriaCoverage(CONTROL_LIBRARY, CRITERION_IDS);
const idsOf = (category: Category) => CRITERIA.filter((c) => c.category === category).map((c) => c.id);

describe('CONTROL_LIBRARY', () => {
  it('has a version label', () => {
    expect(CONTROL_LIBRARY_VERSION).toMatch(/^attest-controls-\d+$/);
  });

  it('passes validation against the shipped catalog', () => {
    expect(validateControlLibrary(CONTROL_LIBRARY, CRITERION_IDS)).toEqual([]);
  });

  it('holds at least 85 controls', () => {
    expect(CONTROL_LIBRARY.length).toBeGreaterThanOrEqual(85);
  });

  it('is frozen so callers cannot alter the shipped data', () => {
    expect(Object.isFrozen(CONTROL_LIBRARY)).toBe(true);
    const first = CONTROL_LIBRARY[0]!;
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.criteria)).toBe(true);
    expect(Object.isFrozen(first.topics)).toBe(true);
  });

  it('numbers controls from 01 without gaps within each area, in order', () => {
    const numbersByArea = new Map<string, number[]>();
    for (const control of CONTROL_LIBRARY) {
      const [area, number] = control.code.split('-');
      numbersByArea.set(area!, [...(numbersByArea.get(area!) ?? []), Number(number)]);
    }
    for (const [area, numbers] of numbersByArea) {
      expect({ area, numbers }).toEqual({ area, numbers: numbers.map((_, i) => i + 1) });
    }
  });

  it('uses every area at least once', () => {
    const used = new Set(CONTROL_LIBRARY.map((c) => c.area));
    expect(CONTROL_AREA_CODES.filter((area) => !used.has(area))).toEqual([]);
  });

  it('writes each activity as one to three complete sentences', () => {
    const offenders = CONTROL_LIBRARY.filter((c) => {
      const sentences = c.activity.split(/[.!?](?:\s+|$)/).filter((s) => s.trim() !== '');
      return sentences.length < 1 || sentences.length > 3 || !c.activity.trim().endsWith('.');
    }).map((c) => c.code);
    expect(offenders).toEqual([]);
  });

  it('names no third-party control framework or product as a source', () => {
    const banned = /\b(aicpa|vanta|drata|secureframe|sprinto|hyperproof)\b/i;
    const offenders = CONTROL_LIBRARY.filter((c) =>
      [c.title, c.activity, c.evidenceGuidance, ...c.topics].some((text) => banned.test(text)),
    ).map((c) => c.code);
    expect(offenders).toEqual([]);
  });
});

describe('criteria coverage of the shipped library', () => {
  it('covers every one of the 61 criteria', () => {
    expect(CRITERION_IDS).toHaveLength(61);
    // Listing the uncovered ids makes a failure say exactly what is missing.
    expect(uncoveredCriteria(CONTROL_LIBRARY, CRITERION_IDS)).toEqual([]);
  });

  it('maps the 33 security criteria to at least 2.5 controls each on average', () => {
    const security = idsOf('security');
    expect(security).toHaveLength(33);
    const total = security.reduce((sum, id) => sum + (coverage.get(id)?.length ?? 0), 0);
    expect(total / security.length).toBeGreaterThanOrEqual(2.5);
  });

  // The non-security categories must be covered by controls whose purpose is
  // that category, not only by incidental mappings from generic controls.
  const dedicatedAreas: Array<[Category, readonly string[]]> = [
    ['availability', ['OPS', 'BCP']],
    ['confidentiality', ['DATA']],
    ['processing_integrity', ['PI']],
    ['privacy', ['PRIV']],
  ];
  it.each(dedicatedAreas)('covers each %s criterion with a control from %j', (category, areas) => {
    const byCode = new Map(CONTROL_LIBRARY.map((c) => [c.code, c]));
    const lacking = idsOf(category).filter(
      (id) => !(coverage.get(id) ?? []).some((code) => areas.includes(byCode.get(code)!.area)),
    );
    expect(lacking).toEqual([]);
  });
});

describe('topics named by auditors', () => {
  // Topics a SOC 2 examination is expected to find controls for.
  const seedTopics: Array<[string, readonly string[]]> = [
    ['role-based access', ['rbac']],
    ['access reviews', ['access review']],
    ['multi-factor authentication', ['mfa']],
    ['encryption in transit', ['encryption in transit']],
    ['encryption at rest', ['encryption at rest']],
    ['incident response', ['incident response']],
    ['vulnerability scanning', ['vulnerability scanning']],
    ['remediation SLAs', ['remediation sla']],
    ['change approval', ['change approval']],
    ['backups', ['backup']],
    ['restore tests', ['restore test']],
    ['logging', ['logging']],
    ['alerting', ['alerting']],
    ['vendor reviews', ['vendor review']],
    ['background checks', ['background check']],
    ['security training', ['security training']],
    ['risk assessment', ['risk assessment']],
    ['policy approval', ['policy approval']],
    ['business continuity', ['business continuity']],
    ['disaster recovery tests', ['dr test']],
    ['asset disposal', ['asset disposal']],
    ['endpoint protection', ['endpoint protection']],
    ['network segmentation', ['network segmentation']],
  ];
  it.each(seedTopics)('%s is covered by a control', (_name, topics) => {
    const matching = CONTROL_LIBRARY.filter((c) => topics.every((t) => c.topics.includes(t)));
    expect(matching.map((c) => c.code)).not.toEqual([]);
  });
});

describe('control attributes', () => {
  it.each(CONTROL_FREQUENCIES)('frequency %s is used by at least one control', (frequency) => {
    expect(CONTROL_LIBRARY.some((c) => c.frequency === frequency)).toBe(true);
  });
  it.each(CONTROL_NATURES)('nature %s is used by at least one control', (nature) => {
    expect(CONTROL_LIBRARY.some((c) => c.nature === nature)).toBe(true);
  });
  it.each(CONTROL_TYPES)('type %s is used by at least one control', (type) => {
    expect(CONTROL_LIBRARY.some((c) => c.type === type)).toBe(true);
  });
});
