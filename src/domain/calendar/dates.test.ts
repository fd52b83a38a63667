import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, isoDate, latestDate } from './dates.ts';

describe('calendar dates', () => {
  it.each([
    ['2025-01-15', 1, '2025-02-15'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2025-06-01', -12, '2024-06-01'],
    ['2025-06-01', 36, '2028-06-01'],
  ] as const)('%s + %i months → %s', (from, months, to) => {
    expect(addMonths(from, months)).toBe(to);
  });

  it.each([
    ['2025-01-01', '2025-01-31', 30],
    ['2025-03-01', '2025-02-28', -1],
    ['2024-02-28', '2024-03-01', 2],
    ['2025-03-29', '2025-03-31', 2], // across a daylight-saving change in Europe: UTC has none
  ] as const)('%s → %s is %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it('adds days, formats instants and finds the latest date', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(isoDate(new Date('2025-05-04T23:59:59Z'))).toBe('2025-05-04');
    expect(latestDate(['2024-01-01', '2025-03-01', '2024-12-31'])).toBe('2025-03-01');
    expect(latestDate([])).toBeNull();
  });

  it('refuses something that is not a date', () => {
    expect(() => addMonths('2025-1-1', 1)).toThrow(/not an ISO date/);
  });
});
