// A drop area for evidence files: drag files onto it, or choose them with the file picker it wraps.
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useId, useRef, useState, type DragEvent } from 'react';

export function EvidenceUploadDropzone({ onFiles, multiple = true, disabled, maxSizeLabel = '200 MB' }: {
  onFiles: (files: File[]) => void;
  multiple?: boolean;
  disabled?: boolean;
  maxSizeLabel?: string;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const inputId = useId();

  const take = (list: FileList | null) => {
    const files = list ? Array.from(list) : [];
    if (files.length) onFiles(multiple ? files : files.slice(0, 1));
  };
  const onDragOver = (e: DragEvent) => {
    if (disabled || !e.dataTransfer.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (!disabled) take(e.dataTransfer.files);
  };

  return (
    <Paper
      withBorder
      radius="md"
      p="lg"
      data-testid="evidence-dropzone"
      onDragOver={onDragOver}
      onDragEnter={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      style={{
        borderStyle: 'dashed',
        borderWidth: 2,
        borderColor: over ? 'var(--mantine-color-blue-5)' : undefined,
        background: over ? 'var(--mantine-color-blue-light)' : undefined,
        opacity: disabled ? 0.6 : 1,
      }}
    >
      <Stack align="center" gap={6}>
        <IconUpload size={28} stroke={1.5} color="var(--mantine-color-dimmed)" aria-hidden />
        <Text size="sm" fw={500}>{multiple ? 'Drop files here' : 'Drop the replacement file here'}</Text>
        <Text size="xs" c="dimmed" ta="center">
          Screenshots, PDFs, exports, spreadsheets: up to {maxSizeLabel} each. Each file becomes its own evidence item.
        </Text>
        <Group>
          <Button variant="default" size="xs" disabled={disabled} onClick={() => input.current?.click()}>
            {multiple ? 'Choose files' : 'Choose a file'}
          </Button>
        </Group>
        <input
          id={inputId}
          ref={input}
          type="file"
          multiple={multiple}
          aria-label={multiple ? 'Evidence files' : 'Replacement file'}
          disabled={disabled}
          hidden
          onChange={(e) => {
            take(e.currentTarget.files);
            e.currentTarget.value = '';
          }}
        />
      </Stack>
    </Paper>
  );
}
