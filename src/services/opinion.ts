// The opinion: gathers the engagement's findings (description misstatements, design deficiencies, criteria not met
// because of deviations, scope limitations), asks the pure core for a proposal, and records the engagement
// partner's decision (accept, or override with a rationale). Decisions are append-only; the latest is in force.
// The service organization sees the decided opinion only, never the proposal or the partner's rationale.
import { proposeOpinion, type DescriptionFinding, type DesignFinding, type OperatingFinding } from '../domain/opinion/index.ts';
import type { DescriptionSection } from '../domain/examination/vocabulary.ts';
import type { DecideOpinionRequest, OpinionDecision, OpinionInputs, OpinionProposal, OpinionState } from '../contract/opinion.ts';
import type { Db } from '../db/client.ts';
import type { EngagementView } from '../db/engagements.ts';
import { listConclusions } from '../db/design-conclusions.ts';
import { listEngagementRequests, listExceptions, listTestPlans, requestControlCriteria } from '../db/examination-status.ts';
import { insertDecision, listDecisions, type OpinionDecisionRow } from '../db/opinion-decisions.ts';
import type { Ctx, Deps } from './context.ts';
import { AppError } from './errors.ts';
import { actorOf, recordAudit } from './audit.ts';
import { loadEngagement } from './engagements.ts';
import { authorizeEngagement } from './gate.ts';
import { canonicalJson } from '../ledger/hash.ts';
import { inScopeCriteria, systemControls } from './design-review.ts';

/** The phases in which the partner decides the opinion. */
const DECIDING_STATUSES: readonly string[] = ['review', 'reporting'];

const noteOf = (text: string) => (text.trim() === '' ? {} : { note: text.trim() });

/** Collects what the proposal is computed from. Type I engagements have no operating findings. */
export async function gatherOpinionInputs(db: Db, e: EngagementView): Promise<OpinionInputs> {
  const inScope = inScopeCriteria(e).map((c) => c.id);
  const inScopeSet = new Set(inScope);
  const [conclusions, controls] = await Promise.all([listConclusions(db, e.id), systemControls(db, e)]);

  const descriptionFindings = conclusions
    .filter((c) => c.subjectKind === 'description')
    .map((c) => ({ section: c.subject as DescriptionSection, conclusion: c.conclusion as DescriptionFinding['conclusion'], material: c.material, ...noteOf(c.observation) }));

  // The criterion's own conclusion decides when recorded; otherwise the conclusions on its related controls do.
  const own = new Map(conclusions.filter((c) => c.subjectKind === 'criterion').map((c) => [c.subject, c]));
  const onControl = new Map(conclusions.filter((c) => c.subjectKind === 'control').map((c) => [c.subject, c]));
  const designFindings: OpinionInputs['designFindings'] = [];
  for (const criterionId of inScope) {
    const mine = own.get(criterionId);
    if (mine) {
      designFindings.push({ criterionId, conclusion: mine.conclusion, material: mine.material, ...noteOf(mine.observation), source: 'criterion' });
      continue;
    }
    for (const control of controls.filter((k) => k.criteria.includes(criterionId))) {
      const c = onControl.get(control.id);
      if (c) designFindings.push({ criterionId, conclusion: c.conclusion, material: c.material, ...noteOf(c.observation ? `${control.code}: ${c.observation}` : ''), source: `control ${control.code}` });
    }
  }

  const operatingFindings: OperatingFinding[] = [];
  const scopeLimitations: OpinionInputs['scopeLimitations'] = [];
  if (e.reportType === 'type2') {
    for (const x of await listExceptions(db, e.id)) {
      for (const criterionId of x.criteriaNotMet) operatingFindings.push({ criterionId, notMet: true, material: x.material, ...noteOf(x.description) });
    }
    const plans = await listTestPlans(db, e.id);
    for (const p of plans.filter((p) => p.populationSource === null && p.conclusion !== 'not_tested')) {
      scopeLimitations.push({ description: `the population for control ${p.controlCode} was not provided`, criteria: p.controlCriteria.filter((c) => inScopeSet.has(c)), material: true, pervasive: false });
    }
  }
  const unfulfilled = (await listEngagementRequests(db, e.id, e.serviceOrgId)).filter((r) => r.status !== 'accepted');
  const links = await requestControlCriteria(db, e.id, e.serviceOrgId, unfulfilled.map((r) => r.id));
  for (const r of unfulfilled) {
    const linked = links.get(r.id) ?? [];
    const criteria = [...new Set(linked.flatMap((k) => k.criteria))].filter((c) => inScopeSet.has(c));
    const codes = linked.map((k) => k.code);
    scopeLimitations.push({ description: `the request "${r.title}"${codes.length ? ` (${codes.join(', ')})` : ''} was not fulfilled`, criteria, material: true, pervasive: false });
  }

  return {
    reportType: e.reportType,
    inScopeCriteria: inScope,
    descriptionFindings,
    designFindings,
    operatingFindings,
    scopeLimitations,
  };
}

