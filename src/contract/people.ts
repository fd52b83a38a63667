// The personnel roster beyond the basics: a person's records (background checks, training, access events),
// the CSV import with its preview, and the computed follow-up flags.
import { z } from 'zod';
import { Uuid } from './api.ts';
import { EmploymentType, IsoDate, Person, PERSON_FLAGS, PersonRef } from './program.ts';

const Line = (max: number) => z.string().trim().min(1).max(max);
const Notes = (max = 2000) => z.string().trim().max(max).default('');

export const BACKGROUND_CHECK_STATUSES = ['not_started', 'in_progress', 'passed', 'failed', 'waived'] as const;
export const BackgroundCheckStatus = z.enum(BACKGROUND_CHECK_STATUSES);
export type BackgroundCheckStatus = z.infer<typeof BackgroundCheckStatus>;
/** completedOn is required when the check passed or failed (checked by the service, with the other fields). */
export const RecordBackgroundCheckRequest = z.strictObject({
  status: BackgroundCheckStatus,
  completedOn: IsoDate.nullable().default(null),
  provider: Notes(200),
  notes: Notes(),
});
export type RecordBackgroundCheckRequest = z.infer<typeof RecordBackgroundCheckRequest>;
export const BackgroundCheck = z.object({ id: Uuid, status: BackgroundCheckStatus, completedOn: z.string().nullable(), provider: z.string(), notes: z.string(), createdAt: z.string() });
export type BackgroundCheck = z.infer<typeof BackgroundCheck>;

/** dueNext defaults to completedOn + 12 months. */
export const RecordTrainingRequest = z.strictObject({ course: Line(200), completedOn: IsoDate, dueNext: IsoDate.optional() });
export type RecordTrainingRequest = z.infer<typeof RecordTrainingRequest>;
export const Training = z.object({ id: Uuid, course: z.string(), completedOn: z.string(), dueNext: z.string(), createdAt: z.string() });
export type Training = z.infer<typeof Training>;

export const ACCESS_EVENT_KINDS = ['granted', 'revoked'] as const;
export const AccessEventKind = z.enum(ACCESS_EVENT_KINDS);
export type AccessEventKind = z.infer<typeof AccessEventKind>;
export const RecordAccessEventRequest = z.strictObject({ kind: AccessEventKind, system: Line(200), on: IsoDate, notes: Notes() });
export type RecordAccessEventRequest = z.infer<typeof RecordAccessEventRequest>;
export const AccessEvent = z.object({ id: Uuid, kind: AccessEventKind, system: z.string(), on: z.string(), notes: z.string(), createdAt: z.string() });
export type AccessEvent = z.infer<typeof AccessEvent>;

export const PersonDetail = Person.extend({
  manager: PersonRef.nullable(),
  reports: z.array(PersonRef),
  backgroundChecks: z.array(BackgroundCheck),
  trainings: z.array(Training),
  accessEvents: z.array(AccessEvent),
});
export type PersonDetail = z.infer<typeof PersonDetail>;

export const FlagSummary = z.object({
  total: z.number().int(),
  active: z.number().int(),
  departed: z.number().int(),
  flags: z.object(Object.fromEntries(PERSON_FLAGS.map((f) => [f, z.number().int()])) as Record<(typeof PERSON_FLAGS)[number], z.ZodNumber>),
});
export type FlagSummary = z.infer<typeof FlagSummary>;

export const IMPORT_MAX_BYTES = 2 * 1024 * 1024;
export const ImportPeopleRequest = z.strictObject({
  csv: z.string().min(1).refine((s) => new TextEncoder().encode(s).length <= IMPORT_MAX_BYTES, 'at most 2 MB'),
});
export const ImportAction = z.enum(['create', 'update', 'unchanged', 'error']);
export type ImportAction = z.infer<typeof ImportAction>;
/** field is a CSV column name, or '' for the whole row. */
export const ImportRowError = z.object({ field: z.string(), message: z.string() });
export type ImportRowError = z.infer<typeof ImportRowError>;
/** The person as the row leaves them (absent columns keep their current value). */
export const ImportedPerson = z.object({
  id: Uuid.nullable(),
  name: z.string(),
  email: z.string(),
  title: z.string(),
  department: z.string(),
  managerEmail: z.string().nullable(),
  employmentType: EmploymentType,
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
});
export type ImportedPerson = z.infer<typeof ImportedPerson>;
export const ImportRow = z.object({
  line: z.number().int(),
  action: ImportAction,
  errors: z.array(ImportRowError),
  /** The fields an update changes. */
  changes: z.array(z.string()),
  person: ImportedPerson.nullable(),
});
export type ImportRow = z.infer<typeof ImportRow>;
export const ImportCounts = z.object({ create: z.number().int(), update: z.number().int(), unchanged: z.number().int(), error: z.number().int() });
export type ImportCounts = z.infer<typeof ImportCounts>;
export const ImportPreview = z.object({
  valid: z.boolean(),
  counts: ImportCounts,
  /** Problems with the file as a whole (header, CSV syntax outside a row). */
  fileErrors: z.array(z.object({ line: z.number().int(), message: z.string() })),
  rows: z.array(ImportRow),
});
export type ImportPreview = z.infer<typeof ImportPreview>;
export const ImportResult = z.object({ counts: ImportCounts, rows: z.array(ImportRow) });
export type ImportResult = z.infer<typeof ImportResult>;
