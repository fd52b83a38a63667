// The personnel roster: list (with follow-up flags), add, read with records, edit, and the flag summary.
import type { FlagSummary, PersonDetail } from '../contract/people.ts';
import { PERSON_FLAGS, type CreatePersonRequest, type Person, type PersonFlag, type UpdatePersonRequest } from '../contract/program.ts';
import { personStatus } from '../domain/people/flags.ts';
import type { Db } from '../db/client.ts';
import { getPerson, getPersonByEmail, insertPerson, listPeople, listReports, listRoster, updatePerson, type PersonRow, type PersonValues } from '../db/people.ts';
import { listRecords } from '../db/people-records.ts';
import { getUserByEmail } from '../db/users.ts';
import { getMembership } from '../db/memberships.ts';
import type { Ctx, Deps, Scope } from './context.ts';
import { AppError, notFound, type FieldError } from './errors.ts';
import { authorize } from './gate.ts';
import { actorOf, recordAudit } from './audit.ts';
import { computeFlags, flagContext, flagsOf, presentAccessEvent, presentBackgroundCheck, presentPeople, presentPerson, presentTraining } from './people-view.ts';

export { presentPerson } from './people-view.ts';

export const PEOPLE_PAGE = 200;
const SCAN_PAGE = 500;

/** A page of people by email; with `flag`, only the people raising it (the roster is scanned page by page). */
export async function listOrganizationPeople(deps: Deps, ctx: Ctx, query: { cursor?: string | undefined; flag?: PersonFlag | undefined } = {}) {
  const scope = authorize(ctx, 'person.read');
  const fc = await flagContext(deps.db, scope, deps.now());
  if (!query.flag) {
    const rows = await listPeople(deps.db, scope, { after: query.cursor, limit: PEOPLE_PAGE + 1 });
    const page = rows.slice(0, PEOPLE_PAGE);
    return { people: await presentPeople(deps.db, scope, page, fc), nextCursor: rows.length > PEOPLE_PAGE ? page[page.length - 1]!.email : null };
  }
  const matches: Person[] = [];
  for (let after = query.cursor; matches.length <= PEOPLE_PAGE;) {
    const rows = await listPeople(deps.db, scope, { after, limit: SCAN_PAGE });
    matches.push(...(await presentPeople(deps.db, scope, rows, fc)).filter((p) => p.flags.includes(query.flag!)));
    if (rows.length < SCAN_PAGE) break;
    after = rows[rows.length - 1]!.email;
  }
  const page = matches.slice(0, PEOPLE_PAGE);
  return { people: page, nextCursor: matches.length > PEOPLE_PAGE ? page[page.length - 1]!.email : null };
}

/** The user account of a member of this organization with the same email, if any. */
export async function linkedUserId(db: Db, scope: Scope, email: string): Promise<string | null> {
  const user = await getUserByEmail(db, email);
  return user && (await getMembership(db, scope, user.id)) ? user.id : null;
}

/** Manager (in this organization, not the person, no loop) and dates (end not before start); all problems at once. */
async function checkPerson(db: Db, scope: Scope, id: string | null, p: { managerId: string | null; startDate: string | null; endDate: string | null }) {
  const fields: FieldError[] = [];
  if (p.startDate && p.endDate && p.endDate < p.startDate) fields.push({ path: 'endDate', message: 'the end date is before the start date' });
  if (p.managerId && p.managerId === id) fields.push({ path: 'managerId', message: 'a person cannot be their own manager' });
  else if (p.managerId) {
    const manager = await getPerson(db, scope, p.managerId);
    if (!manager) fields.push({ path: 'managerId', message: 'no such person in this organization' });
    else if (id && (await chainReaches(db, scope, manager, id))) fields.push({ path: 'managerId', message: 'this person is above the chosen manager' });
  }
  if (fields.length) throw new AppError('validation_failed', fields.map((f) => `${f.path}: ${f.message}`).join('; '), { fields });
}

async function chainReaches(db: Db, scope: Scope, from: PersonRow, target: string): Promise<boolean> {
  let at: PersonRow | undefined = from;
  for (let steps = 0; at?.managerId && steps < 1000; steps++) {
    if (at.managerId === target) return true;
    at = await getPerson(db, scope, at.managerId);
  }
  return false;
}

