import { Anchor, Badge, Box, Group, List, Text, Title } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import { Markdown } from '../../../../../components/Markdown.tsx';
import type { DescriptionSection as Section } from '../../../../../contract.ts';

/** One section of Section III: its heading, whether it is complete, what is missing, and its text. */
export function DescriptionSection({ section, editTo, editLabel }: { section: Section; editTo: string; editLabel: string }) {
  const headingId = `section-${section.key}`;
  return (
    <Box component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm" mb={6}>
        <Title order={2} fz="lg" fw={650} id={headingId}>
          <Text span inherit c="dimmed" ff="monospace" fz="sm" mr={8}>
            {section.key}
          </Text>
          {section.title}
        </Title>
        {section.complete ? (
          <Badge color="teal" variant="light" radius="sm" tt="none" leftSection={<IconCircleCheck size={12} />} style={{ flexShrink: 0 }}>
            Complete
          </Badge>
        ) : (
          <Badge color="orange" variant="light" radius="sm" tt="none" leftSection={<IconAlertCircle size={12} />} style={{ flexShrink: 0 }}>
            Incomplete
          </Badge>
        )}
      </Group>
      {!section.complete && section.missing.length > 0 && (
        <Box
          mb="sm"
          px="sm"
          py={8}
          style={{ borderLeft: '3px solid var(--mantine-color-orange-5)', background: 'var(--mantine-color-orange-0)', borderRadius: 4 }}
        >
          <Text size="sm" fw={500}>
            Missing
          </Text>
          <List size="sm" spacing={0} withPadding>
            {section.missing.map((m) => (
              <List.Item key={m}>{m}</List.Item>
            ))}
          </List>
          <Anchor component={Link} to={editTo} size="sm" mt={4} display="inline-block">
            {editLabel}
          </Anchor>
        </Box>
      )}
      <Markdown empty="Nothing to show yet.">{section.markdown}</Markdown>
    </Box>
  );
}
