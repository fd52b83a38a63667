// Public API of the procedure library: default test procedures per control.
import type { ControlFrequency, ControlNature } from '../controls/types.ts';
import { PROCEDURE_LIBRARY_VERSION, PROCEDURE_STEPS } from './library.ts';
import { PROCEDURE_TYPE_LABELS, PROCEDURE_TYPES, PROCEDURE_VERBS, type Procedure, type ProcedureType } from './types.ts';

export { PROCEDURE_LIBRARY_VERSION, PROCEDURE_TYPE_LABELS, PROCEDURE_TYPES, PROCEDURE_VERBS, type Procedure, type ProcedureType };

/** What the fallback needs to know about a control that is not in the library. */
export interface ControlShape {
  nature: ControlNature;
  frequency: ControlFrequency;
  /** Used to name the control in the inquiry, when given. */
  title?: string;
}

/** The library's procedures for a code (case-insensitive), or undefined when the code is not in the library. */
export function libraryProceduresFor(controlCode: string): Procedure[] | undefined {
  const steps = PROCEDURE_STEPS[controlCode.trim().toUpperCase()];
  return steps?.map(([type, text]) => ({ type, text }));
}

/**
 * Default procedures for a control: the library's when its code is a library
 * code, otherwise a generic set built from the control's nature and frequency
 * (custom controls). Without a control, the generic set assumes a manual
 * control performed per occurrence. Always returns a fresh array.
 */
export function defaultProceduresFor(controlCode: string, control?: ControlShape): Procedure[] {
  return libraryProceduresFor(controlCode) ?? genericProcedures(control ?? { nature: 'manual', frequency: 'per_occurrence' });
}

/** The period one performance of a periodic control covers, as a noun. */
const PERIOD_NOUN: Readonly<Record<ControlFrequency, string | null>> = {
  continuous: null,
  per_occurrence: null,
  daily: 'day',
  weekly: 'week',
  monthly: 'month',
  quarterly: 'quarter',
  semi_annual: 'half-year',
  annual: 'year',
};

/** Generic procedures for a control the library does not know. */
export function genericProcedures(control: ControlShape): Procedure[] {
  const title = control.title?.trim();
  const subject = title ? `the control \u201c${title}\u201d` : 'the control';
  const inquiry: Procedure = {
    type: 'inquiry',
    text: `Inquire of the control owner how ${subject} is performed, how often, and what evidence of it is kept.`,
  };
  if (control.nature === 'automated') return [inquiry, ...automatedSteps()];
  return [inquiry, ...occurrenceSteps(control.frequency), ...(control.nature === 'it_dependent_manual' ? [systemReportStep()] : [])];
}

function automatedSteps(): Procedure[] {
  return [
    { type: 'observation', text: 'Observe the system configuration that performs the control, and determine whether it matches the control as described.' },
    { type: 'inspection', text: 'Inspect the change history of that configuration for changes during the period and their approval.' },
    { type: 'reperformance', text: 'Re-perform the control with a test case, with the control owner present, to determine whether the system acts as described.' },
  ];
}

function occurrenceSteps(frequency: ControlFrequency): Procedure[] {
  const period = PERIOD_NOUN[frequency];
  if (period === 'year') {
    return [{ type: 'inspection', text: 'Inspect the record of the most recent annual performance of the control, its sign-off and the follow-up of any matters it raised.' }];
  }
  if (period) {
    return [{ type: 'inspection', text: `Inspect, for each sampled ${period}, the record that the control was performed, its sign-off and the follow-up of any matters it raised.` }];
  }
  return [{ type: 'inspection', text: 'Inspect, for sampled occurrences from the period\u2019s population, the evidence that the control was performed as described and on time.' }];
}

function systemReportStep(): Procedure {
  return { type: 'inspection', text: 'Inspect the system report the control relies on to determine whether it is complete and accurate.' };
}

const PAST_TENSE: Readonly<Record<string, string>> = {
  Inquire: 'Inquired',
  Observe: 'Observed',
  Inspect: 'Inspected',
  'Re-perform': 'Re-performed',
  Compare: 'Compared',
  Attempt: 'Attempted',
  Recalculate: 'Recalculated',
};

/**
 * The procedure as performed, for the tests-of-controls table: its opening
 * verb in the past tense ("Inspect …" becomes "Inspected …"). Text that does
 * not open with a known verb is returned unchanged.
 */
export function asPerformed(text: string): string {
  const match = /^(Re-perform|[A-Z][a-z]+)\b/.exec(text);
  const past = match ? PAST_TENSE[match[1]!] : undefined;
  return past ? past + text.slice(match![1]!.length) : text;
}
