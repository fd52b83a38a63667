// Evidence freshness in the API: a control's expected evidence windows over a period and which have
// evidence; reminders of controls whose next evidence is overdue or due soon.
import { z } from 'zod';
import { Uuid } from './api.ts';
import { ControlFrequency, PersonRef } from './program.ts';

const IsoDate = z.string().date();

/** The longest period a timeline is computed for, in days (about three years). */
export const FRESHNESS_MAX_PERIOD_DAYS = 1100;
/** Reminders look back this many months for windows that ended without evidence. */
export const REMINDER_LOOKBACK_MONTHS = 12;
export const DEFAULT_DUE_WITHIN_DAYS = 14;

/** Defaults: the 12 months up to today. */
export const FreshnessQuery = z.strictObject({ from: IsoDate.optional(), to: IsoDate.optional() });
export type FreshnessQuery = z.infer<typeof FreshnessQuery>;

export const WINDOW_STATUSES = ['covered', 'missing', 'due', 'future'] as const;
export const WindowStatus = z.enum(WINDOW_STATUSES);
export type WindowStatus = z.infer<typeof WindowStatus>;

export const FreshnessEvidenceRef = z.object({ id: Uuid, title: z.string(), periodStart: z.string(), periodEnd: z.string() });
export type FreshnessEvidenceRef = z.infer<typeof FreshnessEvidenceRef>;

export const FreshnessWindow = z.object({
  /** 2026, 2026-H1, 2026-Q2, 2026-05, 2026-W19 or 2026-05-04. */
  label: z.string(),
  /** The part of the window inside the period. */
  start: z.string(),
  end: z.string(),
  /** The whole calendar window; coverage is judged on it. */
  calendarStart: z.string(),
  calendarEnd: z.string(),
  partial: z.boolean(),
  status: WindowStatus,
  /** Days from today to the window's calendar end (negative once ended). */
  daysLeft: z.number().int(),
  evidence: z.array(FreshnessEvidenceRef),
});
export type FreshnessWindow = z.infer<typeof FreshnessWindow>;

export const NextDue = z.object({ label: z.string(), dueDate: z.string(), daysLeft: z.number().int(), overdue: z.boolean() });
export type NextDue = z.infer<typeof NextDue>;

export const FreshnessControlRef = z.object({
  id: Uuid,
  code: z.string(),
  title: z.string(),
  systemId: Uuid,
  frequency: ControlFrequency,
  owner: PersonRef.nullable(),
  backupOwner: PersonRef.nullable(),
});
export type FreshnessControlRef = z.infer<typeof FreshnessControlRef>;

export const ControlFreshness = z.object({
  control: FreshnessControlRef,
  period: z.object({ from: z.string(), to: z.string() }),
  today: z.string(),
  /** windows: periodic control; population: continuous or per-occurrence, judged on a population later (no windows). */
  kind: z.enum(['windows', 'population']),
  windows: z.array(FreshnessWindow),
  summary: z.object({ expected: z.number().int(), covered: z.number().int(), missing: z.number().int(), due: z.number().int(), future: z.number().int() }).nullable(),
  nextDue: NextDue.nullable(),
});
export type ControlFreshness = z.infer<typeof ControlFreshness>;

export const ReminderQuery = z.strictObject({
  systemId: Uuid.optional(),
  /** A person id (owner or backup owner), or `me`: the person linked to the signed-in user. */
  ownerId: z.union([Uuid, z.literal('me')]).optional(),
  /** Due within this many days counts as due soon. */
  withinDays: z.coerce.number().int().min(0).max(365).default(DEFAULT_DUE_WITHIN_DAYS),
  cursor: z.string().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ReminderQuery = z.infer<typeof ReminderQuery>;

export const EvidenceReminder = z.object({
  control: FreshnessControlRef.extend({ systemName: z.string() }),
  state: z.enum(['overdue', 'due_soon']),
  nextDue: NextDue,
  /** Windows of the look-back that ended without evidence. */
  missingWindows: z.number().int(),
});
export type EvidenceReminder = z.infer<typeof EvidenceReminder>;

export const EvidenceReminderList = z.object({
  reminders: z.array(EvidenceReminder),
  nextCursor: z.string().nullable(),
  withinDays: z.number().int(),
  /** With ownerId=me: the person linked to the signed-in user, or null when there is none. */
  owner: PersonRef.nullable(),
});
export type EvidenceReminderList = z.infer<typeof EvidenceReminderList>;
