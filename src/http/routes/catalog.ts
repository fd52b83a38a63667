// The criteria catalog: reference data, readable without logging in.
import { z } from 'zod';
import type { ZodApp } from '../types.ts';
import * as api from '../../contract/api.ts';
import type { Deps } from '../../services/context.ts';
import { listCatalog, readCriterion } from '../../services/catalog.ts';

export function catalogRoutes(app: ZodApp, deps: Deps) {
  app.get('/api/v1/catalog/criteria', { config: { auth: 'public' }, schema: { tags: ['catalog'], summary: 'The Trust Services Criteria (filter by category, search with q)', querystring: api.CatalogQuery, response: { 200: api.CriterionList } } }, async (req) => ({
    criteria: await listCatalog(deps, req.query),
  }));
  app.get('/api/v1/catalog/criteria/:id', { config: { auth: 'public' }, schema: { tags: ['catalog'], summary: 'One criterion', params: z.strictObject({ id: z.string().max(20) }), response: { 200: api.Criterion } } }, async (req) =>
    readCriterion(deps, req.params.id),
  );
}
