import { api } from '../../../api.ts';
import type { Criterion, CriterionCategory, CriterionList } from '../../../contract.ts';

export function fetchCriteria(category?: CriterionCategory, q?: string): Promise<CriterionList> {
  return api.get<CriterionList>('/api/v1/catalog/criteria', { category, q });
}

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

export function isCategory(value: string | null): value is CriterionCategory {
  return value !== null && (CATEGORY_ORDER as string[]).includes(value);
}

export interface SeriesGroup {
  series: string;
  seriesTitle: string;
  criteria: Criterion[];
}
export interface CategoryGroup {
  category: CriterionCategory;
  series: SeriesGroup[];
  count: number;
}

/** Groups criteria by category (in publication order) and series (in the order they come). */
export function groupCriteria(criteria: Criterion[]): CategoryGroup[] {
  const byCategory = new Map<CriterionCategory, Map<string, SeriesGroup>>();
  for (const c of criteria) {
    let series = byCategory.get(c.category);
    if (!series) byCategory.set(c.category, (series = new Map()));
    let group = series.get(c.series);
    if (!group) series.set(c.series, (group = { series: c.series, seriesTitle: c.seriesTitle, criteria: [] }));
    group.criteria.push(c);
  }
  return CATEGORY_ORDER.filter((cat) => byCategory.has(cat)).map((category) => {
    const series = [...(byCategory.get(category)?.values() ?? [])];
    return { category, series, count: series.reduce((n, s) => n + s.criteria.length, 0) };
  });
}
