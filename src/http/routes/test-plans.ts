// Test plans of an engagement (the firm's workpapers): procedures, population, sample size, re-performable selection,
// requests for the selected items, results, conclusion, exception, sign-off and notes. The organization answers
// sent exceptions and reads the notes the firm shares. Thin: validation here, everything else in the services.
import { z } from 'zod';
import type { ZodApp } from '../types.ts';
import * as api from '../../contract/api.ts';
import * as plans from '../../contract/test-plans.ts';
import type { Deps } from '../../services/context.ts';
import { concludeTestPlan, createSampleRequests, recordResult } from '../../services/sample-results.ts';
import { discardSelection, openPopulation, selectTestSample, setPopulation, setSampleSize } from '../../services/sample-selection.ts';
import { addWorkpaperNote, changeWorkpaperNote, listWorkpaperNotes, signTestPlan } from '../../services/signoffs.ts';
import { listSentTestExceptions, recordTestException, respondToTestException, sendTestException } from '../../services/test-exceptions.ts';
import { createAllTestPlans, createTestPlan, listTestPlans, readTestPlanDetail, updateTestPlan } from '../../services/test-plans.ts';
import { ctxOf } from '../auth.ts';
import { sendDownload } from '../download.ts';

const IdParams = z.strictObject({ id: api.Uuid });
const base = '/api/v1/engagements/:id';
const plan = `${base}/test-plans/:planId`;

