// The risk register's queries, keys and labels.
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '../../../api.ts';
import type { HeatMap, Risk, RiskAssessmentList, RiskBasis, RiskCategory, RiskLevel, RiskList, RiskTreatment } from '../../../contract.ts';

export const riskKeys = {
  all: ['risks'] as const,
  list: ['risks', 'list'] as const,
  heat: (basis: RiskBasis) => ['risks', 'heat', basis] as const,
  risk: (id: string) => ['risks', 'one', id] as const,
  assessments: ['risks', 'assessments'] as const,
};

export const RISK_PAGE_SIZE = 100;

/** The register a page at a time (fetchNextPage for the next); each page carries the summary of the whole register. */
export function useRisks() {
  return useInfiniteQuery({
    queryKey: riskKeys.list,
    queryFn: ({ pageParam }) => api.get<RiskList>('/api/v1/risks', { status: 'all', limit: RISK_PAGE_SIZE, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
export function useHeatMap(basis: RiskBasis) {
  return useQuery({ queryKey: riskKeys.heat(basis), queryFn: () => api.get<HeatMap>('/api/v1/risks/heat-map', { basis }) });
}
export function useRisk(id: string) {
  return useQuery({ queryKey: riskKeys.risk(id), queryFn: () => api.get<Risk>(`/api/v1/risks/${id}`) });
}
export function useAssessments() {
  return useQuery({ queryKey: riskKeys.assessments, queryFn: () => api.get<RiskAssessmentList>('/api/v1/risk-assessments') });
}

export const LIKELIHOOD_LABELS = ['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain'] as const;
export const IMPACT_LABELS = ['Negligible', 'Minor', 'Moderate', 'Major', 'Severe'] as const;

export const LEVEL_LABELS: Record<RiskLevel, string> = { low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' };
export const LEVEL_COLORS: Record<RiskLevel, string> = { low: 'teal', medium: 'yellow', high: 'orange', critical: 'red' };

export const CATEGORY_LABELS: Record<RiskCategory, string> = {
  strategic: 'Strategic',
  operational: 'Operational',
  security: 'Security',
  compliance: 'Compliance',
  financial: 'Financial',
  vendor: 'Vendor',
  other: 'Other',
};
export const TREATMENT_LABELS: Record<RiskTreatment, string> = {
  mitigate: 'Mitigate',
  accept: 'Accept',
  transfer: 'Transfer',
  avoid: 'Avoid',
};
