import { describe, expect, it } from 'vitest';
import { CRITERIA } from '../catalog/index.ts';
import { SystemFields, type Control } from '../../contract/program.ts';
import { categoriesInScope, checkCriteriaReferences, criteriaInScope } from './scope.ts';
import { describeSystem } from './description.ts';
import { controlMatrixRows } from './matrix.ts';

describe('scope', () => {
  it.each([
    [[], 33],
    [['availability'], 36],
    [['confidentiality'], 35],
    [['processing_integrity'], 38],
    [['privacy'], 51],
    [['availability', 'confidentiality', 'processing_integrity', 'privacy'], 61],
  ] as const)('categories %j → %i criteria', (categories, count) => {
    expect(criteriaInScope(CRITERIA, categories)).toHaveLength(count);
  });

  it('always puts security first and removes duplicates', () => {
    expect(categoriesInScope(['privacy', 'privacy'])).toEqual(['security', 'privacy']);
  });

  it('names each out-of-scope reference with its path', () => {
    expect(checkCriteriaReferences(['CC1.1', 'CC6.1'], [{ path: 'cuecs.0.criteria', criteria: ['CC6.1', 'P1.1'] }, { path: 'x', criteria: [] }])).toEqual([
      { path: 'cuecs.0.criteria', message: 'P1.1 is not in scope for this system' },
    ]);
  });
});

describe('system description', () => {
  const empty = SystemFields.parse({ name: 'S' });
  const control = (code: string, criteria: string[]) => ({ code, title: `${code} title`, activity: 'Done.', frequency: 'annual' as const, criteria });

  it('lists what is missing in an empty system', () => {
    const { sections, complete } = describeSystem(empty, ['CC1.1', 'CC1.2'], CRITERIA, []);
    expect(complete).toBe(false);
    expect(sections.map((s) => s.key)).toEqual(['DC1', 'DC2', 'DC3', 'DC4', 'DC5', 'DC6', 'DC7', 'DC8', 'DC9']);
    const missing = Object.fromEntries(sections.map((s) => [s.key, s.missing]));
    expect(missing).toEqual({
      DC1: ['services provided', 'system boundaries'],
      DC2: ['at least one commitment'],
      DC3: ['infrastructure components', 'software components', 'people components', 'procedures components', 'data components'],
      DC4: ['a statement on system incidents (write "none" if there were none)'],
      DC5: ['controls for CC1.1, CC1.2'],
      DC6: [],
      DC7: [],
      DC8: [],
      DC9: [],
    });
  });

  it('derives DC5 from controls and treats not-relevant criteria as covered', () => {
    const system = { ...empty, notRelevant: [{ criterionId: 'CC1.2', reason: 'n/a' }] };
    const dc5 = describeSystem(system, ['CC1.1', 'CC1.2'], CRITERIA, [control('GOV-01', ['CC1.1'])]).sections[4]!;
    expect(dc5.complete).toBe(true);
    expect(dc5.markdown).toContain('- **GOV-01** GOV-01 title (annual): Done.');
    expect(dc5.markdown).toContain('_Not relevant to this system (see DC8)._');
  });

  it('requires CSOCs for carve-out subservice organizations and criteria for CUECs', () => {
    const system = { ...empty, subserviceOrganizations: [{ name: 'Cloud', service: 'Hosting', method: 'carve_out' as const, csocs: [] }], cuecs: [{ text: 'Customers do X.', criteria: [] }] };
    const { sections } = describeSystem(system, [], CRITERIA, []);
    expect(sections[5]!.missing).toEqual(['criteria for every user entity control']);
    expect(sections[6]!.missing).toEqual(['complementary controls expected of Cloud']);
  });

  it('escapes table cells and orders changes by date', () => {
    const system = { ...empty, commitments: [{ commitment: 'A | B', source: 'sla' as const, reference: '' }], significantChanges: [{ date: '2026-05-01', description: 'later' }, { date: '2026-01-01', description: 'earlier' }] };
    const { sections } = describeSystem(system, [], CRITERIA, []);
    expect(sections[1]!.markdown).toContain('| A \\| B | Service level agreement |  |');
    expect(sections[8]!.markdown).toBe('- 2026-01-01: earlier\n- 2026-05-01: later');
  });
});

describe('control matrix', () => {
  const base: Control = {
    id: '00000000-0000-4000-8000-000000000001', systemId: '00000000-0000-4000-8000-000000000002', code: 'AC-10', title: 'T', activity: 'A',
    frequency: 'quarterly', nature: 'it_dependent_manual', type: 'detective', evidenceGuidance: 'Review record', criteria: ['CC6.1', 'CC6.2'],
    owner: { id: '00000000-0000-4000-8000-000000000003', name: 'Sam', email: 'sam@x.test' }, backupOwner: null, sourceTemplate: null,
    status: 'active', retiredAt: null, retiredReason: null, createdAt: '', updatedAt: '',
  };
  it('sorts codes naturally and spells out labels', () => {
    const rows = controlMatrixRows([base, { ...base, code: 'AC-2' }]);
    expect(rows.map((r) => r[0])).toEqual(['AC-2', 'AC-10']);
    expect(rows[1]).toEqual(['AC-10', 'T', 'Sam', 'sam@x.test', '(no backup owner)', '', 'Quarterly', 'IT-dependent manual', 'Detective', 'Review record', 'CC6.1, CC6.2', 'Active']);
  });
});
