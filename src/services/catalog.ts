// The Trust Services Criteria catalog as served: attest's own text, or licensed text where imported.
import { CRITERIA, applyOverrides, getCriterion, listCriteria, parseCatalogImport } from '../domain/catalog/index.ts';
import type { Criterion, CriterionCategory } from '../contract/api.ts';
import { listCatalogOverrides, upsertCatalogOverrides } from '../db/catalog-overrides.ts';
import { listOrganizationIds } from '../db/organizations.ts';
import type { Deps } from './context.ts';
import { SYSTEM_META } from './context.ts';
import { AppError, notFound } from './errors.ts';
import { recordAudit } from './audit.ts';

/**
 * The merged catalog, cached per database for a short time: imports are rare (an operator's CLI command),
 * reads are frequent. An import in this process clears the cache at once; another process sees it within the TTL.
 */
export const CATALOG_CACHE_MS = 30_000;
const cache = new WeakMap<object, { at: number; catalog: readonly Criterion[] }>();

async function currentCatalog(deps: Deps): Promise<readonly Criterion[]> {
  const hit = cache.get(deps.db);
  const now = Date.now();
  if (hit && now - hit.at < CATALOG_CACHE_MS) return hit.catalog;
  const overrides = await listCatalogOverrides(deps.db);
  const catalog = (overrides.length ? applyOverrides(CRITERIA, overrides) : CRITERIA) as readonly Criterion[];
  cache.set(deps.db, { at: now, catalog });
  return catalog;
}

export async function listCatalog(deps: Deps, filter: { category?: CriterionCategory | undefined; q?: string | undefined }): Promise<Criterion[]> {
  return listCriteria(await currentCatalog(deps), filter) as Criterion[];
}

export async function readCriterion(deps: Deps, id: string): Promise<Criterion> {
  const found = getCriterion(await currentCatalog(deps), id);
  if (!found) throw notFound(`No criterion ${id}.`);
  return found as Criterion;
}

/** Replaces text for the criteria in the file; all or nothing. Recorded in every organization's audit log. */
export async function importCatalog(deps: Deps, text: string, format: 'csv' | 'json'): Promise<number> {
  const parsed = parseCatalogImport(text, format);
  if (!parsed.ok) {
    const fields = parsed.errors.map((e) => ({ path: [e.line !== undefined ? `line ${e.line}` : '', e.id ?? ''].filter(Boolean).join(' ') || 'file', message: e.message }));
    throw new AppError('validation_failed', `The catalog file was not imported:\n${fields.map((f) => `  ${f.path}: ${f.message}`).join('\n')}`, { fields });
  }
  await deps.db.transaction(async (tx) => {
    await upsertCatalogOverrides(tx, parsed.overrides, deps.now());
    for (const org of await listOrganizationIds(tx)) {
      await recordAudit(tx, {
        org,
        actor: { type: 'system', id: null, label: 'attest CLI (local)' },
        meta: SYSTEM_META,
        kind: 'catalog.imported',
        objectType: 'catalog',
        objectId: 'tsc-2017',
        data: { criteria: parsed.overrides.map((o) => o.id), format },
        at: deps.now(),
      });
    }
  });
  cache.delete(deps.db);
  return parsed.overrides.length;
}
