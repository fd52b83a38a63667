// The service organization's program in the API: systems (scope, DC1–DC9), people, controls.
import { z } from 'zod';
import { Uuid } from './api.ts';

export const CONTROL_FREQUENCIES = ['continuous', 'per_occurrence', 'daily', 'weekly', 'monthly', 'quarterly', 'semi_annual', 'annual'] as const;
export const ControlFrequency = z.enum(CONTROL_FREQUENCIES);
export type ControlFrequency = z.infer<typeof ControlFrequency>;
/** Who or what performs the control: a person, a system, or a person relying on system output. */
export const CONTROL_NATURES = ['manual', 'automated', 'it_dependent_manual'] as const;
export const ControlNature = z.enum(CONTROL_NATURES);
export type ControlNature = z.infer<typeof ControlNature>;
/** Whether the control stops a problem, finds it, or fixes it. */
export const CONTROL_TYPES = ['preventive', 'detective', 'corrective'] as const;
export const ControlType = z.enum(CONTROL_TYPES);
export type ControlType = z.infer<typeof ControlType>;

export const FREQUENCY_LABELS: Readonly<Record<ControlFrequency, string>> = {
  continuous: 'Continuous',
  per_occurrence: 'Per occurrence',
  daily: 'Daily',
  weekly: 'Weekly',
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  semi_annual: 'Semi-annual',
  annual: 'Annual',
};
export const NATURE_LABELS: Readonly<Record<ControlNature, string>> = { manual: 'Manual', automated: 'Automated', it_dependent_manual: 'IT-dependent manual' };
export const TYPE_LABELS: Readonly<Record<ControlType, string>> = { preventive: 'Preventive', detective: 'Detective', corrective: 'Corrective' };

/**
 * The areas a control can belong to. The key is the stable code prefix
 * (`AC` in `AC-04`) and is also the value of `ControlTemplate.area`.
 */
export const CONTROL_AREAS = {
  GOV: 'Governance and oversight',
  HR: 'People and human resources',
  RISK: 'Risk management',
  MON: 'Monitoring of controls',
  POL: 'Policies and procedures',
  AC: 'Access control',
  CRY: 'Cryptography',
  NET: 'Network security',
  END: 'Endpoint security',
  PHY: 'Physical security',
  OPS: 'Security operations',
  IR: 'Incident response',
  CHG: 'Change management',
  BCP: 'Backup, continuity and recovery',
  VEN: 'Vendor management',
  DATA: 'Data protection and disposal',
  PI: 'Processing integrity',
  PRIV: 'Privacy',
} as const satisfies Readonly<Record<string, string>>;
export type ControlArea = keyof typeof CONTROL_AREAS;
export const CONTROL_AREA_CODES = Object.keys(CONTROL_AREAS) as readonly ControlArea[];

export function areaLabel(area: string): string {
  return (CONTROL_AREAS as Readonly<Record<string, string>>)[area] ?? area;
}

/** Categories a system may add to Security, which is always in scope. */
export const OPTIONAL_CATEGORIES = ['availability', 'confidentiality', 'processing_integrity', 'privacy'] as const;
export const OptionalCategory = z.enum(OPTIONAL_CATEGORIES);
export type OptionalCategory = z.infer<typeof OptionalCategory>;

export const CriterionId = z.string().trim().toUpperCase().regex(/^(CC|A|C|PI|P)\d{1,2}\.\d{1,2}$/, 'a criterion id such as CC6.1');
const Line = (max = 300) => z.string().trim().min(1).max(max);
/**
 * Cursor paging for list endpoints: `limit` items per page (default 200, at most 500); `cursor` is the
 * `nextCursor` of the previous page, opaque (a cursor that is not one → 400 validation_failed).
 */
export const PageQuery = {
  cursor: z.string().min(1).max(1000).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
};
const Notes = (max = 2000) => z.string().trim().max(max).default('');

export const COMMITMENT_SOURCES = ['contract', 'sla', 'policy', 'law', 'other'] as const;
export const Commitment = z.strictObject({ commitment: Line(1000), source: z.enum(COMMITMENT_SOURCES), reference: Notes(300) });
export const Component = z.strictObject({ name: Line(), description: Notes(), owner: Notes(200) });
export const DATA_CLASSIFICATIONS = ['public', 'internal', 'confidential', 'restricted'] as const;
export const DataComponent = Component.extend({ classification: z.enum(DATA_CLASSIFICATIONS) });
export const Components = z.strictObject({
  infrastructure: z.array(Component).max(500).default([]),
  software: z.array(Component).max(500).default([]),
  people: z.array(Component).max(500).default([]),
  procedures: z.array(Component).max(500).default([]),
  data: z.array(DataComponent).max(500).default([]),
});
export type Components = z.infer<typeof Components>;
export const MappedText = z.strictObject({ text: Line(2000), criteria: z.array(CriterionId).max(30).default([]) });
export const SUBSERVICE_METHODS = ['carve_out', 'inclusive'] as const;
export const SubserviceOrganization = z.strictObject({ name: Line(200), service: Line(500), method: z.enum(SUBSERVICE_METHODS), csocs: z.array(MappedText).max(100).default([]) });
export const NotRelevantCriterion = z.strictObject({ criterionId: CriterionId, reason: Line(2000) });
export const SignificantChange = z.strictObject({ date: z.string().date(), description: Line(2000) });

