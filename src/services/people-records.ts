// A person's records: background checks, training completions, and the dates access was granted and revoked.
import type { AccessEvent, BackgroundCheck, RecordAccessEventRequest, RecordBackgroundCheckRequest, RecordTrainingRequest, Training } from '../contract/people.ts';
import { addMonths, dateOf } from '../domain/people/dates.ts';
import type { Db } from '../db/client.ts';
import { getPerson } from '../db/people.ts';
import { insertAccessEvent, insertBackgroundCheck, insertTraining } from '../db/people-records.ts';
import type { Ctx, Deps, Scope } from './context.ts';
import { AppError, notFound, type FieldError } from './errors.ts';
import { authorize } from './gate.ts';
import { actorOf, recordAudit } from './audit.ts';
import { presentAccessEvent, presentBackgroundCheck, presentTraining } from './people-view.ts';

/** Months until a training completion is due again, when dueNext is not given. */
export const TRAINING_INTERVAL_MONTHS = 12;

function failIf(fields: FieldError[]) {
  if (fields.length) throw new AppError('validation_failed', fields.map((f) => `${f.path}: ${f.message}`).join('; '), { fields });
}

function notInFuture(fields: FieldError[], path: string, date: string | null, today: string) {
  if (date !== null && date > today) fields.push({ path, message: `${date} is in the future` });
}

async function personOf(db: Db, scope: Scope, id: string) {
  const person = await getPerson(db, scope, id);
  if (!person) throw notFound('No such person.');
  return person;
}

export async function recordBackgroundCheck(deps: Deps, ctx: Ctx, personId: string, input: RecordBackgroundCheckRequest): Promise<BackgroundCheck> {
  const scope = authorize(ctx, 'person.write');
  const fields: FieldError[] = [];
  const finished = input.status === 'passed' || input.status === 'failed';
  if (finished && input.completedOn === null) fields.push({ path: 'completedOn', message: `required when the check ${input.status}` });
  notInFuture(fields, 'completedOn', input.completedOn, dateOf(deps.now()));
  return deps.db.transaction(async (tx) => {
    const person = await personOf(tx, scope, personId);
    failIf(fields);
    const row = await insertBackgroundCheck(tx, scope, { personId, ...input });
    await recordAudit(tx, { org: scope.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'person.background_check_recorded', objectType: 'person', objectId: personId, data: { email: person.email, status: row.status, completedOn: row.completedOn, provider: row.provider }, at: deps.now() });
    return presentBackgroundCheck(row);
  });
}

export async function recordTraining(deps: Deps, ctx: Ctx, personId: string, input: RecordTrainingRequest): Promise<Training> {
  const scope = authorize(ctx, 'person.write');
  const dueNext = input.dueNext ?? addMonths(input.completedOn, TRAINING_INTERVAL_MONTHS);
  const fields: FieldError[] = [];
  notInFuture(fields, 'completedOn', input.completedOn, dateOf(deps.now()));
  if (dueNext <= input.completedOn) fields.push({ path: 'dueNext', message: 'must be after the completion date' });
  return deps.db.transaction(async (tx) => {
    const person = await personOf(tx, scope, personId);
    failIf(fields);
    const row = await insertTraining(tx, scope, { personId, course: input.course, completedOn: input.completedOn, dueNext });
    await recordAudit(tx, { org: scope.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'person.training_recorded', objectType: 'person', objectId: personId, data: { email: person.email, course: row.course, completedOn: row.completedOn, dueNext: row.dueNext }, at: deps.now() });
    return presentTraining(row);
  });
}

export async function recordAccessEvent(deps: Deps, ctx: Ctx, personId: string, input: RecordAccessEventRequest): Promise<AccessEvent> {
  const scope = authorize(ctx, 'person.write');
  const fields: FieldError[] = [];
  notInFuture(fields, 'on', input.on, dateOf(deps.now()));
  return deps.db.transaction(async (tx) => {
    const person = await personOf(tx, scope, personId);
    failIf(fields);
    const row = await insertAccessEvent(tx, scope, { personId, ...input });
    await recordAudit(tx, { org: scope.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'person.access_event_recorded', objectType: 'person', objectId: personId, data: { email: person.email, kind: row.kind, system: row.system, on: row.on }, at: deps.now() });
    return presentAccessEvent(row);
  });
}
