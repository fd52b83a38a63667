import { describe, expect, it } from 'vitest';
import { CRITERIA } from '../catalog/index.ts';
import { DESCRIPTION_SECTIONS, OPINIONS } from '../examination/vocabulary.ts';
import {
  assessPervasiveness,
  ENTITY_LEVEL_SERIES,
  joinList,
  PERVASIVE_SECTION_COUNT,
  PERVASIVE_SHARE,
  proposeOpinion,
  SYSTEM_WIDE_SECTIONS,
  type OpinionInput,
} from './index.ts';

const SECURITY = CRITERIA.filter((c) => c.category === 'security').map((c) => c.id);
const SECURITY_AND_AVAILABILITY = CRITERIA.filter((c) => c.category === 'security' || c.category === 'availability').map((c) => c.id);
const input = (over: Partial<OpinionInput> = {}): OpinionInput => ({ reportType: 'type2', inScopeCriteria: SECURITY_AND_AVAILABILITY, ...over });

const notMet = (criterionId: string, material = true) => ({ criterionId, notMet: true, material });
const deficient = (criterionId: string, material = true) => ({ criterionId, conclusion: 'design_deficiency' as const, material });
const designed = (criterionId: string) => ({ criterionId, conclusion: 'suitably_designed' as const, material: false });
const limitation = (criteria: string[], pervasive = false, material = true) => ({ description: 'the population of production changes was not provided', criteria, material, pervasive });

/** The smallest number of criteria that meets the share rule for an in-scope list of this size. */
const pervasiveCount = (inScope: number) => Math.ceil(PERVASIVE_SHARE * inScope);
/** Non-entity-level in-scope criteria (CC6 onward and the other categories). */
const PROCESS_LEVEL = SECURITY_AND_AVAILABILITY.filter((id) => !ENTITY_LEVEL_SERIES.includes(id.split('.')[0]!));

describe('proposeOpinion: the four outcomes', () => {
  it.each([
    ['nothing found', {}, 'unqualified'],
    ['only non-material matters', {
      operatingFindings: [notMet('CC6.2', false)],
      designFindings: [deficient('CC8.1', false)],
      descriptionFindings: [{ section: 'DC3', conclusion: 'misstatement', material: false, note: 'a minor omission' }],
      scopeLimitations: [limitation(['CC7.2'], true, false)],
    }, 'unqualified'],
    ['fairly presented description and suitably designed controls', {
      descriptionFindings: DESCRIPTION_SECTIONS.map((section) => ({ section, conclusion: 'fairly_presented', material: true })),
      designFindings: SECURITY.map(designed),
    }, 'unqualified'],
    ['a criterion met by operating findings that are not "not met"', { operatingFindings: [{ criterionId: 'CC6.1', notMet: false, material: true }] }, 'unqualified'],
    ['one process-level criterion not met', { operatingFindings: [notMet('CC6.2')] }, 'qualified'],
    ['one process-level design failure', { designFindings: [deficient('CC8.1')] }, 'qualified'],
    ['a material misstatement in a section that does not frame the description', { descriptionFindings: [{ section: 'DC4', conclusion: 'misstatement', material: true, note: 'an incident was left out' }] }, 'qualified'],
    ['a material, non-pervasive scope limitation', { scopeLimitations: [limitation(['CC8.1'])] }, 'qualified'],
    ['an entity-level criterion not met', { operatingFindings: [notMet('CC1.4')] }, 'adverse'],
    ['an entity-level design failure (CC5)', { designFindings: [deficient('CC5.2')] }, 'adverse'],
    ['a material misstatement of the system components', { descriptionFindings: [{ section: 'DC3', conclusion: 'misstatement', material: true }] }, 'adverse'],
    ['material misstatements in enough sections', { descriptionFindings: ['DC4', 'DC6', 'DC9'].slice(0, PERVASIVE_SECTION_COUNT).map((section) => ({ section, conclusion: 'misstatement', material: true })) }, 'adverse'],
    ['process-level failures over the share threshold', { operatingFindings: PROCESS_LEVEL.slice(0, pervasiveCount(SECURITY_AND_AVAILABILITY.length)).map((id) => notMet(id)) }, 'adverse'],
    ['a scope limitation judged pervasive', { scopeLimitations: [limitation(['CC6.1'], true)] }, 'disclaimer'],
    ['scope limitations over the share threshold', { scopeLimitations: [limitation(PROCESS_LEVEL.slice(0, pervasiveCount(SECURITY_AND_AVAILABILITY.length)))] }, 'disclaimer'],
  ] as const)('%s → %s', (_name, over, expected) => {
    expect(proposeOpinion(input(over as Partial<OpinionInput>)).opinion).toBe(expected);
  });

  it('stays qualified one criterion below the share threshold', () => {
    const below = pervasiveCount(SECURITY_AND_AVAILABILITY.length) - 1;
    const findings = PROCESS_LEVEL.slice(0, below).map((id) => notMet(id));
    expect(proposeOpinion(input({ operatingFindings: findings })).opinion).toBe('qualified');
    expect(proposeOpinion(input({ scopeLimitations: [limitation(PROCESS_LEVEL.slice(0, below))] })).opinion).toBe('qualified');
  });

  it('returns only opinions of the vocabulary', () => {
    expect(OPINIONS).toContain(proposeOpinion(input()).opinion);
  });
});

