// Readiness of a system for a SOC 2 examination, per criterion, series and category.
// A criterion is ready when it is covered (an active control with an owner maps to it, or it is marked
// not relevant with a reason), documented (an approved policy, in its review date, maps to it) and, for
// people-related criteria, the roster shows no open flag. Type II adds "has operated long enough"
// (evidence over the period): `operating` is the extension point for it.
import type { Criterion } from '../catalog/index.ts';

export type GapKind =
  | 'no_control'
  | 'no_owner'
  | 'no_policy'
  | 'policy_not_approved'
  | 'policy_review_overdue'
  | 'people_flag'
  | 'not_operating';

export interface Gap {
  criterionId: string;
  kind: GapKind;
  message: string;
  /** Where the user fixes it. */
  fix: 'controls' | 'policies' | 'people' | 'evidence';
  /** The control to fix it on, when the gap is about one control (Type II evidence). */
  controlId?: string;
}

/** Type II: a control mapped to a criterion that has no evidence for some ended windows. */
export interface MissingEvidence {
  controlId: string;
  code: string;
  /** Window labels (2026-Q1, 2026-05, …), oldest first. */
  windows: readonly string[];
}

export interface ReadinessControl {
  code: string;
  criteria: readonly string[];
  hasOwner: boolean;
}

export interface ReadinessPolicy {
  title: string;
  criteria: readonly string[];
  approved: boolean;
  reviewOverdue: boolean;
}

/** Counts of people with each open roster flag; undefined when the roster is not assessed. */
export interface PeopleFlags {
  trainingOverdue: number;
  backgroundCheckMissing: number;
  accessNotRevokedInTime: number;
  acknowledgementMissing: number;
}

export interface ReadinessInput {
  catalog: readonly Criterion[];
  inScope: readonly string[];
  notRelevant: ReadonlyMap<string, string>;
  controls: readonly ReadinessControl[];
  /** undefined: policies are not assessed (no documented check). */
  policies?: readonly ReadinessPolicy[] | undefined;
  people?: PeopleFlags | undefined;
  reportType: 'type1' | 'type2';
  /** Type II: criterion id → whether its controls have operated long enough (evidence). undefined: not assessed. */
  operating?: ReadonlyMap<string, boolean> | undefined;
  /** Type II: criterion id → the controls without evidence for some windows; turns a not_operating gap into one gap per control. */
  missingEvidence?: ReadonlyMap<string, readonly MissingEvidence[]> | undefined;
}

export type CriterionState = 'ready' | 'gap' | 'not_relevant';

export interface CriterionReadiness {
  id: string;
  category: string;
  series: string;
  state: CriterionState;
  covered: boolean;
  documented: boolean | null;
  controls: string[];
  gaps: Gap[];
}

export interface GroupReadiness {
  key: string;
  title: string;
  total: number;
  ready: number;
  percent: number;
}

export interface Readiness {
  reportType: 'type1' | 'type2';
  percent: number;
  total: number;
  ready: number;
  criteria: CriterionReadiness[];
  byCategory: GroupReadiness[];
  bySeries: GroupReadiness[];
  gaps: Gap[];
  assessed: { policies: boolean; people: boolean; operating: boolean };
}

/** Which roster flags bear on which criteria. */
export const PEOPLE_CRITERIA: Readonly<Record<keyof PeopleFlags, readonly string[]>> = {
  trainingOverdue: ['CC1.4', 'CC2.2'],
  backgroundCheckMissing: ['CC1.4'],
  accessNotRevokedInTime: ['CC6.2', 'CC6.3'],
  acknowledgementMissing: ['CC1.1', 'CC2.2'],
};

const PEOPLE_MESSAGES: Readonly<Record<keyof PeopleFlags, (n: number) => string>> = {
  trainingOverdue: (n) => `${n} ${n === 1 ? 'person is' : 'people are'} overdue on security training`,
  backgroundCheckMissing: (n) => `${n} ${n === 1 ? 'person has' : 'people have'} no completed background check`,
  accessNotRevokedInTime: (n) => `${n} departed ${n === 1 ? 'person' : 'people'} kept access past the revocation SLA`,
  acknowledgementMissing: (n) => `${n} ${n === 1 ? 'person has' : 'people have'} not acknowledged the current policies`,
};

function coverageGaps(id: string, controls: readonly ReadinessControl[]): Gap[] {
  if (controls.length === 0) return [{ criterionId: id, kind: 'no_control', message: `No active control maps to ${id}`, fix: 'controls' }];
  if (controls.some((c) => c.hasOwner)) return [];
  const codes = controls.map((c) => c.code).join(', ');
  return [{ criterionId: id, kind: 'no_owner', message: `The controls for ${id} (${codes}) have no owner`, fix: 'controls' }];
}

