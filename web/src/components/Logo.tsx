import { Group, Text } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';

export function Logo({ size = 'md' }: { size?: 'md' | 'lg' }) {
  const big = size === 'lg';
  return (
    <Group gap={6} wrap="nowrap">
      <IconShieldCheck size={big ? 26 : 20} stroke={2} color="var(--mantine-primary-color-filled)" aria-hidden />
      <Text fw={700} fz={big ? 22 : 17} lh={1} style={{ letterSpacing: '-0.02em' }}>
        attest
      </Text>
    </Group>
  );
}
