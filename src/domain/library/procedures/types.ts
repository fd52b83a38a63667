// Test procedures: what an auditor does to test one control. The four kinds
// are the vocabulary of a test plan (see DESIGN.md, "test plan").
import { PROCEDURE_TYPE_LABELS, PROCEDURE_TYPES, type ProcedureType } from '../../examination/vocabulary.ts';

export { PROCEDURE_TYPE_LABELS, PROCEDURE_TYPES, type ProcedureType };

/** One step of a test plan, written in the imperative ("Inspect …"). */
export interface Procedure {
  type: ProcedureType;
  text: string;
}

/**
 * The verbs a procedure of each type opens with. Keeping them fixed lets the
 * report model turn a planned step into a performed one (see `asPerformed`).
 */
export const PROCEDURE_VERBS: Readonly<Record<ProcedureType, readonly string[]>> = {
  inquiry: ['Inquire'],
  observation: ['Observe'],
  inspection: ['Inspect'],
  reperformance: ['Re-perform', 'Compare', 'Attempt', 'Recalculate'],
};
