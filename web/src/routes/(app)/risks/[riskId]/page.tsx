// /risks/:riskId: one risk, its ratings and treatment, editable by admins and compliance managers.
import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { api, isApiError } from '../../../../api.ts';
import { EmptyPanel } from '../../../../components/EmptyPanel.tsx';
import { ErrorAlert } from '../../../../components/ErrorAlert.tsx';
import { formatDate } from '../../../../components/format.ts';
import { SectionLoader } from '../../../../components/FullPageLoader.tsx';
import { notifyError, notifySuccess } from '../../../../components/notify.tsx';
import { PageHeader } from '../../../../components/PageHeader.tsx';
import { ProgramGate } from '../../../../components/ProgramGate.tsx';
import type { Risk, UpdateRiskRequest } from '../../../../contract.ts';
import { canWriteProgram, useActiveSession } from '../../../../session.ts';
import { ScoreCell } from '../LevelBadge.tsx';
import { RiskForm } from '../RiskForm.tsx';
import { riskKeys, useRisk } from '../riskData.ts';

const back = (
  <Anchor component={Link} to="/risks" size="sm">
    <IconArrowLeft size={14} style={{ verticalAlign: 'middle' }} /> Risks
  </Anchor>
);

export default function RiskPage() {
  return (
    <ProgramGate title="Risk" summary="A risk of the register.">
      <RiskView />
    </ProgramGate>
  );
}

function RiskView() {
  const { riskId = '' } = useParams();
  const session = useActiveSession();
  const canWrite = canWriteProgram(session.activeOrganization);
  const queryClient = useQueryClient();
  const risk = useRisk(riskId);
  const save = useMutation({
    mutationFn: (body: UpdateRiskRequest) => api.patch<Risk>(`/api/v1/risks/${riskId}`, body),
    onSuccess: (r) => {
      queryClient.setQueryData(riskKeys.risk(r.id), r);
      void queryClient.invalidateQueries({ queryKey: riskKeys.all });
      notifySuccess('The risk was saved.');
    },
    onError: (error) => notifyError(error, 'Could not save the risk'),
  });
  if (risk.isPending) return <SectionLoader label="Loading the risk" />;
  if (risk.isError) {
    return (
      <>
        <PageHeader title="Risk" above={back} />
        {isApiError(risk.error) && risk.error.isNotFound ? (
          <EmptyPanel icon={<IconAlertTriangle size={26} stroke={1.5} />} title="Risk not found">
            This risk does not exist in your organization. Go back to the register.
          </EmptyPanel>
        ) : (
          <ErrorAlert error={risk.error} onRetry={() => void risk.refetch()} />
        )}
      </>
    );
  }
  const r = risk.data;
  return (
    <>
      <PageHeader
        above={back}
        title={r.title}
        description={
          <Group gap="md" component="span">
            <Group gap={4} component="span"><Text span size="sm" c="dimmed">Inherent</Text><ScoreCell rating={r.inherent} /></Group>
            <Group gap={4} component="span"><Text span size="sm" c="dimmed">Residual</Text><ScoreCell rating={r.residual} /></Group>
            {r.reviewDate && <Text span size="sm" c={r.reviewOverdue ? 'red' : 'dimmed'}>Review {r.reviewOverdue ? 'overdue since' : 'due'} {formatDate(r.reviewDate)}</Text>}
          </Group>
        }
      />
      <Stack gap="lg">
        {!canWrite && <Text size="sm" c="dimmed">Only admins and compliance managers can change risks.</Text>}
        <Paper withBorder radius="md" p="lg">
          <RiskForm key={r.updatedAt} risk={r} readOnly={!canWrite} saving={save.isPending} submitLabel="Save" onSubmit={(b) => save.mutate(b)} />
        </Paper>
      </Stack>
    </>
  );
}
