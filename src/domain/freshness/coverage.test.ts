import { describe, expect, it } from 'vitest';
import { assessFreshness, covers, missedWindows, reminderOf, type EvidencePeriod, type Freshness } from './coverage.ts';

const ev = (id: string, periodStart: string, periodEnd = periodStart, status: EvidencePeriod['status'] = 'current'): EvidencePeriod => ({ id, periodStart, periodEnd, status });
const year2026 = { from: '2026-01-01', to: '2026-12-31' };
const windowsOf = (f: Freshness) => (f.kind === 'windows' ? f.windows : []);
const statuses = (f: Freshness) => windowsOf(f).map((w) => [w.label, w.status]);

describe('coverage rule', () => {
  const q2 = { calendarStart: '2026-04-01', calendarEnd: '2026-06-30' };
  it.each([
    ['inside the window', ev('a', '2026-05-01'), true],
    ['on the first day', ev('a', '2026-04-01'), true],
    ['on the last day', ev('a', '2026-06-30'), true],
    ['the day before', ev('a', '2026-03-31'), false],
    ['the day after', ev('a', '2026-07-01'), false],
    ['spanning into it from before', ev('a', '2026-03-01', '2026-04-15'), true],
    ['spanning the whole window and more', ev('a', '2026-01-01', '2026-12-31'), true],
    ['superseded', ev('a', '2026-05-01', '2026-05-01', 'superseded'), false],
    ['removed', ev('a', '2026-05-01', '2026-05-01', 'removed'), false],
  ] as const)('evidence %s → %s', (_name, item, expected) => {
    expect(covers(item, q2)).toBe(expected);
  });
});

describe('assessFreshness', () => {
  it('quarterly over a year, seen in mid-Q3: Q1 covered, Q2 missing, Q3 due, Q4 future', () => {
    const f = assessFreshness({ frequency: 'quarterly', period: year2026, evidence: [ev('q1', '2026-03-20')], today: '2026-08-15' });
    expect(statuses(f)).toEqual([['2026-Q1', 'covered'], ['2026-Q2', 'missing'], ['2026-Q3', 'due'], ['2026-Q4', 'future']]);
    expect(f.kind === 'windows' && f.summary).toEqual({ expected: 4, covered: 1, missing: 1, due: 1, future: 1 });
    expect(windowsOf(f)[0]!.evidenceIds).toEqual(['q1']);
    expect(windowsOf(f)[2]!.daysLeft).toBe(46); // 15 Aug → 30 Sep
    // The oldest missing window is what is due next, and it is overdue.
    expect(f.kind === 'windows' && f.nextDue).toEqual({ label: '2026-Q2', dueDate: '2026-06-30', daysLeft: -46, overdue: true });
  });

  it('monthly over a year with every month covered: 12 windows covered, next due is next month', () => {
    const evidence = Array.from({ length: 12 }, (_, i) => ev(`m${i + 1}`, `2026-${String(i + 1).padStart(2, '0')}-10`));
    const f = assessFreshness({ frequency: 'monthly', period: year2026, evidence, today: '2026-12-31' });
    expect(f.kind === 'windows' && f.summary).toEqual({ expected: 12, covered: 12, missing: 0, due: 0, future: 0 });
    expect(f.kind === 'windows' && f.nextDue).toEqual({ label: '2027-01', dueDate: '2027-01-31', daysLeft: 31, overdue: false });
  });

  it('annual over a year: one window; its evidence makes it covered', () => {
    const none = assessFreshness({ frequency: 'annual', period: year2026, evidence: [], today: '2026-06-01' });
    expect(statuses(none)).toEqual([['2026', 'due']]);
    expect(none.kind === 'windows' && none.nextDue).toMatchObject({ label: '2026', dueDate: '2026-12-31', daysLeft: 213, overdue: false });
    const done = assessFreshness({ frequency: 'annual', period: year2026, evidence: [ev('a', '2026-02-01')], today: '2026-06-01' });
    expect(statuses(done)).toEqual([['2026', 'covered']]);
    expect(done.kind === 'windows' && done.nextDue).toMatchObject({ label: '2027', dueDate: '2027-12-31' });
  });

  it('evidence spanning two windows covers both', () => {
    const f = assessFreshness({ frequency: 'monthly', period: { from: '2026-01-01', to: '2026-03-31' }, evidence: [ev('x', '2026-01-20', '2026-02-10')], today: '2026-04-15' });
    expect(statuses(f)).toEqual([['2026-01', 'covered'], ['2026-02', 'covered'], ['2026-03', 'missing']]);
    expect(windowsOf(f).map((w) => w.evidenceIds)).toEqual([['x'], ['x'], []]);
  });

  it('removed and superseded evidence does not count; the superseding item does', () => {
    const evidence = [ev('old', '2026-02-01', '2026-02-01', 'superseded'), ev('gone', '2026-05-01', '2026-05-01', 'removed'), ev('new', '2026-02-02')];
    const f = assessFreshness({ frequency: 'quarterly', period: { from: '2026-01-01', to: '2026-06-30' }, evidence, today: '2026-07-10' });
    expect(statuses(f)).toEqual([['2026-Q1', 'covered'], ['2026-Q2', 'missing']]);
    expect(windowsOf(f)[0]!.evidenceIds).toEqual(['new']);
  });

  it('a partial first window is judged on its whole calendar window', () => {
    // The period starts 15 Feb; the Q1 review was performed on 5 Jan: it still covers Q1.
    const f = assessFreshness({ frequency: 'quarterly', period: { from: '2026-02-15', to: '2026-05-31' }, evidence: [ev('r', '2026-01-05')], today: '2026-05-31' });
    expect(windowsOf(f).map((w) => [w.label, w.partial, w.status])).toEqual([['2026-Q1', true, 'covered'], ['2026-Q2', true, 'due']]);
  });

  it('leap day evidence covers the leap-year February window', () => {
    const f = assessFreshness({ frequency: 'monthly', period: { from: '2028-02-01', to: '2028-03-31' }, evidence: [ev('leap', '2028-02-29')], today: '2028-03-05' });
    expect(statuses(f)).toEqual([['2028-02', 'covered'], ['2028-03', 'due']]);
  });

  it('a period that ended with everything covered has no next due date', () => {
    const f = assessFreshness({ frequency: 'quarterly', period: { from: '2025-01-01', to: '2025-06-30' }, evidence: [ev('a', '2025-02-01'), ev('b', '2025-05-01')], today: '2026-01-10' });
    expect(f.kind === 'windows' && f.nextDue).toBeNull();
  });

  it('population controls have no windows', () => {
    expect(assessFreshness({ frequency: 'per_occurrence', period: year2026, evidence: [ev('a', '2026-02-01')], today: '2026-06-01' })).toEqual({ kind: 'population', frequency: 'per_occurrence', period: year2026 });
  });
});

