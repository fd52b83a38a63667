// Core types of the Trust Services Criteria catalog.

export const CATEGORY_IDS = [
  'security',
  'availability',
  'confidentiality',
  'processing_integrity',
  'privacy',
] as const;
export type Category = (typeof CATEGORY_IDS)[number];

export const CRITERION_SOURCES = ['attest', 'imported'] as const;
/** `attest`: our own plain-English summary; `imported`: licensed text supplied by the user. */
export type CriterionSource = (typeof CRITERION_SOURCES)[number];

export interface Criterion {
  id: string;
  category: Category;
  /** e.g. `CC6`, `A1`, `PI1`, `P4`. */
  series: string;
  seriesTitle: string;
  title: string;
  description: string;
  pointsOfFocus: string[];
  /** COSO 2013 principle number for CC1–CC5, otherwise null. */
  cosoPrinciple: number | null;
  source: CriterionSource;
}
