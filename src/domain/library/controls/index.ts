// Public API of the starter control library.
import type { ControlTemplate } from './types.ts';

export { CONTROL_LIBRARY, CONTROL_LIBRARY_VERSION } from './library.ts';
export {
  areaLabel,
  CONTROL_AREA_CODES,
  CONTROL_AREAS,
  CONTROL_FREQUENCIES,
  CONTROL_NATURES,
  CONTROL_TYPES,
  ControlTemplateSchema,
  FREQUENCY_LABELS,
  NATURE_LABELS,
  TYPE_LABELS,
  type ControlArea,
  type ControlFrequency,
  type ControlNature,
  type ControlTemplate,
  type ControlType,
} from './types.ts';
export {
  CONTROL_CODE_PATTERN,
  CONTROL_TEXT_LIMITS,
  criteriaCoverage,
  TOPIC_PATTERN,
  uncoveredCriteria,
  validateControlLibrary,
} from './validate.ts';

/** Controls mapped to a criterion (id matched case-insensitively, e.g. `cc6.1`), in library order. */
export function controlsForCriterion(library: readonly ControlTemplate[], criterionId: string): ControlTemplate[] {
  const wanted = criterionId.trim().toUpperCase();
  return library.filter((control) => control.criteria.some((id) => id.toUpperCase() === wanted));
}

/** The control with the given code (case-insensitive, e.g. `ac-04`), or undefined. */
export function getControlTemplate(library: readonly ControlTemplate[], code: string): ControlTemplate | undefined {
  const wanted = code.trim().toUpperCase();
  return library.find((control) => control.code.toUpperCase() === wanted);
}
