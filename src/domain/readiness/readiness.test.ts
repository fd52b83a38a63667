import { describe, expect, it } from 'vitest';
import { CRITERIA } from '../catalog/index.ts';
import { CONTROL_LIBRARY } from '../library/controls/index.ts';
import { criteriaInScope } from '../program/scope.ts';
import { assessReadiness, type ReadinessInput } from './readiness.ts';

const securityOnly = criteriaInScope(CRITERIA, []);
const base: ReadinessInput = { catalog: CRITERIA, inScope: ['CC1.1', 'CC1.4', 'CC6.2'], notRelevant: new Map(), controls: [], reportType: 'type1' };

describe('assessReadiness', () => {
  it('an empty program is 0% ready with a no_control gap per criterion', () => {
    const r = assessReadiness({ ...base, inScope: securityOnly });
    expect(r.percent).toBe(0);
    expect(r.total).toBe(33);
    expect(r.gaps).toHaveLength(33);
    expect(new Set(r.gaps.map((g) => g.kind))).toEqual(new Set(['no_control']));
    expect(r.byCategory).toEqual([{ key: 'security', title: 'Security', total: 33, ready: 0, percent: 0 }]);
    expect(r.bySeries.map((s) => s.key)).toEqual(['CC1', 'CC2', 'CC3', 'CC4', 'CC5', 'CC6', 'CC7', 'CC8', 'CC9']);
    expect(r.assessed).toEqual({ policies: false, people: false, operating: false });
  });

  it('the whole library with owners covers every criterion of every category', () => {
    const controls = CONTROL_LIBRARY.map((t) => ({ code: t.code, criteria: t.criteria, hasOwner: true }));
    const r = assessReadiness({ ...base, inScope: CRITERIA.map((c) => c.id), controls });
    expect(r.gaps).toEqual([]);
    expect(r.percent).toBe(100);
  });

  it.each([
    ['no owner', [{ code: 'GOV-01', criteria: ['CC1.1'], hasOwner: false }], 'no_owner'],
    ['owned', [{ code: 'GOV-01', criteria: ['CC1.1'], hasOwner: true }], null],
    ['one of two owned', [{ code: 'A', criteria: ['CC1.1'], hasOwner: false }, { code: 'B', criteria: ['CC1.1'], hasOwner: true }], null],
  ] as const)('coverage: %s', (_name, controls, kind) => {
    const c = assessReadiness({ ...base, inScope: ['CC1.1'], controls }).criteria[0]!;
    expect(c.gaps.map((g) => g.kind)).toEqual(kind ? [kind] : []);
    expect(c.covered).toBe(kind === null);
  });

  it('not relevant criteria count as ready and carry no gaps', () => {
    const r = assessReadiness({ ...base, inScope: ['CC1.1', 'CC1.4'], notRelevant: new Map([['CC1.4', 'No staff']]) });
    expect(r.criteria.map((c) => c.state)).toEqual(['gap', 'not_relevant']);
    expect(r.percent).toBe(50);
  });

  const owned = [{ code: 'GOV-01', criteria: ['CC1.1'], hasOwner: true }];
  it.each([
    ['no policy', [], 'no_policy'],
    ['draft only', [{ title: 'InfoSec', criteria: ['CC1.1'], approved: false, reviewOverdue: false }], 'policy_not_approved'],
    ['approved but overdue', [{ title: 'InfoSec', criteria: ['CC1.1'], approved: true, reviewOverdue: true }], 'policy_review_overdue'],
    ['approved and current', [{ title: 'InfoSec', criteria: ['CC1.1'], approved: true, reviewOverdue: false }], null],
    ['policy for another criterion', [{ title: 'Access', criteria: ['CC6.1'], approved: true, reviewOverdue: false }], 'no_policy'],
  ] as const)('documentation: %s', (_name, policies, kind) => {
    const c = assessReadiness({ ...base, inScope: ['CC1.1'], controls: owned, policies }).criteria[0]!;
    expect(c.gaps.map((g) => g.kind)).toEqual(kind ? [kind] : []);
    expect(c.documented).toBe(kind === null);
  });

  it('people flags fall on the people-related criteria only', () => {
    const controls = [{ code: 'X', criteria: ['CC1.1', 'CC1.4', 'CC6.2'], hasOwner: true }];
    const people = { trainingOverdue: 2, backgroundCheckMissing: 0, accessNotRevokedInTime: 1, acknowledgementMissing: 0 };
    const r = assessReadiness({ ...base, controls, people });
    const byId = Object.fromEntries(r.criteria.map((c) => [c.id, c.gaps.map((g) => g.message)]));
    expect(byId).toEqual({
      'CC1.1': [],
      'CC1.4': ['2 people are overdue on security training'],
      'CC6.2': ['1 departed person kept access past the revocation SLA'],
    });
    expect(r.percent).toBe(33.3);
  });

  it('type II adds operating gaps only where evidence says so', () => {
    const controls = [{ code: 'X', criteria: ['CC1.1', 'CC1.4'], hasOwner: true }];
    const operating = new Map([['CC1.1', true], ['CC1.4', false]]);
    const t2 = assessReadiness({ ...base, inScope: ['CC1.1', 'CC1.4'], controls, reportType: 'type2', operating });
    expect(t2.gaps.map((g) => [g.criterionId, g.kind])).toEqual([['CC1.4', 'not_operating']]);
    const t1 = assessReadiness({ ...base, inScope: ['CC1.1', 'CC1.4'], controls, reportType: 'type1', operating });
    expect(t1.gaps).toEqual([]);
  });

  it('type II names each control without evidence and the windows it misses', () => {
    const controls = [{ code: 'AC-03', criteria: ['CC6.2'], hasOwner: true }, { code: 'AC-04', criteria: ['CC6.2'], hasOwner: true }];
    const operating = new Map([['CC6.2', false]]);
    const missingEvidence = new Map([['CC6.2', [
      { controlId: 'c3', code: 'AC-03', windows: ['2026-Q1'] },
      { controlId: 'c4', code: 'AC-04', windows: ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'] },
    ]]]);
    const r = assessReadiness({ ...base, inScope: ['CC6.2'], controls, reportType: 'type2', operating, missingEvidence });
    expect(r.gaps).toEqual([
      { criterionId: 'CC6.2', kind: 'not_operating', message: 'AC-03 has no evidence for 2026-Q1', fix: 'evidence', controlId: 'c3' },
      { criterionId: 'CC6.2', kind: 'not_operating', message: 'AC-04 has no evidence for 2026-01, 2026-02, 2026-03, 2026-04 and 2 more', fix: 'evidence', controlId: 'c4' },
    ]);
    expect(assessReadiness({ ...base, inScope: ['CC6.2'], controls, reportType: 'type1', operating, missingEvidence }).gaps).toEqual([]);
  });
});
