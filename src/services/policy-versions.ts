// Versions of a policy and their workflow: draft → in_review → approved (admins only) → retired.
// An approved version never changes; editing means a new draft copied from the latest version.
import type { PolicyDiff, PolicyVersion, PolicyVersionSummary } from '../contract/policies.ts';
import type { Action } from '../domain/access/policy.ts';
import { extractPlaceholders } from '../domain/library/policies/index.ts';
import { diffLines } from '../domain/policies/diff.ts';
import { refuseStep, type VersionStep } from '../domain/policies/workflow.ts';
import type { Db } from '../db/client.ts';
import { getVersion, insertVersion, latestVersion, listVersions, retireVersions, updateVersion, type PolicyRow, type VersionMeta, type VersionRow } from '../db/policies.ts';
import type { Ctx, Deps, Scope } from './context.ts';
import { AppError, notFound } from './errors.ts';
import { authorize } from './gate.ts';
import { actorOf, recordAudit } from './audit.ts';
import { policyOr404, refuseIfRetired, userRefs } from './policies.ts';

export async function presentVersions(db: Db, rows: VersionMeta[]): Promise<PolicyVersionSummary[]> {
  const users = await userRefs(db, rows.flatMap((r) => [r.authorId, r.approvedBy]));
  const ref = (id: string | null) => (id ? users.get(id) ?? null : null);
  return rows.map((r) => ({
    policyId: r.policyId,
    number: r.number,
    status: r.status,
    changeNote: r.changeNote,
    author: ref(r.authorId),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    submittedAt: r.submittedAt?.toISOString() ?? null,
    approvedAt: r.approvedAt?.toISOString() ?? null,
    approvedBy: ref(r.approvedBy),
    publishedAt: r.publishedAt?.toISOString() ?? null,
    retiredAt: r.retiredAt?.toISOString() ?? null,
  }));
}

export async function presentVersion(db: Db, row: VersionRow): Promise<PolicyVersion> {
  const [summary] = await presentVersions(db, [row]);
  return { ...summary!, body: row.body, placeholders: extractPlaceholders(row.body) };
}

export async function versionOr404(db: Db, scope: Scope, policyId: string, n: number): Promise<VersionRow> {
  const row = await getVersion(db, scope, policyId, n);
  if (!row) throw notFound('No such version of this policy.');
  return row;
}

export interface StepContext {
  tx: Db;
  scope: Scope;
  policy: PolicyRow;
  version: VersionRow;
  at: Date;
}

/** Runs one workflow step on version n of a policy: gate, lock the policy, check the version's status, then `fn`. */
export async function withVersion<T>(deps: Deps, ctx: Ctx, action: Action, id: string, n: number, step: VersionStep, fn: (s: StepContext) => Promise<T>): Promise<T> {
  const scope = authorize(ctx, action);
  return deps.db.transaction(async (tx) => {
    const policy = await policyOr404(tx, scope, id, true);
    const version = await versionOr404(tx, scope, id, n);
    if (step !== 'acknowledge') refuseIfRetired(policy);
    const refusal = refuseStep(step, version);
    if (refusal) throw new AppError('conflict', refusal);
    return fn({ tx, scope, policy, version, at: deps.now() });
  });
}

export async function listPolicyVersions(deps: Deps, ctx: Ctx, id: string): Promise<PolicyVersionSummary[]> {
  const scope = authorize(ctx, 'policy.read');
  await policyOr404(deps.db, scope, id);
  return presentVersions(deps.db, await listVersions(deps.db, scope, id));
}

export async function readPolicyVersion(deps: Deps, ctx: Ctx, id: string, n: number): Promise<PolicyVersion> {
  const scope = authorize(ctx, 'policy.read');
  await policyOr404(deps.db, scope, id);
  return presentVersion(deps.db, await versionOr404(deps.db, scope, id, n));
}

