// Publishing an approved policy version to personnel, and their acknowledgements of it.
import type { Acknowledgement, AcknowledgementStatus, PolicyVersion } from '../contract/policies.ts';
import { updateVersion } from '../db/policies.ts';
import { getAcknowledgement, insertAcknowledgement, listAcknowledgements, listAcknowledgers } from '../db/policy-acknowledgements.ts';
import type { Ctx, Deps } from './context.ts';
import { authorize } from './gate.ts';
import { actorOf, recordAudit } from './audit.ts';
import { policyOr404 } from './policies.ts';
import { presentVersion, versionOr404, withVersion } from './policy-versions.ts';

/** Records that the approved version was published to personnel, now. */
export async function publishPolicyVersion(deps: Deps, ctx: Ctx, id: string, n: number): Promise<PolicyVersion> {
  return withVersion(deps, ctx, 'policy.write', id, n, 'publish', async ({ tx, scope, policy, version, at }) => {
    const row = await updateVersion(tx, scope, version.id, { publishedAt: at, publishedBy: ctx.actor.userId }, at);
    await recordAudit(tx, { org: scope.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'policy.version_published', objectType: 'policy', objectId: id, data: { key: policy.key, version: n }, at });
    return presentVersion(tx, row);
  });
}

/** The acting user acknowledges the published version; acknowledging again changes nothing. */
export async function acknowledgePolicyVersion(deps: Deps, ctx: Ctx, id: string, n: number): Promise<Acknowledgement> {
  const userId = ctx.actor.userId;
  return withVersion(deps, ctx, 'policy.acknowledge', id, n, 'acknowledge', async ({ tx, scope, policy, version, at }) => {
    const added = await insertAcknowledgement(tx, scope, version.id, userId, at);
    if (added) await recordAudit(tx, { org: scope.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'policy.acknowledged', objectType: 'policy', objectId: id, data: { key: policy.key, version: n, userId }, at });
    const row = added ?? (await getAcknowledgement(tx, scope, version.id, userId))!;
    return { policyId: id, version: n, userId, acknowledgedAt: row.acknowledgedAt.toISOString() };
  });
}

/**
 * Who has and who has not acknowledged, among the organization's members and roster people linked to a user.
 * Someone who acknowledged and has since left is listed but not counted.
 */
export async function acknowledgementStatus(deps: Deps, ctx: Ctx, id: string, n: number): Promise<AcknowledgementStatus> {
  const scope = authorize(ctx, 'policy.read');
  await policyOr404(deps.db, scope, id);
  const version = await versionOr404(deps.db, scope, id, n);
  const { members, linked } = await listAcknowledgers(deps.db, scope);
  const people = new Map(linked.map((p) => [p.userId, p.personId]));
  const memberIds = new Set(members.map((m) => m.userId));
  const everyone = new Map([...linked, ...members].map((u) => [u.userId, { userId: u.userId, name: u.name, email: u.email, personId: people.get(u.userId) ?? null, member: memberIds.has(u.userId) }]));
  const acks = await listAcknowledgements(deps.db, scope, version.id);
  const acknowledged = acks.map((a) => ({ ...(everyone.get(a.userId) ?? { userId: a.userId, name: a.name, email: a.email, personId: null, member: false }), acknowledgedAt: a.acknowledgedAt.toISOString() }));
  const done = new Set(acks.map((a) => a.userId));
  const pending = [...everyone.values()].filter((u) => !done.has(u.userId)).sort((a, b) => a.name.localeCompare(b.name) || a.email.localeCompare(b.email));
  const expected = [...everyone.keys()].filter((u) => done.has(u)).length;
  return {
    policyId: id,
    version: n,
    publishedAt: version.publishedAt?.toISOString() ?? null,
    counts: { total: everyone.size, acknowledged: expected, pending: pending.length },
    acknowledged,
    pending,
  };
}