export function testPlanRoutes(app: ZodApp, deps: Deps) {
  const tags = ['test plans'];
  const P = plans.PlanParams;
  app.get(`${base}/test-plans`, { schema: { tags, summary: 'The engagement\'s test plans, by control code, with population, size, seed, progress, conclusion and sign-off state', params: IdParams, response: { 200: plans.TestPlanList } } }, async (req) =>
    listTestPlans(deps, ctxOf(req), req.params.id));
  app.post(`${base}/test-plans`, { schema: { tags, summary: 'A test plan for one active control of the engagement\'s system (procedures default from the procedure library)', params: IdParams, body: plans.CreateTestPlanRequest, response: { 201: plans.TestPlan } } }, async (req, reply) =>
    reply.status(201).send(await createTestPlan(deps, ctxOf(req), req.params.id, req.body)));
  app.post(`${base}/test-plans/all`, { schema: { tags, summary: 'A test plan for every active in-scope control that has none yet', params: IdParams, response: { 200: plans.CreateAllResult } } }, async (req) =>
    createAllTestPlans(deps, ctxOf(req), req.params.id));
  app.get(plan, { schema: { tags, summary: 'A test plan with its selected items (rank order) and notes', params: P, response: { 200: plans.TestPlanDetail } } }, async (req) =>
    readTestPlanDetail(deps, ctxOf(req), req.params.id, req.params.planId));
  app.patch(plan, { schema: { tags, summary: 'Change the procedures or the conclusion notes', params: P, body: plans.UpdateTestPlanRequest, response: { 200: plans.TestPlan } } }, async (req) =>
    updateTestPlan(deps, ctxOf(req), req.params.id, req.params.planId, req.body));
  app.put(`${plan}/population`, { schema: { tags, summary: 'The population: the client\'s evidence item (CSV/XLSX, key column named) or a list of keys entered by hand (stored as a CSV with the header `key`)', params: P, body: plans.SetPopulationRequest, response: { 200: plans.TestPlan } } }, async (req) =>
    setPopulation(deps, ctxOf(req), req.params.id, req.params.planId, req.body));
  app.get(`${plan}/population/content`, { schema: { tags, summary: 'The population\'s bytes, to re-perform the selection outside attest', params: P } }, async (req, reply) => {
    const file = await openPopulation(deps, ctxOf(req), req.params.id, req.params.planId);
    return sendDownload(reply, file);
  });
  app.put(`${plan}/sample-size`, { schema: { tags, summary: 'The sample size by control frequency, statistical attribute sampling, or all items; the rationale is recorded', params: P, body: plans.SetSampleSizeRequest, response: { 200: plans.TestPlan } } }, async (req) =>
    setSampleSize(deps, ctxOf(req), req.params.id, req.params.planId, req.body));
  app.post(`${plan}/selection`, { schema: { tags, summary: 'Select the sample: HMAC-SHA256 ranking with a recorded seed (32 random bytes unless one is given)', params: P, body: plans.SelectSampleRequest, response: { 200: plans.TestPlan } } }, async (req) =>
    selectTestSample(deps, ctxOf(req), req.params.id, req.params.planId, req.body));
  app.post(`${plan}/selection/discard`, { schema: { tags, summary: 'Discard the selection (recorded with its reason); only while no result is recorded', params: P, body: plans.DiscardSelectionRequest, response: { 200: plans.TestPlan } } }, async (req) =>
    discardSelection(deps, ctxOf(req), req.params.id, req.params.planId, req.body.reason));
  app.post(`${plan}/requests`, { schema: { tags, summary: 'One request to the organization per selected item without one', params: P, body: plans.CreateSampleRequestsRequest, response: { 200: plans.TestPlanDetail } } }, async (req) =>
    createSampleRequests(deps, ctxOf(req), req.params.id, req.params.planId, req.body));
  app.put(`${plan}/items/:itemId`, { schema: { tags, summary: 'An item\'s result (pass, deviation, not applicable), notes and evidence', params: plans.ItemParams, body: plans.RecordResultRequest, response: { 200: plans.TestPlan } } }, async (req) =>
    recordResult(deps, ctxOf(req), req.params.id, req.params.planId, req.params.itemId, req.body));
  app.put(`${plan}/conclusion`, { schema: { tags, summary: 'The plan\'s conclusion (must agree with the results)', params: P, body: plans.ConcludeRequest, response: { 200: plans.TestPlan } } }, async (req) =>
    concludeTestPlan(deps, ctxOf(req), req.params.id, req.params.planId, req.body));
  app.put(`${plan}/exception`, { schema: { tags, summary: 'The exception of a test with deviations: description, evaluation (rate, upper deviation limit, tolerable), root cause, criteria not met', params: P, body: plans.RecordExceptionRequest, response: { 200: plans.TestPlan } } }, async (req) =>
    recordTestException(deps, ctxOf(req), req.params.id, req.params.planId, req.body));
  app.post(`${plan}/exception/send`, { schema: { tags, summary: 'Send the exception to the organization for its management response', params: P, response: { 200: plans.TestPlan } } }, async (req) =>
    sendTestException(deps, ctxOf(req), req.params.id, req.params.planId));
  app.post(`${plan}/signoffs`, { schema: { tags, summary: 'Sign the test as preparer, or as a different reviewer; the digest of what is signed is recorded', params: P, body: plans.SignRequest, response: { 200: plans.TestPlan } } }, async (req) =>
    signTestPlan(deps, ctxOf(req), req.params.id, req.params.planId, req.body.role));

  app.get(`${base}/exceptions`, { schema: { tags, summary: 'Exceptions sent to the organization, with its management responses', params: IdParams, response: { 200: plans.ExceptionList } } }, async (req) =>
    listSentTestExceptions(deps, ctxOf(req), req.params.id));
  app.post(`${base}/exceptions/:exceptionId/response`, { schema: { tags, summary: 'The organization\'s management response to a sent exception', params: plans.ExceptionParams, body: plans.ManagementResponseRequest, response: { 200: plans.SentException } } }, async (req) =>
    respondToTestException(deps, ctxOf(req), req.params.id, req.params.exceptionId, req.body.response));

  app.get(`${base}/notes`, { schema: { tags, summary: 'Workpaper notes: all for the firm\'s team, the shared internal notes for the organization', params: IdParams, querystring: plans.NoteQuery, response: { 200: plans.WorkpaperNoteList } } }, async (req) =>
    listWorkpaperNotes(deps, ctxOf(req), req.params.id, req.query.testPlanId));
  app.post(`${base}/notes`, { schema: { tags, summary: 'A review note on a test plan, or an internal note (optionally shared with the organization)', params: IdParams, body: plans.AddNoteRequest, response: { 201: plans.WorkpaperNote } } }, async (req, reply) =>
    reply.status(201).send(await addWorkpaperNote(deps, ctxOf(req), req.params.id, req.body)));
  app.post(`${base}/notes/:noteId/resolve`, { schema: { tags, summary: 'Resolve a note', params: plans.NoteParams, response: { 200: plans.WorkpaperNote } } }, async (req) =>
    changeWorkpaperNote(deps, ctxOf(req), req.params.id, req.params.noteId, { resolved: true }));
  app.post(`${base}/notes/:noteId/share`, { schema: { tags, summary: 'Share an internal note with the organization, or stop sharing it', params: plans.NoteParams, body: plans.ShareNoteRequest, response: { 200: plans.WorkpaperNote } } }, async (req) =>
    changeWorkpaperNote(deps, ctxOf(req), req.params.id, req.params.noteId, { shared: req.body.shared }));
}
