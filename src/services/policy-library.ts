// The starter policy templates, and adopting them as version-1 drafts of the organization's policies.
import type { AdoptPoliciesResult, PolicyTemplateDetail, PolicyTemplateSummary } from '../contract/policies.ts';
import { PLACEHOLDER_GUIDE, POLICY_LIBRARY, POLICY_LIBRARY_VERSION, getPolicyTemplate, type PolicyTemplate } from '../domain/library/policies/index.ts';
import { getSystem, listSystems } from '../db/systems.ts';
import { insertPolicy, insertVersion, listPolicyKeys } from '../db/policies.ts';
import type { Db } from '../db/client.ts';
import type { Ctx, Deps, Scope } from './context.ts';
import { AppError, notFound } from './errors.ts';
import { authorize } from './gate.ts';
import { actorOf, recordAudits, type AuditRecord } from './audit.ts';

function summary(t: PolicyTemplate): PolicyTemplateSummary {
  return {
    key: t.key,
    title: t.title,
    summary: t.summary,
    criteria: [...t.criteria],
    reviewIntervalMonths: t.reviewIntervalMonths,
    requiresCategory: t.requiresCategory,
    placeholders: t.placeholders.map((name) => ({ name, label: name, hint: '', example: '', ...PLACEHOLDER_GUIDE[name] })),
  };
}

export function listPolicyLibrary(ctx: Ctx) {
  authorize(ctx, 'policy.read');
  return { version: POLICY_LIBRARY_VERSION, templates: POLICY_LIBRARY.map(summary) };
}

export function readPolicyTemplate(ctx: Ctx, key: string): PolicyTemplateDetail {
  authorize(ctx, 'policy.read');
  const t = getPolicyTemplate(POLICY_LIBRARY, key);
  if (!t) throw notFound('No such policy template.');
  return { ...summary(t), body: t.body };
}

/** Categories in scope: those of the given system, or of any system of the organization. */
async function categoriesInScope(db: Db, scope: Scope, systemId: string | undefined): Promise<Set<string>> {
  if (systemId) {
    const system = await getSystem(db, scope, systemId);
    if (!system) throw notFound('No such system.');
    return new Set(system.categories);
  }
  return new Set((await listSystems(db, scope)).flatMap((s) => s.categories));
}

/**
 * Adopts templates as policies: version 1 is a draft holding the template's body with its placeholders left
 * for the organization to fill. A template requiring a category not in scope (privacy) is skipped.
 */
export async function adoptPolicies(deps: Deps, ctx: Ctx, keys: 'all' | string[], systemId?: string): Promise<AdoptPoliciesResult> {
  const scope = authorize(ctx, 'policy.write');
  const unknown = keys === 'all' ? [] : keys.filter((k) => !getPolicyTemplate(POLICY_LIBRARY, k));
  if (unknown.length) throw new AppError('validation_failed', `Not in the library: ${unknown.join(', ')}.`, { fields: unknown.map((k) => ({ path: 'keys', message: `${k} is not in the library` })) });
  const wanted = keys === 'all' ? [...POLICY_LIBRARY] : POLICY_LIBRARY.filter((t) => keys.includes(t.key));
  return deps.db.transaction(async (tx) => {
    const categories = await categoriesInScope(tx, scope, systemId);
    const existing = new Set(await listPolicyKeys(tx, scope));
    const result: AdoptPoliciesResult = { adopted: [], alreadyAdopted: [], skipped: [] };
    const records: AuditRecord<'policy.created' | 'policy.version_created'>[] = [];
    const audit = { org: scope.organizationId, actor: actorOf(ctx), meta: ctx, objectType: 'policy' as const, at: deps.now() };
    for (const t of wanted) {
      if (existing.has(t.key)) result.alreadyAdopted.push(t.key);
      else if (t.requiresCategory && !categories.has(t.requiresCategory)) result.skipped.push({ key: t.key, reason: `requires the ${t.requiresCategory} category, which no system in scope includes` });
      else {
        const row = await insertPolicy(tx, scope, { key: t.key, title: t.title, description: t.summary, ownerId: null, criteria: [...t.criteria], controlIds: [], reviewIntervalMonths: t.reviewIntervalMonths, sourceTemplate: t.key });
        const changeNote = `Adopted from the ${t.title} template (${POLICY_LIBRARY_VERSION}).`;
        await insertVersion(tx, scope, { policyId: row.id, number: 1, body: t.body, changeNote, authorId: ctx.actor.userId });
        records.push({ ...audit, kind: 'policy.created', objectId: row.id, data: { key: t.key, title: t.title, template: t.key, libraryVersion: POLICY_LIBRARY_VERSION } });
        records.push({ ...audit, kind: 'policy.version_created', objectId: row.id, data: { key: t.key, version: 1, fromVersion: null, changeNote } });
        result.adopted.push({ key: t.key, id: row.id });
      }
    }
    await recordAudits(tx, records);
    return result;
  });
}
