// Evidence freshness: a control's evidence timeline and the reminders of evidence due.
import { z } from 'zod';
import type { ZodApp } from '../types.ts';
import * as api from '../../contract/api.ts';
import * as freshness from '../../contract/freshness.ts';
import type { Deps } from '../../services/context.ts';
import { controlFreshness, evidenceReminders } from '../../services/freshness.ts';
import { ctxOf } from '../auth.ts';

const IdParams = z.strictObject({ id: api.Uuid });

export function freshnessRoutes(app: ZodApp, deps: Deps) {
  const tags = ['freshness'];
  app.get('/api/v1/controls/:id/freshness', { schema: { tags, summary: 'The control\'s expected evidence windows over a period (default: the 12 months up to today), each covered, missing, due or future, with its evidence', params: IdParams, querystring: freshness.FreshnessQuery, response: { 200: freshness.ControlFreshness } } }, async (req) =>
    controlFreshness(deps, ctxOf(req), req.params.id, req.query),
  );
  app.get('/api/v1/freshness/reminders', { schema: { tags, summary: 'Controls whose next evidence is overdue or due within withinDays (default 14), by due date, a page at a time; ownerId=me for the signed-in user\'s controls', querystring: freshness.ReminderQuery, response: { 200: freshness.EvidenceReminderList } } }, async (req) =>
    evidenceReminders(deps, ctxOf(req), req.query),
  );
}
