// The policy's current or open version: its text (editable while draft), the change note, and the workflow buttons.
import { Alert, Box, Button, Group, Input, List, Paper, ScrollArea, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAlertTriangle, IconDeviceFloppy, IconDownload } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../../../api.ts';
import { ErrorAlert } from '../../../../components/ErrorAlert.tsx';
import { formatDate } from '../../../../components/format.ts';
import { SectionLoader } from '../../../../components/FullPageLoader.tsx';
import { Markdown } from '../../../../components/Markdown.tsx';
import { notifyError, notifySuccess } from '../../../../components/notify.tsx';
import type { Policy, PolicyVersion } from '../../../../contract.ts';
import { StatusBadge } from '../PolicyBadges.tsx';
import { policyKeys, refreshPolicy, useVersion } from '../policyData.ts';

export function VersionPanel({ policy, canWrite, canApprove }: { policy: Policy; canWrite: boolean; canApprove: boolean }) {
  const n = policy.openVersion?.number ?? policy.currentVersion?.number ?? policy.latestVersion;
  const version = useVersion(policy.id, n);
  if (version.isPending) return <SectionLoader label="Loading the policy text" />;
  if (version.isError) return <ErrorAlert error={version.error} onRetry={() => void version.refetch()} />;
  return <VersionEditor key={`${n}-${version.data.updatedAt}`} policy={policy} version={version.data} canWrite={canWrite} canApprove={canApprove} />;
}