export async function addPerson(deps: Deps, ctx: Ctx, input: CreatePersonRequest): Promise<Person> {
  const scope = authorize(ctx, 'person.write');
  return deps.db.transaction(async (tx) => {
    await checkPerson(tx, scope, null, input);
    if (await getPersonByEmail(tx, scope, input.email)) throw new AppError('conflict', `${input.email} is already on the roster.`);
    const row = await insertPerson(tx, scope, { ...input, userId: await linkedUserId(tx, scope, input.email) });
    await recordAudit(tx, { org: scope.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'person.created', objectType: 'person', objectId: row.id, data: { name: row.name, email: row.email }, at: deps.now() });
    return (await presentPeople(tx, scope, [row], await flagContext(tx, scope, deps.now())))[0]!;
  });
}

export async function readPerson(deps: Deps, ctx: Ctx, id: string): Promise<PersonDetail> {
  const scope = authorize(ctx, 'person.read');
  const row = await getPerson(deps.db, scope, id);
  if (!row) throw notFound('No such person.');
  const fc = await flagContext(deps.db, scope, deps.now());
  const records = await listRecords(deps.db, scope, [row.id]);
  const manager = row.managerId ? await getPerson(deps.db, scope, row.managerId) : undefined;
  const ref = (p: PersonRow) => ({ id: p.id, name: p.name, email: p.email });
  return {
    ...presentPerson(row, flagsOf(row, records, fc), fc.today),
    manager: manager ? ref(manager) : null,
    reports: (await listReports(deps.db, scope, row.id)).map(ref),
    backgroundChecks: records.backgroundChecks.map(presentBackgroundCheck),
    trainings: records.trainings.map(presentTraining),
    accessEvents: records.accessEvents.map(presentAccessEvent),
  };
}

const FIELDS = ['name', 'email', 'title', 'department', 'managerId', 'employmentType', 'startDate', 'endDate', 'userId'] as const;

/** The changed fields as {from, to}, for the audit entry. */
export function personDiff(current: PersonRow, next: Partial<PersonValues>) {
  return Object.fromEntries(FIELDS.filter((k) => k in next && next[k] !== current[k]).map((k) => [k, { from: current[k], to: next[k] }]));
}

/** Edits a person; the link to a member's user account is recomputed from the (new) email every time. */
export async function changePerson(deps: Deps, ctx: Ctx, id: string, changes: UpdatePersonRequest): Promise<PersonDetail> {
  const scope = authorize(ctx, 'person.write');
  const given = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<PersonValues>;
  await deps.db.transaction(async (tx) => {
    const current = await getPerson(tx, scope, id);
    if (!current) throw notFound('No such person.');
    const next = { ...current, ...given };
    await checkPerson(tx, scope, id, next);
    if (next.email !== current.email && (await getPersonByEmail(tx, scope, next.email))) throw new AppError('conflict', `${next.email} is already on the roster.`, { fields: [{ path: 'email', message: 'already on the roster' }] });
    const values = { ...given, userId: await linkedUserId(tx, scope, next.email) };
    const diff = personDiff(current, values);
    if (Object.keys(diff).length === 0) return;
    await updatePerson(tx, scope, id, values, deps.now());
    await recordAudit(tx, { org: scope.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'person.updated', objectType: 'person', objectId: id, data: { email: next.email, changes: diff }, at: deps.now() });
  });
  return readPerson(deps, ctx, id);
}

/** How many people raise each flag, over the whole roster. */
export async function flagSummary(deps: Deps, ctx: Ctx): Promise<FlagSummary> {
  const scope = authorize(ctx, 'person.read');
  const fc = await flagContext(deps.db, scope, deps.now());
  const rows = await listRoster(deps.db, scope);
  const flags = await computeFlags(deps.db, scope, rows, fc);
  const counts = Object.fromEntries(PERSON_FLAGS.map((f) => [f, 0])) as Record<PersonFlag, number>;
  for (const list of flags.values()) for (const f of list) counts[f]++;
  const departed = rows.filter((r) => personStatus(r, fc.today) === 'departed').length;
  return { total: rows.length, active: rows.length - departed, departed, flags: counts };
}
