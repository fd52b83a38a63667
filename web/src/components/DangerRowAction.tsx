import { ActionIcon, Tooltip } from '@mantine/core';
import { IconTrash, IconX } from '@tabler/icons-react';

/** A destructive action on a table row (revoke, remove): an icon button with a tooltip and an accessible name. */
export function DangerRowAction({ tooltip, label, icon = 'trash', onClick }: { tooltip: string; label: string; icon?: 'trash' | 'x'; onClick: () => void }) {
  const Icon = icon === 'x' ? IconX : IconTrash;
  return (
    <Tooltip label={tooltip} withArrow>
      <ActionIcon variant="subtle" color="red" aria-label={label} onClick={onClick}>
        <Icon size={16} />
      </ActionIcon>
    </Tooltip>
  );
}
