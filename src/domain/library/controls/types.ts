// Core types of the starter control library: the vocabulary a control
// template is described with, and the schema that checks its shape.
import { z } from 'zod';

// The vocabulary is part of the API contract; the library uses the same lists.
export {
  CONTROL_FREQUENCIES,
  CONTROL_NATURES,
  CONTROL_TYPES,
  FREQUENCY_LABELS,
  NATURE_LABELS,
  TYPE_LABELS,
  type ControlFrequency,
  type ControlNature,
  type ControlType,
} from '../../../contract/program.ts';
import { CONTROL_FREQUENCIES, CONTROL_NATURES, CONTROL_TYPES, type ControlFrequency, type ControlNature, type ControlType } from '../../../contract/program.ts';

export { CONTROL_AREAS, CONTROL_AREA_CODES, areaLabel, type ControlArea } from '../../../contract/program.ts';

/** One control of the starter library, written as it would read in a SOC 2 report. */
export interface ControlTemplate {
  /** Stable identifier, `AREA-NN`, e.g. `AC-04`. Never reused for a different control. */
  code: string;
  /** The area prefix of the code, e.g. `AC` (see CONTROL_AREAS). */
  area: string;
  /** Short name of the control. */
  title: string;
  /** What is done, by whom and how often, in present tense (1–3 sentences). */
  activity: string;
  frequency: ControlFrequency;
  nature: ControlNature;
  type: ControlType;
  /** The evidence an auditor will ask for to test the control. */
  evidenceGuidance: string;
  /** Trust Services Criteria ids the control supports, e.g. `CC6.3`. */
  criteria: readonly string[];
  /** Lowercase keywords for search and coverage checks, e.g. `access review`. */
  topics: readonly string[];
}

const text = z.string().refine((s) => s.trim() !== '', 'must not be blank');

/**
 * Shape check for one control template. Content rules (code pattern,
 * uniqueness, known criteria, lengths) live in validateControlLibrary.
 */
export const ControlTemplateSchema = z.strictObject({
  code: text,
  area: text,
  title: text,
  activity: text,
  frequency: z.enum(CONTROL_FREQUENCIES),
  nature: z.enum(CONTROL_NATURES),
  type: z.enum(CONTROL_TYPES),
  evidenceGuidance: text,
  criteria: z.array(text).min(1, 'must list at least one criterion'),
  topics: z.array(text).min(1, 'must list at least one topic'),
});

// Compile-time guard: the schema and the interface must describe the same shape.
type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;
type _SchemaMatchesInterface = Assert<Equals<z.infer<typeof ControlTemplateSchema>, Mutable<ControlTemplate>>>;
