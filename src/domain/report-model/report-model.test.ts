import { describe, expect, it } from 'vitest';
import {
  assertionText,
  buildReportModel,
  checkReportModel,
  DEFAULT_REPORT_TEMPLATES,
  fillTemplate,
  formatIsoDate,
  mergeTemplates,
  TEMPLATE_KEYS,
  TEMPLATE_PLACEHOLDERS,
  TemplatePlaceholderError,
  templatePlaceholders,
  templateProblems,
  type ReportInput,
  type ReportModel,
  type ReportTest,
} from './index.ts';

const system = (): ReportInput['system'] => ({
  name: 'Ledger Platform',
  servicesProvided: 'Hosted **ledger** software.',
  boundaries: 'Production in one cloud region.',
  commitments: [{ commitment: '99.9% availability', source: 'MSA', reference: '§4' }],
  components: { infrastructure: [{ name: 'Cloud', description: 'Compute', owner: 'Ops' }], software: [], people: [], procedures: [], data: [{ name: 'Ledgers', description: 'Customer books', owner: 'Eng', classification: 'Confidential' }] },
  incidents: '',
  cuecs: [{ text: 'Customers review their users each quarter.', criteria: ['CC6.2'] }],
  subserviceOrganizations: [{ name: 'CloudCo', service: 'Hosting', method: 'carve_out', csocs: [{ text: 'Physical access is restricted.', criteria: ['CC6.4'] }] }],
  notRelevant: [],
  significantChanges: [{ date: '2026-02-01', description: 'New region.' }],
});

const passed = (controlId: string): ReportTest => ({
  controlId,
  procedures: [{ type: 'inspection', text: 'Inspected the approval tickets' }],
  sampleSize: 25,
  populationSize: 340,
  conclusion: 'operating_effectively',
  resultText: 'No exceptions noted.',
  exceptions: [],
});

const CONTROLS: ReportInput['controls'] = [
  { id: 'c-chg10', code: 'CHG-10', title: 'Emergency changes', description: 'Emergency changes are reviewed afterwards.', criteria: ['CC8.1'] },
  { id: 'c-acc', code: 'ACC-01', title: 'Access reviews', description: 'Access is reviewed quarterly.', criteria: ['CC6.1', 'CC6.2'] },
  { id: 'c-chg2', code: 'CHG-2', title: 'Change approval', description: 'Changes are approved before deployment.', criteria: ['CC8.1'] },
];

const type2 = (over: Partial<ReportInput> = {}): ReportInput => ({
  reportType: 'type2',
  asOf: null,
  periodStart: '2026-01-01',
  periodEnd: '2026-03-31',
  reportDate: '2026-04-15',
  serviceOrganization: { name: 'Northwind' },
  firm: { name: 'Harbor & Vale', city: 'Portland' },
  system: system(),
  categories: ['availability'],
  criteria: [
    { id: 'CC6.1', category: 'security', title: 'Logical access' },
    { id: 'CC6.2', category: 'security', title: 'User registration' },
    { id: 'CC8.1', category: 'security', title: 'Change management' },
    { id: 'A1.2', category: 'availability', title: 'Recovery infrastructure' },
  ],
  controls: CONTROLS,
  tests: CONTROLS.map((c) => passed(c.id)),
  opinion: { opinion: 'unqualified', basis: '', affectedCriteria: [] },
  assertion: { acceptedBy: 'Dana Admin', acceptedAt: '2026-04-14' },
  ...over,
});

const type1 = (over: Partial<ReportInput> = {}): ReportInput => type2({ reportType: 'type1', asOf: '2026-03-31', periodStart: null, periodEnd: null, tests: [], ...over });

const sub = (model: ReportModel, key: string) => model.sections.i.subsections.find((s) => s.key === key);
const textOf = (model: ReportModel, key: string) => sub(model, key)?.parts.map((p) => (p.kind === 'paragraph' ? p.text : '')).join(' ') ?? '';
const codes = (failures: Array<{ code: string }>) => failures.map((f) => f.code);

