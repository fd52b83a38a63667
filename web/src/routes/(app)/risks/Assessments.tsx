// The annual risk assessments (CC3.1–CC3.4): when each was performed, by whom, and whether one is due.
import { Alert, Button, Group, Modal, Paper, ScrollArea, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle, IconPlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../../api.ts';
import { fieldErrors } from '../../../components/fieldErrors.ts';
import { formatDate, todayIso } from '../../../components/format.ts';
import { notifyError, notifySuccess } from '../../../components/notify.tsx';
import { PersonSelect } from '../../../components/PersonSelect.tsx';
import { requiredText } from '../../../components/validation.ts';
import type { CreateRiskAssessmentRequest, RiskAssessment } from '../../../contract.ts';
import { usePeople } from '../../../program.ts';
import { riskKeys, useAssessments } from './riskData.ts';
import { QueryState } from '../../../components/QueryState.tsx';

export function Assessments({ canWrite }: { canWrite: boolean }) {
  const assessments = useAssessments();
  const [recording, setRecording] = useState(false);
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="md">
        <Group justify="space-between">
          <Stack gap={0}>
            <Title order={2} fz="md">
              Risk assessments
            </Title>
            <Text size="sm" c="dimmed">
              SOC 2 expects a risk assessment at least once a year, and after significant changes.
            </Text>
          </Stack>
          {canWrite && (
            <Button variant="default" leftSection={<IconPlus size={16} />} onClick={() => setRecording(true)}>
              Record assessment
            </Button>
          )}
        </Group>
        <QueryState query={assessments} label="Loading risk assessments">
          {(data) => (
            <>
              {data.status.state !== 'current' && (
                <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} title={data.status.state === 'never' ? 'No risk assessment recorded yet' : 'A risk assessment is due'}>
                  {data.status.state === 'never'
                    ? 'Review the register with the risk owners, then record the assessment here.'
                    : `The latest assessment was performed on ${formatDate(data.status.lastPerformedOn)}, more than 12 months ago${data.status.dueOn ? ` (due ${formatDate(data.status.dueOn)})` : ''}. Perform and record a new one.`}
                </Alert>
              )}
              {data.assessments.length > 0 && (
                <ScrollArea type="auto">
                  <Table miw={640}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th w={130}>Performed on</Table.Th>
                        <Table.Th w={160}>By</Table.Th>
                        <Table.Th>Scope</Table.Th>
                        <Table.Th>Summary</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {data.assessments.map((a) => (
                        <Table.Tr key={a.id}>
                          <Table.Td>{formatDate(a.performedOn)}</Table.Td>
                          <Table.Td>{a.performedBy?.name ?? '—'}</Table.Td>
                          <Table.Td><Text size="sm" lineClamp={3}>{a.scope}</Text></Table.Td>
                          <Table.Td><Text size="sm" lineClamp={3}>{a.changes}</Text></Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </ScrollArea>
              )}
            </>
          )}
        </QueryState>
      </Stack>
      <RecordAssessmentModal opened={recording} onClose={() => setRecording(false)} />
    </Paper>
  );
}


function RecordAssessmentModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const queryClient = useQueryClient();
  const people = usePeople(opened);
  const form = useForm({
    initialValues: { performedOn: todayIso(), performedById: null as string | null, scope: '', changes: '' },
    validate: {
      performedOn: (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? null : 'Enter a date'),
      performedById: (v) => (v ? null : 'Pick who performed it'),
      scope: requiredText(5000, 'Describe what was assessed'),
      changes: requiredText(20_000, 'Summarize the results and changes'),
    },
  });
  const record = useMutation({
    mutationFn: (body: CreateRiskAssessmentRequest) => api.post<RiskAssessment>('/api/v1/risk-assessments', body),
    onSuccess: (a) => {
      notifySuccess(`The risk assessment of ${formatDate(a.performedOn)} was recorded.`);
      void queryClient.invalidateQueries({ queryKey: riskKeys.assessments });
      form.reset();
      onClose();
    },
    onError: (error) => {
      const errors = fieldErrors(error);
      form.setErrors(errors);
      if (!Object.keys(errors).length) notifyError(error, 'Could not record the assessment');
    },
  });
  return (
    <Modal opened={opened} onClose={() => !record.isPending && onClose()} title={<Text fw={600}>Record a risk assessment</Text>} size="lg">
      <form noValidate onSubmit={form.onSubmit((v) => record.mutate({ performedOn: v.performedOn, performedById: v.performedById!, scope: v.scope.trim(), changes: v.changes.trim() }))}>
        <Stack gap="md">
          <Group grow align="flex-start">
            <TextInput label="Performed on" type="date" data-autofocus {...form.getInputProps('performedOn')} />
            <PersonSelect label="Performed by" people={people.data ?? []} {...form.getInputProps('performedById')} />
          </Group>
          <Textarea label="Scope" description="The systems, processes and risks covered." autosize minRows={2} maxRows={6} maxLength={5000} {...form.getInputProps('scope')} />
          <Textarea label="Summary" description="What was found and what changed in the register." autosize minRows={3} maxRows={10} maxLength={20_000} {...form.getInputProps('changes')} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={record.isPending}>Cancel</Button>
            <Button type="submit" loading={record.isPending}>Record assessment</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
