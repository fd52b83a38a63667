// How people are presented: the derived status and the follow-up flags computed from their records.
import type { AccessEvent, BackgroundCheck, Training } from '../contract/people.ts';
import type { EmploymentType, Person, PersonFlag } from '../contract/program.ts';
import { dateOf } from '../domain/people/dates.ts';
import { personFlags, personStatus, type PolicyVersionRef } from '../domain/people/flags.ts';
import { publishedVersionsWithAcknowledgements } from '../db/policy-acknowledgements.ts';
import type { Db } from '../db/client.ts';
import { getOrganization } from '../db/organizations.ts';
import type { PersonRow } from '../db/people.ts';
import { listRecords, type AccessEventRow, type BackgroundCheckRow, type PersonRecords, type TrainingRow } from '../db/people-records.ts';
import type { Scope } from './context.ts';

export interface FlagContext {
  today: string;
  revocationSlaDays: number;
  /** Published policy versions everyone with an account must acknowledge, and what each user acknowledged. */
  requiredPolicies: PolicyVersionRef[];
  acknowledgedBy: Map<string, PolicyVersionRef[]>;
}

export async function flagContext(db: Db, scope: Scope, now: Date): Promise<FlagContext> {
  const org = await getOrganization(db, scope);
  const { versions, acks } = await publishedVersionsWithAcknowledgements(db, scope);
  const refById = new Map(versions.map((v) => [v.id, { policyId: v.policyId, version: v.number }]));
  const acknowledgedBy = new Map<string, PolicyVersionRef[]>();
  for (const a of acks) acknowledgedBy.set(a.userId, [...(acknowledgedBy.get(a.userId) ?? []), refById.get(a.versionId)!]);
  return { today: dateOf(now), revocationSlaDays: org?.accessRevocationSlaDays ?? 1, requiredPolicies: [...refById.values()], acknowledgedBy };
}

const CHUNK = 1000;

/** Loads the records of the given people and computes each one's flags. */
export async function computeFlags(db: Db, scope: Scope, rows: readonly PersonRow[], fc: FlagContext): Promise<Map<string, PersonFlag[]>> {
  const flags = new Map<string, PersonFlag[]>();
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const records = await listRecords(db, scope, chunk.map((r) => r.id));
    const byPerson = groupRecords(records);
    for (const row of chunk) flags.set(row.id, flagsOf(row, byPerson.get(row.id) ?? EMPTY, fc));
  }
  return flags;
}

const EMPTY: PersonRecords = { backgroundChecks: [], trainings: [], accessEvents: [] };

function groupRecords(all: PersonRecords): Map<string, PersonRecords> {
  const by = new Map<string, PersonRecords>();
  const of = (id: string) => by.get(id) ?? by.set(id, { backgroundChecks: [], trainings: [], accessEvents: [] }).get(id)!;
  for (const r of all.backgroundChecks) of(r.personId).backgroundChecks.push(r);
  for (const r of all.trainings) of(r.personId).trainings.push(r);
  for (const r of all.accessEvents) of(r.personId).accessEvents.push(r);
  return by;
}

export function flagsOf(row: PersonRow, records: PersonRecords, fc: FlagContext): PersonFlag[] {
  // Only people with an account can acknowledge in the app; others are not flagged for it.
  const policies = row.userId ? { required: fc.requiredPolicies, acknowledged: fc.acknowledgedBy.get(row.userId) ?? [] } : undefined;
  return personFlags({ startDate: row.startDate, endDate: row.endDate, ...records, policies }, { today: fc.today, revocationSlaDays: fc.revocationSlaDays });
}

export function presentPerson(p: PersonRow, flags: PersonFlag[], today: string): Person {
  return {
    id: p.id,
    name: p.name,
    email: p.email,
    title: p.title,
    department: p.department,
    userId: p.userId,
    createdAt: p.createdAt.toISOString(),
    managerId: p.managerId,
    employmentType: p.employmentType as EmploymentType,
    startDate: p.startDate,
    endDate: p.endDate,
    status: personStatus(p, today),
    flags,
    updatedAt: p.updatedAt.toISOString(),
  };
}

export async function presentPeople(db: Db, scope: Scope, rows: readonly PersonRow[], fc: FlagContext): Promise<Person[]> {
  const flags = await computeFlags(db, scope, rows, fc);
  return rows.map((r) => presentPerson(r, flags.get(r.id) ?? [], fc.today));
}

export const presentBackgroundCheck = (r: BackgroundCheckRow): BackgroundCheck => ({ id: r.id, status: r.status, completedOn: r.completedOn, provider: r.provider, notes: r.notes, createdAt: r.createdAt.toISOString() });
export const presentTraining = (r: TrainingRow): Training => ({ id: r.id, course: r.course, completedOn: r.completedOn, dueNext: r.dueNext, createdAt: r.createdAt.toISOString() });
export const presentAccessEvent = (r: AccessEventRow): AccessEvent => ({ id: r.id, kind: r.kind, system: r.system, on: r.on, notes: r.notes, createdAt: r.createdAt.toISOString() });
