import { describe, expect, it } from 'vitest';
import { addBusinessDays, addMonths, isIsoDate } from './dates.ts';
import { accessNotRevokedInTime, acknowledgementMissing, backgroundCheckMissing, personFlags, personStatus, trainingOverdue, type FlagInput } from './flags.ts';

const base: FlagInput = { startDate: '2025-01-06', endDate: null, trainings: [{ dueNext: '2026-12-31' }], backgroundChecks: [{ status: 'passed' }], accessEvents: [] };
const p = (over: Partial<FlagInput>): FlagInput => ({ ...base, ...over });

describe('dates', () => {
  it.each([
    ['2026-01-09', 1, '2026-01-12'], // Friday + 1 → Monday
    ['2026-01-10', 1, '2026-01-12'], // Saturday + 1 → Monday
    ['2026-01-11', 1, '2026-01-12'], // Sunday + 1 → Monday
    ['2026-01-12', 1, '2026-01-13'], // Monday + 1 → Tuesday
    ['2026-01-08', 2, '2026-01-12'], // Thursday + 2 → Monday
    ['2026-01-09', 0, '2026-01-09'],
    ['2026-01-09', 5, '2026-01-16'],
    ['2026-01-10', 0, '2026-01-10'], // 0 days from a Saturday stays the Saturday
  ])('%s + %i business days = %s', (from, days, to) => expect(addBusinessDays(from, days)).toBe(to));

  it.each([
    ['2025-03-15', 12, '2026-03-15'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2025-12-31', 2, '2026-02-28'],
  ])('%s + %i months = %s', (from, months, to) => expect(addMonths(from, months)).toBe(to));

  it.each([['2026-02-28', true], ['2026-02-30', false], ['2026-2-3', false], ['2024-02-29', true], ['yesterday', false]])('isIsoDate(%s) = %s', (s, ok) => expect(isIsoDate(s)).toBe(ok));
});

describe('flags', () => {
  const today = '2026-01-14'; // a Wednesday
  const opts = { today, revocationSlaDays: 1 };

  it.each<[string, Partial<FlagInput>, boolean]>([
    ['no completion', { trainings: [] }, true],
    ['latest due date before today', { trainings: [{ dueNext: '2025-06-01' }, { dueNext: '2026-01-13' }] }, true],
    ['latest due date is today', { trainings: [{ dueNext: '2025-06-01' }, { dueNext: '2026-01-14' }] }, false],
    ['an old completion and a current one', { trainings: [{ dueNext: '2026-06-01' }, { dueNext: '2024-06-01' }] }, false],
    ['departed people are not chased', { trainings: [], endDate: '2026-01-13' }, false],
    ['last day is today: still active', { trainings: [], endDate: '2026-01-14' }, true],
  ])('training overdue: %s', (_, over, expected) => expect(trainingOverdue(p(over), today)).toBe(expected));

  it.each<[string, Partial<FlagInput>, boolean]>([
    ['started, no check', { backgroundChecks: [] }, true],
    ['started, only in progress and failed', { backgroundChecks: [{ status: 'in_progress' }, { status: 'failed' }] }, true],
    ['waived', { backgroundChecks: [{ status: 'waived' }] }, false],
    ['starts tomorrow', { startDate: '2026-01-15', backgroundChecks: [] }, false],
    ['starts today', { startDate: '2026-01-14', backgroundChecks: [] }, true],
    ['no start date', { startDate: null, backgroundChecks: [] }, false],
    ['departed, never checked', { endDate: '2025-12-01', backgroundChecks: [] }, true],
  ])('background check missing: %s', (_, over, expected) => expect(backgroundCheckMissing(p(over), today)).toBe(expected));

  it.each<[string, Partial<FlagInput>, number, string, boolean]>([
    ['no end date', { endDate: null }, 1, today, false],
    ['Friday end, revoked Monday (SLA 1)', { endDate: '2026-01-09', accessEvents: [{ kind: 'revoked', on: '2026-01-12' }] }, 1, today, false],
    ['Friday end, revoked Tuesday (SLA 1)', { endDate: '2026-01-09', accessEvents: [{ kind: 'revoked', on: '2026-01-13' }] }, 1, today, true],
    ['Friday end, revoked Saturday (SLA 1)', { endDate: '2026-01-09', accessEvents: [{ kind: 'revoked', on: '2026-01-10' }] }, 1, today, false],
    ['Saturday end, revoked Monday (SLA 1)', { endDate: '2026-01-10', accessEvents: [{ kind: 'revoked', on: '2026-01-12' }] }, 1, today, false],
    ['Thursday end, revoked Monday (SLA 2)', { endDate: '2026-01-08', accessEvents: [{ kind: 'revoked', on: '2026-01-12' }] }, 2, today, false],
    ['Thursday end, revoked Monday (SLA 1)', { endDate: '2026-01-08', accessEvents: [{ kind: 'revoked', on: '2026-01-12' }] }, 1, today, true],
    ['SLA 0: same day is in time', { endDate: '2026-01-09', accessEvents: [{ kind: 'revoked', on: '2026-01-09' }] }, 0, today, false],
    ['SLA 0: next day is late', { endDate: '2026-01-09', accessEvents: [{ kind: 'revoked', on: '2026-01-10' }] }, 0, today, true],
    ['the last revocation counts', { endDate: '2026-01-09', accessEvents: [{ kind: 'revoked', on: '2026-01-09' }, { kind: 'revoked', on: '2026-01-14' }] }, 1, today, true],
    ['a grant is not a revocation', { endDate: '2026-01-09', accessEvents: [{ kind: 'granted', on: '2026-01-09' }] }, 1, today, true],
    ['not revoked, deadline passed over the weekend', { endDate: '2026-01-09' }, 1, '2026-01-13', true],
    ['not revoked, deadline is today (Monday)', { endDate: '2026-01-09' }, 1, '2026-01-12', false],
    ['not revoked, still before the end date', { endDate: '2026-02-27' }, 1, today, false],
  ])('access not revoked in time: %s', (_, over, sla, on, expected) => expect(accessNotRevokedInTime(p(over), { today: on, revocationSlaDays: sla })).toBe(expected));

  it.each<[string, FlagInput['policies'], Partial<FlagInput>, boolean]>([
    ['not provided (policies are another slice)', undefined, {}, false],
    ['all acknowledged', { required: [{ policyId: 'a', version: 2 }], acknowledged: [{ policyId: 'a', version: 2 }] }, {}, false],
    ['an older version only', { required: [{ policyId: 'a', version: 2 }], acknowledged: [{ policyId: 'a', version: 1 }] }, {}, true],
    ['departed people are not chased', { required: [{ policyId: 'a', version: 2 }], acknowledged: [] }, { endDate: '2026-01-01' }, false],
  ])('acknowledgement missing: %s', (_, policies, over, expected) => expect(acknowledgementMissing(p({ ...over, policies }), today)).toBe(expected));

  it('lists every flag in order, and derives the status', () => {
    expect(personFlags(p({ trainings: [], backgroundChecks: [], endDate: '2026-01-14', policies: { required: [{ policyId: 'x', version: 1 }], acknowledged: [] } }), { ...opts, today: '2026-01-14' }))
      .toEqual(['training_overdue', 'background_check_missing', 'acknowledgement_missing']);
    expect(personFlags(base, opts)).toEqual([]);
    expect(personStatus({ endDate: '2026-01-13' }, today)).toBe('departed');
    expect(personStatus({ endDate: today }, today)).toBe('active');
  });
});
