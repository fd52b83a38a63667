import { Alert, Badge, Button, Checkbox, Group, List, Modal, NativeSelect, Paper, ScrollArea, Stack, Text } from '@mantine/core';
import { IconCheck, IconInfoCircle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../../api.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { SectionLoader } from '../../../components/FullPageLoader.tsx';
import { notifyError } from '../../../components/notify.tsx';
import type { AdoptPoliciesResult, Policy } from '../../../contract.ts';
import { CATEGORY_LABELS } from '../../../categories.ts';
import { useSystems } from '../../../program.ts';
import { policyKeys, usePolicyLibrary } from './policyData.ts';

/** Adopts starter templates as draft policies; templates for an optional category need it in scope. */
export function AdoptPoliciesModal({ opened, onClose, existing }: { opened: boolean; onClose: () => void; existing: readonly Policy[] }) {
  const queryClient = useQueryClient();
  const library = usePolicyLibrary(opened);
  const systems = useSystems(opened);
  const [systemId, setSystemId] = useState<string>('');
  const [picked, setPicked] = useState<string[]>([]);
  const [result, setResult] = useState<AdoptPoliciesResult | null>(null);

  const systemList = systems.data ?? [];
  const system = systemList.find((s) => s.id === systemId) ?? systemList[0] ?? null;
  const categories = new Set<string>(system?.categories ?? []);
  const adoptedKeys = new Set(existing.flatMap((p) => [p.key, p.sourceTemplate ?? '']));
  const templates = library.data?.templates ?? [];
  const offered = templates.filter((t) => !adoptedKeys.has(t.key) && (!t.requiresCategory || categories.has(t.requiresCategory)));
  const allPicked = offered.length > 0 && offered.every((t) => picked.includes(t.key));

  const adopt = useMutation({
    mutationFn: (keys: string[]) => api.post<AdoptPoliciesResult>('/api/v1/policies/adopt', { keys, systemId: system?.id }),
    onSuccess: (r) => {
      setResult(r);
      setPicked([]);
      void queryClient.invalidateQueries({ queryKey: policyKeys.all });
    },
    onError: (error) => notifyError(error, 'Could not adopt the templates'),
  });

  const close = () => {
    if (adopt.isPending) return;
    setResult(null);
    setPicked([]);
    onClose();
  };
  const toggle = (key: string, on: boolean) => setPicked((prev) => (on ? [...prev, key] : prev.filter((k) => k !== key)));
  const title = (key: string) => templates.find((t) => t.key === key)?.title ?? key;

  return (
    <Modal opened={opened} onClose={close} title={<Text fw={600}>Adopt policy templates</Text>} size="xl">
      {result ? (
        <Stack gap="md">
          {result.adopted.length > 0 && (
            <Alert color="teal" variant="light" icon={<IconCheck size={18} />} title={`Adopted ${result.adopted.length} ${result.adopted.length === 1 ? 'policy' : 'policies'}`}>
              <List size="sm">
                {result.adopted.map((a) => (
                  <List.Item key={a.key}>{title(a.key)}</List.Item>
                ))}
              </List>
              <Text size="sm" mt="xs">
                Each is a draft: fill in its placeholders, then submit it for review.
              </Text>
            </Alert>
          )}
          {result.alreadyAdopted.length > 0 && (
            <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} />} title="Already adopted">
              <List size="sm">
                {result.alreadyAdopted.map((k) => (
                  <List.Item key={k}>{title(k)}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          {result.skipped.length > 0 && (
            <Alert color="yellow" variant="light" icon={<IconInfoCircle size={18} />} title="Skipped">
              <List size="sm">
                {result.skipped.map((s) => (
                  <List.Item key={s.key}>
                    {title(s.key)}: {s.reason}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          <Group justify="flex-end">
            <Button onClick={close}>Done</Button>
          </Group>
        </Stack>
      ) : library.isPending ? (
        <SectionLoader label="Loading templates" />
      ) : library.isError ? (
        <ErrorAlert error={library.error} onRetry={() => void library.refetch()} />
      ) : (
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            Starter policies written for SOC 2 (library {library.data.version}). Each becomes a draft you adapt: fill in the
            placeholders such as your organization’s name, then have it approved.
          </Text>
          {systemList.length > 0 ? (
            <NativeSelect
              label="System"
              description="Templates for an optional category (such as privacy) are offered when that category is in the system’s scope."
              w={360}
              value={system?.id ?? ''}
              onChange={(e) => {
                setSystemId(e.currentTarget.value);
                setPicked([]);
              }}
              data={systemList.map((s) => ({ value: s.id, label: s.name }))}
            />
          ) : (
            <Text size="xs" c="dimmed">
              No system is defined yet, so templates for optional categories (such as privacy) are not offered.
            </Text>
          )}
          <Checkbox
            label={`Select all (${offered.length})`}
            checked={allPicked}
            indeterminate={!allPicked && picked.length > 0}
            disabled={offered.length === 0}
            onChange={(e) => setPicked(e.currentTarget.checked ? offered.map((t) => t.key) : [])}
          />
          <Paper withBorder radius="sm">
            <ScrollArea.Autosize mah={380} type="auto">
              <Stack gap={0}>
                {templates.map((t) => {
                  const already = adoptedKeys.has(t.key);
                  const outOfScope = !!t.requiresCategory && !categories.has(t.requiresCategory);
                  const disabled = already || outOfScope;
                  return (
                    <Group key={t.key} gap="sm" wrap="nowrap" align="flex-start" p="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-2)', opacity: disabled ? 0.65 : 1 }}>
                      <Checkbox
                        mt={2}
                        aria-label={t.title}
                        checked={picked.includes(t.key)}
                        disabled={disabled}
                        onChange={(e) => toggle(t.key, e.currentTarget.checked)}
                      />
                      <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                        <Group gap="xs">
                          <Text size="sm" fw={500}>
                            {t.title}
                          </Text>
                          {already && (
                            <Badge size="sm" variant="light" color="teal" radius="sm" tt="none">
                              Adopted
                            </Badge>
                          )}
                          {outOfScope && (
                            <Badge size="sm" variant="light" color="gray" radius="sm" tt="none">
                              Needs {CATEGORY_LABELS[t.requiresCategory as keyof typeof CATEGORY_LABELS] ?? t.requiresCategory} in scope
                            </Badge>
                          )}
                        </Group>
                        <Text size="xs" c="dimmed">
                          {t.summary}
                        </Text>
                        <Text size="xs" c="dimmed">
                          Criteria: {t.criteria.join(', ') || '—'} · review every {t.reviewIntervalMonths} months
                        </Text>
                      </Stack>
                    </Group>
                  );
                })}
              </Stack>
            </ScrollArea.Autosize>
          </Paper>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={adopt.isPending}>
              Cancel
            </Button>
            <Button onClick={() => adopt.mutate(picked)} loading={adopt.isPending} disabled={picked.length === 0}>
              Adopt selected
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
