// The SOC 2 report (Sections I–V) as a structured model: paragraphs, lists and table rows in plain strings,
// built from the engagement's data and the firm's wording. Renderers (src/render/report) turn it into blocks;
// checkReportModel reads it to say what is missing before the report can be issued.
import type { ReportType } from '../../contract/engagement-vocabulary.ts';
import { PROCEDURE_TYPE_LABELS, type Opinion } from '../../contract/examination-vocabulary.ts';
import { CATEGORIES } from '../catalog/index.ts';
import { joinList } from '../opinion/index.ts';
import type { ReportInput, ReportSystem, ReportTest } from './input.ts';
import { DEFAULT_REPORT_TEMPLATES, fillTemplateLenient, mergeTemplates, type ReportTemplates, type TemplateKey, type TemplateValues } from './templates.ts';

/** A failure found while building or checking the report; `ref` names what it is about (a criterion, a control code, a template key). */
export interface ReportCheckFailure {
  code: string;
  message: string;
  ref?: string;
}

/** One piece of a section's content. `markdown` is management's own text, converted by the renderer. */
export type Part =
  | { kind: 'paragraph'; text: string }
  | { kind: 'markdown'; markdown: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; header: string[]; rows: string[][] };

export interface Subsection {
  /** Stable name for code and tests ('scope', 'opinion', 'components', …). */
  key: string;
  title: string;
  parts: Part[];
}

export interface ProseSection {
  title: string;
  intro: Part[];
  subsections: Subsection[];
}

export interface AuditorReportSection extends ProseSection {
  opinion: Opinion | null;
  /** The firm's signature lines: name, city, date. */
  signature: string[];
}

export interface AssertionSection extends ProseSection {
  /** "Accepted by … on …", or null while management has not accepted it. */
  acceptance: string | null;
  signature: string;
}

export interface ExceptionEntry {
  id: string;
  description: string;
  /** Management's words, or the stated absence of a response; null when neither is given (a check failure). */
  response: string | null;
}

export interface ControlRow {
  controlId: string;
  code: string;
  title: string;
  activity: string;
  /** All the in-scope criteria the control addresses (it is listed under each). */
  criteria: string[];
  /** Type II: the procedures and sample, one line each; null in a Type I report. */
  testsPerformed: string[] | null;
  /** Type II: the result lines; null in a Type I report. */
  results: string[] | null;
  /** Whether a test result was found for the control (always false in Type I). */
  tested: boolean;
  exceptions: ExceptionEntry[];
}

export interface CriterionEntry {
  id: string;
  title: string;
  category: string;
  categoryLabel: string;
  rows: ControlRow[];
  /** Shown instead of the table when no control is mapped to the criterion. */
  emptyText: string | null;
}

export interface CriteriaSection {
  title: string;
  intro: Part[];
  /** Type II: the tables have tests and results columns. */
  withTests: boolean;
  criteria: CriterionEntry[];
}

export interface ReportModel {
  reportType: ReportType;
  /** "Type I" / "Type II". */
  typeLabel: string;
  /** "SOC 2 Type II Report". */
  title: string;
  organization: string;
  system: string;
  firm: { name: string; city: string };
  /** "As of" / "Period", its value ("March 31, 2026" / "January 1, 2026 to March 31, 2026") and the phrase used in sentences. */
  period: { label: string; value: string; phrase: string };
  reportDate: string;
  sections: { i: AuditorReportSection; ii: AssertionSection; iii: ProseSection; iv: CriteriaSection; v: ProseSection };
  /** Problems met while building (an unknown template placeholder, a missing date); checkReportModel reports them. */
  problems: ReportCheckFailure[];
}

export const SECTION_TITLES = {
  i: "Section I \u2014 Independent Service Auditor's Report",
  ii: "Section II \u2014 Management's Assertion",
  iii: 'Section III \u2014 Description of the System',
  ivType1: 'Section IV \u2014 Trust Services Criteria and Related Controls',
  ivType2: 'Section IV \u2014 Trust Services Criteria, Related Controls, and Tests of Controls',
  v: 'Section V \u2014 Other Information Provided by Management',
} as const;

const TYPE_LABELS: Record<ReportType, string> = { type1: 'Type I', type2: 'Type II' };

/** How a template is filled while building: unknown placeholders are recorded once per template key. */
interface Wording {
  values: TemplateValues;
  say(key: TemplateKey, extra?: Partial<TemplateValues>): string;
}

