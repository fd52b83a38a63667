// The opinion the findings point to, with its reasons and a draft basis. The
// engagement partner decides; this is the proposal the decision starts from.
//
// Precedence: a pervasive scope limitation → disclaimer (it wins over
// everything: without the evidence there is no opinion to give); otherwise a
// pervasive material failure → adverse; otherwise any material matter →
// qualified; otherwise unqualified. Pervasiveness is decided by
// ./pervasiveness.ts.
import { compareCriterionIds } from '../catalog/index.ts';
import type { ReportType } from '../engagement/terms.ts';
import { DESCRIPTION_SECTION_LABELS, type DescriptionConclusion, type DescriptionSection, type DesignConclusion, type Opinion } from '../examination/vocabulary.ts';
import { assessPervasiveness, joinList, shareGround, type PervasivenessAssessment } from './pervasiveness.ts';

export interface DescriptionFinding {
  section: DescriptionSection;
  conclusion: DescriptionConclusion;
  material: boolean;
  note?: string;
}

/**
 * A design conclusion bearing on one criterion: the criterion's own conclusion or that of a control mapped
 * to it. A criterion fails design when it has findings and none of them is `suitably_designed`.
 */
export interface DesignFinding {
  criterionId: string;
  conclusion: DesignConclusion;
  material: boolean;
  note?: string;
}

/** Whether a criterion was met by controls operating through the period (Type II only). */
export interface OperatingFinding {
  criterionId: string;
  notMet: boolean;
  material: boolean;
  note?: string;
}

/** Work the auditor could not do: a request never fulfilled, a population not provided. */
export interface ScopeLimitation {
  description: string;
  criteria: readonly string[];
  /** Whether the possible effects could be material. */
  material: boolean;
  /** The auditor's judgement that the possible effects could be pervasive. */
  pervasive: boolean;
}

export interface OpinionInput {
  reportType: ReportType;
  inScopeCriteria: readonly string[];
  descriptionFindings?: readonly DescriptionFinding[];
  designFindings?: readonly DesignFinding[];
  /** Considered for Type II only. */
  operatingFindings?: readonly OperatingFinding[];
  scopeLimitations?: readonly ScopeLimitation[];
}

import { REASON_KINDS } from '../../contract/examination-vocabulary.ts';

export { REASON_KINDS };
export type ReasonKind = (typeof REASON_KINDS)[number];

export interface OpinionReason {
  kind: ReasonKind;
  /** Criteria the matter affects, sorted; empty for a description misstatement. */
  criteria: string[];
  /** One sentence for the basis. */
  text: string;
}

export interface OpinionProposal {
  opinion: Opinion;
  /** Every criterion a material matter affects, sorted in catalog order, without duplicates. */
  affectedCriteria: string[];
  /** The material matters, in the order: description, design, operation, scope. */
  reasons: OpinionReason[];
  /** Why the failures (adverse) or the scope limitations (disclaimer) are pervasive. */
  pervasiveness: { failures: PervasivenessAssessment; scopeLimitations: PervasivenessAssessment };
  /** Criteria named in findings that are not in the in-scope list (still counted; the data should be checked). */
  outOfScopeCriteria: string[];
  /** Operating findings that were not considered because the report is Type I. */
  ignoredOperatingFindings: number;
  /** Draft basis paragraph(s), separated by blank lines. */
  basis: string;
}

const normalize = (id: string) => id.trim().toUpperCase();
const sortedUnique = (ids: Iterable<string>) => [...new Set([...ids].map(normalize))].sort(compareCriterionIds);
const sentence = (text: string) => {
  const t = text.trim().replace(/[.\s]+$/, '');
  return t === '' ? '' : `${t[0]!.toUpperCase()}${t.slice(1)}.`;
};
const criteriaPhrase = (ids: readonly string[]) => (ids.length === 1 ? `criterion ${ids[0]}` : `criteria ${joinList(ids)}`);
const notesOf = (items: readonly { criterionId: string; note?: string }[]) => {
  const notes = items.filter((i) => i.note?.trim()).map((i) => `${normalize(i.criterionId)}: ${i.note!.trim().replace(/[.\s]+$/, '')}`);
  return notes.length === 0 ? '' : ` (${notes.join('; ')})`;
};

/** Criteria whose design findings include no suitably designed control, and whose deficiencies include a material one. */
function materialDesignFailures(findings: readonly DesignFinding[]): { criteria: string[]; findings: DesignFinding[] } {
  const byCriterion = new Map<string, DesignFinding[]>();
  for (const f of findings) byCriterion.set(normalize(f.criterionId), [...(byCriterion.get(normalize(f.criterionId)) ?? []), f]);
  const failing: DesignFinding[] = [];
  for (const group of byCriterion.values()) {
    if (group.some((f) => f.conclusion === 'suitably_designed')) continue;
    if (group.some((f) => f.material)) failing.push(...group.filter((f) => f.material));
  }
  return { criteria: sortedUnique(failing.map((f) => f.criterionId)), findings: failing };
}

