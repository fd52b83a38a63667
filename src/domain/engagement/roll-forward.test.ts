import { describe, expect, it } from 'vitest';
import { nextName, nextTerms, periodMonths } from './roll-forward.ts';

describe('rolling an engagement forward', () => {
  it('starts a Type II the day after the last period, as long', () => {
    expect(nextTerms({ reportType: 'type2', asOfDate: null, periodStart: '2026-01-01', periodEnd: '2026-12-31', shortPeriodReason: null }))
      .toEqual({ reportType: 'type2', asOfDate: null, periodStart: '2027-01-01', periodEnd: '2027-12-31', shortPeriodReason: null });
    expect(nextTerms({ reportType: 'type2', asOfDate: null, periodStart: '2025-10-01', periodEnd: '2026-09-30', shortPeriodReason: null }))
      .toMatchObject({ periodStart: '2026-10-01', periodEnd: '2027-09-30' });
    const short = nextTerms({ reportType: 'type2', asOfDate: null, periodStart: '2026-07-01', periodEnd: '2026-09-30', shortPeriodReason: 'first examination' });
    expect(short).toMatchObject({ periodStart: '2026-10-01', periodEnd: '2026-12-31', shortPeriodReason: 'first examination' });
  });

  it('moves a Type I date a year on, across a leap day', () => {
    expect(nextTerms({ reportType: 'type1', asOfDate: '2026-06-30', periodStart: null, periodEnd: null, shortPeriodReason: null })).toMatchObject({ asOfDate: '2027-06-30' });
    expect(nextTerms({ reportType: 'type1', asOfDate: '2028-02-29', periodStart: null, periodEnd: null, shortPeriodReason: null }).asOfDate).toBe('2029-02-28');
  });

  it('counts whole months of a period', () => {
    expect(periodMonths('2026-01-01', '2026-12-31')).toBe(12);
    expect(periodMonths('2026-01-01', '2026-06-30')).toBe(6);
  });

  it('moves the year in the name, or adds it', () => {
    const prev = { reportType: 'type2' as const, asOfDate: null, periodStart: '2026-01-01', periodEnd: '2026-12-31', shortPeriodReason: null };
    const next = nextTerms(prev);
    expect(nextName('Acme SOC 2 Type II 2026', prev, next)).toBe('Acme SOC 2 Type II 2027');
    expect(nextName('Acme SOC 2', prev, next)).toBe('Acme SOC 2 (2027)');
  });
});
