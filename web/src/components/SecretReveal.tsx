import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { IconCheck, IconCopy, IconEyeOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** A value shown once (invitation link, token secret): the value, a copy button, and why it matters. */
export function SecretReveal({ title, value, testId, children, onDismiss, copyLabel = 'Copy' }: {
  title: string;
  value: string;
  testId: string;
  children?: ReactNode;
  onDismiss?: () => void;
  copyLabel?: string;
}) {
  return (
    <Alert color="teal" variant="light" title={title} icon={<IconCheck size={18} />} withCloseButton={!!onDismiss} onClose={onDismiss} closeButtonLabel="Dismiss">
      <Stack gap="sm">
        <Group gap="xs" wrap="nowrap" align="center">
          <Code
            data-testid={testId}
            fz="sm"
            px="sm"
            py={6}
            style={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere', userSelect: 'all', background: 'var(--mantine-color-body)' }}
          >
            {value}
          </Code>
          <CopyButton value={value} timeout={2000}>
            {({ copied, copy }) => (
              <Button
                size="xs"
                variant={copied ? 'filled' : 'default'}
                color={copied ? 'teal' : undefined}
                leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
                onClick={copy}
              >
                {copied ? 'Copied' : copyLabel}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Group gap={6} wrap="nowrap" align="flex-start">
          <IconEyeOff size={15} style={{ flexShrink: 0, marginTop: 2 }} aria-hidden />
          <Text size="sm">{children}</Text>
        </Group>
      </Stack>
    </Alert>
  );
}

