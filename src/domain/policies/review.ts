// The review cycle of a policy: when the approved version is due for review, and how urgent that is.
// Pure: dates are calendar days in UTC, passed in as 'YYYY-MM-DD' strings, ISO timestamps or Dates.

export const DUE_SOON_DAYS = 30;

export type ReviewState = 'current' | 'due_soon' | 'overdue' | 'never_approved';

export interface ReviewStatus {
  /** The day the next review is due (YYYY-MM-DD); null when no version was ever approved. */
  dueOn: string | null;
  state: ReviewState;
}

const DAY_MS = 86_400_000;

function dayOf(value: Date | string): { y: number; m: number; d: number } {
  const iso = typeof value === 'string' ? value : value.toISOString();
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) throw new Error(`not a date: ${iso}`);
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Adds whole months to a day, clamping to the month's last day (Jan 31 + 1 month = Feb 28 or 29). */
export function addMonths(day: Date | string, months: number): string {
  const { y, m, d } = dayOf(day);
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = (index % 12) + 1;
  return `${pad(ny, 4)}-${pad(nm)}-${pad(Math.min(d, daysInMonth(ny, nm)))}`;
}

function epochDay(day: Date | string): number {
  const { y, m, d } = dayOf(day);
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

/**
 * Review status of a policy whose current version was approved at `approvedAt`, reviewed every
 * `intervalMonths`: overdue after the due day, due soon within 30 days of it (the due day included).
 */
export function reviewStatus(approvedAt: Date | string | null, intervalMonths: number, today: Date | string): ReviewStatus {
  if (approvedAt === null) return { dueOn: null, state: 'never_approved' };
  const dueOn = addMonths(approvedAt, intervalMonths);
  const left = epochDay(dueOn) - epochDay(today);
  const state: ReviewState = left < 0 ? 'overdue' : left <= DUE_SOON_DAYS ? 'due_soon' : 'current';
  return { dueOn, state };
}