function proposalFor(inputs: OpinionInputs): OpinionProposal {
  const proposal = proposeOpinion({
    ...inputs,
    descriptionFindings: inputs.descriptionFindings as DescriptionFinding[],
    designFindings: inputs.designFindings.map(({ source: _source, ...f }) => f as DesignFinding),
  });
  return { ...proposal, inputs };
}

export async function readOpinionProposal(deps: Deps, ctx: Ctx, id: string): Promise<OpinionProposal> {
  const { engagement: e } = await loadEngagement(deps.db, ctx, id, 'workpaper.read');
  return proposalFor(await gatherOpinionInputs(deps.db, e));
}

function decisionOf(r: OpinionDecisionRow): OpinionDecision {
  const proposal = r.proposal as { opinion?: OpinionDecision['proposed']; affectedCriteria?: string[] };
  return {
    id: r.id, opinion: r.opinion, proposed: proposal.opinion ?? r.opinion, overridden: r.overridden, rationale: r.rationale, basis: r.basis,
    affectedCriteria: proposal.affectedCriteria ?? [], decidedByLabel: r.decidedByLabel, decidedAt: r.createdAt.toISOString(),
  };
}

/** The proposal as stored with a decision (what the partner saw). */
const storedProposal = (p: OpinionProposal): Record<string, unknown> => ({ opinion: p.opinion, affectedCriteria: p.affectedCriteria, reasons: p.reasons, basis: p.basis, inputs: p.inputs });

/** Same opinion, criteria and reasons (compared canonically: the stored copy went through jsonb, which reorders keys). */
const sameProposal = (stored: Record<string, unknown>, current: OpinionProposal) =>
  canonicalJson([stored.opinion, stored.affectedCriteria, stored.reasons]) === canonicalJson([current.opinion, current.affectedCriteria, current.reasons]);

export async function readOpinion(deps: Deps, ctx: Ctx, id: string): Promise<OpinionState> {
  const { engagement: e, access } = await loadEngagement(deps.db, ctx, id, 'engagement.read');
  const rows = await listDecisions(deps.db, e.id);
  const latest = rows[0];
  if (access.side === 'service_org') {
    if (!latest) return { decision: null, history: [], proposalChanged: null };
    const d = decisionOf(latest);
    return { decision: { opinion: d.opinion, basis: d.basis, affectedCriteria: d.affectedCriteria, decidedAt: d.decidedAt }, history: [], proposalChanged: null };
  }
  authorizeEngagement(ctx, e, 'workpaper.read');
  const proposalChanged = latest ? !sameProposal(latest.proposal, proposalFor(await gatherOpinionInputs(deps.db, e))) : null;
  return { decision: latest ? decisionOf(latest) : null, history: rows.map(decisionOf), proposalChanged };
}

export async function decideOpinion(deps: Deps, ctx: Ctx, id: string, input: DecideOpinionRequest): Promise<OpinionState> {
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    const { engagement: e, access } = await loadEngagement(tx, ctx, id, 'opinion.decide', true);
    if (!DECIDING_STATUSES.includes(e.status)) {
      throw new AppError('engagement_invalid_transition', `The engagement is ${e.status.replace('_', ' ')}: the opinion is decided in review or reporting.`);
    }
    const proposal = proposalFor(await gatherOpinionInputs(tx, e));
    // Decisions are ordered by time: keep each strictly after the previous one, so the latest is unambiguous.
    const [previous] = await listDecisions(tx, e.id, 1);
    const at = previous && previous.createdAt >= now ? new Date(previous.createdAt.getTime() + 1) : now;
    const override = input.decision === 'override';
    const opinion = override ? input.opinion : proposal.opinion;
    const rationale = input.rationale;
    const basis = override ? (input.basis ?? `${proposal.basis}\n\nThe engagement partner departed from the proposed ${proposal.opinion} opinion: ${rationale}`) : proposal.basis;
    const row = await insertDecision(tx, {
      engagementId: e.id, proposal: storedProposal(proposal), opinion, overridden: override, rationale, basis,
      decidedById: ctx.actor.type === 'user' ? ctx.actor.userId : null, decidedByLabel: ctx.actor.label, createdAt: at,
    });
    await recordAudit(tx, {
      org: access.firm.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'opinion.decided', objectType: 'opinion', objectId: row.id,
      data: { engagementId: e.id, proposed: proposal.opinion, opinion, overridden: override, rationale }, at,
    });
  });
  return readOpinion(deps, ctx, id);
}
