import { describe, expect, it } from 'vitest';
import { examinedThrough, periodOverBy, reportDateProblem } from './report-date.ts';

const typeOne = { asOfDate: '2025-11-30', periodEnd: null };
const typeTwo = { asOfDate: null, periodEnd: '2026-06-30' };

describe('report date', () => {
  it('is examined through the as-of date (Type I) or the period end (Type II)', () => {
    expect([examinedThrough(typeOne), examinedThrough(typeTwo)]).toEqual(['2025-11-30', '2026-06-30']);
  });

  it('is over the day after its last day, and always for an engagement with neither date', () => {
    expect([periodOverBy(typeTwo, '2026-06-30'), periodOverBy(typeTwo, '2026-07-01'), periodOverBy({ asOfDate: null, periodEnd: null }, '2020-01-01')]).toEqual([false, true, true]);
  });

  it.each([
    ['the day after the as-of date', '2025-12-01', typeOne, '2026-01-20', null],
    ['the day of issue', '2026-01-20', typeOne, '2026-01-20', null],
    ['after the period end', '2026-08-14', typeTwo, '2026-09-01', null],
    ['the as-of date itself', '2025-11-30', typeOne, '2026-01-20', 'The report date 2025-11-30 must be after 2025-11-30, the last day the examination covers.'],
    ['inside the period', '2026-06-01', typeTwo, '2026-09-01', 'The report date 2026-06-01 must be after 2026-06-30, the last day the examination covers.'],
    ['after the day of issue', '2026-01-21', typeOne, '2026-01-20', 'The report date 2026-01-21 is after the day of issue (2026-01-20).'],
  ])('%s', (_name, date, e, issuedOn, problem) => {
    expect(reportDateProblem(date, e, issuedOn)).toBe(problem);
  });
});
