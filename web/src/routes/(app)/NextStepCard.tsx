import { Card, Group, Text, ThemeIcon } from '@mantine/core';
import { IconArrowRight, IconCheck } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { Link } from 'react-router';

export interface NextStep {
  to: string;
  icon: ComponentType<{ size?: number; stroke?: number }>;
  title: string;
  text: string;
  accent?: boolean;
  done?: boolean;
}

/** A next step on the home page: the whole card is one link. */
export function NextStepCard({ step }: { step: NextStep }) {
  const Icon = step.done ? IconCheck : step.icon;
  return (
    <Card
      component={Link}
      to={step.to}
      withBorder
      radius="md"
      padding="md"
      bg={step.accent ? 'var(--mantine-color-brand-0)' : undefined}
      style={{ textDecoration: 'none' }}
    >
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon size={34} radius="md" variant="light" color={step.done ? 'teal' : step.accent ? 'brand' : 'gray'} aria-hidden>
          <Icon size={18} stroke={1.8} />
        </ThemeIcon>
        <div style={{ flex: 1, minWidth: 0 }}>
          <Group gap={4} wrap="nowrap" justify="space-between">
            <Text fw={600} size="sm">
              {step.title}
            </Text>
            {!step.done && <IconArrowRight size={15} color="var(--mantine-color-dimmed)" aria-hidden />}
          </Group>
          <Text size="sm" c="dimmed" mt={2}>
            {step.text}
          </Text>
        </div>
      </Group>
    </Card>
  );
}
