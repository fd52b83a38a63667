import { describe, expect, it } from 'vitest';
import type { DueState, RequestStatus } from '../../contract/requests.ts';
import { dueState, reminderFor } from './due.ts';

const today = '2026-03-10';

describe('dueState', () => {
  it.each<[RequestStatus, string | null, DueState]>([
    ['open', null, 'no_due_date'],
    ['open', '2026-03-20', 'on_track'],
    ['open', '2026-03-14', 'on_track'],
    ['open', '2026-03-13', 'due_soon'],
    ['open', '2026-03-10', 'due_soon'],
    ['open', '2026-03-09', 'overdue'],
    ['returned', '2026-03-01', 'overdue'],
    ['submitted', '2026-03-01', 'answered'],
    ['accepted', null, 'answered'],
  ])('%s due %s → %s', (status, dueOn, state) => {
    expect(dueState(status, dueOn, today)).toBe(state);
  });
});

describe('reminderFor', () => {
  const base = { id: 'r1', status: 'open' as RequestStatus, assigneeId: 'u1' };
  it('reminds once per due date while due soon, and once per day while overdue', () => {
    expect(reminderFor({ ...base, dueOn: '2026-03-12' }, today)).toEqual({ kind: 'request_due_soon', dedupeKey: 'request_due_soon:r1:2026-03-12' });
    expect(reminderFor({ ...base, dueOn: '2026-03-12' }, '2026-03-11')!.dedupeKey).toBe('request_due_soon:r1:2026-03-12');
    expect(reminderFor({ ...base, dueOn: '2026-03-01' }, today)).toEqual({ kind: 'request_overdue', dedupeKey: 'request_overdue:r1:2026-03-10' });
    expect(reminderFor({ ...base, dueOn: '2026-03-01' }, '2026-03-11')!.dedupeKey).toBe('request_overdue:r1:2026-03-11');
  });
  it('owes nothing without an assignee, a due date, before the window, or once answered', () => {
    expect(reminderFor({ ...base, assigneeId: null, dueOn: '2026-03-01' }, today)).toBeNull();
    expect(reminderFor({ ...base, dueOn: null }, today)).toBeNull();
    expect(reminderFor({ ...base, dueOn: '2026-04-01' }, today)).toBeNull();
    expect(reminderFor({ ...base, status: 'submitted', dueOn: '2026-03-01' }, today)).toBeNull();
  });
});