function policyGaps(id: string, policies: readonly ReadinessPolicy[]): Gap[] {
  const mapped = policies.filter((p) => p.criteria.includes(id));
  if (mapped.some((p) => p.approved && !p.reviewOverdue)) return [];
  if (mapped.length === 0) return [{ criterionId: id, kind: 'no_policy', message: `No policy addresses ${id}`, fix: 'policies' }];
  const approved = mapped.filter((p) => p.approved);
  if (approved.length === 0) {
    return [{ criterionId: id, kind: 'policy_not_approved', message: `${mapped.map((p) => p.title).join(', ')} not yet approved`, fix: 'policies' }];
  }
  return [{ criterionId: id, kind: 'policy_review_overdue', message: `${approved.map((p) => p.title).join(', ')} overdue for review`, fix: 'policies' }];
}

function peopleGaps(id: string, people: PeopleFlags): Gap[] {
  return (Object.keys(PEOPLE_CRITERIA) as Array<keyof PeopleFlags>)
    .filter((flag) => PEOPLE_CRITERIA[flag].includes(id) && people[flag] > 0)
    .map((flag) => ({ criterionId: id, kind: 'people_flag' as const, message: PEOPLE_MESSAGES[flag](people[flag]), fix: 'people' as const }));
}

/** Shown windows per gap message; the rest are counted. */
const WINDOWS_SHOWN = 4;

function operatingGaps(id: string, missing: readonly MissingEvidence[]): Gap[] {
  if (missing.length === 0) return [{ criterionId: id, kind: 'not_operating', message: `The controls for ${id} have not operated long enough over the period`, fix: 'evidence' }];
  return missing.map((m) => {
    const shown = m.windows.slice(0, WINDOWS_SHOWN).join(', ');
    const more = m.windows.length > WINDOWS_SHOWN ? ` and ${m.windows.length - WINDOWS_SHOWN} more` : '';
    return { criterionId: id, kind: 'not_operating', message: `${m.code} has no evidence for ${shown}${more}`, fix: 'evidence', controlId: m.controlId };
  });
}

function assessCriterion(criterion: Criterion, input: ReadinessInput): CriterionReadiness {
  const { id, category, series } = criterion;
  const mapped = input.controls.filter((c) => c.criteria.includes(id));
  const base = { id, category, series, controls: mapped.map((c) => c.code) };
  if (input.notRelevant.has(id)) return { ...base, state: 'not_relevant', covered: true, documented: null, gaps: [] };
  const coverage = coverageGaps(id, mapped);
  const policy = input.policies ? policyGaps(id, input.policies) : [];
  const people = input.people ? peopleGaps(id, input.people) : [];
  const operating = input.reportType === 'type2' && input.operating?.get(id) === false ? operatingGaps(id, input.missingEvidence?.get(id) ?? []) : [];
  const gaps = [...coverage, ...policy, ...people, ...operating];
  return { ...base, state: gaps.length ? 'gap' : 'ready', covered: coverage.length === 0, documented: input.policies ? policy.length === 0 : null, gaps };
}

function percent(ready: number, total: number): number {
  return total === 0 ? 100 : Math.round((ready / total) * 1000) / 10;
}

function group(criteria: readonly CriterionReadiness[], keyOf: (c: CriterionReadiness) => string, titleOf: (key: string) => string): GroupReadiness[] {
  const keys = [...new Set(criteria.map(keyOf))];
  return keys.map((key) => {
    const members = criteria.filter((c) => keyOf(c) === key);
    const ready = members.filter((c) => c.state !== 'gap').length;
    return { key, title: titleOf(key), total: members.length, ready, percent: percent(ready, members.length) };
  });
}

export const CATEGORY_TITLES: Readonly<Record<string, string>> = {
  security: 'Security',
  availability: 'Availability',
  confidentiality: 'Confidentiality',
  processing_integrity: 'Processing integrity',
  privacy: 'Privacy',
};

export function assessReadiness(input: ReadinessInput): Readiness {
  const inScope = new Set(input.inScope);
  const criteria = input.catalog.filter((c) => inScope.has(c.id)).map((c) => assessCriterion(c, input));
  const ready = criteria.filter((c) => c.state !== 'gap').length;
  const seriesTitles = new Map(input.catalog.map((c) => [c.series, c.seriesTitle]));
  return {
    reportType: input.reportType,
    percent: percent(ready, criteria.length),
    total: criteria.length,
    ready,
    criteria,
    byCategory: group(criteria, (c) => c.category, (k) => CATEGORY_TITLES[k] ?? k),
    bySeries: group(criteria, (c) => c.series, (k) => seriesTitles.get(k) ?? k),
    gaps: criteria.flatMap((c) => c.gaps),
    assessed: { policies: input.policies !== undefined, people: input.people !== undefined, operating: input.operating !== undefined },
  };
}
