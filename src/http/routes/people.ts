// The personnel roster: people, their records (background checks, training, access events), CSV import, flags.
import { z } from 'zod';
import type { ZodApp } from '../types.ts';
import * as api from '../../contract/api.ts';
import * as program from '../../contract/program.ts';
import * as people from '../../contract/people.ts';
import type { Deps } from '../../services/context.ts';
import { addPerson, changePerson, flagSummary, listOrganizationPeople, readPerson } from '../../services/people.ts';
import { recordAccessEvent, recordBackgroundCheck, recordTraining } from '../../services/people-records.ts';
import { applyPeopleImport, previewPeopleImport } from '../../services/people-import.ts';
import { ctxOf } from '../auth.ts';

const IdParams = z.strictObject({ id: api.Uuid });
/** The CSV travels as a JSON string (escaping can double it); the 2 MB limit applies to the CSV itself. */
const IMPORT_BODY_LIMIT = 5 * 1024 * 1024;

export function peopleRoutes(app: ZodApp, deps: Deps) {
  const tags = ['people'];
  app.get('/api/v1/people', { schema: { tags, summary: 'The personnel roster (pages of 200 by email) with follow-up flags; ?flag= keeps those raising it', querystring: program.PersonQuery, response: { 200: program.PersonList } } }, async (req) =>
    listOrganizationPeople(deps, ctxOf(req), req.query),
  );
  app.post('/api/v1/people', { schema: { tags, summary: 'Add a person to the roster', body: program.CreatePersonRequest, response: { 201: program.Person } } }, async (req, reply) =>
    reply.status(201).send(await addPerson(deps, ctxOf(req), req.body)),
  );
  app.get('/api/v1/people/flags/summary', { schema: { tags, summary: 'How many people raise each follow-up flag', response: { 200: people.FlagSummary } } }, async (req) =>
    flagSummary(deps, ctxOf(req)),
  );
  app.post('/api/v1/people/import/preview', { bodyLimit: IMPORT_BODY_LIMIT, schema: { tags, summary: 'Check a roster CSV: what each row would do, and every error (writes nothing)', body: people.ImportPeopleRequest, response: { 200: people.ImportPreview } } }, async (req) =>
    previewPeopleImport(deps, ctxOf(req), req.body.csv),
  );
  app.post('/api/v1/people/import', { bodyLimit: IMPORT_BODY_LIMIT, schema: { tags, summary: 'Import a roster CSV: all rows or none (400 with every row error)', body: people.ImportPeopleRequest, response: { 200: people.ImportResult } } }, async (req) =>
    applyPeopleImport(deps, ctxOf(req), req.body.csv),
  );
  app.get('/api/v1/people/:id', { schema: { tags, summary: 'A person with their manager, reports, background checks, trainings and access events', params: IdParams, response: { 200: people.PersonDetail } } }, async (req) =>
    readPerson(deps, ctxOf(req), req.params.id),
  );
  app.patch('/api/v1/people/:id', { schema: { tags, summary: 'Edit a person (the user account link follows the email)', params: IdParams, body: program.UpdatePersonRequest, response: { 200: people.PersonDetail } } }, async (req) =>
    changePerson(deps, ctxOf(req), req.params.id, req.body),
  );
  app.post('/api/v1/people/:id/background-checks', { schema: { tags, summary: 'Record a background check', params: IdParams, body: people.RecordBackgroundCheckRequest, response: { 201: people.BackgroundCheck } } }, async (req, reply) =>
    reply.status(201).send(await recordBackgroundCheck(deps, ctxOf(req), req.params.id, req.body)),
  );
  app.post('/api/v1/people/:id/trainings', { schema: { tags, summary: 'Record a training completion (due again in 12 months unless dueNext is given)', params: IdParams, body: people.RecordTrainingRequest, response: { 201: people.Training } } }, async (req, reply) =>
    reply.status(201).send(await recordTraining(deps, ctxOf(req), req.params.id, req.body)),
  );
  app.post('/api/v1/people/:id/access-events', { schema: { tags, summary: 'Record the date access to a system was granted or revoked', params: IdParams, body: people.RecordAccessEventRequest, response: { 201: people.AccessEvent } } }, async (req, reply) =>
    reply.status(201).send(await recordAccessEvent(deps, ctxOf(req), req.params.id, req.body)),
  );
}
