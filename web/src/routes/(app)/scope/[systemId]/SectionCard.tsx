import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One part of the system description: its DC code, what it asks for, and its editor. */
export function SectionCard({ dc, title, description, children }: {
  dc?: string;
  title: string;
  description: ReactNode;
  children: ReactNode;
}) {
  return (
    <Paper withBorder radius="md" p="lg" component="section">
      <Stack gap="md">
        <div>
          <Group gap={8} align="center">
            {dc && (
              <Badge variant="outline" color="gray" radius="sm" size="sm" ff="monospace" title="Description criterion">
                {dc}
              </Badge>
            )}
            <Title order={2} fz="md" fw={600}>
              {title}
            </Title>
          </Group>
          <Text size="sm" c="dimmed" mt={4} maw={760}>
            {description}
          </Text>
        </div>
        {children}
      </Stack>
    </Paper>
  );
}
