// Where a request stands against its due date, and which reminder (if any) is owed today.
import type { DueState, RequestStatus } from '../../contract/requests.ts';
import { addDays } from '../calendar/dates.ts';

/** A request is "due soon" this many days before its due date (inclusive). */
export const DUE_SOON_DAYS = 3;

export function dueState(status: RequestStatus, dueOn: string | null, today: string): DueState {
  if (status === 'submitted' || status === 'accepted') return 'answered';
  if (dueOn === null) return 'no_due_date';
  if (dueOn < today) return 'overdue';
  return dueOn <= addDays(today, DUE_SOON_DAYS) ? 'due_soon' : 'on_track';
}

export interface Reminder {
  kind: 'request_due_soon' | 'request_overdue';
  /** Unique per request and reminder: "due soon" once per due date, "overdue" once per day. */
  dedupeKey: string;
}

/** The reminder owed to the assignee today, or null (answered, no due date, no assignee, or not yet due soon). */
export function reminderFor(r: { id: string; status: RequestStatus; dueOn: string | null; assigneeId: string | null }, today: string): Reminder | null {
  if (r.assigneeId === null) return null;
  const state = dueState(r.status, r.dueOn, today);
  if (state === 'due_soon') return { kind: 'request_due_soon', dedupeKey: `request_due_soon:${r.id}:${r.dueOn}` };
  if (state === 'overdue') return { kind: 'request_overdue', dedupeKey: `request_overdue:${r.id}:${today}` };
  return null;
}
