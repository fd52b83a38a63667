// Public API of the starter policy template library.
export { POLICY_LIBRARY, POLICY_LIBRARY_VERSION } from './library.ts';
export { PLACEHOLDER_GUIDE, type PlaceholderGuide } from './placeholders.ts';
export {
  extractPlaceholders,
  fillPlaceholders,
  getPolicyTemplate,
  templatesForCategories,
  type FillResult,
} from './render.ts';
export {
  DEFAULT_REVIEW_INTERVAL_MONTHS,
  POLICY_CATEGORIES,
  PolicyTemplateSchema,
  type PolicyCategory,
  type PolicyTemplate,
} from './types.ts';
export { BODY_LIMITS, REQUIRED_HEADINGS, STANDARD_PLACEHOLDERS, validatePolicyLibrary } from './validate.ts';