function reasonsFor(input: OpinionInput, operating: readonly OperatingFinding[]): { failures: OpinionReason[]; limitations: OpinionReason[]; sections: DescriptionSection[]; limitationFlagged: boolean } {
  const failures: OpinionReason[] = [];
  const misstated = (input.descriptionFindings ?? []).filter((f) => f.conclusion === 'misstatement' && f.material);
  const sections = [...new Set(misstated.map((f) => f.section))].sort();
  for (const section of sections) {
    const notes = misstated.filter((f) => f.section === section && f.note?.trim()).map((f) => f.note!.trim().replace(/[.\s]+$/, ''));
    const detail = notes.length === 0 ? '' : `: ${notes.join('; ')}`;
    failures.push({ kind: 'description_misstatement', criteria: [], text: `Section ${section} of the description (${DESCRIPTION_SECTION_LABELS[section]}) is materially misstated${detail}.` });
  }
  const design = materialDesignFailures(input.designFindings ?? []);
  if (design.criteria.length > 0) {
    failures.push({ kind: 'design_deficiency', criteria: design.criteria, text: `No control was suitably designed to meet ${criteriaPhrase(design.criteria)}${notesOf(design.findings)}.` });
  }
  const notMet = operating.filter((f) => f.notMet && f.material);
  const notMetCriteria = sortedUnique(notMet.map((f) => f.criterionId));
  if (notMetCriteria.length > 0) {
    failures.push({ kind: 'operating_deficiency', criteria: notMetCriteria, text: `Controls did not operate effectively throughout the period to meet ${criteriaPhrase(notMetCriteria)}${notesOf(notMet)}.` });
  }
  const material = (input.scopeLimitations ?? []).filter((l) => l.material);
  const limitations = material.map((l): OpinionReason => {
    const criteria = sortedUnique(l.criteria);
    const effect = criteria.length === 0 ? '' : `; we could not obtain enough evidence about ${criteriaPhrase(criteria)}`;
    return { kind: 'scope_limitation', criteria, text: `${sentence(l.description).slice(0, -1) || 'Evidence was not made available'}${effect}.` };
  });
  return { failures, limitations, sections, limitationFlagged: material.some((l) => l.pervasive) };
}

/** Propose the opinion for an engagement from its findings. Pure. */
export function proposeOpinion(input: OpinionInput): OpinionProposal {
  const type2 = input.reportType === 'type2';
  const operating = type2 ? (input.operatingFindings ?? []) : [];
  const ignoredOperatingFindings = type2 ? 0 : (input.operatingFindings ?? []).length;
  const { failures, limitations, sections, limitationFlagged } = reasonsFor(input, operating);

  const inScope = new Set(input.inScopeCriteria.map(normalize));
  const failureCriteria = sortedUnique(failures.flatMap((r) => r.criteria));
  const limitationCriteria = sortedUnique(limitations.flatMap((r) => r.criteria));
  const affectedCriteria = sortedUnique([...failureCriteria, ...limitationCriteria]);
  const outOfScopeCriteria = affectedCriteria.filter((id) => !inScope.has(id));
  const scopeCount = new Set([...inScope, ...affectedCriteria]).size;

  const failurePervasiveness = assessPervasiveness({ criteria: failureCriteria, sections }, scopeCount);
  const limitationShare = shareGround(limitationCriteria, scopeCount);
  const limitationGrounds = [...(limitationFlagged ? ['we judged the possible effects of the evidence we could not obtain to be pervasive'] : []), ...(limitationShare ? [limitationShare] : [])];
  const limitationPervasiveness = { pervasive: limitations.length > 0 && limitationGrounds.length > 0, grounds: limitations.length > 0 ? limitationGrounds : [] };

  const opinion: Opinion = limitationPervasiveness.pervasive
    ? 'disclaimer'
    : failures.length > 0 && failurePervasiveness.pervasive
      ? 'adverse'
      : failures.length > 0 || limitations.length > 0
        ? 'qualified'
        : 'unqualified';

  const reasons = [...failures, ...limitations];
  const basis = draftBasis({ opinion, type2, failures, limitations, affectedCriteria, failurePervasiveness, limitationPervasiveness, ignoredOperatingFindings });
  return {
    opinion,
    affectedCriteria,
    reasons,
    pervasiveness: { failures: failurePervasiveness, scopeLimitations: limitationPervasiveness },
    outOfScopeCriteria,
    ignoredOperatingFindings,
    basis,
  };
}

interface BasisParts {
  opinion: Opinion;
  type2: boolean;
  failures: readonly OpinionReason[];
  limitations: readonly OpinionReason[];
  affectedCriteria: readonly string[];
  failurePervasiveness: PervasivenessAssessment;
  limitationPervasiveness: PervasivenessAssessment;
  ignoredOperatingFindings: number;
}