describe('formatIsoDate', () => {
  it('writes dates with month names, whatever the machine locale', () => {
    expect(formatIsoDate('2026-03-31')).toBe('March 31, 2026');
    expect(formatIsoDate('2024-02-29')).toBe('February 29, 2024');
    expect(formatIsoDate('2026-01-05T00:00:00Z')).toBe('January 5, 2026');
  });
  it('refuses what is not a date', () => {
    expect(() => formatIsoDate('2026-02-30')).toThrow(RangeError);
    expect(() => formatIsoDate('31/03/2026')).toThrow(RangeError);
  });
});

describe('Section I: each opinion', () => {
  it('unqualified: an opinion paragraph and no basis paragraph', () => {
    const model = buildReportModel(type2());
    expect(sub(model, 'basis')).toBeUndefined();
    expect(sub(model, 'opinion')?.title).toBe('Opinion');
    expect(textOf(model, 'opinion')).toMatch(/^In our opinion, in all material respects/);
    expect(textOf(model, 'opinion')).toContain('the trust services criteria for security and availability');
    expect(sub(model, 'testsDescription')).toBeDefined();
    expect(checkReportModel(model, type2())).toEqual([]);
  });

  it('qualified: a basis paragraph naming the affected criteria, before the opinion', () => {
    const input = type2({ opinion: { opinion: 'qualified', basis: 'Two of 25 changes were deployed without approval', affectedCriteria: ['CC8.1', 'CC6.2'] } });
    const model = buildReportModel(input);
    const keys = model.sections.i.subsections.map((s) => s.key);
    expect(keys.indexOf('basis')).toBeLessThan(keys.indexOf('opinion'));
    expect(sub(model, 'basis')?.title).toBe('Basis for qualified opinion');
    expect(textOf(model, 'basis')).toBe('Two of 25 changes were deployed without approval. This matter affects CC8.1 and CC6.2.');
    expect(sub(model, 'opinion')?.title).toBe('Qualified opinion');
    expect(textOf(model, 'opinion')).toContain('apart from the effects of the matter described under the basis for qualified opinion');
    expect(checkReportModel(model, input)).toEqual([]);
  });

  it('a qualified opinion that names no criteria fails the check', () => {
    const input = type2({ opinion: { opinion: 'qualified', basis: 'Something went wrong.', affectedCriteria: [] } });
    expect(codes(checkReportModel(buildReportModel(input), input))).toEqual(['opinion_criteria_missing']);
  });

  it('adverse: its own basis and an opinion that the criteria were not met', () => {
    const model = buildReportModel(type2({ opinion: { opinion: 'adverse', basis: 'Access was never reviewed.', affectedCriteria: ['CC6.1'] } }));
    expect(sub(model, 'basis')?.title).toBe('Basis for adverse opinion');
    expect(textOf(model, 'basis')).toContain('CC6.1');
    expect(sub(model, 'opinion')?.title).toBe('Adverse opinion');
    expect(textOf(model, 'opinion')).toContain('were not suitably designed and operated effectively');
  });

  it('disclaimer: no tests description, an "engaged to examine" scope, and no opinion expressed', () => {
    const model = buildReportModel(type2({ opinion: { opinion: 'disclaimer', basis: 'Management did not provide the change population.', affectedCriteria: [] } }));
    expect(sub(model, 'testsDescription')).toBeUndefined();
    const all = model.sections.i.subsections.flatMap((s) => s.parts).map((p) => (p.kind === 'paragraph' ? p.text : '')).join(' ');
    expect(all).not.toMatch(/tests of controls|results of those tests/i);
    expect(textOf(model, 'scope')).toMatch(/^We were engaged to examine/);
    expect(sub(model, 'basis')?.title).toBe('Basis for disclaimer of opinion');
    expect(sub(model, 'opinion')?.title).toBe('Disclaimer of opinion');
    expect(textOf(model, 'opinion')).toContain('we do not express an opinion');
    expect(textOf(model, 'opinion')).not.toMatch(/^In our opinion/);
  });

  it('mentions complementary user entity controls and carved-out subservice organizations only when there are some', () => {
    expect(textOf(buildReportModel(type2()), 'complementaryControls')).toContain('carved-out');
    const bare = buildReportModel(type2({ system: { ...system(), cuecs: [], subserviceOrganizations: [] } }));
    expect(sub(bare, 'complementaryControls')).toBeUndefined();
  });

  it('signs with the firm, its city and the report date', () => {
    expect(buildReportModel(type2()).sections.i.signature).toEqual(['Harbor & Vale', 'Portland', 'April 15, 2026']);
  });
});

