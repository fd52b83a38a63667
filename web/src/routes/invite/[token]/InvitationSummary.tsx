import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { ROLE_LABELS } from '../../../contract.ts';
import { formatDateTime } from '../../../components/format.ts';
import { KIND_LABELS } from '../../../session.ts';
import type { Preview } from './page.tsx';

export function InvitationSummary({ preview }: { preview: Preview }) {
  const rows: [string, React.ReactNode][] = [
    [
      'Organization',
      <Group gap={6} key="org">
        <Text size="sm" fw={600}>{preview.organization.name}</Text>
        <Badge size="xs" variant="light" color="gray" tt="none" fw={500}>{KIND_LABELS[preview.organization.kind]}</Badge>
      </Group>,
    ],
    ['Role', <Text size="sm" key="role">{ROLE_LABELS[preview.role]}</Text>],
    ['Email', <Text size="sm" key="email">{preview.email}</Text>],
    ['Expires', <Text size="sm" key="exp">{formatDateTime(preview.expiresAt)}</Text>],
  ];
  return (
    <Paper withBorder radius="sm" p="sm" bg="var(--mantine-color-gray-0)">
      <Stack gap={6} component="dl" m={0}>
        {rows.map(([label, value]) => (
          <Group key={label} gap="sm" wrap="nowrap" align="center">
            <Text component="dt" size="sm" c="dimmed" w={96} style={{ flexShrink: 0 }}>
              {label}
            </Text>
            <Text component="dd" m={0} size="sm" style={{ minWidth: 0 }}>
              {value}
            </Text>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
