// The report's wording as named templates with {{placeholder}} fields. The defaults are attest's own plain
// words (never the AICPA's illustrative reports); a firm replaces any of them with its own (report settings).

/** The fields every template may use; the report builder fills all of them. */
export const TEMPLATE_PLACEHOLDERS = [
  /** The service organization's name. */
  'organization',
  /** The system's name. */
  'system',
  /** The service auditor's firm and city. */
  'firm',
  'city',
  /** "March 31, 2026". */
  'reportDate',
  /** "Type I" or "Type II". */
  'reportType',
  /** "as of March 31, 2026" or "throughout the period January 1, 2026 to March 31, 2026". */
  'periodPhrase',
  /** "suitably designed" (Type I) or "suitably designed and operated effectively" (Type II). */
  'controlsPhrase',
  /** "the trust services criteria for security and availability". */
  'criteriaPhrase',
  /** "security and availability". */
  'categories',
  /** The criteria a modified opinion names ("CC8.1 and CC6.2"), or "the criteria in scope" when none are named. */
  'affectedCriteria',
  /** The auditor's own words on why the opinion is modified, ending with a full stop. */
  'basis',
] as const;
export type TemplatePlaceholder = (typeof TEMPLATE_PLACEHOLDERS)[number];
export type TemplateValues = Record<TemplatePlaceholder, string>;

export const TEMPLATE_KEYS = [
  // Section I: the service auditor's report
  'scope',
  'scopeDisclaimer',
  'managementResponsibilities',
  'auditorResponsibilities',
  'auditorResponsibilitiesDisclaimer',
  'inherentLimitations',
  'userEntityControls',
  'subserviceCarveOut',
  'testsDescription',
  'basisQualified',
  'basisAdverse',
  'basisDisclaimer',
  'opinionUnqualified',
  'opinionQualified',
  'opinionAdverse',
  'opinionDisclaimer',
  // Section II: management's assertion
  'assertionIntro',
  'assertionDescription',
  'assertionControls',
  // Section III: the description of the system
  'descriptionIntro',
  'noIncidents',
  'criteriaAndControls',
  'noUserEntityControls',
  'noSubserviceOrganizations',
  'noCriteriaNotRelevant',
  'noSignificantChanges',
  // Section IV: criteria, controls and tests
  'criteriaIntroType1',
  'criteriaIntroType2',
  'noControlsForCriterion',
  // Section V: other information
  'otherInformationIntro',
  'noOtherInformation',
  'noResponseStated',
] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];
export type ReportTemplates = Record<TemplateKey, string>;