const MarkdownText = z.string().max(50_000);
/** The fields of a system as sent in a change: each optional, none defaulted (absent means unchanged). */
const SystemShape = {
  name: Line(120),
  servicesProvided: MarkdownText, // DC1
  boundaries: MarkdownText,
  categories: z.array(OptionalCategory).max(4),
  commitments: z.array(Commitment).max(200), // DC2
  components: Components, // DC3
  incidents: MarkdownText, // DC4
  cuecs: z.array(MappedText).max(200), // DC6
  subserviceOrganizations: z.array(SubserviceOrganization).max(100), // DC7
  notRelevant: z.array(NotRelevantCriterion).max(61), // DC8
  significantChanges: z.array(SignificantChange).max(200), // DC9
};

/** Everything an organization writes about a system (DC1–DC4, DC6–DC9; DC5 is derived from controls). */
export const SystemFields = z.strictObject({
  ...SystemShape,
  servicesProvided: SystemShape.servicesProvided.default(''),
  boundaries: SystemShape.boundaries.default(''),
  categories: SystemShape.categories.default([]),
  commitments: SystemShape.commitments.default([]),
  components: Components.default({ infrastructure: [], software: [], people: [], procedures: [], data: [] }),
  incidents: SystemShape.incidents.default(''),
  cuecs: SystemShape.cuecs.default([]),
  subserviceOrganizations: SystemShape.subserviceOrganizations.default([]),
  notRelevant: SystemShape.notRelevant.default([]),
  significantChanges: SystemShape.significantChanges.default([]),
});
export type SystemFields = z.infer<typeof SystemFields>;
export const CreateSystemRequest = SystemFields;
export const UpdateSystemRequest = z.strictObject(SystemShape).partial();

