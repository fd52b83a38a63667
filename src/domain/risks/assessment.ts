// The annual risk assessment (CC3.1–CC3.4): due again twelve months after the latest one.
import type { AssessmentStatus } from '../../contract/risks.ts';
import { addMonths, daysBetween } from '../calendar/dates.ts';

export const ASSESSMENT_CADENCE_MONTHS = 12;

export function assessmentStatus(lastPerformedOn: string | null, today: string): AssessmentStatus {
  if (lastPerformedOn === null) return { state: 'never', lastPerformedOn: null, ageDays: null, dueOn: null };
  const dueOn = addMonths(lastPerformedOn, ASSESSMENT_CADENCE_MONTHS);
  return { state: today > dueOn ? 'due' : 'current', lastPerformedOn, ageDays: daysBetween(lastPerformedOn, today), dueOn };
}
