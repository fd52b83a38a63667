// The control ownership matrix: control × owner × frequency × evidence expected, as spreadsheet rows.
import { FREQUENCY_LABELS, NATURE_LABELS, TYPE_LABELS, type Control } from '../../contract/program.ts';

export const MATRIX_HEADER = [
  'Code', 'Title', 'Owner', 'Owner email', 'Backup owner', 'Backup owner email', 'Frequency', 'Nature', 'Type',
  'Evidence expected', 'Criteria', 'Status',
] as const;

export type MatrixRow = string[];

export function controlMatrixRows(controls: readonly Control[]): MatrixRow[] {
  return [...controls]
    .sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }))
    .map((c) => [
      c.code,
      c.title,
      c.owner?.name ?? '(no owner)',
      c.owner?.email ?? '',
      c.backupOwner?.name ?? '(no backup owner)',
      c.backupOwner?.email ?? '',
      FREQUENCY_LABELS[c.frequency],
      NATURE_LABELS[c.nature],
      TYPE_LABELS[c.type],
      c.evidenceGuidance,
      c.criteria.join(', '),
      c.status === 'active' ? 'Active' : 'Retired',
    ]);
}

