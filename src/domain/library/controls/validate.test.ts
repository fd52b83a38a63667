import { describe, expect, it } from 'vitest';
import { CRITERION_IDS } from '../../catalog/index.ts';
import { CONTROL_LIBRARY } from './library.ts';
import type { ControlTemplate } from './types.ts';
import { criteriaCoverage, uncoveredCriteria, validateControlLibrary } from './validate.ts';

const KNOWN = ['CC6.1', 'CC6.2', 'CC6.3', 'CC7.2', 'A1.2'];

function control(overrides: Partial<ControlTemplate> = {}): ControlTemplate {
  return {
    code: 'AC-01',
    area: 'AC',
    title: 'Approved access requests',
    activity: 'Access is granted only through a ticket approved by the system owner before provisioning.',
    frequency: 'per_occurrence',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance: 'Approval tickets for a sample of new accounts.',
    criteria: ['CC6.2', 'CC6.3'],
    topics: ['provisioning', 'access request'],
    ...overrides,
  };
}

const second = (overrides: Partial<ControlTemplate> = {}) =>
  control({ code: 'AC-02', title: 'Quarterly access review', criteria: ['CC6.1'], topics: ['access review'], ...overrides });

describe('validateControlLibrary', () => {
  it('accepts a well-formed library', () => {
    expect(validateControlLibrary([control(), second()], KNOWN)).toEqual([]);
  });

  it('accepts an empty library', () => {
    expect(validateControlLibrary([], KNOWN)).toEqual([]);
  });

  it('rejects something that is not an array', () => {
    expect(validateControlLibrary({} as unknown as unknown[], KNOWN)).toEqual([
      'The control library must be an array of controls',
    ]);
  });

  const broken: Array<[string, unknown[], RegExp]> = [
    ['an entry that is not an object', [control(), 'AC-02'], /Entry 2/],
    ['an unexpected field', [{ ...control(), owner: 'alice' }], /AC-01 \(entry 1\).*owner/],
    ['a missing field', [(({ title: _t, ...rest }) => rest)(control())], /AC-01 \(entry 1\): title/],
    ['a blank title', [control({ title: '   ' })], /title: must not be blank/],
    ['an unknown frequency', [control({ frequency: 'hourly' as never })], /frequency/],
    ['an unknown nature', [control({ nature: 'robotic' as never })], /nature/],
    ['an unknown type', [control({ type: 'deterrent' as never })], /type/],
    ['no criteria', [control({ criteria: [] })], /criteria: must list at least one criterion/],
    ['no topics', [control({ topics: [] })], /topics: must list at least one topic/],
    ['a lowercase code', [control({ code: 'ac-01' })], /ac-01: code must look like AREA-NN/],
    ['a one-digit number', [control({ code: 'AC-1' })], /AC-1: code must look like AREA-NN/],
    ['a prefix that is too long', [control({ code: 'ACCESS-01', area: 'ACCESS' })], /ACCESS-01: code must look like/],
    ['a prefix that does not match the area', [control({ code: 'NET-01' })], /NET-01: code prefix does not match area "AC"/],
    ['an unknown area', [control({ code: 'ZZ-01', area: 'ZZ' })], /ZZ-01: unknown area "ZZ"/],
    ['a duplicate code', [control(), second({ code: 'AC-01' })], /Duplicate code "AC-01" used by AC-01, AC-01/],
    ['a duplicate title, ignoring case', [control(), second({ title: 'APPROVED access requests ' })], /Duplicate title .* used by AC-01, AC-02/],
    ['an unknown criterion', [control({ criteria: ['CC6.2', 'CC9.9'] })], /AC-01: unknown criterion "CC9.9"/],
    ['a criterion id in the wrong case', [control({ criteria: ['cc6.2'] })], /unknown criterion "cc6.2"/],
    ['a criterion listed twice', [control({ criteria: ['CC6.2', 'CC6.3', 'CC6.2'] })], /criterion "CC6.2" is listed more than once/],
    [
      'more than six criteria',
      [control({ criteria: ['CC6.1', 'CC6.2', 'CC6.3', 'CC7.2', 'A1.2', 'CC6.1', 'CC6.2'] })],
      /lists more than 6 criteria/,
    ],
    ['an activity under 40 characters', [control({ activity: 'Access is approved.' })], /activity must be 40–600 characters \(has 19\)/],
    ['an activity over 600 characters', [control({ activity: 'Access is reviewed. '.repeat(31) })], /activity must be 40–600 characters/],
    ['a title over 80 characters', [control({ title: 'T'.repeat(81) })], /title is longer than 80/],
    ['evidence guidance that is too short', [control({ evidenceGuidance: 'Tickets.' })], /evidence guidance must be/],
    ['an uppercase topic', [control({ topics: ['MFA'] })], /topic "MFA" must be lowercase words/],
    ['a topic with stray spacing', [control({ topics: ['access  review'] })], /topic "access {2}review" must be lowercase/],
    ['a topic listed twice', [control({ topics: ['mfa', 'mfa'] })], /topic "mfa" is listed more than once/],
  ];

  it.each(broken)('reports %s', (_name, library, expected) => {
    const problems = validateControlLibrary(library, KNOWN);
    expect(problems.some((p) => expected.test(p)), problems.join('\n')).toBe(true);
  });

  it('reports a problem in a broken copy of the shipped library', () => {
    const copy = CONTROL_LIBRARY.map((c) => ({ ...c }));
    copy[3] = { ...copy[3]!, criteria: [...copy[3]!.criteria, 'CC10.1'] };
    copy[7] = { ...copy[7]!, code: copy[0]!.code };
    const problems = validateControlLibrary(copy, CRITERION_IDS);
    expect(problems).toContain(`${copy[3]!.code}: unknown criterion "CC10.1"`);
    expect(problems.some((p) => p.startsWith(`Duplicate code "${copy[0]!.code}"`))).toBe(true);
  });
});

describe('criteriaCoverage', () => {
  const library = [
    control({ code: 'AC-01', criteria: ['CC6.2', 'CC6.3'] }),
    second({ code: 'AC-02', criteria: ['CC6.3', 'CC6.3', 'CC9.9'] }),
  ];

  it('lists control codes per criterion, in the order the criteria were given', () => {
    const coverage = criteriaCoverage(library, ['CC6.3', 'CC6.2', 'CC6.1']);
    expect([...coverage]).toEqual([
      ['CC6.3', ['AC-01', 'AC-02']],
      ['CC6.2', ['AC-01']],
      ['CC6.1', []],
    ]);
  });

  it('ignores criteria outside the given ids', () => {
    expect(criteriaCoverage(library, ['CC6.2']).has('CC9.9')).toBe(false);
  });

  it('counts each control once per criterion even if listed twice', () => {
    expect(criteriaCoverage(library, ['CC6.3']).get('CC6.3')).toEqual(['AC-01', 'AC-02']);
  });
});

describe('uncoveredCriteria', () => {
  it('returns the ids no control maps to, in the order given', () => {
    const library = [control({ criteria: ['CC6.2'] })];
    expect(uncoveredCriteria(library, ['CC7.2', 'CC6.2', 'A1.2'])).toEqual(['CC7.2', 'A1.2']);
  });

  it('returns every id for an empty library', () => {
    expect(uncoveredCriteria([], KNOWN)).toEqual(KNOWN);
  });

  it('returns nothing when every id is covered', () => {
    expect(uncoveredCriteria([control({ criteria: ['CC6.1', 'CC6.2'] })], ['CC6.1', 'CC6.2'])).toEqual([]);
  });
});
