// The terms of an engagement: report type with its date or period, and the rules the period must meet.
import { addDays, addMonths } from '../calendar/dates.ts';

import { REPORT_TYPES, REPORT_TYPE_LABELS, type ReportType } from '../../contract/engagement-vocabulary.ts';

export { REPORT_TYPES, REPORT_TYPE_LABELS, type ReportType };

/** A Type II period shorter than this needs a recorded reason (and shows a warning). */
export const MIN_TYPE2_MONTHS = 6;
/** A Type II period longer than this is rejected. */
export const MAX_TYPE2_MONTHS = 12;

export interface EngagementTerms {
  reportType: ReportType;
  asOfDate: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  shortPeriodReason: string | null;
}

export interface TermsProblem {
  path: 'asOfDate' | 'periodStart' | 'periodEnd' | 'shortPeriodReason';
  message: string;
}

export interface TermsCheck {
  problems: TermsProblem[];
  warnings: string[];
}

/** The last day of a period of `months` months that starts on `start` (Jan 1 + 12 months ends Dec 31). */
export const periodEndAfter = (start: string, months: number): string => addDays(addMonths(start, months), -1);

/** True when the period [start, end] is shorter than `months` months. */
export const shorterThan = (start: string, end: string, months: number): boolean => end < periodEndAfter(start, months);

export function checkTerms(t: EngagementTerms): TermsCheck {
  return t.reportType === 'type1' ? checkTypeOne(t) : checkTypeTwo(t);
}

function checkTypeOne(t: EngagementTerms): TermsCheck {
  const problems: TermsProblem[] = [];
  if (!t.asOfDate) problems.push({ path: 'asOfDate', message: 'a Type I examination is as of a date: give asOfDate' });
  if (t.periodStart) problems.push({ path: 'periodStart', message: 'a Type I examination has no period' });
  if (t.periodEnd) problems.push({ path: 'periodEnd', message: 'a Type I examination has no period' });
  return { problems, warnings: [] };
}

function checkTypeTwo(t: EngagementTerms): TermsCheck {
  const problems: TermsProblem[] = [];
  const warnings: string[] = [];
  if (t.asOfDate) problems.push({ path: 'asOfDate', message: 'a Type II examination covers a period, not an as-of date' });
  if (!t.periodStart) problems.push({ path: 'periodStart', message: 'a Type II examination needs the first day of its period' });
  if (!t.periodEnd) problems.push({ path: 'periodEnd', message: 'a Type II examination needs the last day of its period' });
  if (!t.periodStart || !t.periodEnd) return { problems, warnings };
  if (t.periodEnd <= t.periodStart) {
    problems.push({ path: 'periodEnd', message: 'the period must end after it starts' });
  } else if (t.periodEnd > periodEndAfter(t.periodStart, MAX_TYPE2_MONTHS)) {
    problems.push({ path: 'periodEnd', message: `a Type II period may not be longer than ${MAX_TYPE2_MONTHS} months (it would end by ${periodEndAfter(t.periodStart, MAX_TYPE2_MONTHS)})` });
  } else if (shorterThan(t.periodStart, t.periodEnd, MIN_TYPE2_MONTHS)) {
    if (!t.shortPeriodReason?.trim()) {
      problems.push({ path: 'shortPeriodReason', message: `the period is shorter than ${MIN_TYPE2_MONTHS} months: record why` });
    } else {
      warnings.push(`The period is shorter than the usual minimum of ${MIN_TYPE2_MONTHS} months. Reason recorded: ${t.shortPeriodReason.trim()}`);
    }
  }
  return { problems, warnings };
}

/** The dates whose evidence an engagement may read: the period (Type II), or the year up to the as-of date (Type I). */
export function evidenceWindow(t: Pick<EngagementTerms, 'reportType' | 'asOfDate' | 'periodStart' | 'periodEnd'>): { from: string; to: string } | null {
  if (t.reportType === 'type2') return t.periodStart && t.periodEnd ? { from: t.periodStart, to: t.periodEnd } : null;
  return t.asOfDate ? { from: addDays(addMonths(t.asOfDate, -MAX_TYPE2_MONTHS), 1), to: t.asOfDate } : null;
}