export const DEFAULT_REPORT_TEMPLATES: Readonly<ReportTemplates> = Object.freeze({
  scope:
    "We examined the description of {{organization}}'s {{system}} {{periodPhrase}} (Section III, \"the description\"), and whether the controls stated in the description were {{controlsPhrase}} to give reasonable assurance that {{organization}} achieved its service commitments and system requirements, based on {{criteriaPhrase}}.",
  scopeDisclaimer:
    "We were engaged to examine the description of {{organization}}'s {{system}} {{periodPhrase}} (Section III, \"the description\"), and whether the controls stated in the description were {{controlsPhrase}} to give reasonable assurance that {{organization}} achieved its service commitments and system requirements, based on {{criteriaPhrase}}.",
  managementResponsibilities:
    '{{organization}} is responsible for its service commitments and system requirements; for designing, putting in place and operating controls that achieve them; for preparing the description; for choosing the criteria and saying which of them apply; and for its assertion in Section II.',
  auditorResponsibilities:
    'Our responsibility is to give an opinion, based on our examination, on the description and on the controls it states. We planned and carried out the examination to obtain reasonable assurance about whether, in all material respects, the description presents the system fairly and the controls were {{controlsPhrase}}. We believe the evidence we obtained is sufficient and appropriate to support our opinion.',
  auditorResponsibilitiesDisclaimer:
    'Our responsibility is to give an opinion on the description and on the controls it states, based on an examination carried out to obtain reasonable assurance. Because of the matter described under the basis for disclaimer of opinion, we could not obtain enough appropriate evidence to support an opinion.',
  inherentLimitations:
    'Every system of controls has limits. Controls may not prevent, or detect and correct, every error or fraud. A conclusion about controls may not hold for a later time, because systems and the way people follow controls change.',
  userEntityControls:
    "Some criteria can be met only if user entities operate the complementary controls listed in Section III alongside {{organization}}'s controls. We did not evaluate whether user entities operate them.",
  subserviceCarveOut:
    '{{organization}} relies on subservice organizations named in Section III. The description leaves out the controls of the carved-out subservice organizations, and our examination did not cover them.',
  testsDescription:
    'Section IV lists the controls we tested, the tests we carried out on each of them and the results of those tests.',
  basisQualified: '{{basis}} This matter affects {{affectedCriteria}}.',
  basisAdverse:
    '{{basis}} This matter affects {{affectedCriteria}}, and in our judgement its effect on the description and the controls is both material and pervasive.',
  basisDisclaimer:
    '{{basis}} The possible effect of this limitation on the description and the controls could be both material and pervasive.',
  opinionUnqualified:
    "In our opinion, in all material respects, the description presents {{organization}}'s {{system}} fairly {{periodPhrase}}, and the controls stated in the description were {{controlsPhrase}} {{periodPhrase}} to give reasonable assurance that {{organization}}'s service commitments and system requirements were achieved based on {{criteriaPhrase}}.",
  opinionQualified:
    "In our opinion, apart from the effects of the matter described under the basis for qualified opinion, in all material respects, the description presents {{organization}}'s {{system}} fairly {{periodPhrase}}, and the controls stated in the description were {{controlsPhrase}} {{periodPhrase}} to give reasonable assurance that {{organization}}'s service commitments and system requirements were achieved based on {{criteriaPhrase}}.",
  opinionAdverse:
    "In our opinion, because of the significance of the matter described under the basis for adverse opinion, the description does not present {{organization}}'s {{system}} fairly {{periodPhrase}}, or the controls stated in the description were not {{controlsPhrase}} {{periodPhrase}} to give reasonable assurance that {{organization}}'s service commitments and system requirements were achieved based on {{criteriaPhrase}}.",
  opinionDisclaimer:
    "Because of the significance of the matter described under the basis for disclaimer of opinion, we do not express an opinion on the description of {{organization}}'s {{system}} or on whether the controls stated in it were {{controlsPhrase}} {{periodPhrase}}.",
  assertionIntro:
    'We, the management of {{organization}}, prepared the description of our {{system}} in Section III {{periodPhrase}}, following the description criteria for a SOC 2 report. It is meant to give readers of this report information about the system, in particular about the controls relevant to {{criteriaPhrase}}.',
  assertionDescription: 'We confirm that, in all material respects, the description presents the {{system}} fairly {{periodPhrase}}.',
  assertionControls:
    'We confirm that, in all material respects, the controls stated in the description were {{controlsPhrase}} {{periodPhrase}} to give reasonable assurance that our service commitments and system requirements were achieved based on {{criteriaPhrase}}.',
  descriptionIntro:
    "This section is {{organization}}'s description of its {{system}} {{periodPhrase}}. Management wrote it; the service auditor's report in Section I covers it.",
  noIncidents: 'No significant incidents are reported {{periodPhrase}}.',
  criteriaAndControls:
    'The criteria in scope and the controls that address each of them are listed in Section IV, which is part of this description.',
  noUserEntityControls: "The system's controls do not rely on controls operated by user entities.",
  noSubserviceOrganizations: '{{organization}} uses no subservice organizations for the services described.',
  noCriteriaNotRelevant: 'Every criterion in scope applies to the system.',
  noSignificantChanges: 'There were no significant changes to the system {{periodPhrase}}.',
  criteriaIntroType1:
    'For each criterion in scope, the tables below list the controls {{organization}} has put in place to meet it.',
  criteriaIntroType2:
    'For each criterion in scope, the tables below list the controls {{organization}} has put in place to meet it, the tests {{firm}} carried out on each control and their results.',
  noControlsForCriterion: 'No control is mapped to this criterion.',
  otherInformationIntro:
    '{{organization}} provides the information in this section. It is not part of the description, and the service auditor did not examine it and gives no opinion on it.',
  noOtherInformation: 'Management has no other information to provide.',
  noResponseStated: 'Management stated that it gives no response to this exception.',
});

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The placeholder names a template uses, in order of first use. */
export function templatePlaceholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/** Placeholders a template uses that the report cannot fill (a typo in a firm's wording, say). */
export function unknownPlaceholders(text: string, known: readonly string[] = TEMPLATE_PLACEHOLDERS): string[] {
  const names = new Set(known);
  return templatePlaceholders(text).filter((p) => !names.has(p));
}

/** Raised by fillTemplate; `unknown` lists every placeholder it could not fill. */
export class TemplatePlaceholderError extends Error {
  readonly unknown: readonly string[];
  constructor(unknown: readonly string[]) {
    super(`unknown placeholder${unknown.length === 1 ? '' : 's'} in template: ${unknown.map((p) => `{{${p}}}`).join(', ')}`);
    this.name = 'TemplatePlaceholderError';
    this.unknown = unknown;
  }
}

/**
 * Fills what it can and lists what it could not: an unknown placeholder is left in the text as written, so a
 * draft shows it, and is returned in `unknown` so the report's checks name it.
 */
export function fillTemplateLenient(text: string, values: Readonly<Record<string, string>>): { text: string; unknown: string[] } {
  const unknown = new Set<string>();
  const filled = text.replace(PLACEHOLDER, (whole, name: string) => {
    if (Object.hasOwn(values, name)) return values[name]!;
    unknown.add(name);
    return whole;
  });
  return { text: filled, unknown: [...unknown] };
}

/** The template with every {{placeholder}} replaced; any placeholder without a value throws, listing all of them. */
export function fillTemplate(text: string, values: Readonly<Record<string, string>>): string {
  const result = fillTemplateLenient(text, values);
  if (result.unknown.length) throw new TemplatePlaceholderError(result.unknown);
  return result.text;
}

/**
 * The firm's wording over attest's defaults. Keys attest does not know are ignored, and an empty or blank
 * override keeps the default (the settings page removes a key to go back to it).
 */
export function mergeTemplates(defaults: Readonly<ReportTemplates>, firmOverrides: Readonly<Partial<Record<string, string>>> = {}): ReportTemplates {
  const merged = { ...defaults };
  for (const key of TEMPLATE_KEYS) {
    const override = firmOverrides[key];
    if (typeof override === 'string' && override.trim() !== '') merged[key] = override;
  }
  return merged;
}

/** Every template that uses a placeholder the report cannot fill, with those placeholders (for the settings page). */
export function templateProblems(templates: Readonly<Partial<Record<string, string>>>): Array<{ key: string; unknown: string[] }> {
  return Object.entries(templates).flatMap(([key, text]) => {
    const unknown = typeof text === 'string' ? unknownPlaceholders(text) : [];
    return unknown.length ? [{ key, unknown }] : [];
  });
}
