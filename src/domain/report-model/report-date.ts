// The date of the service auditor's report (Section I): the day the firm had enough evidence for its opinion. It is
// chosen by the partner at issue (the day of issue by default) and must fall between the end of what was examined
// and the day of issue. ISO dates (YYYY-MM-DD) compare as strings.

export interface ExaminedThrough {
  /** Type I: the as-of date. */
  asOfDate: string | null;
  /** Type II: the last day of the period. */
  periodEnd: string | null;
}

/** The last day the examination covers: the as-of date (Type I) or the period's end (Type II). */
export function examinedThrough(e: ExaminedThrough): string | null {
  return e.asOfDate ?? e.periodEnd;
}

/** Whether the examined period is over on `day`: a report can be dated only after its last day. */
export function periodOverBy(e: ExaminedThrough, day: string): boolean {
  const through = examinedThrough(e);
  return through === null || through < day;
}

/** Why `reportDate` cannot date a report issued on `issuedOn`, or null when it can. */
export function reportDateProblem(reportDate: string, e: ExaminedThrough, issuedOn: string): string | null {
  if (reportDate > issuedOn) return `The report date ${reportDate} is after the day of issue (${issuedOn}).`;
  if (!periodOverBy(e, reportDate)) return `The report date ${reportDate} must be after ${examinedThrough(e)}, the last day the examination covers.`;
  return null;
}
