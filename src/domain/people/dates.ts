// Calendar dates as YYYY-MM-DD strings (no time zone, no clock): validation, months and business days.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function toUtc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function fromUtc(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** True for a real calendar date written YYYY-MM-DD (2026-02-30 is not). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = toUtc(value);
  return !Number.isNaN(d.getTime()) && fromUtc(d) === value;
}

/** The same day `months` later; the 29th–31st fall back to the month's last day (2024-02-29 + 12 → 2025-02-28). */
export function addMonths(date: string, months: number): string {
  const d = toUtc(date);
  const day = d.getUTCDate();
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return fromUtc(target);
}

export function isWeekend(date: string): boolean {
  const dow = toUtc(date).getUTCDay();
  return dow === 0 || dow === 6;
}

/**
 * The date `days` business days (Monday–Friday) after `date`. With 0 days it is `date` itself;
 * from a Friday or a weekend day, one business day later is the Monday.
 */
export function addBusinessDays(date: string, days: number): string {
  const d = toUtc(date);
  let left = days;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    const dow = d.getUTCDay();
    if (dow !== 0 && dow !== 6) left--;
  }
  return fromUtc(d);
}

/** The UTC calendar date of an instant. */
export function dateOf(instant: Date): string {
  return fromUtc(instant);
}

export function maxDate(dates: readonly string[]): string | null {
  return dates.reduce<string | null>((a, b) => (a === null || b > a ? b : a), null);
}
