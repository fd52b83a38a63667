// The fixed skeleton of the catalog: series, their categories and titles,
// the expected criterion ids and the COSO principle mapping.
import type { Category } from './types.ts';

export interface SeriesInfo {
  readonly series: string;
  readonly category: Category;
  readonly title: string;
  /** How many criteria the series holds (numbered 1..count). */
  readonly count: number;
}

/** All series, in natural catalog order. */
export const SERIES: readonly SeriesInfo[] = [
  { series: 'CC1', category: 'security', title: 'Control environment', count: 5 },
  { series: 'CC2', category: 'security', title: 'Communication and information', count: 3 },
  { series: 'CC3', category: 'security', title: 'Risk assessment', count: 4 },
  { series: 'CC4', category: 'security', title: 'Monitoring of controls', count: 2 },
  { series: 'CC5', category: 'security', title: 'Control activities', count: 3 },
  { series: 'CC6', category: 'security', title: 'Logical and physical access', count: 8 },
  { series: 'CC7', category: 'security', title: 'System operations', count: 5 },
  { series: 'CC8', category: 'security', title: 'Change management', count: 1 },
  { series: 'CC9', category: 'security', title: 'Risk mitigation', count: 2 },
  { series: 'A1', category: 'availability', title: 'Availability: capacity, backup and recovery', count: 3 },
  { series: 'C1', category: 'confidentiality', title: 'Protecting confidential information', count: 2 },
  { series: 'PI1', category: 'processing_integrity', title: 'Complete, accurate and timely processing', count: 5 },
  { series: 'P1', category: 'privacy', title: 'Privacy notice', count: 1 },
  { series: 'P2', category: 'privacy', title: 'Choice and consent', count: 1 },
  { series: 'P3', category: 'privacy', title: 'Collecting personal information', count: 2 },
  { series: 'P4', category: 'privacy', title: 'Using, keeping and disposing of personal information', count: 3 },
  { series: 'P5', category: 'privacy', title: 'Individual access and correction', count: 2 },
  { series: 'P6', category: 'privacy', title: 'Disclosure to third parties and breach notification', count: 7 },
  { series: 'P7', category: 'privacy', title: 'Accuracy of personal information', count: 1 },
  { series: 'P8', category: 'privacy', title: 'Privacy complaints, monitoring and enforcement', count: 1 },
];

/** The 61 criterion ids, in natural order. */
export const CRITERION_IDS: readonly string[] = SERIES.flatMap((s) =>
  Array.from({ length: s.count }, (_, i) => `${s.series}.${i + 1}`),
);

/** COSO 2013 principle behind each criterion of CC1–CC5. */
export const COSO_PRINCIPLES: Readonly<Record<string, number>> = {
  'CC1.1': 1,
  'CC1.2': 2,
  'CC1.3': 3,
  'CC1.4': 4,
  'CC1.5': 5,
  'CC2.1': 13,
  'CC2.2': 14,
  'CC2.3': 15,
  'CC3.1': 6,
  'CC3.2': 7,
  'CC3.3': 8,
  'CC3.4': 9,
  'CC4.1': 16,
  'CC4.2': 17,
  'CC5.1': 10,
  'CC5.2': 11,
  'CC5.3': 12,
};

export function expectedCosoPrinciple(id: string): number | null {
  return COSO_PRINCIPLES[id] ?? null;
}

/** `CC6.1` → `CC6`; undefined when the id has no `series.number` shape. */
export function seriesOfId(id: string): string | undefined {
  const match = /^([A-Za-z]+\d+)\.\d+$/.exec(id.trim());
  return match?.[1]?.toUpperCase();
}

export function findSeries(series: string): SeriesInfo | undefined {
  return SERIES.find((s) => s.series === series);
}

/** Canonical form of a known id (`cc6.1` → `CC6.1`), or undefined if unknown. */
export function canonicalCriterionId(id: string): string | undefined {
  const wanted = id.trim().toUpperCase();
  return CRITERION_IDS.find((known) => known === wanted);
}