export const System = SystemFields.extend({
  id: Uuid,
  criteriaInScope: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type System = z.infer<typeof System>;
export const SystemSummary = z.object({ id: Uuid, name: z.string(), categories: z.array(OptionalCategory), activeControls: z.number().int(), updatedAt: z.string() });
export type SystemSummary = z.infer<typeof SystemSummary>;
export const SystemList = z.object({ systems: z.array(SystemSummary) });
export type SystemList = z.infer<typeof SystemList>;

export const DescriptionSection = z.object({
  key: z.enum(['DC1', 'DC2', 'DC3', 'DC4', 'DC5', 'DC6', 'DC7', 'DC8', 'DC9']),
  title: z.string(),
  complete: z.boolean(),
  missing: z.array(z.string()),
  markdown: z.string(),
});
export const SystemDescription = z.object({ systemId: Uuid, name: z.string(), sections: z.array(DescriptionSection), complete: z.boolean() });
export type SystemDescription = z.infer<typeof SystemDescription>;

export const PersonRef = z.object({ id: Uuid, name: z.string(), email: z.string() });
export type PersonRef = z.infer<typeof PersonRef>;
export const EMPLOYMENT_TYPES = ['employee', 'contractor', 'intern'] as const;
export const EmploymentType = z.enum(EMPLOYMENT_TYPES);
export type EmploymentType = z.infer<typeof EmploymentType>;
/** Derived: departed once the end date has passed (the end date is the last working day). */
export const PersonStatus = z.enum(['active', 'departed']);
export type PersonStatus = z.infer<typeof PersonStatus>;
/** Computed follow-ups (src/domain/people/flags.ts); acknowledgement_missing arrives with policies. */
export const PERSON_FLAGS = ['training_overdue', 'background_check_missing', 'access_not_revoked_in_time', 'acknowledgement_missing'] as const;
export const PersonFlag = z.enum(PERSON_FLAGS);
export type PersonFlag = z.infer<typeof PersonFlag>;
/** A calendar date, YYYY-MM-DD. */
export const IsoDate = z.string().date();
export const Person = PersonRef.extend({
  title: z.string(),
  department: z.string(),
  userId: Uuid.nullable(),
  createdAt: z.string(),
  managerId: Uuid.nullable(),
  employmentType: EmploymentType,
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  status: PersonStatus,
  flags: z.array(PersonFlag),
  updatedAt: z.string(),
});
export type Person = z.infer<typeof Person>;
export const PersonList = z.object({ people: z.array(Person), nextCursor: z.string().nullable() });
export type PersonList = z.infer<typeof PersonList>;
export const PersonQuery = z.strictObject({ cursor: z.string().max(254).optional(), flag: PersonFlag.optional() });
export const CreatePersonRequest = z.strictObject({
  name: Line(120),
  email: z.string().trim().toLowerCase().email().max(254),
  title: Notes(120),
  department: Notes(120),
  managerId: Uuid.nullable().default(null),
  employmentType: EmploymentType.default('employee'),
  startDate: IsoDate.nullable().default(null),
  endDate: IsoDate.nullable().default(null),
});
export type CreatePersonRequest = z.infer<typeof CreatePersonRequest>;
/** Absent fields stay unchanged; null clears the manager or a date. */
export const UpdatePersonRequest = z.strictObject({
  name: Line(120).optional(),
  email: z.string().trim().toLowerCase().email().max(254).optional(),
  title: z.string().trim().max(120).optional(),
  department: z.string().trim().max(120).optional(),
  managerId: Uuid.nullable().optional(),
  employmentType: EmploymentType.optional(),
  startDate: IsoDate.nullable().optional(),
  endDate: IsoDate.nullable().optional(),
});
export type UpdatePersonRequest = z.infer<typeof UpdatePersonRequest>;

const ControlText = {
  code: z.string().trim().toUpperCase().regex(/^[A-Z]{2,6}-\d{2,3}$/, 'a code such as AC-03'),
  title: Line(120),
  activity: Line(2000),
  frequency: ControlFrequency,
  nature: ControlNature,
  type: ControlType,
  evidenceGuidance: Notes(2000),
};
export const CreateControlRequest = z.strictObject({
  ...ControlText,
  criteria: z.array(CriterionId).min(1).max(30),
  ownerId: Uuid.nullable().default(null),
  backupOwnerId: Uuid.nullable().default(null),
});
export const UpdateControlRequest = z.strictObject({
  title: ControlText.title.optional(),
  activity: ControlText.activity.optional(),
  frequency: ControlFrequency.optional(),
  nature: ControlNature.optional(),
  type: ControlType.optional(),
  evidenceGuidance: z.string().trim().max(2000).optional(),
  criteria: z.array(CriterionId).min(1).max(30).optional(),
  ownerId: Uuid.nullable().optional(),
  backupOwnerId: Uuid.nullable().optional(),
});
export const RetireControlRequest = z.strictObject({ reason: Line(1000) });
export const AdoptControlsRequest = z.strictObject({ codes: z.union([z.literal('all'), z.array(z.string().trim().toUpperCase()).min(1).max(500)]) });
/** outOfScope: templates none of whose criteria are in the system's scope (not adopted). */
export const AdoptControlsResult = z.object({ adopted: z.array(z.string()), alreadyAdopted: z.array(z.string()), outOfScope: z.array(z.string()) });
export type AdoptControlsResult = z.infer<typeof AdoptControlsResult>;

export const Control = z.object({
  id: Uuid,
  systemId: Uuid,
  code: z.string(),
  title: z.string(),
  activity: z.string(),
  frequency: ControlFrequency,
  nature: ControlNature,
  type: ControlType,
  evidenceGuidance: z.string(),
  criteria: z.array(z.string()),
  owner: PersonRef.nullable(),
  backupOwner: PersonRef.nullable(),
  sourceTemplate: z.string().nullable(),
  status: z.enum(['active', 'retired']),
  retiredAt: z.string().nullable(),
  retiredReason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Control = z.infer<typeof Control>;
/** A page of controls ordered by code; `nextCursor` (opaque) asks for the next page, null on the last. */
export const ControlList = z.object({ controls: z.array(Control), nextCursor: z.string().nullable() });
export type ControlList = z.infer<typeof ControlList>;
export const ControlQuery = z.strictObject({
  status: z.enum(['active', 'retired', 'all']).default('active'),
  criterion: CriterionId.optional(),
  ownerId: Uuid.optional(),
  q: z.string().max(200).optional(),
  ...PageQuery,
});

export const ControlTemplate = z.object({
  code: z.string(),
  area: z.string(),
  title: z.string(),
  activity: z.string(),
  frequency: ControlFrequency,
  nature: ControlNature,
  type: ControlType,
  evidenceGuidance: z.string(),
  criteria: z.array(z.string()),
  topics: z.array(z.string()),
});
export type ControlTemplate = z.infer<typeof ControlTemplate>;
export const ControlTemplateList = z.object({ version: z.string(), templates: z.array(ControlTemplate) });
