// Follow-up flags on a person, computed from their records as of `today` (pure; no clock).
//
// - training_overdue: an active person with no training completion, or whose latest dueNext is before today.
// - background_check_missing: a person who has started (start date on or before today) with no passed or
//   waived background check.
// - access_not_revoked_in_time: a person with an end date whose access was revoked later than the end date
//   plus the organization's SLA in business days (weekends skipped), or not revoked at all once that
//   deadline has passed (before the deadline an unrevoked departure is still within the SLA).
// - acknowledgement_missing (extension point for the policies slice): computed only when the caller passes
//   `policies` — the policy versions this person must acknowledge and the ones they have acknowledged;
//   an active person missing any required version is flagged. Without `policies` it is never raised.
import type { AccessEventKind, BackgroundCheckStatus } from '../../contract/people.ts';
import type { PersonFlag, PersonStatus } from '../../contract/program.ts';
import { addBusinessDays, maxDate } from './dates.ts';

export interface PolicyVersionRef {
  policyId: string;
  version: string | number;
}

export interface FlagInput {
  startDate: string | null;
  endDate: string | null;
  trainings: readonly { dueNext: string }[];
  backgroundChecks: readonly { status: BackgroundCheckStatus }[];
  accessEvents: readonly { kind: AccessEventKind; on: string }[];
  policies?: { required: readonly PolicyVersionRef[]; acknowledged: readonly PolicyVersionRef[] } | undefined;
}

export interface FlagOptions {
  today: string;
  /** Business days after the end date within which access must be revoked. */
  revocationSlaDays: number;
}

/** Departed once the end date (the last working day) has passed. */
export function personStatus(person: { endDate: string | null }, today: string): PersonStatus {
  return person.endDate !== null && person.endDate < today ? 'departed' : 'active';
}

export function trainingOverdue(p: FlagInput, today: string): boolean {
  if (personStatus(p, today) !== 'active') return false;
  const due = maxDate(p.trainings.map((t) => t.dueNext));
  return due === null || due < today;
}

export function backgroundCheckMissing(p: FlagInput, today: string): boolean {
  if (p.startDate === null || p.startDate > today) return false;
  return !p.backgroundChecks.some((c) => c.status === 'passed' || c.status === 'waived');
}

/** The last day on which revoking access is in time: the end date plus the SLA in business days. */
export function revocationDeadline(endDate: string, slaDays: number): string {
  return addBusinessDays(endDate, slaDays);
}

export function accessNotRevokedInTime(p: FlagInput, options: FlagOptions): boolean {
  if (p.endDate === null) return false;
  const deadline = revocationDeadline(p.endDate, options.revocationSlaDays);
  const revoked = maxDate(p.accessEvents.filter((e) => e.kind === 'revoked').map((e) => e.on));
  return revoked === null ? options.today > deadline : revoked > deadline;
}

export function acknowledgementMissing(p: FlagInput, today: string): boolean {
  if (!p.policies || personStatus(p, today) !== 'active') return false;
  const key = (r: PolicyVersionRef) => `${r.policyId}@${r.version}`;
  const done = new Set(p.policies.acknowledged.map(key));
  return p.policies.required.some((r) => !done.has(key(r)));
}

/** Every flag raised for the person, in the order of PERSON_FLAGS. */
export function personFlags(p: FlagInput, options: FlagOptions): PersonFlag[] {
  const flags: PersonFlag[] = [];
  if (trainingOverdue(p, options.today)) flags.push('training_overdue');
  if (backgroundCheckMissing(p, options.today)) flags.push('background_check_missing');
  if (accessNotRevokedInTime(p, options)) flags.push('access_not_revoked_in_time');
  if (acknowledgementMissing(p, options.today)) flags.push('acknowledgement_missing');
  return flags;
}
