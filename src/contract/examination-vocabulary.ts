// The words of an examination's conclusions, as const arrays with labels: the contract builds its zod enums
// from them and the domain re-exports them (src/domain/examination/vocabulary.ts).

/** The four opinions a service auditor can give. */
export const OPINIONS = ['unqualified', 'qualified', 'adverse', 'disclaimer'] as const;
export type Opinion = (typeof OPINIONS)[number];
export const OPINION_LABELS: Readonly<Record<Opinion, string>> = {
  unqualified: 'Unqualified',
  qualified: 'Qualified',
  adverse: 'Adverse',
  disclaimer: 'Disclaimer of opinion',
};

/** Stage 1 conclusion on a criterion or a control: does the design meet the criterion? */
export const DESIGN_CONCLUSIONS = ['suitably_designed', 'design_deficiency'] as const;
export type DesignConclusion = (typeof DESIGN_CONCLUSIONS)[number];
export const DESIGN_CONCLUSION_LABELS: Readonly<Record<DesignConclusion, string>> = {
  suitably_designed: 'Suitably designed',
  design_deficiency: 'Design deficiency',
};

/** Conclusion on one section (DC1–DC9) of the system description. */
export const DESCRIPTION_CONCLUSIONS = ['fairly_presented', 'misstatement'] as const;
export type DescriptionConclusion = (typeof DESCRIPTION_CONCLUSIONS)[number];
export const DESCRIPTION_CONCLUSION_LABELS: Readonly<Record<DescriptionConclusion, string>> = {
  fairly_presented: 'Fairly presented',
  misstatement: 'Misstatement',
};

/** The sections of the system description, DC1–DC9. */
export const DESCRIPTION_SECTIONS = ['DC1', 'DC2', 'DC3', 'DC4', 'DC5', 'DC6', 'DC7', 'DC8', 'DC9'] as const;
export type DescriptionSection = (typeof DESCRIPTION_SECTIONS)[number];
/** Short names of the sections, in our own words. */
export const DESCRIPTION_SECTION_LABELS: Readonly<Record<DescriptionSection, string>> = {
  DC1: 'Services provided and system boundaries',
  DC2: 'Service commitments and system requirements',
  DC3: 'System components',
  DC4: 'Significant incidents',
  DC5: 'Criteria and related controls',
  DC6: 'Complementary user entity controls',
  DC7: 'Subservice organizations and their complementary controls',
  DC8: 'Criteria not relevant to the system',
  DC9: 'Significant changes during the period',
};

/** The conclusion of a test of one control's operating effectiveness. */
export const CONTROL_CONCLUSIONS = ['operating_effectively', 'exceptions_noted', 'not_tested'] as const;
export type ControlConclusion = (typeof CONTROL_CONCLUSIONS)[number];
export const CONTROL_CONCLUSION_LABELS: Readonly<Record<ControlConclusion, string>> = {
  operating_effectively: 'Operating effectively',
  exceptions_noted: 'Exceptions noted',
  not_tested: 'Not tested',
};

/** The result recorded for one sampled item. */
export const SAMPLE_RESULTS = ['pass', 'deviation', 'not_applicable'] as const;
export type SampleResult = (typeof SAMPLE_RESULTS)[number];
export const SAMPLE_RESULT_LABELS: Readonly<Record<SampleResult, string>> = {
  pass: 'Pass',
  deviation: 'Deviation',
  not_applicable: 'Not applicable',
};

/** Whether a deviation's root cause was a one-off or would recur. */
export const ROOT_CAUSE_CLASSIFICATIONS = ['isolated', 'systematic'] as const;
export type RootCauseClassification = (typeof ROOT_CAUSE_CLASSIFICATIONS)[number];
export const ROOT_CAUSE_LABELS: Readonly<Record<RootCauseClassification, string>> = {
  isolated: 'Isolated',
  systematic: 'Systematic',
};
/** One-line explanations shown next to the choice. */
export const ROOT_CAUSE_HINTS: Readonly<Record<RootCauseClassification, string>> = {
  isolated: 'A one-off lapse (a person, a day, a single item) that the control as designed would normally catch; not expected to recur.',
  systematic: 'A cause in how the control is designed, staffed or tooled, so other occurrences are likely affected as well.',
};

/** The four kinds of audit procedure a test plan is made of. */
export const PROCEDURE_TYPES = ['inquiry', 'observation', 'inspection', 'reperformance'] as const;
export type ProcedureType = (typeof PROCEDURE_TYPES)[number];
export const PROCEDURE_TYPE_LABELS: Readonly<Record<ProcedureType, string>> = {
  inquiry: 'Inquiry',
  observation: 'Observation',
  inspection: 'Inspection',
  reperformance: 'Re-performance',
};

/** Why an opinion departs from unqualified. */
export const REASON_KINDS = ['description_misstatement', 'design_deficiency', 'operating_deficiency', 'scope_limitation'] as const;