describe('Type I and Type II', () => {
  it('Type II: "throughout the period", tests and results in Section IV', () => {
    const model = buildReportModel(type2());
    expect(textOf(model, 'scope')).toContain('throughout the period January 1, 2026 to March 31, 2026');
    expect(model.sections.iv.withTests).toBe(true);
    expect(model.sections.iv.title).toBe('Section IV \u2014 Trust Services Criteria, Related Controls, and Tests of Controls');
    const row = model.sections.iv.criteria.find((c) => c.id === 'CC8.1')!.rows[0]!;
    expect(row.testsPerformed).toEqual(['Inspection: Inspected the approval tickets.', 'Sample of 25 from a population of 340.']);
    expect(row.results).toEqual(['No exceptions noted.']);
  });

  it('Type I: "as of", no tests or results in Section IV', () => {
    const input = type1();
    const model = buildReportModel(input);
    expect(textOf(model, 'scope')).toContain('as of March 31, 2026');
    expect(textOf(model, 'scope')).not.toContain('throughout the period');
    expect(textOf(model, 'scope')).toContain('were suitably designed to give');
    expect(sub(model, 'testsDescription')).toBeUndefined();
    expect(model.sections.iv.withTests).toBe(false);
    expect(model.sections.iv.title).toBe('Section IV \u2014 Trust Services Criteria and Related Controls');
    for (const row of model.sections.iv.criteria.flatMap((c) => c.rows)) {
      expect(row.testsPerformed).toBeNull();
      expect(row.results).toBeNull();
    }
    expect(model.period).toEqual({ label: 'As of', value: 'March 31, 2026', phrase: 'as of March 31, 2026' });
    expect(checkReportModel(model, input)).toEqual([]);
  });

  it('Type I with tests fails the check; Type II with an untested control fails it', () => {
    const withTests = type1({ tests: [passed('c-acc')] });
    expect(codes(checkReportModel(buildReportModel(withTests), withTests))).toContain('type1_with_tests');
    const untested = type2({ tests: [passed('c-acc'), passed('c-chg2')] });
    const failures = checkReportModel(buildReportModel(untested), untested);
    expect(failures).toEqual([{ code: 'control_untested', ref: 'CHG-10', message: 'control CHG-10 has no test result' }]);
  });
});

describe('Section IV order', () => {
  it('lists criteria in the input (catalog) order and controls by natural code order under each', () => {
    const model = buildReportModel(type2());
    expect(model.sections.iv.criteria.map((c) => c.id)).toEqual(['CC6.1', 'CC6.2', 'CC8.1', 'A1.2']);
    expect(model.sections.iv.criteria.find((c) => c.id === 'CC8.1')!.rows.map((r) => r.code)).toEqual(['CHG-2', 'CHG-10']);
    expect(model.sections.iv.criteria.find((c) => c.id === 'CC6.2')!.rows.map((r) => r.code)).toEqual(['ACC-01']);
  });

  it('says so for a criterion without controls', () => {
    const a12 = buildReportModel(type2()).sections.iv.criteria.find((c) => c.id === 'A1.2')!;
    expect(a12.rows).toEqual([]);
    expect(a12.emptyText).toBe(DEFAULT_REPORT_TEMPLATES.noControlsForCriterion);
  });

  it('a criterion or control missing from Section IV fails the check', () => {
    const input = type2();
    const model = buildReportModel(input);
    const broken: ReportModel = {
      ...model,
      sections: { ...model.sections, iv: { ...model.sections.iv, criteria: model.sections.iv.criteria.filter((c) => c.id !== 'CC6.2') } },
    };
    const failures = checkReportModel(broken, input);
    expect(failures).toContainEqual({ code: 'criterion_missing', ref: 'CC6.2', message: 'criterion CC6.2 is in scope but not in Section IV' });
    expect(failures).toContainEqual({ code: 'control_missing', ref: 'ACC-01', message: 'control ACC-01 is not listed in Section IV under CC6.2' });
  });
});

