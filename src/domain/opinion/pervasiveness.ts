// When is a material matter pervasive? attest's rule, in one place so it can be
// read, tested and cited in the basis for an opinion.
//
// A material misstatement, design deficiency or unmet criterion is pervasive
// when ANY of these holds:
//   1. Entity level: it affects a criterion of CC1–CC5 (control environment,
//      communication, risk assessment, monitoring, control activities). Those
//      criteria carry every other control, so their failure undermines the
//      whole system of controls, not one part of it.
//   2. Share: the affected criteria are at least PERVASIVE_SHARE of the
//      criteria in scope — too large a part of the subject matter to carve out
//      with "except for".
//   3. Description as a whole: a material misstatement in a section that frames
//      the whole description (DC1 services and boundaries, DC2 commitments and
//      system requirements, DC3 components), or material misstatements in
//      PERVASIVE_SECTION_COUNT sections or more.
//
// Spanning several categories is deliberately NOT a ground: one control
// routinely maps to criteria of different categories (a backup control to CC7.5
// and A1.2), so the number of categories touched says little on its own.
//
// For scope limitations the auditor's own `pervasive` judgement counts, and the
// share rule (2) applies to the criteria of all material limitations together.
// The entity-level rule does not: being unable to test one entity-level control
// is not the same as finding it failed, and is left to that judgement.
import { compareCriterionIds } from '../catalog/index.ts';
import { DESCRIPTION_SECTION_LABELS, type DescriptionSection } from '../examination/vocabulary.ts';

/** Criteria series whose failure is pervasive by itself (rule 1). */
export const ENTITY_LEVEL_SERIES: readonly string[] = ['CC1', 'CC2', 'CC3', 'CC4', 'CC5'];
/** Share of the in-scope criteria at or above which affected criteria are pervasive (rule 2). */
export const PERVASIVE_SHARE = 0.25;
/** Description sections that frame the whole description (rule 3). */
export const SYSTEM_WIDE_SECTIONS: readonly DescriptionSection[] = ['DC1', 'DC2', 'DC3'];
/** Number of materially misstated sections at or above which the description as a whole is misstated (rule 3). */
export const PERVASIVE_SECTION_COUNT = 3;

export interface PervasivenessAssessment {
  pervasive: boolean;
  /** One phrase per rule that applies, for the basis paragraph; empty when not pervasive. */
  grounds: string[];
}

/** The series of a criterion id: `CC6.1` → `CC6`. */
export const seriesOf = (criterionId: string): string => criterionId.trim().toUpperCase().split('.')[0]!;

export const isEntityLevel = (criterionId: string): boolean => ENTITY_LEVEL_SERIES.includes(seriesOf(criterionId));

/** Joins names as English prose: `A`, `A and B`, `A, B and C`. */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const percent = (fraction: number) => `${Math.round(fraction * 100)}%`;

/** Rule 2 alone: whether `affected` criteria are at least PERVASIVE_SHARE of `inScopeCount`. */
export function shareGround(affected: readonly string[], inScopeCount: number): string | undefined {
  if (affected.length === 0 || inScopeCount === 0) return undefined;
  const share = affected.length / inScopeCount;
  if (share < PERVASIVE_SHARE) return undefined;
  return `${affected.length} of the ${inScopeCount} criteria in scope (${percent(share)}) are affected, at or above the ${percent(PERVASIVE_SHARE)} threshold`;
}

/**
 * Applies rules 1–3 to the criteria and description sections affected by material
 * misstatements, deficiencies or unmet criteria. `inScopeCount` is the number of criteria in scope.
 */
export function assessPervasiveness(affected: { criteria: readonly string[]; sections: readonly DescriptionSection[] }, inScopeCount: number): PervasivenessAssessment {
  const grounds: string[] = [];
  const entityLevel = affected.criteria.filter(isEntityLevel).sort(compareCriterionIds);
  if (entityLevel.length > 0) {
    grounds.push(`${joinList(entityLevel)} ${entityLevel.length === 1 ? 'is an entity-level criterion' : 'are entity-level criteria'} (CC1\u2013CC5), on which the other controls depend`);
  }
  const share = shareGround(affected.criteria, inScopeCount);
  if (share) grounds.push(share);
  const sections = [...new Set(affected.sections)].sort();
  const systemWide = sections.filter((s) => SYSTEM_WIDE_SECTIONS.includes(s));
  if (systemWide.length > 0) {
    grounds.push(`${joinList(systemWide.map((s) => `${s} (${DESCRIPTION_SECTION_LABELS[s]})`))} ${systemWide.length === 1 ? 'frames' : 'frame'} the description as a whole`);
  }
  if (sections.length >= PERVASIVE_SECTION_COUNT) {
    grounds.push(`${sections.length} sections of the description are materially misstated`);
  }
  return { pervasive: grounds.length > 0, grounds };
}