const HEADINGS: Readonly<Record<Opinion, string>> = {
  unqualified: 'Basis for opinion',
  qualified: 'Basis for qualified opinion',
  adverse: 'Basis for adverse opinion',
  disclaimer: 'Basis for disclaimer of opinion',
};

/** What the controls are concluded on: design only (Type I), or design and operation (Type II). */
const subjectOf = (type2: boolean) => (type2 ? 'suitably designed and operated effectively' : 'suitably designed');

function typeOneNote(ignored: number): string {
  const considered = ignored === 0 ? '' : ` The operating findings recorded (${ignored}) were not considered.`;
  return `This is a Type I examination of the description and the design of controls as of a date; whether the controls operated effectively over a period was not examined and does not bear on this opinion.${considered}`;
}

function draftBasis(p: BasisParts): string {
  const paragraphs: string[] = [HEADINGS[p.opinion]];
  const list = (reasons: readonly OpinionReason[]) => reasons.map((r) => `- ${r.text}`).join('\n');
  const affected = p.affectedCriteria.length === 0 ? '' : ` ${p.affectedCriteria.length === 1 ? 'Criterion' : 'Criteria'} affected: ${joinList(p.affectedCriteria)}.`;
  switch (p.opinion) {
    case 'unqualified':
      paragraphs.push(
        `We identified no misstatement in the description, no deficiency in the design of controls${p.type2 ? ', no failure in their operation' : ''} and no limitation on the scope of our work that is material to the criteria in scope. We concluded that the description presents the system fairly and that the controls were ${subjectOf(p.type2)} to meet the criteria in scope.`,
      );
      break;
    case 'qualified': {
      const matters = [
        ...(p.failures.length > 0 ? [`We identified the following material ${p.failures.length === 1 ? 'matter' : 'matters'}:\n${list(p.failures)}`] : []),
        ...(p.limitations.length > 0 ? [`We could not examine the following:\n${list(p.limitations)}`] : []),
      ];
      paragraphs.push(...matters);
      const effects = [p.failures.length > 0 ? 'the effects of the matters described above' : '', p.limitations.length > 0 ? `the possible effects of the ${p.limitations.length === 1 ? 'limitation' : 'limitations'} on our work` : ''].filter(Boolean).join(' and ');
      const on = p.affectedCriteria.length === 0 ? '' : ` on ${criteriaPhrase(p.affectedCriteria)}`;
      paragraphs.push(`These matters are confined to specific parts of the subject matter and are not pervasive. Except for ${effects}${on}, we concluded that the description presents the system fairly and that the controls were ${subjectOf(p.type2)} to meet the criteria in scope.${affected}`);
      break;
    }
    case 'adverse':
      paragraphs.push(`We identified the following material ${p.failures.length === 1 ? 'matter' : 'matters'}:\n${list(p.failures)}`);
      if (p.limitations.length > 0) paragraphs.push(`We also could not examine the following:\n${list(p.limitations)}`);
      paragraphs.push(`The effects are pervasive: ${p.failurePervasiveness.grounds.join('; ')}. Because of their significance, we concluded that ${adverseConclusion(p)}.${affected}`);
      break;
    case 'disclaimer':
      paragraphs.push(`We could not examine the following:\n${list(p.limitations)}`);
      paragraphs.push(`We were unable to obtain enough appropriate evidence on which to base an opinion, and the possible effects of what we could not examine could be both material and pervasive: ${p.limitationPervasiveness.grounds.join('; ')}. We therefore do not express an opinion on the description or on whether the controls were ${subjectOf(p.type2)}.${affected}`);
      if (p.failures.length > 0) paragraphs.push(`In the work we could perform, we also identified the following material ${p.failures.length === 1 ? 'matter' : 'matters'}:\n${list(p.failures)}`);
      break;
  }
  if (!p.type2) paragraphs.push(typeOneNote(p.ignoredOperatingFindings));
  return paragraphs.join('\n\n');
}

function adverseConclusion(p: BasisParts): string {
  const parts: string[] = [];
  if (p.failures.some((r) => r.kind === 'description_misstatement')) parts.push('the description does not present the system fairly');
  const ofKind = (kind: ReasonKind) => sortedUnique(p.failures.filter((r) => r.kind === kind).flatMap((r) => r.criteria));
  const design = ofKind('design_deficiency');
  const operation = ofKind('operating_deficiency');
  if (design.length > 0) parts.push(`the controls were not suitably designed to meet ${criteriaPhrase(design)}`);
  if (operation.length > 0) parts.push(`the controls did not operate effectively to meet ${criteriaPhrase(operation)}`);
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join('; ')}; and ${parts.at(-1)}`;
}
