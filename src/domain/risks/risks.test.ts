import { describe, expect, it } from 'vitest';
import { heatMap, riskLevel, riskScore, riskSummary, reviewOverdue, scored, SCALE, type ScoringRisk } from './scoring.ts';
import { assessmentStatus } from './assessment.ts';

const LEVEL_OF_SCORE: Record<number, string> = {
  1: 'low', 2: 'low', 3: 'low', 4: 'low',
  5: 'medium', 6: 'medium', 7: 'medium', 8: 'medium', 9: 'medium',
  10: 'high', 11: 'high', 12: 'high', 13: 'high', 14: 'high', 15: 'high', 16: 'high',
  17: 'critical', 18: 'critical', 19: 'critical', 20: 'critical', 21: 'critical', 22: 'critical', 23: 'critical', 24: 'critical', 25: 'critical',
};

describe('risk levels', () => {
  it.each(Object.entries(LEVEL_OF_SCORE).map(([s, l]) => [Number(s), l] as const))('score %i is %s', (score, level) => {
    expect(riskLevel(score)).toBe(level);
  });

  it.each([0, 26, 2.5, -1, Number.NaN])('refuses the score %s', (score) => {
    expect(() => riskLevel(score)).toThrow(RangeError);
  });

  it('scores every cell of the 5×5 grid as likelihood × impact', () => {
    const table = SCALE.map((l) => SCALE.map((i) => `${riskScore({ likelihood: l, impact: i })}:${scored({ likelihood: l, impact: i }).level[0]}`).join(' '));
    expect(table).toEqual([
      '1:l 2:l 3:l 4:l 5:m',
      '2:l 4:l 6:m 8:m 10:h',
      '3:l 6:m 9:m 12:h 15:h',
      '4:l 8:m 12:h 16:h 20:c',
      '5:m 10:h 15:h 20:c 25:c',
    ]);
  });
});

const risk = (id: string, inherent: [number, number], residual: [number, number], over: Partial<ScoringRisk> = {}): ScoringRisk => ({
  id,
  inherent: { likelihood: inherent[0], impact: inherent[1] },
  residual: { likelihood: residual[0], impact: residual[1] },
  status: 'open',
  reviewDate: null,
  ...over,
});

describe('heat map', () => {
  const risks = [risk('a', [5, 5], [2, 3]), risk('b', [5, 5], [1, 1]), risk('c', [1, 4], [1, 4])];

  it('counts risks per cell, indexed [likelihood - 1][impact - 1], on either basis', () => {
    const inherent = heatMap(risks, 'inherent');
    expect(inherent).toHaveLength(5);
    expect(inherent.every((row) => row.length === 5)).toBe(true);
    expect(inherent[4]![4]).toEqual({ likelihood: 5, impact: 5, score: 25, level: 'critical', count: 2, riskIds: ['a', 'b'] });
    expect(inherent[0]![3]).toMatchObject({ likelihood: 1, impact: 4, count: 1, riskIds: ['c'] });
    expect(inherent.flat().reduce((n, c) => n + c.count, 0)).toBe(3);
    const residual = heatMap(risks, 'residual');
    expect(residual[1]![2]).toMatchObject({ likelihood: 2, impact: 3, score: 6, level: 'medium', riskIds: ['a'] });
    expect(residual[0]![0]!.riskIds).toEqual(['b']);
    expect(residual[4]![4]!.count).toBe(0);
  });

  it('is an empty grid for no risks', () => {
    expect(heatMap([], 'residual').flat().every((c) => c.count === 0 && c.riskIds.length === 0)).toBe(true);
  });
});

describe('risk summary', () => {
  it('counts open risks by level and lists overdue reviews', () => {
    const today = '2026-06-15';
    const summary = riskSummary([
      risk('a', [5, 5], [2, 3], { reviewDate: '2026-06-14' }),
      risk('b', [4, 3], [1, 1], { reviewDate: '2026-06-15' }),
      risk('c', [1, 1], [1, 1], { reviewDate: null }),
      risk('d', [5, 5], [5, 5], { status: 'closed', reviewDate: '2020-01-01' }),
    ], today);
    expect(summary).toEqual({
      open: 3,
      closed: 1,
      inherent: { low: 1, medium: 0, high: 1, critical: 1 },
      residual: { low: 2, medium: 1, high: 0, critical: 0 },
      overdueReviews: ['a'],
    });
  });

  it.each([
    [{ status: 'open', reviewDate: '2026-06-14' }, true],
    [{ status: 'open', reviewDate: '2026-06-15' }, false],
    [{ status: 'open', reviewDate: null }, false],
    [{ status: 'closed', reviewDate: '2026-01-01' }, false],
  ] as const)('review overdue %j → %s', (r, overdue) => {
    expect(reviewOverdue(r, '2026-06-15')).toBe(overdue);
  });
});

describe('annual risk assessment', () => {
  it.each([
    [null, { state: 'never', lastPerformedOn: null, ageDays: null, dueOn: null }],
    ['2026-01-15', { state: 'current', lastPerformedOn: '2026-01-15', ageDays: 151, dueOn: '2027-01-15' }],
    ['2025-06-15', { state: 'current', lastPerformedOn: '2025-06-15', ageDays: 365, dueOn: '2026-06-15' }],
    ['2025-06-14', { state: 'due', lastPerformedOn: '2025-06-14', ageDays: 366, dueOn: '2026-06-14' }],
  ] as const)('last performed %s', (last, status) => {
    expect(assessmentStatus(last, '2026-06-15')).toEqual(status);
  });
});
