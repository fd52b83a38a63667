// The header's bell: the unread count, and a menu of the latest notifications with links.
import { ActionIcon, Anchor, Group, Indicator, Popover, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../api.ts';
import { formatDateTime } from '../../components/format.ts';
import type { Notification, NotificationList, UnreadCount } from '../../../../src/contract/notifications.ts';

const keys = { all: ['notifications'] as const, count: ['notifications', 'count'] as const, list: ['notifications', 'list'] as const };

export function NotificationBell() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const count = useQuery({ queryKey: keys.count, queryFn: () => api.get<UnreadCount>('/api/v1/notifications/unread-count'), refetchInterval: 60_000 });
  const list = useQuery({ queryKey: keys.list, queryFn: () => api.get<NotificationList>('/api/v1/notifications', { limit: 20 }), enabled: opened });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: keys.all });
  const read = useMutation({ mutationFn: (id: string) => api.post<Notification>(`/api/v1/notifications/${id}/read`), onSuccess: refresh });
  const readAll = useMutation({ mutationFn: () => api.post('/api/v1/notifications/read-all'), onSuccess: refresh });
  const unread = count.data?.unread ?? 0;
  const open = (n: Notification) => {
    if (!n.readAt) read.mutate(n.id);
    setOpened(false);
    if (n.link) void navigate(n.link);
  };
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={360} shadow="md">
      <Popover.Target>
        <Indicator label={unread > 99 ? '99+' : unread} size={16} disabled={unread === 0} offset={4}>
          <ActionIcon variant="subtle" color="gray" size="lg" aria-label={`Notifications (${unread} unread)`} onClick={() => setOpened((o) => !o)}>
            <IconBell size={20} />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p="xs">
        <Group justify="space-between" mb="xs" px={4}>
          <Text fw={600} size="sm">Notifications</Text>
          {unread > 0 && <Anchor component="button" size="xs" onClick={() => readAll.mutate()}>Mark all read</Anchor>}
        </Group>
        <ScrollArea.Autosize mah={400}>
          <Stack gap={2}>
            {list.data?.notifications.length === 0 && (
              <Text size="sm" c="dimmed" p="xs">Nothing yet. You will hear here when a request is assigned to you, returned, submitted, or coming due.</Text>
            )}
            {list.data?.notifications.map((n) => (
              <UnstyledButton key={n.id} onClick={() => open(n)} p="xs" style={{ borderRadius: 6, background: n.readAt ? undefined : 'var(--mantine-color-blue-light)' }}>
                <Text size="sm" fw={n.readAt ? 400 : 600} lineClamp={2}>{n.title}</Text>
                <Text size="xs" c="dimmed">{formatDateTime(n.createdAt)}</Text>
              </UnstyledButton>
            ))}
          </Stack>
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}
