// Scope of a system: which criteria are in scope, from the categories chosen (Security always).
import type { OptionalCategory } from '../../contract/program.ts';
import type { Criterion } from '../catalog/index.ts';

export function categoriesInScope(optional: readonly OptionalCategory[]): string[] {
  return ['security', ...new Set(optional)];
}

/** Criterion ids in scope, in catalog order. */
export function criteriaInScope(catalog: readonly Criterion[], optional: readonly OptionalCategory[]): string[] {
  const categories = new Set(categoriesInScope(optional));
  return catalog.filter((c) => categories.has(c.category)).map((c) => c.id);
}

export interface CriterionProblem {
  path: string;
  message: string;
}

/** Criterion ids used by a system's CUECs, CSOCs and not-relevant list must be in scope. */
export function checkCriteriaReferences(
  inScope: readonly string[],
  refs: ReadonlyArray<{ path: string; criteria: readonly string[] }>,
): CriterionProblem[] {
  const known = new Set(inScope);
  return refs.flatMap((r) =>
    r.criteria.filter((id) => !known.has(id)).map((id) => ({ path: r.path, message: `${id} is not in scope for this system` })),
  );
}