function VersionEditor({ policy, version, canWrite, canApprove }: { policy: Policy; version: PolicyVersion; canWrite: boolean; canApprove: boolean }) {
  const queryClient = useQueryClient();
  const [body, setBody] = useState(version.body);
  const [changeNote, setChangeNote] = useState(version.changeNote);
  const editable = canWrite && version.status === 'draft' && policy.status !== 'retired';
  const dirty = body !== version.body || changeNote !== version.changeNote;
  const base = `/api/v1/policies/${policy.id}/versions/${version.number}`;

  const refresh = async (v?: PolicyVersion) => {
    if (v) queryClient.setQueryData(policyKeys.version(policy.id, v.number), v);
    await Promise.all([
      refreshPolicy(queryClient, policy.id),
      queryClient.invalidateQueries({ queryKey: policyKeys.versions(policy.id) }),
      queryClient.invalidateQueries({ queryKey: ['policies', policy.id, 'acks'] }),
    ]);
  };

  const save = useMutation({
    mutationFn: () => api.patch<PolicyVersion>(base, { body, changeNote: changeNote.trim() }),
    onSuccess: (v) => {
      notifySuccess(`Version ${v.number} was saved.`);
      void refresh(v);
    },
    onError: (error) => notifyError(error, 'Could not save the policy text'),
  });

  const action = useMutation({
    mutationFn: async (kind: 'submit' | 'return' | 'approve' | 'publish' | 'new') => {
      if (kind === 'new') return api.post<PolicyVersion>(`/api/v1/policies/${policy.id}/versions`, { changeNote: '' });
      return api.post<PolicyVersion>(`${base}/${kind}`, kind === 'return' ? { note: '' } : {});
    },
    onSuccess: (v, kind) => {
      const messages = {
        submit: `Version ${v.number} was submitted for review. An admin can now approve it.`,
        return: `Version ${v.number} was returned to draft.`,
        approve: `Version ${v.number} was approved and is now the version in force. Publish it to personnel next.`,
        publish: `Version ${v.number} was published. Members can now acknowledge it.`,
        new: `Version ${v.number} was started as a draft, copied from the latest version.`,
      };
      notifySuccess(messages[kind]);
      void refresh(v);
    },
    onError: (error) => notifyError(error, 'Could not change the version'),
  });

  const isCurrent = policy.currentVersion?.number === version.number;
  const unpublished = isCurrent && version.status === 'approved' && !version.publishedAt;
  const busy = action.isPending || save.isPending;

  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Group gap="xs">
              <Title order={2} fz="md">
                Version {version.number}
              </Title>
              <StatusBadge status={version.status} />
              {isCurrent && version.publishedAt && (
                <Text size="xs" c="dimmed">
                  Published {formatDate(version.publishedAt)}
                </Text>
              )}
            </Group>
            <Text size="xs" c="dimmed">
              {version.status === 'draft'
                ? canWrite
                  ? 'A draft: edit the text, save, then submit it for review.'
                  : 'A draft being written.'
                : version.status === 'in_review'
                  ? 'Waiting for approval by an admin. Return it to draft to change the text.'
                  : version.status === 'approved'
                    ? 'The approved version in force. Start a new version to change it.'
                    : 'Retired.'}
            </Text>
          </Stack>
          <Group gap="xs">
            <Button component="a" href={`${base}/pdf`} download variant="default" leftSection={<IconDownload size={16} />} title={version.status === 'approved' ? undefined : 'Not approved yet: the PDF carries a watermark'}>
              Download PDF
            </Button>
            {canWrite && policy.status !== 'retired' && (
              <Group gap="xs">
                {version.status === 'draft' && (
                  <Button onClick={() => action.mutate('submit')} loading={action.isPending && action.variables === 'submit'} disabled={busy || dirty} title={dirty ? 'Save your changes first' : undefined}>
                    Submit for review
                  </Button>
                )}
                {version.status === 'in_review' && (
                  <>
                    <Button variant="default" onClick={() => action.mutate('return')} loading={action.isPending && action.variables === 'return'} disabled={busy}>
                      Return to draft
                    </Button>
                    {canApprove && (
                      <Button color="teal" onClick={() => action.mutate('approve')} loading={action.isPending && action.variables === 'approve'} disabled={busy}>
                        Approve
                      </Button>
                    )}
                  </>
                )}
                {unpublished && (
                  <Button onClick={() => action.mutate('publish')} loading={action.isPending && action.variables === 'publish'} disabled={busy}>
                    Publish to personnel
                  </Button>
                )}
                {!policy.openVersion && version.status === 'approved' && (
                  <Button variant="default" onClick={() => action.mutate('new')} loading={action.isPending && action.variables === 'new'} disabled={busy}>
                    New version
                  </Button>
                )}
              </Group>
            )}
          </Group>
        </Group>
        {version.status === 'in_review' && canWrite && !canApprove && (
          <Text size="sm" c="dimmed">
            Only an admin can approve a policy version.
          </Text>
        )}
        {dirty && version.status === 'draft' && (
          <Text size="xs" c="dimmed">
            Save your changes before submitting the draft for review.
          </Text>
        )}
        {version.placeholders.length > 0 && (
          <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} title="Placeholders still to fill in">
            <Text size="sm">Replace these with your organization’s details before the policy is approved:</Text>
            <List size="sm" mt={4}>
              {version.placeholders.map((p) => (
                <List.Item key={p}>
                  <Text span ff="monospace" size="sm">{`{{${p}}}`}</Text>
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        {editable ? (
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              save.mutate();
            }}
          >
            <Stack gap="md">
              <PolicyTextEditor value={body} onChange={setBody} />
              <TextInput
                label="Change note"
                description="What changed in this version, for reviewers and the history."
                value={changeNote}
                onChange={(e) => setChangeNote(e.currentTarget.value)}
                maxLength={2000}
              />
              <Group justify="flex-end" gap="sm">
                <Text size="sm" c="dimmed" mr="auto" aria-live="polite">
                  {dirty ? 'You have unsaved changes.' : ''}
                </Text>
                <Button
                  variant="default"
                  disabled={!dirty || save.isPending}
                  onClick={() => {
                    setBody(version.body);
                    setChangeNote(version.changeNote);
                  }}
                >
                  Discard changes
                </Button>
                <Button type="submit" loading={save.isPending} disabled={!dirty} leftSection={<IconDeviceFloppy size={16} />}>
                  Save
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          <Stack gap="xs">
            {version.changeNote && (
              <Text size="sm" c="dimmed">
                Change note: {version.changeNote}
              </Text>
            )}
            <Paper withBorder radius="sm" bg="var(--mantine-color-gray-0)">
              <ScrollArea.Autosize mah={640} type="auto" px="lg" py="sm">
                <Markdown>{version.body}</Markdown>
              </ScrollArea.Autosize>
            </Paper>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

/** The policy's Markdown beside its preview; both keep the same height and scroll on their own. */
function PolicyTextEditor({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const [preview] = useDebouncedValue(value, 150);
  return (
    <SimpleGrid cols={2} spacing="md">
      <Textarea
        label="Policy text"
        description="Markdown: # headings, lists, **bold**, tables."
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        maxLength={100_000}
        rows={26}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
      />
      <Box>
        <Text component="div" size="sm" fw={500} lh={1.55}>
          Preview
        </Text>
        <Input.Description mb={5}>How the policy reads for personnel.</Input.Description>
        <Paper withBorder radius="sm" bg="var(--mantine-color-gray-0)">
          <ScrollArea h={520} type="auto" px="md" py="xs">
            <Markdown empty="The preview appears here as you write.">{preview}</Markdown>
          </ScrollArea>
        </Paper>
      </Box>
    </SimpleGrid>
  );
}
