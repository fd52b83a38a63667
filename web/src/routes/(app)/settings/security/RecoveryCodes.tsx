// Recovery codes, shown once: copy, download, then put away.
import { Alert, Button, CopyButton, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconCheck, IconCopy, IconDownload } from '@tabler/icons-react';

function download(codes: string[]): void {
  const text = [
    'attest recovery codes',
    `Generated ${new Date().toISOString()}`,
    'Each code can be used once instead of an authenticator code.',
    '',
    ...codes,
    '',
  ].join('\n');
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = 'attest-recovery-codes.txt';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function RecoveryCodes({ codes, reason, onDone }: {
  codes: string[];
  reason: 'enabled' | 'regenerated';
  onDone: () => void;
}) {
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="md">
        {reason === 'enabled' ? (
          <Alert color="teal" variant="light" icon={<IconCheck size={18} />} title="MFA is enabled">
            From your next login, attest asks for a code from your authenticator app.
          </Alert>
        ) : (
          <Alert color="teal" variant="light" icon={<IconCheck size={18} />} title="New recovery codes">
            Your previous recovery codes no longer work.
          </Alert>
        )}
        <div>
          <Text fw={600} size="sm">
            Save your recovery codes
          </Text>
          <Text size="sm" c="dimmed">
            If you lose your device, each code lets you log in once in place of an app code. They are shown only now: store
            them in a password manager or another safe place.
          </Text>
        </div>
        <Paper withBorder radius="sm" p="md" bg="var(--mantine-color-gray-0)" data-testid="recovery-codes">
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing={6} verticalSpacing={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {codes.map((c) => (
              <Text component="li" key={c} ff="monospace" size="sm" style={{ letterSpacing: '0.05em' }}>
                {c}
              </Text>
            ))}
          </SimpleGrid>
        </Paper>
        <Group justify="space-between">
          <Group gap="xs">
            <CopyButton value={codes.join('\n')} timeout={2000}>
              {({ copied, copy }) => (
                <Button variant="default" size="sm" onClick={copy} leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}>
                  {copied ? 'Copied' : 'Copy codes'}
                </Button>
              )}
            </CopyButton>
            <Button variant="default" size="sm" onClick={() => download(codes)} leftSection={<IconDownload size={16} />}>
              Download
            </Button>
          </Group>
          <Button onClick={onDone}>I have saved my codes</Button>
        </Group>
      </Stack>
    </Paper>
  );
}