describe('exceptions and management responses', () => {
  const withException = (exception: ReportTest['exceptions'][number]): ReportInput => type2({
    tests: [passed('c-acc'), passed('c-chg10'), { ...passed('c-chg2'), conclusion: 'exceptions_noted', resultText: 'Exception noted: 2 of 25 sampled changes had no approval.', exceptions: [exception] }],
  });

  it('a response appears in Section V and the check passes', () => {
    const input = withException({ id: 'x1', description: 'Two changes lacked approval.', managementResponse: 'We added a merge gate.' });
    const model = buildReportModel(input);
    expect(checkReportModel(model, input)).toEqual([]);
    const table = model.sections.v.subsections[0]!.parts[0]!;
    expect(table).toEqual({ kind: 'table', header: ['Control', 'Exception', "Management's response"], rows: [['CHG-2 Change approval', 'Two changes lacked approval.', 'We added a merge gate.']] });
    expect(model.sections.iv.criteria.find((c) => c.id === 'CC8.1')!.rows[0]!.results).toEqual(['Exception noted: 2 of 25 sampled changes had no approval.', "Management's response is given in Section V."]);
  });

  it('a missing response fails the check, naming the exception and its control', () => {
    for (const managementResponse of [null, '  '] as const) {
      const input = withException({ id: 'x1', description: 'Two changes lacked approval.', managementResponse });
      expect(checkReportModel(buildReportModel(input), input)).toEqual([
        { code: 'exception_without_response', ref: 'x1', message: 'the exception on CHG-2 has no management response (or a statement that management gives none)' },
      ]);
    }
  });

  it('an explicitly stated absence of a response passes and is said in the report', () => {
    const input = withException({ id: 'x1', description: 'Two changes lacked approval.', managementResponse: null, noResponseStated: true });
    const model = buildReportModel(input);
    expect(checkReportModel(model, input)).toEqual([]);
    expect(JSON.stringify(model.sections.v)).toContain(DEFAULT_REPORT_TEMPLATES.noResponseStated);
  });
});

describe('other checks', () => {
  it('no opinion yet: the report says so and the check fails', () => {
    const input = type2({ opinion: null });
    const model = buildReportModel(input);
    expect(textOf(model, 'opinion')).toContain('not been decided');
    expect(codes(checkReportModel(model, input))).toEqual(['opinion_missing']);
  });

  it('an unaccepted assertion fails only when acceptance is required', () => {
    const open = { acceptedBy: null, acceptedAt: null };
    expect(checkReportModel(buildReportModel(type2({ assertion: open })), type2({ assertion: open }))).toEqual([]);
    const required = type2({ assertion: open, requireAcceptedAssertion: true });
    expect(codes(checkReportModel(buildReportModel(required), required))).toEqual(['assertion_not_accepted']);
  });

  it('a missing period date is shown as a gap and fails the check', () => {
    const input = type2({ periodEnd: null });
    const model = buildReportModel(input);
    expect(model.period.value).toBe('January 1, 2026 to [date not set]');
    expect(codes(checkReportModel(model, input))).toEqual(['date_missing']);
  });
});