function wordingOf(templates: ReportTemplates, values: TemplateValues, problems: ReportCheckFailure[]): Wording {
  const reported = new Set<TemplateKey>();
  return {
    values,
    say(key, extra = {}) {
      const { text, unknown } = fillTemplateLenient(templates[key], { ...values, ...extra });
      if (unknown.length && !reported.has(key)) {
        reported.add(key);
        problems.push({ code: 'template_placeholder', ref: key, message: `the wording "${key}" uses ${unknown.map((u) => `{{${u}}}`).join(', ')}, which the report cannot fill` });
      }
      return text;
    },
  };
}

const paragraph = (text: string): Part => ({ kind: 'paragraph', text });
const table = (header: string[], rows: string[][]): Part => ({ kind: 'table', header, rows });
const sentence = (text: string) => {
  const t = text.trim();
  return t === '' || /[.!?]$/.test(t) ? t : `${t}.`;
};

// ---- Dates and phrases

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** "2026-03-31" → "March 31, 2026", with our own month names (no dependence on the machine's locale). */
export function formatIsoDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(iso.trim());
  const [year, month, day] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (!m || month < 1 || month > 12 || day < 1 || day > days) throw new RangeError(`not an ISO date: ${iso}`);
  return `${MONTHS[month - 1]} ${day}, ${year}`;
}

function dateOrGap(iso: string | null, what: string, problems: ReportCheckFailure[]): string {
  if (iso) {
    try {
      return formatIsoDate(iso);
    } catch {
      problems.push({ code: 'date_invalid', ref: what, message: `the ${what} "${iso}" is not a date` });
      return iso;
    }
  }
  problems.push({ code: 'date_missing', ref: what, message: `the ${what} is not set` });
  return '[date not set]';
}

function periodOf(input: ReportInput, problems: ReportCheckFailure[]): ReportModel['period'] {
  if (input.reportType === 'type1') {
    const value = dateOrGap(input.asOf, 'as-of date', problems);
    return { label: 'As of', value, phrase: `as of ${value}` };
  }
  const value = `${dateOrGap(input.periodStart, 'period start', problems)} to ${dateOrGap(input.periodEnd, 'period end', problems)}`;
  return { label: 'Period', value, phrase: `throughout the period ${value}` };
}

/** The categories in scope in catalog order, security first and always. */
function categoryWords(categories: readonly string[]): string {
  const wanted = new Set(['security', ...categories]);
  const known = CATEGORIES.filter((c) => wanted.has(c.id)).map((c) => c.id as string);
  const extra = [...wanted].filter((c) => !known.includes(c));
  return joinList([...known, ...extra].map((c) => c.replace(/_/g, ' ')));
}

function valuesOf(input: ReportInput, period: ReportModel['period'], reportDate: string): TemplateValues {
  const categories = categoryWords(input.categories);
  const affected = input.opinion?.affectedCriteria ?? [];
  return {
    organization: input.serviceOrganization.name,
    system: input.system.name,
    firm: input.firm.name,
    city: input.firm.city,
    reportDate,
    reportType: TYPE_LABELS[input.reportType],
    periodPhrase: period.phrase,
    controlsPhrase: input.reportType === 'type1' ? 'suitably designed' : 'suitably designed and operated effectively',
    criteriaPhrase: `the trust services criteria for ${categories}`,
    categories,
    affectedCriteria: affected.length ? joinList(affected) : 'the criteria in scope',
    basis: sentence(input.opinion?.basis ?? ''),
  };
}

// ---- Section I

const OPINION_TEMPLATES: Record<Opinion, { opinion: TemplateKey; basis: TemplateKey | null; title: string; basisTitle: string | null }> = {
  unqualified: { opinion: 'opinionUnqualified', basis: null, title: 'Opinion', basisTitle: null },
  qualified: { opinion: 'opinionQualified', basis: 'basisQualified', title: 'Qualified opinion', basisTitle: 'Basis for qualified opinion' },
  adverse: { opinion: 'opinionAdverse', basis: 'basisAdverse', title: 'Adverse opinion', basisTitle: 'Basis for adverse opinion' },
  disclaimer: { opinion: 'opinionDisclaimer', basis: 'basisDisclaimer', title: 'Disclaimer of opinion', basisTitle: 'Basis for disclaimer of opinion' },
};

