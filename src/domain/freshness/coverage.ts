// Which expected windows of a control have evidence, which are overdue, which is due now, and when
// the next evidence is due. Pure: `today` is passed in.
//
// The coverage rule. An evidence item records the period it is *about* (not its upload date). An item
// covers a window when it is current (not superseded, not removed) and its period overlaps the window's
// calendar bounds: it has something to say about that window. So:
//   - a review performed on 5 April about Q1 (period 1 Jan – 31 Mar) covers Q1, not Q2;
//   - a log export about 1 Jan – 31 Mar covers each month of a monthly control in that quarter;
//   - a window cut by the period's edge is judged on its whole calendar window, because the one
//     occurrence that window calls for may fall just outside the period (the quarter's review done
//     on 5 April counts for a period that starts on 15 April).
// Requiring the item's period to lie inside the window instead would reject every export that spans
// several windows, and an auditor accepts those; whether one artifact is sufficient for a sample is
// the auditor's test, later, not freshness. Superseded items do not count (their successor does), and
// removed items never count.
import type { ControlFrequency } from '../../contract/program.ts';
import { addDays, daysBetween } from '../calendar/dates.ts';
import { expectedWindows, type ExpectedWindow, type Period, type WindowedFrequency, windowContaining } from './windows.ts';

export interface EvidencePeriod {
  id: string;
  periodStart: string;
  periodEnd: string;
  status: 'current' | 'superseded' | 'removed';
}

/** covered: has evidence; missing: ended without evidence (overdue); due: contains today, no evidence yet; future: not started. */
export type WindowStatus = 'covered' | 'missing' | 'due' | 'future';

export interface WindowFreshness extends ExpectedWindow {
  status: WindowStatus;
  /** Ids of the current evidence items that cover the window. */
  evidenceIds: string[];
  /** Days from today to the window's calendar end (negative once it has ended). */
  daysLeft: number;
}

export interface NextDue {
  /** The window the next evidence is for. */
  label: string;
  /** Its calendar end: the date the evidence is due by. */
  dueDate: string;
  /** Days from today to the due date (negative: overdue by that many days). */
  daysLeft: number;
  overdue: boolean;
}

export interface WindowSummary {
  expected: number;
  covered: number;
  missing: number;
  due: number;
  future: number;
}

export type Freshness =
  | { kind: 'population'; frequency: 'continuous' | 'per_occurrence'; period: Period }
  | { kind: 'windows'; frequency: WindowedFrequency; period: Period; windows: WindowFreshness[]; summary: WindowSummary; nextDue: NextDue | null };

/** Whether an item covers a window (the rule above). */
export function covers(item: EvidencePeriod, window: Pick<ExpectedWindow, 'calendarStart' | 'calendarEnd'>): boolean {
  return item.status === 'current' && item.periodStart <= window.calendarEnd && item.periodEnd >= window.calendarStart;
}

function statusOf(w: ExpectedWindow, covered: boolean, today: string): WindowStatus {
  if (covered) return 'covered';
  if (w.end < today) return 'missing';
  if (w.start > today) return 'future';
  return 'due';
}

/**
 * The next evidence due: the earliest window that has ended without evidence (overdue); otherwise the
 * window containing today when it has none yet; otherwise the window after today's. Null when the
 * period ended with every window covered.
 */
function nextDueOf(frequency: WindowedFrequency, windows: readonly WindowFreshness[], evidence: readonly EvidencePeriod[], period: Period, today: string): NextDue | null {
  const pending = windows.find((w) => w.status === 'missing' || w.status === 'due');
  const due = (label: string, dueDate: string): NextDue => {
    const daysLeft = daysBetween(today, dueDate);
    return { label, dueDate, daysLeft, overdue: daysLeft < 0 };
  };
  if (pending) return due(pending.label, pending.calendarEnd);
  if (period.to < today) return null;
  // Every window up to today is covered: the next one is the first window after today's that has no evidence.
  let w = windowContaining(frequency, today);
  for (let i = 0; i < 400; i++) {
    w = windowContaining(frequency, addDays(w.end, 1));
    if (!evidence.some((e) => covers(e, { calendarStart: w.start, calendarEnd: w.end }))) return due(w.label, w.end);
  }
  return null;
}

export function assessFreshness(input: { frequency: ControlFrequency; period: Period; evidence: readonly EvidencePeriod[]; today: string }): Freshness {
  const { frequency, period, evidence, today } = input;
  const expectation = expectedWindows(frequency, period);
  if (expectation.kind === 'population') return { kind: 'population', frequency: expectation.frequency, period };
  const windows = expectation.windows.map((w): WindowFreshness => {
    const evidenceIds = evidence.filter((e) => covers(e, w)).map((e) => e.id);
    return { ...w, status: statusOf(w, evidenceIds.length > 0, today), evidenceIds, daysLeft: daysBetween(today, w.calendarEnd) };
  });
  const count = (s: WindowStatus) => windows.filter((w) => w.status === s).length;
  const summary = { expected: windows.length, covered: count('covered'), missing: count('missing'), due: count('due'), future: count('future') };
  return { kind: 'windows', frequency: expectation.frequency, period, windows, summary, nextDue: nextDueOf(expectation.frequency, windows, evidence, period, today) };
}

/** A control's reminder state: overdue, due within `withinDays`, or neither (null). */
export function reminderOf(nextDue: NextDue | null, withinDays: number): 'overdue' | 'due_soon' | null {
  if (!nextDue) return null;
  if (nextDue.overdue) return 'overdue';
  return nextDue.daysLeft <= withinDays ? 'due_soon' : null;
}

/**
 * Type II "has operated": the windows of the observation period that have already ended must each
 * have evidence. The window containing today is still open and is not required yet. Returns the
 * labels of the ended windows without evidence (empty: operated), or null for population controls.
 */
export function missedWindows(freshness: Freshness, today: string): string[] | null {
  if (freshness.kind === 'population') return null;
  return freshness.windows.filter((w) => w.calendarEnd < today && w.status !== 'covered').map((w) => w.label);
}
