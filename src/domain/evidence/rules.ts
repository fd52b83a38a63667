// The lifecycle rules of an evidence item: its status, what it may cover, and when it may be
// superseded or removed. Items are never edited; these decide which new facts may be recorded.
import type { EvidenceStatus } from '../../contract/evidence.ts';

export interface FieldProblem {
  path: string;
  message: string;
}

/** The status an item shows: a removal wins over a newer version. */
export function evidenceStatus(item: { supersededById: string | null; removedAt: Date | string | null }): EvidenceStatus {
  if (item.removedAt !== null) return 'removed';
  if (item.supersededById !== null) return 'superseded';
  return 'current';
}

/** The covered period must run forwards (one day is fine). Dates are ISO yyyy-mm-dd, so they compare as text. */
export function checkPeriod(periodStart: string, periodEnd: string): FieldProblem[] {
  return periodStart > periodEnd ? [{ path: 'periodEnd', message: 'must be on or after periodStart' }] : [];
}

/** Criterion ids the catalog does not know, as field problems (one per position). */
export function unknownCriteria(criterionIds: readonly string[], known: (id: string) => boolean): FieldProblem[] {
  return criterionIds.flatMap((id, i) => (known(id) ? [] : [{ path: `criterionIds.${i}`, message: `${id} is not a criterion in the catalog` }]));
}

/** Something that relies on an evidence item staying in the record. */
export interface EvidenceUsage {
  kind: 'engagement' | 'request';
  id: string;
  label: string;
}

export type RemovalDecision = { ok: true } | { ok: false; code: 'evidence_not_current' | 'evidence_in_use'; message: string };

/**
 * Whether an item may be tombstoned: only a current item (a superseded one is already replaced and
 * a removed one is already gone), and only when nothing relies on it — an engagement that used it,
 * or a request that accepted it. The caller gathers the usages.
 */
export function canRemove(status: EvidenceStatus, usages: readonly EvidenceUsage[]): RemovalDecision {
  if (status === 'removed') return { ok: false, code: 'evidence_not_current', message: 'This evidence has already been removed.' };
  if (status === 'superseded') return { ok: false, code: 'evidence_not_current', message: 'This evidence has been superseded; remove the current version instead.' };
  if (usages.length > 0) {
    const names = usages.slice(0, 3).map((u) => `${u.kind} "${u.label}"`).join(', ');
    const more = usages.length > 3 ? ` and ${usages.length - 3} more` : '';
    return { ok: false, code: 'evidence_in_use', message: `This evidence is used by ${names}${more} and cannot be removed.` };
  }
  return { ok: true };
}

/** Whether an item may be superseded by a new version: only the current version may. */
export function canSupersede(status: EvidenceStatus): RemovalDecision {
  if (status === 'current') return { ok: true };
  return {
    ok: false,
    code: 'evidence_not_current',
    message: status === 'removed' ? 'This evidence has been removed and cannot be superseded.' : 'This evidence has already been superseded; supersede the current version instead.',
  };
}