function complementaryParts(system: ReportSystem, w: Wording): Part[] {
  const parts: Part[] = [];
  if (system.cuecs.length) parts.push(paragraph(w.say('userEntityControls')));
  if (system.subserviceOrganizations.some((s) => s.method === 'carve_out')) parts.push(paragraph(w.say('subserviceCarveOut')));
  return parts;
}

function opinionSubsections(input: ReportInput, w: Wording): Subsection[] {
  if (!input.opinion) return [{ key: 'opinion', title: 'Opinion', parts: [paragraph('[The opinion has not been decided yet.]')] }];
  const t = OPINION_TEMPLATES[input.opinion.opinion];
  const basis: Subsection[] = t.basis && t.basisTitle ? [{ key: 'basis', title: t.basisTitle, parts: [paragraph(w.say(t.basis))] }] : [];
  return [...basis, { key: 'opinion', title: t.title, parts: [paragraph(w.say(t.opinion))] }];
}

function sectionI(input: ReportInput, w: Wording): AuditorReportSection {
  const disclaimer = input.opinion?.opinion === 'disclaimer';
  const subsections: Subsection[] = [
    { key: 'scope', title: 'Scope', parts: [paragraph(w.say(disclaimer ? 'scopeDisclaimer' : 'scope'))] },
    { key: 'managementResponsibilities', title: "Service organization's responsibilities", parts: [paragraph(w.say('managementResponsibilities'))] },
    { key: 'auditorResponsibilities', title: "Service auditor's responsibilities", parts: [paragraph(w.say(disclaimer ? 'auditorResponsibilitiesDisclaimer' : 'auditorResponsibilities'))] },
    { key: 'inherentLimitations', title: 'Inherent limitations', parts: [paragraph(w.say('inherentLimitations'))] },
  ];
  const complementary = complementaryParts(input.system, w);
  if (complementary.length) subsections.push({ key: 'complementaryControls', title: 'Complementary controls', parts: complementary });
  // A disclaimer gives no results to describe, so it has no tests paragraph.
  if (input.reportType === 'type2' && !disclaimer) subsections.push({ key: 'testsDescription', title: 'Description of tests of controls', parts: [paragraph(w.say('testsDescription'))] });
  subsections.push(...opinionSubsections(input, w));
  return {
    title: SECTION_TITLES.i,
    intro: [],
    subsections,
    opinion: input.opinion?.opinion ?? null,
    signature: [input.firm.name, input.firm.city, w.values.reportDate].filter((s) => s.trim() !== ''),
  };
}

// ---- Section II

function sectionII(input: ReportInput, w: Wording, problems: ReportCheckFailure[]): AssertionSection {
  const { acceptedBy, acceptedAt } = input.assertion;
  const at = acceptedAt ? dateOrGap(acceptedAt, 'assertion acceptance date', problems) : null;
  return {
    title: SECTION_TITLES.ii,
    intro: [paragraph(w.say('assertionIntro'))],
    subsections: [{ key: 'assertion', title: 'Assertion', parts: [paragraph(w.say('assertionDescription')), paragraph(w.say('assertionControls'))] }],
    acceptance: acceptedBy ? `Accepted on behalf of ${input.serviceOrganization.name} by ${acceptedBy}${at ? ` on ${at}` : ''}.` : null,
    signature: `Management of ${input.serviceOrganization.name}`,
  };
}

/** Section II as the text management reads and accepts (without the acceptance line, so accepting does not change it). */
export function assertionText(model: ReportModel): string {
  const ii = model.sections.ii;
  const parts = [...ii.intro, ...ii.subsections.flatMap((s) => s.parts)];
  const paragraphs = parts.flatMap((p) => (p.kind === 'paragraph' ? [p.text] : []));
  return [...paragraphs, ii.signature].join('\n\n');
}

// ---- Section III

const componentRows = (items: ReadonlyArray<{ name: string; description: string; owner: string }>) => items.map((c) => [c.name, c.description, c.owner]);

