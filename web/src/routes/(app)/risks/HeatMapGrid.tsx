// The 5×5 heat map: likelihood rows 5→1, impact columns 1→5; each cell a button that filters the register.
import { Box, Text, UnstyledButton } from '@mantine/core';
import type { HeatCell, HeatMap } from '../../../contract.ts';
import { IMPACT_LABELS, LEVEL_COLORS, LEVEL_LABELS, LIKELIHOOD_LABELS } from './riskData.ts';

export function HeatMapGrid({ map, selected, onSelect }: { map: HeatMap; selected: HeatCell | null; onSelect: (cell: HeatCell | null) => void }) {
  const rows = [5, 4, 3, 2, 1];
  const cols = [1, 2, 3, 4, 5];
  return (
    <Box style={{ display: 'grid', gridTemplateColumns: '110px repeat(5, minmax(52px, 1fr))', gap: 4 }} role="grid" aria-label={`Heat map of open risks (${map.basis})`}>
      {rows.map((l) => (
        <Box key={l} role="row" style={{ display: 'contents' }}>
          <Text role="rowheader" size="xs" c="dimmed" ta="right" pr={6} style={{ alignSelf: 'center' }}>
            {l} · {LIKELIHOOD_LABELS[l - 1]}
          </Text>
          {cols.map((i) => {
            const cell = map.grid[l - 1]?.[i - 1];
            if (!cell) return <Box key={i} />;
            const active = selected?.likelihood === l && selected?.impact === i;
            const color = LEVEL_COLORS[cell.level];
            return (
              <UnstyledButton
                key={i}
                role="gridcell"
                aria-pressed={active}
                aria-label={`Likelihood ${l}, impact ${i}: ${cell.count} ${cell.count === 1 ? 'risk' : 'risks'}, ${LEVEL_LABELS[cell.level]}`}
                onClick={() => onSelect(active ? null : cell)}
                style={{
                  height: 48,
                  borderRadius: 6,
                  background: `var(--mantine-color-${color}-${cell.count ? 4 : 1})`,
                  color: cell.count ? 'var(--mantine-color-white)' : `var(--mantine-color-${color}-8)`,
                  outline: active ? '3px solid var(--mantine-color-dark-6)' : undefined,
                  outlineOffset: 1,
                  textAlign: 'center',
                  fontWeight: 700,
                  fontSize: 16,
                }}
              >
                {cell.count || ''}
              </UnstyledButton>
            );
          })}
        </Box>
      ))}
      <Box />
      {cols.map((i) => (
        <Text key={i} size="xs" c="dimmed" ta="center" lh={1.2}>
          {i} · {IMPACT_LABELS[i - 1]}
        </Text>
      ))}
      <Box />
      <Text size="xs" fw={600} c="dimmed" ta="center" style={{ gridColumn: 'span 5' }}>
        Impact →
      </Text>
    </Box>
  );
}
