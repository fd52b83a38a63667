import { describe, expect, it } from 'vitest';
import { expectedWindows, isoWeek, windowContaining, type Expectation } from './windows.ts';

const labels = (e: Expectation) => (e.kind === 'windows' ? e.windows.map((w) => w.label) : e.kind);
const year2026 = { from: '2026-01-01', to: '2026-12-31' };

describe('expected windows', () => {
  it.each([
    ['annual', 1],
    ['semi_annual', 2],
    ['quarterly', 4],
    ['monthly', 12],
    ['weekly', 53], // 2026-01-01 is a Thursday: ISO week 2026-W01 starts 2025-12-29; 2026-12-31 is in 2026-W53
    ['daily', 365],
  ] as const)('%s over a calendar year → %i windows', (frequency, n) => {
    const e = expectedWindows(frequency, year2026);
    expect(e.kind).toBe('windows');
    if (e.kind === 'windows') expect(e.windows).toHaveLength(n);
  });

  it('quarterly over a year: the four calendar quarters, none partial', () => {
    const e = expectedWindows('quarterly', year2026);
    expect(e.kind === 'windows' && e.windows.map((w) => [w.label, w.start, w.end, w.partial])).toEqual([
      ['2026-Q1', '2026-01-01', '2026-03-31', false],
      ['2026-Q2', '2026-04-01', '2026-06-30', false],
      ['2026-Q3', '2026-07-01', '2026-09-30', false],
      ['2026-Q4', '2026-10-01', '2026-12-31', false],
    ]);
  });

  it('a period starting mid-quarter clips the first and last quarters and marks them partial', () => {
    const e = expectedWindows('quarterly', { from: '2025-11-15', to: '2026-08-10' });
    expect(e.kind === 'windows' && e.windows.map((w) => [w.label, w.start, w.end, w.calendarStart, w.calendarEnd, w.partial])).toEqual([
      ['2025-Q4', '2025-11-15', '2025-12-31', '2025-10-01', '2025-12-31', true],
      ['2026-Q1', '2026-01-01', '2026-03-31', '2026-01-01', '2026-03-31', false],
      ['2026-Q2', '2026-04-01', '2026-06-30', '2026-04-01', '2026-06-30', false],
      ['2026-Q3', '2026-07-01', '2026-08-10', '2026-07-01', '2026-09-30', true],
    ]);
  });

  it('monthly windows follow month lengths, including February of a leap year', () => {
    const e = expectedWindows('monthly', { from: '2024-01-01', to: '2024-03-31' });
    expect(e.kind === 'windows' && e.windows.map((w) => [w.label, w.end])).toEqual([
      ['2024-01', '2024-01-31'],
      ['2024-02', '2024-02-29'],
      ['2024-03', '2024-03-31'],
    ]);
    const plain = expectedWindows('monthly', { from: '2025-02-01', to: '2025-02-28' });
    expect(plain.kind === 'windows' && plain.windows[0]).toMatchObject({ end: '2025-02-28', partial: false });
  });

  it('a leap year has 366 daily windows, a common year 365', () => {
    expect(labels(expectedWindows('daily', { from: '2024-01-01', to: '2024-12-31' }))).toHaveLength(366);
    expect(labels(expectedWindows('daily', { from: '2025-01-01', to: '2025-12-31' }))).toHaveLength(365);
    expect(labels(expectedWindows('daily', { from: '2024-02-28', to: '2024-03-01' }))).toEqual(['2024-02-28', '2024-02-29', '2024-03-01']);
  });

  it('semi-annual windows are calendar halves; annual windows calendar years', () => {
    expect(labels(expectedWindows('semi_annual', { from: '2025-07-01', to: '2026-06-30' }))).toEqual(['2025-H2', '2026-H1']);
    const annual = expectedWindows('annual', { from: '2025-07-01', to: '2026-06-30' });
    expect(annual.kind === 'windows' && annual.windows.map((w) => [w.label, w.start, w.end, w.partial])).toEqual([
      ['2025', '2025-07-01', '2025-12-31', true],
      ['2026', '2026-01-01', '2026-06-30', true],
    ]);
  });

  it('a one-day period has one partial window (or a whole one for daily)', () => {
    const q = expectedWindows('quarterly', { from: '2026-05-05', to: '2026-05-05' });
    expect(q.kind === 'windows' && q.windows.map((w) => [w.label, w.partial])).toEqual([['2026-Q2', true]]);
    const d = expectedWindows('daily', { from: '2026-05-05', to: '2026-05-05' });
    expect(d.kind === 'windows' && d.windows.map((w) => [w.label, w.partial])).toEqual([['2026-05-05', false]]);
  });

  it('continuous and per-occurrence controls are judged by population, with no windows', () => {
    expect(expectedWindows('continuous', year2026)).toEqual({ kind: 'population', frequency: 'continuous' });
    expect(expectedWindows('per_occurrence', year2026)).toEqual({ kind: 'population', frequency: 'per_occurrence' });
  });

  it.each([
    [{ from: '2026-03-01', to: '2026-02-28' }, /ends before/],
    [{ from: '2020-01-01', to: '2026-01-01' }, /longer than/],
    [{ from: '2026-02-30', to: '2026-03-01' }, /not an ISO date/],
    [{ from: 'yesterday', to: '2026-03-01' }, /not an ISO date/],
  ])('rejects a bad period %j', (period, message) => {
    expect(() => expectedWindows('monthly', period)).toThrow(message);
  });
});

describe('ISO weeks', () => {
  it.each([
    ['2026-01-01', 2026, 1], // Thursday
    ['2025-12-29', 2026, 1], // Monday of 2026-W01
    ['2021-01-03', 2020, 53], // Sunday, still in 2020-W53
    ['2024-12-30', 2025, 1],
    ['2026-12-31', 2026, 53],
    ['2026-05-04', 2026, 19],
  ] as const)('%s is %i-W%i', (date, year, week) => {
    expect(isoWeek(date)).toEqual({ year, week });
  });

  it('a week runs Monday to Sunday', () => {
    expect(windowContaining('weekly', '2026-05-07')).toEqual({ label: '2026-W19', start: '2026-05-04', end: '2026-05-10' });
    expect(windowContaining('weekly', '2026-05-10')).toEqual({ label: '2026-W19', start: '2026-05-04', end: '2026-05-10' });
  });
});
