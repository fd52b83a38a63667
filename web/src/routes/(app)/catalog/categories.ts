import { api } from '../../../api.ts';
import type { Criterion, CriterionCategory, CriterionList } from '../../../contract.ts';
import { CATEGORY_ORDER } from '../../../categories.ts';

export { CATEGORY_DESCRIPTIONS, CATEGORY_LABELS, CATEGORY_ORDER } from '../../../categories.ts';

export function fetchCriteria(category?: CriterionCategory, q?: string): Promise<CriterionList> {
  return api.get<CriterionList>('/api/v1/catalog/criteria', { category, q });
}

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
