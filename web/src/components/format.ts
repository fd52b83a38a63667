const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateTimeSeconds = new Intl.DateTimeFormat(undefined, {
  year: 'numeric', month: 'short', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
});
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

function parse(value: string | null | undefined): Date | null {
  if (!value) return null;
  // A calendar date (2025-11-30) is that day wherever the reader is; `new Date()` would read it as UTC midnight,
  // which is the day before in the Americas.
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

export function formatDateTime(value: string | null | undefined, fallback = '—'): string {
  const d = parse(value);
  return d ? dateTime.format(d) : fallback;
}

export function formatTimestamp(value: string | null | undefined, fallback = '—'): string {
  const d = parse(value);
  return d ? dateTimeSeconds.format(d) : fallback;
}

export function formatDate(value: string | null | undefined, fallback = '—'): string {
  const d = parse(value);
  return d ? dateOnly.format(d) : fallback;
}

const timeOnly = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });

export function formatTime(value: string | null | undefined, fallback = '—'): string {
  const d = parse(value);
  return d ? timeOnly.format(d) : fallback;
}

/** A local calendar day as YYYY-MM-DD (the reader's time zone, not UTC). */
export function isoDay(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** Today in the reader's time zone, as YYYY-MM-DD. */
export const todayIso = (): string => isoDay(new Date());

/** The calendar day after an ISO date (YYYY-MM-DD). */
export function dayAfterIso(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return isoDay(new Date(y!, m! - 1, d! + 1));
}
