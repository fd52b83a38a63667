// What must hold before a report can be issued, read from the built model against its input: nothing in
// scope left out, every exception answered, tests present exactly when the report type calls for them.
import type { ReportCheckFailure, ReportModel } from './build.ts';
import type { ReportInput } from './input.ts';

type Check = (model: ReportModel, input: ReportInput) => ReportCheckFailure[];

const criteriaListed: Check = (model, input) => {
  const listed = new Set(model.sections.iv.criteria.map((c) => c.id));
  return input.criteria.filter((c) => !listed.has(c.id)).map((c) => ({ code: 'criterion_missing', ref: c.id, message: `criterion ${c.id} is in scope but not in Section IV` }));
};

/** Each control is listed under every one of its criteria. */
const controlsListed: Check = (model, input) => {
  const under = new Map(model.sections.iv.criteria.map((c) => [c.id, new Set(c.rows.map((r) => r.controlId))]));
  return input.controls.flatMap((control) => {
    if (!control.criteria.length) return [{ code: 'control_without_criteria', ref: control.code, message: `control ${control.code} addresses no criterion in scope` }];
    const missing = control.criteria.filter((id) => !under.get(id)?.has(control.id));
    return missing.length ? [{ code: 'control_missing', ref: control.code, message: `control ${control.code} is not listed in Section IV under ${missing.join(', ')}` }] : [];
  });
};

/** Every exception carries management's response, or management's stated choice to give none. */
const exceptionsAnswered: Check = (_model, input) => {
  const codeOf = new Map(input.controls.map((c) => [c.id, c.code]));
  return input.tests.flatMap((t) => t.exceptions.flatMap((e) => {
    const answered = (typeof e.managementResponse === 'string' && e.managementResponse.trim() !== '') || (e.managementResponse === null && e.noResponseStated === true);
    const control = codeOf.get(t.controlId) ?? t.controlId;
    return answered ? [] : [{ code: 'exception_without_response', ref: e.id, message: `the exception on ${control} has no management response (or a statement that management gives none)` }];
  }));
};

const testsMatchType: Check = (model, input) => {
  const rows = model.sections.iv.criteria.flatMap((c) => c.rows);
  if (input.reportType === 'type1') {
    const withTests = input.tests.length > 0 || model.sections.iv.withTests || rows.some((r) => r.testsPerformed !== null || r.results !== null);
    return withTests ? [{ code: 'type1_with_tests', message: 'a Type I report has no tests of controls, but tests are present' }] : [];
  }
  const tested = new Set(input.tests.map((t) => t.controlId));
  const known = new Set(input.controls.map((c) => c.id));
  return [
    ...input.controls.filter((c) => !tested.has(c.id)).map((c) => ({ code: 'control_untested', ref: c.code, message: `control ${c.code} has no test result` })),
    ...input.tests.filter((t) => !known.has(t.controlId)).map((t) => ({ code: 'test_without_control', ref: t.controlId, message: `a test result names control ${t.controlId}, which is not in the report` })),
  ];
};

const opinionDecided: Check = (model, input) => {
  if (!input.opinion || model.sections.i.opinion === null) return [{ code: 'opinion_missing', message: 'the opinion is not decided' }];
  if (input.opinion.opinion === 'qualified' && input.opinion.affectedCriteria.length === 0) {
    return [{ code: 'opinion_criteria_missing', message: 'a qualified opinion names the criteria it affects' }];
  }
  return [];
};

const assertionAccepted: Check = (_model, input) =>
  input.requireAcceptedAssertion && !input.assertion.acceptedBy ? [{ code: 'assertion_not_accepted', message: "management's assertion is not accepted" }] : [];

const CHECKS: readonly Check[] = [criteriaListed, controlsListed, exceptionsAnswered, testsMatchType, opinionDecided, assertionAccepted];

/** Everything that keeps the report from being issued; empty when it may be. Includes problems met while building. */
export function checkReportModel(model: ReportModel, input: ReportInput): ReportCheckFailure[] {
  return [...model.problems, ...CHECKS.flatMap((check) => check(model, input))];
}
