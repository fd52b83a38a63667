// The trust services categories: their order, names and one-line descriptions (catalog, scope, controls).
import type { CriterionCategory } from './contract.ts';

/** The trust services categories in the order the criteria are published. */
export const CATEGORY_ORDER: CriterionCategory[] = [
  'security', 'availability', 'processing_integrity', 'confidentiality', 'privacy',
];

export const CATEGORY_LABELS: Record<CriterionCategory, string> = {
  security: 'Security',
  availability: 'Availability',
  processing_integrity: 'Processing integrity',
  confidentiality: 'Confidentiality',
  privacy: 'Privacy',
};

export const CATEGORY_DESCRIPTIONS: Record<CriterionCategory, string> = {
  security: 'The common criteria (CC1–CC9), required in every SOC 2 examination.',
  availability: 'The system is available for operation and use as committed or agreed.',
  processing_integrity: 'System processing is complete, valid, accurate, timely and authorized.',
  confidentiality: 'Information designated as confidential is protected as committed or agreed.',
  privacy: 'Personal information is collected, used, retained, disclosed and disposed of as committed.',
};