describe('Section II', () => {
  it('is the same text whether or not it has been accepted, and records who accepted it', () => {
    const accepted = buildReportModel(type2());
    const open = buildReportModel(type2({ assertion: { acceptedBy: null, acceptedAt: null } }));
    expect(assertionText(accepted)).toBe(assertionText(open));
    expect(assertionText(open)).toContain('We, the management of Northwind');
    expect(accepted.sections.ii.acceptance).toBe('Accepted on behalf of Northwind by Dana Admin on April 14, 2026.');
    expect(open.sections.ii.acceptance).toBeNull();
  });

  it('changes when the wording it is built from changes', () => {
    expect(assertionText(buildReportModel(type2()))).not.toBe(assertionText(buildReportModel(type2({ system: { ...system(), name: 'Other' } }))));
  });
});

describe('templates', () => {
  it('every default uses only known placeholders, and every key has a default', () => {
    expect(Object.keys(DEFAULT_REPORT_TEMPLATES).sort()).toEqual([...TEMPLATE_KEYS].sort());
    expect(templateProblems(DEFAULT_REPORT_TEMPLATES)).toEqual([]);
    expect(templatePlaceholders(DEFAULT_REPORT_TEMPLATES.scope)).toEqual(['organization', 'system', 'periodPhrase', 'controlsPhrase', 'criteriaPhrase']);
  });

  it('fillTemplate replaces placeholders, spaces inside braces allowed', () => {
    expect(fillTemplate('{{organization}} uses {{ system }}.', { organization: 'Northwind', system: 'Ledger' })).toBe('Northwind uses Ledger.');
  });

  it('fillTemplate lists every unknown placeholder instead of leaving a silent gap', () => {
    const attempt = () => fillTemplate('{{organisation}} and {{sytem}} and {{organization}}', { organization: 'Northwind' });
    expect(attempt).toThrow(TemplatePlaceholderError);
    expect(attempt).toThrow('unknown placeholders in template: {{organisation}}, {{sytem}}');
    try {
      attempt();
    } catch (err) {
      expect((err as TemplatePlaceholderError).unknown).toEqual(['organisation', 'sytem']);
    }
  });

  it('a firm overrides a template; blank overrides and unknown keys are ignored', () => {
    const merged = mergeTemplates(DEFAULT_REPORT_TEMPLATES, { opinionUnqualified: 'We think {{organization}} did fine {{periodPhrase}}.', scope: '  ', bogus: 'x' });
    expect(merged.opinionUnqualified).toBe('We think {{organization}} did fine {{periodPhrase}}.');
    expect(merged.scope).toBe(DEFAULT_REPORT_TEMPLATES.scope);
    expect(Object.keys(merged)).not.toContain('bogus');
    const model = buildReportModel(type2(), { opinionUnqualified: 'We think {{organization}} did fine {{periodPhrase}}.' });
    expect(textOf(model, 'opinion')).toBe('We think Northwind did fine throughout the period January 1, 2026 to March 31, 2026.');
    expect(textOf(model, 'scope')).toBe(textOf(buildReportModel(type2()), 'scope'));
  });

  it("a firm's template with an unknown placeholder is left visible and fails the check, naming the key", () => {
    const input = type2();
    const model = buildReportModel(input, { inherentLimitations: 'Limits apply to {{clientName}}.' });
    expect(textOf(model, 'inherentLimitations')).toBe('Limits apply to {{clientName}}.');
    expect(checkReportModel(model, input)).toEqual([
      { code: 'template_placeholder', ref: 'inherentLimitations', message: 'the wording "inherentLimitations" uses {{clientName}}, which the report cannot fill' },
    ]);
    expect(templateProblems({ inherentLimitations: 'Limits apply to {{clientName}}.' })).toEqual([{ key: 'inherentLimitations', unknown: ['clientName'] }]);
  });

  it('lists the placeholders a firm may use', () => {
    expect(TEMPLATE_PLACEHOLDERS).toContain('periodPhrase');
    expect(TEMPLATE_PLACEHOLDERS).toContain('affectedCriteria');
  });
});
