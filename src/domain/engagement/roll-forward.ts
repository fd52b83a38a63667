// The next period's terms when an issued engagement is rolled forward: the same report type, starting the day after
// the last one ended and as long (Type II, within the twelve-month limit), or a year later (Type I).
import { addDays, addMonths } from '../calendar/dates.ts';
import { MAX_TYPE2_MONTHS, periodEndAfter, type EngagementTerms } from './terms.ts';

/** Whole months from `start` to the day after `end` (Jan 1–Dec 31 is 12), at most the Type II limit, at least 1. */
export function periodMonths(start: string, end: string): number {
  let months = 1;
  while (months < MAX_TYPE2_MONTHS && periodEndAfter(start, months) < end) months += 1;
  return months;
}

export function nextTerms(previous: EngagementTerms): EngagementTerms {
  if (previous.reportType === 'type1') {
    return { reportType: 'type1', asOfDate: addMonths(previous.asOfDate!, 12), periodStart: null, periodEnd: null, shortPeriodReason: null };
  }
  const start = addDays(previous.periodEnd!, 1);
  const months = periodMonths(previous.periodStart!, previous.periodEnd!);
  return { reportType: 'type2', asOfDate: null, periodStart: start, periodEnd: periodEndAfter(start, months), shortPeriodReason: previous.shortPeriodReason };
}

/** "SOC 2 Type II 2026" → "SOC 2 Type II 2027": a year in the name moves on with the period; otherwise the period is added. */
export function nextName(name: string, previous: EngagementTerms, next: EngagementTerms): string {
  const oldYear = (previous.periodEnd ?? previous.asOfDate ?? '').slice(0, 4);
  const newYear = (next.periodEnd ?? next.asOfDate ?? '').slice(0, 4);
  if (oldYear && name.includes(oldYear)) return name.replaceAll(oldYear, newYear);
  return `${name} (${newYear})`;
}
