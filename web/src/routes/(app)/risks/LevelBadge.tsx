import { Badge, Group, Text } from '@mantine/core';
import type { RiskLevel, ScoredRating } from '../../../contract.ts';
import { LEVEL_COLORS, LEVEL_LABELS } from './riskData.ts';

export function LevelBadge({ level }: { level: RiskLevel }) {
  return (
    <Badge variant={level === 'critical' ? 'filled' : 'light'} color={LEVEL_COLORS[level]} radius="sm" tt="none">
      {LEVEL_LABELS[level]}
    </Badge>
  );
}

/** "12 High" with the likelihood × impact behind the score. */
export function ScoreCell({ rating }: { rating: ScoredRating }) {
  return (
    <Group gap={6} wrap="nowrap" title={`Likelihood ${rating.likelihood} × impact ${rating.impact}`}>
      <Text size="sm" fw={600} w={20} ta="right">
        {rating.score}
      </Text>
      <LevelBadge level={rating.level} />
    </Group>
  );
}
