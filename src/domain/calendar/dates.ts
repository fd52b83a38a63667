// Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC, with no clock: callers pass `today` in.

const MS_PER_DAY = 86_400_000;

function parts(iso: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

const format = (d: Date) => d.toISOString().slice(0, 10);

/** The date `months` months later (earlier when negative), clamped to the end of a shorter month (Jan 31 + 1 → Feb 28/29). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = parts(iso);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return format(new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, lastDay))));
}

export function addDays(iso: string, days: number): string {
  const [y, m, d] = parts(iso);
  return format(new Date(Date.UTC(y, m - 1, d + days)));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / MS_PER_DAY);
}

/** The UTC calendar date of an instant. */
export const isoDate = (at: Date): string => format(at);

/** The latest of some ISO dates (they sort as strings), or null for none. */
export function latestDate(dates: readonly string[]): string | null {
  return dates.reduce<string | null>((max, d) => (max === null || d > max ? d : max), null);
}