/** A new draft, its body copied from the latest version; refused while a draft or review is open. */
export async function createPolicyVersion(deps: Deps, ctx: Ctx, id: string, changeNote: string): Promise<PolicyVersion> {
  const scope = authorize(ctx, 'policy.write');
  return deps.db.transaction(async (tx) => {
    const policy = await policyOr404(tx, scope, id, true);
    refuseIfRetired(policy);
    const latest = await latestVersion(tx, scope, id);
    if (latest && (latest.status === 'draft' || latest.status === 'in_review')) {
      throw new AppError('conflict', `Version ${latest.number} is still ${latest.status.replace('_', ' ')}: finish or return it before starting another.`);
    }
    const number = (latest?.number ?? 0) + 1;
    const row = await insertVersion(tx, scope, { policyId: id, number, body: latest?.body ?? '', changeNote, authorId: ctx.actor.userId });
    await recordAudit(tx, { org: scope.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'policy.version_created', objectType: 'policy', objectId: id, data: { key: policy.key, version: number, fromVersion: latest?.number ?? null, changeNote }, at: deps.now() });
    return presentVersion(tx, row);
  });
}

export async function editPolicyVersion(deps: Deps, ctx: Ctx, id: string, n: number, changes: { body?: string | undefined; changeNote?: string | undefined }): Promise<PolicyVersion> {
  const given = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as { body?: string; changeNote?: string };
  if (Object.keys(given).length === 0) throw new AppError('validation_failed', 'Nothing to change.');
  return withVersion(deps, ctx, 'policy.write', id, n, 'edit', async ({ tx, scope, policy, version, at }) => {
    const fields = Object.keys(given).filter((k) => given[k as keyof typeof given] !== version[k as keyof typeof given]);
    if (fields.length === 0) return presentVersion(tx, version);
    const row = await updateVersion(tx, scope, version.id, given, at);
    await recordAudit(tx, { org: scope.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'policy.version_updated', objectType: 'policy', objectId: id, data: { key: policy.key, version: n, fields }, at });
    return presentVersion(tx, row);
  });
}

export async function submitPolicyVersion(deps: Deps, ctx: Ctx, id: string, n: number): Promise<PolicyVersion> {
  return withVersion(deps, ctx, 'policy.write', id, n, 'submit', async ({ tx, scope, policy, version, at }) => {
    const row = await updateVersion(tx, scope, version.id, { status: 'in_review', submittedAt: at, submittedBy: ctx.actor.userId }, at);
    await recordAudit(tx, { org: scope.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'policy.version_submitted', objectType: 'policy', objectId: id, data: { key: policy.key, version: n }, at });
    return presentVersion(tx, row);
  });
}

/** Sends a version in review back to draft (changes requested, or withdrawn by its author). */
export async function returnPolicyVersion(deps: Deps, ctx: Ctx, id: string, n: number, note: string): Promise<PolicyVersion> {
  return withVersion(deps, ctx, 'policy.write', id, n, 'return', async ({ tx, scope, policy, version, at }) => {
    const row = await updateVersion(tx, scope, version.id, { status: 'draft', submittedAt: null, submittedBy: null }, at);
    await recordAudit(tx, { org: scope.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'policy.version_returned', objectType: 'policy', objectId: id, data: { key: policy.key, version: n, note }, at });
    return presentVersion(tx, row);
  });
}

/** Approves a version in review; the previously approved version, if any, is retired. */
export async function approvePolicyVersion(deps: Deps, ctx: Ctx, id: string, n: number): Promise<PolicyVersion> {
  return withVersion(deps, ctx, 'policy.approve', id, n, 'approve', async ({ tx, scope, policy, version, at }) => {
    const [retiredVersion] = await retireVersions(tx, scope, id, ['approved'], at);
    const row = await updateVersion(tx, scope, version.id, { status: 'approved', approvedAt: at, approvedBy: ctx.actor.userId }, at);
    await recordAudit(tx, { org: scope.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'policy.version_approved', objectType: 'policy', objectId: id, data: { key: policy.key, version: n, retiredVersion: retiredVersion ?? null }, at });
    return presentVersion(tx, row);
  });
}

export async function diffPolicyVersions(deps: Deps, ctx: Ctx, id: string, from: number, to: number): Promise<PolicyDiff> {
  const scope = authorize(ctx, 'policy.read');
  await policyOr404(deps.db, scope, id);
  const [a, b] = [await versionOr404(deps.db, scope, id, from), await versionOr404(deps.db, scope, id, to)];
  return { policyId: id, from, to, ...diffLines(a.body, b.body) };
}
