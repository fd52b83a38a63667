// The test matrix of an engagement as XLSX: one row per test plan with its procedures, population (source, size,
// SHA-256), sampling method, size and rationale, seed, results and conclusion, preparer and reviewer. Firm only.
import { PROCEDURE_TYPE_LABELS, CONTROL_CONCLUSION_LABELS, type ProcedureType } from '../domain/examination/vocabulary.ts';
import { renderXlsx } from '../render/xlsx.ts';
import { listCurrentSignoffs, listSampleItemStatus, listTestPlans } from '../db/examination-status.ts';
import type { Ctx, Deps } from './context.ts';
import { loadEngagement } from './engagements.ts';

export const TEST_MATRIX_HEADER = [
  'Control', 'Title', 'Criteria', 'Procedures', 'Population source', 'Population size', 'Population SHA-256', 'Key column',
  'Sampling method', 'Sample size', 'Size rationale', 'Seed', 'Pass', 'Deviation', 'Not applicable', 'Pending', 'Conclusion', 'Preparer', 'Reviewer',
] as const;

const signed = (s: { label: string; signedAt: Date } | undefined) => (s ? `${s.label} (${s.signedAt.toISOString().slice(0, 10)})` : '');

export async function exportTestMatrix(deps: Deps, ctx: Ctx, id: string): Promise<{ filename: string; contentType: string; body: Buffer }> {
  const { engagement: e } = await loadEngagement(deps.db, ctx, id, 'workpaper.read');
  const [plans, items, signoffs] = await Promise.all([listTestPlans(deps.db, e.id), listSampleItemStatus(deps.db, e.id), listCurrentSignoffs(deps.db, e.id)]);
  const rows = plans.map((p) => {
    const mine = items.filter((i) => i.testPlanId === p.id);
    const count = (r: string | null) => mine.filter((i) => i.result === r).length;
    const current = signoffs.filter((s) => s.testPlanId === p.id);
    const procedures = p.procedures.map((x) => `${PROCEDURE_TYPE_LABELS[x.type as ProcedureType] ?? x.type}: ${x.text}`).join('\n');
    return [
      p.controlCode, p.controlTitle, p.controlCriteria.join(', '), procedures, p.populationSource ?? '', p.populationSize, p.populationSha256 ?? '', p.populationKeyColumn ?? '',
      p.samplingMethod ?? '', p.sampleSize, p.sizeRationale ?? '', p.seed ?? '', count('pass'), count('deviation'), count('not_applicable'), count(null),
      p.conclusion ? CONTROL_CONCLUSION_LABELS[p.conclusion] : '', signed(current.filter((s) => s.role === 'preparer').at(-1)), signed(current.filter((s) => s.role === 'reviewer').at(-1)),
    ];
  });
  const slug = e.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'engagement';
  const body = await renderXlsx({ name: 'Test matrix', header: TEST_MATRIX_HEADER, rows }, deps.now());
  return { filename: `attest-test-matrix-${slug}.xlsx`, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', body };
}
