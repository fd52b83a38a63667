// Public API of the SOC 2 report model: the input, the wording templates, the model and its checks.
export type { Comp, ComplementaryControl, ReportException, ReportInput, ReportSystem, ReportTest } from './input.ts';
export {
  DEFAULT_REPORT_TEMPLATES,
  fillTemplate,
  fillTemplateLenient,
  mergeTemplates,
  TEMPLATE_KEYS,
  TEMPLATE_PLACEHOLDERS,
  TemplatePlaceholderError,
  templatePlaceholders,
  templateProblems,
  unknownPlaceholders,
  type ReportTemplates,
  type TemplateKey,
  type TemplatePlaceholder,
  type TemplateValues,
} from './templates.ts';
export {
  assertionText,
  buildReportModel,
  compareCodes,
  formatIsoDate,
  SECTION_TITLES,
  type AssertionSection,
  type AuditorReportSection,
  type ControlRow,
  type CriteriaSection,
  type CriterionEntry,
  type ExceptionEntry,
  type Part,
  type ProseSection,
  type ReportCheckFailure,
  type ReportModel,
  type Subsection,
} from './build.ts';
export { checkReportModel } from './check.ts';
export { examinedThrough, periodOverBy, reportDateProblem, type ExaminedThrough } from './report-date.ts';