describe('reminders and Type II', () => {
  it.each([
    [null, 14, null],
    [{ label: 'Q', dueDate: '2026-01-01', daysLeft: -1, overdue: true }, 14, 'overdue'],
    [{ label: 'Q', dueDate: '2026-01-01', daysLeft: 0, overdue: false }, 14, 'due_soon'],
    [{ label: 'Q', dueDate: '2026-01-01', daysLeft: 14, overdue: false }, 14, 'due_soon'],
    [{ label: 'Q', dueDate: '2026-01-01', daysLeft: 15, overdue: false }, 14, null],
    [{ label: 'Q', dueDate: '2026-01-01', daysLeft: 15, overdue: false }, 30, 'due_soon'],
  ] as const)('reminder of %j within %i days → %s', (nextDue, within, expected) => {
    expect(reminderOf(nextDue, within)).toBe(expected);
  });

  it('Type II requires every ended window, not the open one', () => {
    const period = { from: '2026-01-01', to: '2026-08-15' };
    const f = assessFreshness({ frequency: 'quarterly', period, evidence: [ev('q1', '2026-03-01')], today: '2026-08-15' });
    expect(missedWindows(f, '2026-08-15')).toEqual(['2026-Q2']);
    const all = assessFreshness({ frequency: 'quarterly', period, evidence: [ev('q1', '2026-03-01'), ev('q2', '2026-06-01')], today: '2026-08-15' });
    expect(missedWindows(all, '2026-08-15')).toEqual([]);
    expect(missedWindows(assessFreshness({ frequency: 'continuous', period, evidence: [], today: '2026-08-15' }), '2026-08-15')).toBeNull();
  });
});
