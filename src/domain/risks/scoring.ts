// Risk scores (likelihood × impact on 1–5 scales), their levels, the 5×5 heat map and the register's summary.
import type { HeatCell, RiskBasis, RiskLevel, RiskRating, RiskStatus, RiskSummary, ScoredRating } from '../../contract/risks.ts';

export const SCALE = [1, 2, 3, 4, 5] as const;

/**
 * Level bands by score: 1–4 low, 5–9 medium, 10–16 high, 17–25 critical.
 * (17–19 cannot occur as a product of two 1–5 ratings, so critical is in practice 20 and 25.)
 */
export const LEVEL_BANDS: ReadonlyArray<{ level: RiskLevel; max: number }> = [
  { level: 'low', max: 4 },
  { level: 'medium', max: 9 },
  { level: 'high', max: 16 },
  { level: 'critical', max: 25 },
];

export function riskScore(r: RiskRating): number {
  return r.likelihood * r.impact;
}

export function riskLevel(score: number): RiskLevel {
  if (!Number.isInteger(score) || score < 1 || score > 25) throw new RangeError(`a risk score is 1–25, not ${score}`);
  return LEVEL_BANDS.find((b) => score <= b.max)!.level;
}

export function scored(r: RiskRating): ScoredRating {
  const score = riskScore(r);
  return { likelihood: r.likelihood, impact: r.impact, score, level: riskLevel(score) };
}

export interface ScoringRisk {
  id: string;
  inherent: RiskRating;
  residual: RiskRating;
  status: RiskStatus;
  reviewDate: string | null;
}

/** `grid[likelihood - 1][impact - 1]`: the risks (ids, in the order given) rated in each cell on that basis. */
export function heatMap(risks: readonly Pick<ScoringRisk, 'id' | 'inherent' | 'residual'>[], basis: RiskBasis): HeatCell[][] {
  const grid = SCALE.map((likelihood) => SCALE.map((impact): HeatCell => ({ ...scored({ likelihood, impact }), count: 0, riskIds: [] })));
  for (const r of risks) {
    const cell = grid[r[basis].likelihood - 1]![r[basis].impact - 1]!;
    cell.riskIds.push(r.id);
    cell.count += 1;
  }
  return grid;
}

const zeroCounts = (): Record<RiskLevel, number> => ({ low: 0, medium: 0, high: 0, critical: 0 });

/** An open risk's review is overdue when its review date is before `today`. */
export const reviewOverdue = (r: Pick<ScoringRisk, 'status' | 'reviewDate'>, today: string): boolean => r.status === 'open' && r.reviewDate !== null && r.reviewDate < today;

/** Counts by level (inherent and residual) over open risks, and the open risks whose review is overdue on `today`. */
export function riskSummary(risks: readonly ScoringRisk[], today: string): RiskSummary {
  const open = risks.filter((r) => r.status === 'open');
  const inherent = zeroCounts();
  const residual = zeroCounts();
  for (const r of open) {
    inherent[scored(r.inherent).level] += 1;
    residual[scored(r.residual).level] += 1;
  }
  return { open: open.length, closed: risks.length - open.length, inherent, residual, overdueReviews: open.filter((r) => reviewOverdue(r, today)).map((r) => r.id) };
}
