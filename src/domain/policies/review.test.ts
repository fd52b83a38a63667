import { describe, expect, it } from 'vitest';
import { addMonths, reviewStatus, type ReviewStatus } from './review.ts';

describe('addMonths', () => {
  it.each([
    ['2025-01-15', 12, '2026-01-15'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2025-12-01', 1, '2026-01-01'],
    ['2025-03-31T23:59:59.000Z', 6, '2025-09-30'],
  ] as const)('%s + %i months = %s', (from, months, expected) => expect(addMonths(from, months)).toBe(expected));
});

describe('reviewStatus', () => {
  const cases: Array<[string, string | Date | null, number, string, ReviewStatus]> = [
    ['never approved', null, 12, '2026-01-01', { dueOn: null, state: 'never_approved' }],
    ['just approved', '2026-01-10T09:00:00.000Z', 12, '2026-01-10', { dueOn: '2027-01-10', state: 'current' }],
    ['31 days before due', '2025-03-01', 12, '2026-01-29', { dueOn: '2026-03-01', state: 'current' }],
    ['30 days before due', '2025-03-01', 12, '2026-01-30', { dueOn: '2026-03-01', state: 'due_soon' }],
    ['on the due day', '2025-03-01', 12, '2026-03-01', { dueOn: '2026-03-01', state: 'due_soon' }],
    ['the day after', '2025-03-01', 12, '2026-03-02', { dueOn: '2026-03-01', state: 'overdue' }],
    ['quarterly, long overdue', '2024-06-30', 3, '2026-01-01', { dueOn: '2024-09-30', state: 'overdue' }],
    ['month-end clamped', '2025-08-31', 6, '2026-02-27', { dueOn: '2026-02-28', state: 'due_soon' }],
    ['Date inputs', new Date('2025-05-05T12:00:00Z'), 12, '2025-06-01', { dueOn: '2026-05-05', state: 'current' }],
  ];
  it.each(cases)('%s', (_name, approvedAt, months, today, expected) => expect(reviewStatus(approvedAt, months, today)).toEqual(expected));

  it('accepts today as a Date', () => expect(reviewStatus('2025-01-01', 12, new Date('2026-01-02T00:00:00Z')).state).toBe('overdue'));
});
