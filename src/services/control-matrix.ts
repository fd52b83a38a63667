// The control ownership matrix export, as CSV or XLSX.
import { controlMatrixRows, MATRIX_HEADER } from '../domain/program/matrix.ts';
import { csvRow } from '../domain/export/csv.ts';
import { renderXlsx } from '../render/xlsx.ts';
import { getSystem } from '../db/systems.ts';
import type { Ctx, Deps } from './context.ts';
import { notFound } from './errors.ts';
import { listSystemControls } from './controls.ts';
import { authorize } from './gate.ts';

export async function exportControlMatrix(deps: Deps, ctx: Ctx, systemId: string, format: 'csv' | 'xlsx') {
  const scope = authorize(ctx, 'control.read');
  const system = await getSystem(deps.db, scope, systemId);
  if (!system) throw notFound('No such system.');
  const rows = controlMatrixRows(await listSystemControls(deps, ctx, systemId, { status: 'active' }));
  const slug = system.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'system';
  const filename = `attest-control-matrix-${slug}.${format}`;
  if (format === 'csv') return { filename, contentType: 'text/csv; charset=utf-8', body: Buffer.from([MATRIX_HEADER, ...rows].map(csvRow).join(''), 'utf8') };
  const body = await renderXlsx({ name: 'Control matrix', header: MATRIX_HEADER, rows }, deps.now());
  return { filename, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', body };
}
