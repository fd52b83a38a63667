import { Box, Input, Paper, SimpleGrid, Text, Textarea } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { Markdown } from './Markdown.tsx';

/** A Markdown text area with its rendered preview beside it (below it on narrow screens). */
export function MarkdownEditor({ label, description, value = '', onChange, error, placeholder, maxLength = 50_000, minRows = 6, disabled, onBlur, onFocus }: {
  label: string;
  description?: ReactNode;
  value?: string;
  onChange: (value: string) => void;
  error?: ReactNode;
  placeholder?: string;
  maxLength?: number;
  minRows?: number;
  disabled?: boolean;
  onBlur?: () => void;
  onFocus?: () => void;
}) {
  const [preview] = useDebouncedValue(value, 150);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" verticalSpacing="xs">
      <Textarea
        label={label}
        description={description}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        onBlur={onBlur}
        onFocus={onFocus}
        error={error}
        placeholder={placeholder}
        autosize
        minRows={minRows}
        maxRows={24}
        maxLength={maxLength}
        disabled={disabled}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
      />
      <Box>
        <Text component="div" size="sm" fw={500} lh={1.55}>
          Preview
        </Text>
        <Input.Description mb={5}>How {label.toLowerCase()} will read in the report.</Input.Description>
        <Paper withBorder radius="sm" px="md" py="xs" bg="var(--mantine-color-gray-0)" mih={minRows * 22}>
          <Markdown empty="The preview appears here as you write.">{preview}</Markdown>
        </Paper>
      </Box>
    </SimpleGrid>
  );
}
