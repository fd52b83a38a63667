// Pure helpers of the evidence upload: sizes for people, the default period.
import { isoDay } from './format.ts';


/** The current quarter up to today: the most common period for fresh evidence. */
export function defaultPeriod(today = new Date()): { start: string; end: string } {
  const start = new Date(today.getFullYear(), Math.floor(today.getMonth() / 3) * 3, 1);
  return { start: isoDay(start), end: isoDay(today) };
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KB', 'MB', 'GB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v < 10 ? v.toFixed(1) : Math.round(v)} ${units[i]}`;
}