describe('proposeOpinion: precedence', () => {
  it('gives a disclaimer when a pervasive scope limitation and a pervasive failure occur together', () => {
    const proposal = proposeOpinion(input({ scopeLimitations: [limitation(['CC7.2'], true)], operatingFindings: [notMet('CC1.1')] }));
    expect(proposal.opinion).toBe('disclaimer');
    // The failure is still reported, in the reasons and in the basis.
    expect(proposal.reasons.map((r) => r.kind)).toEqual(['operating_deficiency', 'scope_limitation']);
    expect(proposal.basis).toContain('CC1.1');
    expect(proposal.pervasiveness.failures.pervasive).toBe(true);
  });

  it('gives adverse, not a disclaimer, when the scope limitation is not pervasive', () => {
    expect(proposeOpinion(input({ scopeLimitations: [limitation(['CC7.2'])], operatingFindings: [notMet('CC1.1')] })).opinion).toBe('adverse');
  });

  it('gives qualified when a non-pervasive failure and a non-pervasive limitation occur together', () => {
    const proposal = proposeOpinion(input({ scopeLimitations: [limitation(['CC8.1'])], operatingFindings: [notMet('CC6.2')] }));
    expect(proposal.opinion).toBe('qualified');
    expect(proposal.basis).toContain('the effects of the matters described above and the possible effects of the limitation on our work');
  });
});

describe('proposeOpinion: Type I', () => {
  it('ignores operating findings, however material, and says so in the basis', () => {
    const proposal = proposeOpinion(input({ reportType: 'type1', operatingFindings: [notMet('CC1.1'), notMet('CC6.1')] }));
    expect(proposal.opinion).toBe('unqualified');
    expect(proposal.affectedCriteria).toEqual([]);
    expect(proposal.ignoredOperatingFindings).toBe(2);
    expect(proposal.basis).toContain('Type I');
    expect(proposal.basis).toContain('(2) were not considered');
    expect(proposal.basis).not.toContain('suitably designed and operated effectively');
  });

  it('still weighs design findings and the description', () => {
    expect(proposeOpinion(input({ reportType: 'type1', designFindings: [deficient('CC6.1')], operatingFindings: [notMet('CC1.1')] })).opinion).toBe('qualified');
  });

  it('counts no ignored findings for Type II', () => {
    const proposal = proposeOpinion(input({ operatingFindings: [notMet('CC6.1')] }));
    expect(proposal.ignoredOperatingFindings).toBe(0);
    expect(proposal.basis).not.toContain('Type I');
    expect(proposal.basis).toContain('suitably designed and operated effectively');
  });
});

describe('proposeOpinion: design findings per criterion', () => {
  it('fails a criterion only when none of its controls is suitably designed', () => {
    expect(proposeOpinion(input({ designFindings: [deficient('CC6.1'), designed('CC6.1')] })).opinion).toBe('unqualified');
    expect(proposeOpinion(input({ designFindings: [deficient('CC6.1'), deficient('CC6.1', false)] })).affectedCriteria).toEqual(['CC6.1']);
  });

  it('ignores a criterion whose deficiencies are all immaterial', () => {
    expect(proposeOpinion(input({ designFindings: [deficient('CC6.1', false), deficient('CC6.1', false)] })).opinion).toBe('unqualified');
  });
});

describe('proposeOpinion: empty input', () => {
  it.each([
    ['no findings', input()],
    ['nothing at all', { reportType: 'type2', inScopeCriteria: [] } as OpinionInput],
    ['empty lists', input({ descriptionFindings: [], designFindings: [], operatingFindings: [], scopeLimitations: [] })],
  ])('%s → unqualified with no reasons', (_name, given) => {
    const proposal = proposeOpinion(given);
    expect(proposal).toMatchObject({ opinion: 'unqualified', affectedCriteria: [], reasons: [], outOfScopeCriteria: [] });
    expect(proposal.basis.startsWith('Basis for opinion')).toBe(true);
  });
});

describe('proposeOpinion: affected criteria', () => {
  it('are unique, normalized and in catalog order (CC6.10 after CC6.2, A1 after CC)', () => {
    const proposal = proposeOpinion(input({
      inScopeCriteria: [...SECURITY_AND_AVAILABILITY, 'CC6.10'],
      operatingFindings: [notMet('A1.2'), notMet(' cc6.2 '), notMet('CC6.10'), notMet('CC6.2')],
      designFindings: [deficient('A1.2')],
      scopeLimitations: [limitation(['cc6.2', 'CC7.2'])],
    }));
    expect(proposal.affectedCriteria).toEqual(['CC6.2', 'CC6.10', 'CC7.2', 'A1.2']);
    for (const reason of proposal.reasons) expect(reason.criteria).toEqual([...new Set(reason.criteria)]);
  });

  it('reports criteria outside the in-scope list but still counts them', () => {
    const proposal = proposeOpinion(input({ inScopeCriteria: SECURITY, operatingFindings: [notMet('A1.2')] }));
    expect(proposal.outOfScopeCriteria).toEqual(['A1.2']);
    expect(proposal.opinion).toBe('qualified');
  });
});