function componentParts(system: ReportSystem): Part[] {
  const c = system.components;
  const groups: Array<[string, ReadonlyArray<{ name: string; description: string; owner: string }>]> = [
    ['Infrastructure', c.infrastructure], ['Software', c.software], ['People', c.people], ['Procedures', c.procedures],
  ];
  const parts = groups.flatMap(([label, items]) => (items.length ? [paragraph(label), table(['Name', 'Description', 'Owner'], componentRows(items))] : []));
  if (c.data.length) parts.push(paragraph('Data'), table(['Name', 'Description', 'Owner', 'Classification'], c.data.map((d) => [d.name, d.description, d.owner, d.classification])));
  return parts.length ? parts : [paragraph('No system components are described.')];
}

const complementaryTable = (items: ReadonlyArray<{ text: string; criteria: string[] }>) =>
  table(['Complementary control', 'Criteria'], items.map((i) => [i.text, i.criteria.join(', ')]));

function subserviceParts(system: ReportSystem, w: Wording): Part[] {
  const orgs = system.subserviceOrganizations;
  if (!orgs.length) return [paragraph(w.say('noSubserviceOrganizations'))];
  const method = (m: 'carve_out' | 'inclusive') => (m === 'carve_out' ? 'Carve-out' : 'Inclusive');
  const parts: Part[] = [table(['Subservice organization', 'Service', 'Method'], orgs.map((o) => [o.name, o.service, method(o.method)]))];
  for (const o of orgs.filter((s) => s.csocs.length)) parts.push(paragraph(`Controls expected of ${o.name}`), complementaryTable(o.csocs));
  return parts;
}

function sectionIII(input: ReportInput, w: Wording): ProseSection {
  const s = input.system;
  const markdownOr = (markdown: string, empty: string): Part[] => (markdown.trim() ? [{ kind: 'markdown', markdown }] : [paragraph(empty)]);
  return {
    title: SECTION_TITLES.iii,
    intro: [paragraph(w.say('descriptionIntro'))],
    subsections: [
      { key: 'servicesProvided', title: 'Services provided', parts: markdownOr(s.servicesProvided, 'No services are described.') },
      { key: 'boundaries', title: 'System boundaries', parts: markdownOr(s.boundaries, 'No boundaries are described.') },
      { key: 'commitments', title: 'Service commitments and system requirements', parts: s.commitments.length ? [table(['Commitment', 'Source', 'Reference'], s.commitments.map((c) => [c.commitment, c.source, c.reference]))] : [paragraph('No service commitments are described.')] },
      { key: 'components', title: 'System components', parts: componentParts(s) },
      { key: 'incidents', title: 'Significant incidents', parts: markdownOr(s.incidents, w.say('noIncidents')) },
      { key: 'criteriaAndControls', title: 'Criteria and related controls', parts: [paragraph(w.say('criteriaAndControls'))] },
      { key: 'userEntityControls', title: 'Complementary user entity controls', parts: s.cuecs.length ? [complementaryTable(s.cuecs)] : [paragraph(w.say('noUserEntityControls'))] },
      { key: 'subserviceOrganizations', title: 'Subservice organizations', parts: subserviceParts(s, w) },
      { key: 'notRelevant', title: 'Criteria not relevant to the system', parts: s.notRelevant.length ? [table(['Criterion', 'Reason'], s.notRelevant.map((n) => [n.criterionId, n.reason]))] : [paragraph(w.say('noCriteriaNotRelevant'))] },
      { key: 'significantChanges', title: 'Significant changes', parts: s.significantChanges.length ? [table(['Date', 'Change'], s.significantChanges.map((c) => [formatOrRaw(c.date), c.description]))] : [paragraph(w.say('noSignificantChanges'))] },
    ],
  };
}

function formatOrRaw(iso: string): string {
  try {
    return formatIsoDate(iso);
  } catch {
    return iso;
  }
}

// ---- Section IV

/** Natural order of control codes, so CHG-2 comes before CHG-10 (no locale involved). */
export function compareCodes(a: string, b: string): number {
  const split = (s: string) => s.match(/\d+|\D+/g) ?? [];
  const [x, y] = [split(a), split(b)];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const [p, q] = [x[i]!, y[i]!];
    const diff = /^\d/.test(p) && /^\d/.test(q) ? Number(p) - Number(q) : p < q ? -1 : p > q ? 1 : 0;
    if (diff !== 0) return diff;
  }
  return x.length - y.length;
}

function sampleLine(test: ReportTest): string | null {
  const { sampleSize: s, populationSize: p } = test;
  if (s !== null && p !== null) return `Sample of ${s} from a population of ${p}.`;
  if (s !== null) return `Sample of ${s}.`;
  if (p !== null && p > 0) return `All ${p} items in the population examined.`;
  return null;
}

