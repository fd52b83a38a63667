// Expected occurrence windows of a control: from its frequency and a period, the calendar windows in
// which the control should have produced evidence. Pure: dates are ISO strings (YYYY-MM-DD, UTC).
//
// Windows are calendar-aligned so they do not move when the period does (a rolling "last 12 months"
// view and a fixed Type II period agree on what "Q2 2026" is):
//   annual → calendar years, semi_annual → halves (Jan–Jun, Jul–Dec), quarterly → calendar quarters,
//   monthly → calendar months, weekly → ISO weeks (Monday to Sunday), daily → days.
// A window cut by an edge of the period is kept, clipped to the period, and marked `partial`; its
// calendar bounds stay available, because coverage is judged on the whole calendar window (see
// coverage.ts). Continuous and per-occurrence controls have no windows: they are judged on a
// population of occurrences (a later step), so they get the `population` expectation.
import { FRESHNESS_MAX_PERIOD_DAYS } from '../../contract/freshness.ts';
import type { ControlFrequency } from '../../contract/program.ts';
import { addDays, addMonths, daysBetween } from '../calendar/dates.ts';

export const WINDOWED_FREQUENCIES = ['daily', 'weekly', 'monthly', 'quarterly', 'semi_annual', 'annual'] as const;
export type WindowedFrequency = (typeof WINDOWED_FREQUENCIES)[number];

export function isWindowed(frequency: ControlFrequency): frequency is WindowedFrequency {
  return (WINDOWED_FREQUENCIES as readonly string[]).includes(frequency);
}

/** The longest period windows are listed for (about three years; a daily control then has ≈ 1,100 windows). */
export const MAX_PERIOD_DAYS = FRESHNESS_MAX_PERIOD_DAYS;

export interface Period {
  from: string;
  to: string;
}

export interface ExpectedWindow {
  /** Stable label: 2026, 2026-H1, 2026-Q2, 2026-05, 2026-W19, 2026-05-04. */
  label: string;
  /** The part of the window inside the period. */
  start: string;
  end: string;
  /** The whole calendar window. */
  calendarStart: string;
  calendarEnd: string;
  /** True when the period cuts the window. */
  partial: boolean;
}

export type Expectation =
  | { kind: 'windows'; frequency: WindowedFrequency; windows: ExpectedWindow[] }
  | { kind: 'population'; frequency: 'continuous' | 'per_occurrence' };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function parse(iso: string): Date {
  if (!ISO_DATE.test(iso)) throw new Error(`not an ISO date: ${iso}`);
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) throw new Error(`not an ISO date: ${iso}`);
  return d;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO-8601 week-numbering year and week of a date. */
export function isoWeek(iso: string): { year: number; week: number } {
  const d = parse(iso);
  const weekday = (d.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = new Date(d.getTime() + (3 - weekday) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday.toISOString().slice(0, 10)) / 7) + 1;
  return { year, week };
}

/** The calendar window of a frequency that contains a date. */
export function windowContaining(frequency: WindowedFrequency, iso: string): { label: string; start: string; end: string } {
  const d = parse(iso);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth(); // 0-based
  switch (frequency) {
    case 'daily':
      return { label: iso, start: iso, end: iso };
    case 'weekly': {
      const start = addDays(iso, -((d.getUTCDay() + 6) % 7));
      const { year, week } = isoWeek(iso);
      return { label: `${year}-W${pad(week)}`, start, end: addDays(start, 6) };
    }
    case 'monthly': {
      const start = `${y}-${pad(m + 1)}-01`;
      return { label: `${y}-${pad(m + 1)}`, start, end: addDays(addMonths(start, 1), -1) };
    }
    case 'quarterly': {
      const q = Math.floor(m / 3);
      const start = `${y}-${pad(q * 3 + 1)}-01`;
      return { label: `${y}-Q${q + 1}`, start, end: addDays(addMonths(start, 3), -1) };
    }
    case 'semi_annual': {
      const h = m < 6 ? 1 : 2;
      return h === 1 ? { label: `${y}-H1`, start: `${y}-01-01`, end: `${y}-06-30` } : { label: `${y}-H2`, start: `${y}-07-01`, end: `${y}-12-31` };
    }
    case 'annual':
      return { label: String(y), start: `${y}-01-01`, end: `${y}-12-31` };
  }
}

/** The windows a control of this frequency is expected to have evidence for over the period. */
export function expectedWindows(frequency: ControlFrequency, period: Period): Expectation {
  parse(period.from);
  parse(period.to);
  if (period.from > period.to) throw new Error('the period ends before it starts');
  if (daysBetween(period.from, period.to) > MAX_PERIOD_DAYS) throw new Error(`the period is longer than ${MAX_PERIOD_DAYS} days`);
  if (!isWindowed(frequency)) return { kind: 'population', frequency };
  const windows: ExpectedWindow[] = [];
  let at = period.from;
  while (at <= period.to) {
    const w = windowContaining(frequency, at);
    const start = w.start < period.from ? period.from : w.start;
    const end = w.end > period.to ? period.to : w.end;
    windows.push({ label: w.label, start, end, calendarStart: w.start, calendarEnd: w.end, partial: start !== w.start || end !== w.end });
    at = addDays(w.end, 1);
  }
  return { kind: 'windows', frequency, windows };
}