describe('proposeOpinion: basis', () => {
  it.each([
    ['qualified', input({ operatingFindings: [notMet('CC6.2'), notMet('CC6.3')], designFindings: [deficient('CC8.1')] })],
    ['adverse', input({ operatingFindings: [notMet('CC1.4'), notMet('CC7.3')] })],
    ['disclaimer', input({ scopeLimitations: [limitation(['CC8.1', 'A1.3'], true)], designFindings: [deficient('CC9.2')] })],
    ['qualified (scope)', input({ scopeLimitations: [limitation(['CC6.7'])] })],
  ])('%s: names each affected criterion', (_name, given) => {
    const proposal = proposeOpinion(given);
    expect(proposal.affectedCriteria.length).toBeGreaterThan(0);
    for (const id of proposal.affectedCriteria) expect(proposal.basis).toContain(id);
  });

  it('frames a qualified opinion with "except for"', () => {
    const proposal = proposeOpinion(input({ operatingFindings: [notMet('CC6.2')] }));
    expect(proposal.basis.startsWith('Basis for qualified opinion')).toBe(true);
    expect(proposal.basis).toMatch(/Except for the effects of the matters described above on criterion CC6\.2,/);
  });

  it('gives the grounds of pervasiveness for an adverse opinion', () => {
    const proposal = proposeOpinion(input({ operatingFindings: [notMet('CC3.2')] }));
    expect(proposal.basis.startsWith('Basis for adverse opinion')).toBe(true);
    expect(proposal.basis).toContain('entity-level');
    expect(proposal.pervasiveness.failures.grounds.length).toBe(1);
  });

  it('says no opinion is expressed for a disclaimer', () => {
    const proposal = proposeOpinion(input({ scopeLimitations: [limitation(['CC6.1'], true)] }));
    expect(proposal.basis.startsWith('Basis for disclaimer of opinion')).toBe(true);
    expect(proposal.basis).toContain('do not express an opinion');
    expect(proposal.basis).toContain('The population of production changes was not provided; we could not obtain enough evidence about criterion CC6.1.');
  });

  it('quotes the finding notes and the description section', () => {
    const proposal = proposeOpinion(input({
      descriptionFindings: [{ section: 'DC7', conclusion: 'misstatement', material: true, note: 'the hosting provider is not named.' }],
      operatingFindings: [{ ...notMet('CC6.2'), note: 'two leavers kept access for a month' }],
    }));
    expect(proposal.reasons).toEqual([
      { kind: 'description_misstatement', criteria: [], text: expect.stringContaining('DC7') },
      { kind: 'operating_deficiency', criteria: ['CC6.2'], text: expect.stringContaining('two leavers kept access for a month') },
    ]);
    expect(proposal.basis).toContain('the hosting provider is not named.');
    expect(proposal.basis).not.toContain('named..');
  });

  it('is deterministic', () => {
    const given = input({ operatingFindings: [notMet('CC7.2'), notMet('CC6.1')], scopeLimitations: [limitation(['CC8.1'])] });
    expect(proposeOpinion(given)).toEqual(proposeOpinion(structuredClone(given)));
  });
});

describe('assessPervasiveness', () => {
  it.each([
    ['nothing', [], [], 33, false],
    ['one process-level criterion', ['CC6.1'], [], 33, false],
    ['each entity-level series', ENTITY_LEVEL_SERIES.map((s) => `${s}.1`), [], 33, true],
    ['exactly the share', ['CC6.1', 'CC6.2'], [], 8, true],
    ['just below the share', ['CC6.1'], [], 5, false],
    ['a system-wide section', [], [SYSTEM_WIDE_SECTIONS[0]!], 33, true],
    ['two other sections', [], ['DC4', 'DC9'], 33, PERVASIVE_SECTION_COUNT <= 2],
    ['no criteria in scope', ['CC6.1'], [], 0, false],
  ] as const)('%s → %s', (_name, criteria, sections, inScope, pervasive) => {
    const result = assessPervasiveness({ criteria, sections }, inScope);
    expect(result.pervasive).toBe(pervasive);
    expect(result.grounds.length > 0).toBe(pervasive);
  });

  it('treats each of CC1–CC5 as entity level and CC6–CC9 as not', () => {
    for (const id of SECURITY) {
      const entityLevel = /^CC[1-5]\./.test(id);
      expect({ id, pervasive: assessPervasiveness({ criteria: [id], sections: [] }, SECURITY.length).pervasive }).toEqual({ id, pervasive: entityLevel });
    }
  });
});

describe('joinList', () => {
  it.each([[[], ''], [['A'], 'A'], [['A', 'B'], 'A and B'], [['A', 'B', 'C'], 'A, B and C']] as const)('%j → %s', (items, text) => {
    expect(joinList(items)).toBe(text);
  });
});