function exceptionEntries(test: ReportTest, w: Wording): ExceptionEntry[] {
  return test.exceptions.map((e) => {
    const given = e.managementResponse?.trim();
    const response = given ? given : e.managementResponse === null && e.noResponseStated === true ? w.say('noResponseStated') : null;
    return { id: e.id, description: e.description, response };
  });
}

function controlRow(control: ReportInput['controls'][number], test: ReportTest | undefined, withTests: boolean, w: Wording): ControlRow {
  const base = { controlId: control.id, code: control.code, title: control.title, activity: control.description, criteria: control.criteria };
  if (!withTests) return { ...base, testsPerformed: null, results: null, tested: false, exceptions: [] };
  if (!test) return { ...base, testsPerformed: [], results: ['[No test result recorded.]'], tested: false, exceptions: [] };
  const exceptions = exceptionEntries(test, w);
  const procedures = test.procedures.map((p) => `${PROCEDURE_TYPE_LABELS[p.type]}: ${sentence(p.text)}`);
  const sample = sampleLine(test);
  const results = [test.resultText, ...(exceptions.length ? ["Management's response is given in Section V."] : [])];
  return { ...base, testsPerformed: sample ? [...procedures, sample] : procedures, results, tested: true, exceptions };
}

function sectionIV(input: ReportInput, w: Wording): CriteriaSection {
  const withTests = input.reportType === 'type2';
  const testOf = new Map(input.tests.map((t) => [t.controlId, t]));
  const controls = [...input.controls].sort((a, b) => compareCodes(a.code, b.code));
  const label = (category: string) => CATEGORIES.find((c) => c.id === category)?.label ?? category;
  return {
    title: withTests ? SECTION_TITLES.ivType2 : SECTION_TITLES.ivType1,
    intro: [paragraph(w.say(withTests ? 'criteriaIntroType2' : 'criteriaIntroType1'))],
    withTests,
    criteria: input.criteria.map((c) => {
      const rows = controls.filter((k) => k.criteria.includes(c.id)).map((k) => controlRow(k, testOf.get(k.id), withTests, w));
      return { id: c.id, title: c.title, category: c.category, categoryLabel: label(c.category), rows, emptyText: rows.length ? null : w.say('noControlsForCriterion') };
    }),
  };
}

// ---- Section V

function sectionV(iv: CriteriaSection, w: Wording): ProseSection {
  const seen = new Set<string>();
  const rows: string[][] = [];
  for (const row of iv.criteria.flatMap((c) => c.rows)) {
    for (const e of row.exceptions) {
      if (seen.has(e.id)) continue; // a control listed under several criteria has its exceptions once
      seen.add(e.id);
      rows.push([`${row.code} ${row.title}`, e.description, e.response ?? '[No management response recorded.]']);
    }
  }
  return {
    title: SECTION_TITLES.v,
    intro: [paragraph(w.say('otherInformationIntro'))],
    subsections: rows.length
      ? [{ key: 'managementResponses', title: "Management's responses to exceptions", parts: [table(['Control', 'Exception', "Management's response"], rows)] }]
      : [{ key: 'none', title: 'Other information', parts: [paragraph(w.say('noOtherInformation'))] }],
  };
}

// ---- The model

/** The report model for an engagement's data and the firm's wording (attest's defaults for any key not given). */
export function buildReportModel(input: ReportInput, templates: Partial<ReportTemplates> = {}): ReportModel {
  const problems: ReportCheckFailure[] = [];
  const period = periodOf(input, problems);
  const reportDate = dateOrGap(input.reportDate, 'report date', problems);
  const w = wordingOf(mergeTemplates(DEFAULT_REPORT_TEMPLATES, templates), valuesOf(input, period, reportDate), problems);
  const iv = sectionIV(input, w);
  return {
    reportType: input.reportType,
    typeLabel: TYPE_LABELS[input.reportType],
    title: `SOC 2 ${TYPE_LABELS[input.reportType]} Report`,
    organization: input.serviceOrganization.name,
    system: input.system.name,
    firm: { ...input.firm },
    period,
    reportDate,
    sections: { i: sectionI(input, w), ii: sectionII(input, w, problems), iii: sectionIII(input, w), iv, v: sectionV(iv, w) },
    problems,
  };
}
