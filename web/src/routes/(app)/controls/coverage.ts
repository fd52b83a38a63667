// Which controls, CUECs and CSOCs address each criterion in scope; the criteria nothing addresses are gaps.
import type { Control, Criterion, System } from '../../../contract.ts';

export interface CriterionCoverage {
  criterion: Criterion;
  controls: Control[];
  cuecs: string[];
  csocs: { organization: string; text: string }[];
  /** Marked not relevant to the system (DC8), with the reason. */
  notRelevant: string | null;
  /** In scope, relevant, and no active control maps to it. */
  gap: boolean;
}

export function coverage(criteria: readonly Criterion[], system: System, controls: readonly Control[]): CriterionCoverage[] {
  const notRelevant = new Map(system.notRelevant.map((n) => [n.criterionId, n.reason]));
  return criteria.map((criterion) => {
    const id = criterion.id;
    const mapped = controls.filter((c) => c.status === 'active' && c.criteria.includes(id));
    const reason = notRelevant.get(id) ?? null;
    return {
      criterion,
      controls: mapped,
      cuecs: system.cuecs.filter((c) => c.criteria.includes(id)).map((c) => c.text),
      csocs: system.subserviceOrganizations.flatMap((o) =>
        o.csocs.filter((c) => c.criteria.includes(id)).map((c) => ({ organization: o.name, text: c.text })),
      ),
      notRelevant: reason,
      gap: mapped.length === 0 && reason === null,
    };
  });
}
