import { Badge, Group, Tooltip } from '@mantine/core';

/** A control's criteria as badges, the first `max` shown and the rest counted ("+2", with the IDs on hover). */
export function CriteriaBadges({ criteria, max = 3 }: { criteria: readonly string[]; max?: number }) {
  const shown = criteria.slice(0, max);
  const rest = criteria.slice(max);
  return (
    <Group gap={3} wrap="wrap">
      {shown.map((c) => (
        <Badge key={c} size="xs" variant="light" color="gray" radius="sm" tt="none" ff="monospace" fw={500}>
          {c}
        </Badge>
      ))}
      {rest.length > 0 && (
        <Tooltip label={rest.join(', ')} withArrow>
          <Badge size="xs" variant="outline" color="gray" radius="sm" tt="none" fw={500} aria-label={`and ${rest.join(', ')}`} tabIndex={0}>
            +{rest.length}
          </Badge>
        </Tooltip>
      )}
    </Group>
  );
}
