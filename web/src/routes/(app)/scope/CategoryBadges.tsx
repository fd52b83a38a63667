import { Badge, Group, VisuallyHidden } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { CATEGORY_LABELS, CATEGORY_ORDER } from '../../../categories.ts';
import type { OptionalCategory } from '../../../contract.ts';

/** The trust services categories of a system: Security first (always in scope), then those chosen. */
export function CategoryBadges({ categories, size = 'sm' }: { categories: readonly OptionalCategory[]; size?: 'xs' | 'sm' | 'md' }) {
  const chosen = CATEGORY_ORDER.filter((c): c is OptionalCategory => c !== 'security' && categories.includes(c as OptionalCategory));
  return (
    <Group gap={4} wrap="wrap">
      <Badge size={size} radius="sm" tt="none" fw={500} variant="filled" leftSection={<IconLock size={11} aria-hidden />} title="Always in scope">
        Security
        <VisuallyHidden> (always in scope)</VisuallyHidden>
      </Badge>
      {chosen.map((c) => (
        <Badge key={c} size={size} radius="sm" tt="none" fw={500} variant="light">
          {CATEGORY_LABELS[c]}
        </Badge>
      ))}
    </Group>
  );
}
