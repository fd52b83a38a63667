// Proposing an engagement: the other party, the report type with its date or period (a Type II period shorter
// than six months needs a reason and carries a warning), and — for a service organization — the system and categories.
import { Alert, Button, Group, Modal, SegmentedControl, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '../../../api.ts';
import { notifyError, notifySuccess } from '../../../components/notify.tsx';
import {
  MAX_TYPE2_MONTHS, MIN_TYPE2_MONTHS, periodEndAfter, shorterThan, type Engagement, type EngagementReportType, type ProposeEngagementRequest,
} from '../../../contract.ts';
import { engagementKeys, useCounterparties } from './engagementData.ts';
import { ScopeFields, type ScopeValue } from './ScopeFields.tsx';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** What the period's dates say before the API is asked: too long, short (needs a reason), or fine. */
export function periodCheck(start: string, end: string): 'incomplete' | 'reversed' | 'too_long' | 'short' | 'ok' {
  if (!ISO.test(start) || !ISO.test(end)) return 'incomplete';
  if (end <= start) return 'reversed';
  if (end > periodEndAfter(start, MAX_TYPE2_MONTHS)) return 'too_long';
  return shorterThan(start, end, MIN_TYPE2_MONTHS) ? 'short' : 'ok';
}

export function ProposeEngagementModal({ opened, onClose, isFirm }: { opened: boolean; onClose: () => void; isFirm: boolean }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const counterparties = useCounterparties(opened);
  const [name, setName] = useState('');
  const [counterpartyId, setCounterpartyId] = useState<string | null>(null);
  const [scope, setScope] = useState<ScopeValue>({ systemId: null, categories: [] });
  const [reportType, setReportType] = useState<EngagementReportType>('type2');
  const [asOfDate, setAsOfDate] = useState('');
  const [periodStart, setPeriodStart] = useState('');
  const [periodEnd, setPeriodEnd] = useState('');
  const [reason, setReason] = useState('');
  const onScope = useCallback((v: ScopeValue) => setScope(v), []);
  const check = reportType === 'type2' ? periodCheck(periodStart, periodEnd) : 'ok';

  const propose = useMutation({
    mutationFn: () => {
      const body: ProposeEngagementRequest = {
        name,
        counterpartyId: counterpartyId ?? '',
        reportType,
        asOfDate: reportType === 'type1' ? asOfDate || null : null,
        periodStart: reportType === 'type2' ? periodStart || null : null,
        periodEnd: reportType === 'type2' ? periodEnd || null : null,
        shortPeriodReason: reportType === 'type2' && check === 'short' ? reason : null,
        ...(isFirm ? {} : { systemId: scope.systemId, categories: scope.categories }),
      };
      return api.post<Engagement>('/api/v1/engagements', body);
    },
    onSuccess: (e) => {
      notifySuccess(`${isFirm ? e.serviceOrg.name : e.firm.name} can now accept or decline it.`, 'Engagement proposed');
      void queryClient.invalidateQueries({ queryKey: engagementKeys.all });
      onClose();
      void navigate(`/audits/${e.id}`);
    },
    onError: (error) => notifyError(error, 'Could not propose the engagement'),
  });
  const fieldError = (path: string) => (isApiError(propose.error) ? propose.error.field(path) : undefined);
  const others = counterparties.data?.organizations ?? [];
  const otherNoun = isFirm ? 'Client (service organization)' : 'Audit firm';

  return (
    <Modal opened={opened} onClose={() => !propose.isPending && onClose()} title={<Text fw={600}>Propose an engagement</Text>} size="lg">
      <form onSubmit={(e) => { e.preventDefault(); propose.mutate(); }}>
        <Stack gap="sm">
          <TextInput label="Name" required maxLength={200} value={name} onChange={(e) => setName(e.currentTarget.value)} error={fieldError('name')} placeholder="e.g. SOC 2 Type II 2026" />
          <Select label={otherNoun} required searchable data={others.map((o) => ({ value: o.id, label: o.name }))} value={counterpartyId} onChange={setCounterpartyId}
            placeholder={counterparties.isPending ? 'Loading…' : others.length === 0 ? `No ${isFirm ? 'service organization' : 'audit firm'} on this instance yet` : 'Choose'}
            error={fieldError('counterpartyId')} />
          {!isFirm && <ScopeFields value={scope} onChange={onScope} errors={{ systemId: fieldError('systemId'), categories: fieldError('categories') }} />}
          {isFirm && <Text size="xs" c="dimmed">The client chooses the system examined and its categories when it accepts.</Text>}
          <Stack gap={4}>
            <Text size="sm" fw={500}>Report type</Text>
            <SegmentedControl value={reportType} onChange={(v) => setReportType(v as EngagementReportType)} data={[
              { value: 'type1', label: 'Type I (as of a date)' },
              { value: 'type2', label: 'Type II (over a period)' },
            ]} />
          </Stack>
          {reportType === 'type1' ? (
            <TextInput label="As of" type="date" required value={asOfDate} onChange={(e) => setAsOfDate(e.currentTarget.value)} error={fieldError('asOfDate')}
              description="The date at which the description and the design of the controls are examined." />
          ) : (
            <>
              <Group grow align="flex-start">
                <TextInput label="Period start" type="date" required value={periodStart} onChange={(e) => setPeriodStart(e.currentTarget.value)} error={fieldError('periodStart')} />
                <TextInput label="Period end" type="date" required value={periodEnd} onChange={(e) => setPeriodEnd(e.currentTarget.value)}
                  error={fieldError('periodEnd') ?? (check === 'reversed' ? 'The period must end after it starts.' : check === 'too_long' ? `A Type II period may not be longer than ${MAX_TYPE2_MONTHS} months.` : undefined)} />
              </Group>
              {check === 'short' && (
                <>
                  <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title="Short period">
                    This period is shorter than the usual minimum of {MIN_TYPE2_MONTHS} months for a Type II examination. It is allowed with a recorded
                    reason, and the warning stays visible on the engagement and to the report's readers.
                  </Alert>
                  <Textarea label="Reason for the short period" required autosize minRows={2} maxLength={2000} value={reason} onChange={(e) => setReason(e.currentTarget.value)}
                    error={fieldError('shortPeriodReason')} placeholder="e.g. First examination after the platform launched in July." />
                </>
              )}
            </>
          )}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose} disabled={propose.isPending}>Cancel</Button>
            <Button type="submit" loading={propose.isPending}
              disabled={!name.trim() || !counterpartyId || check === 'incomplete' || check === 'reversed' || check === 'too_long' || (check === 'short' && !reason.trim()) || (reportType === 'type1' && !asOfDate)}>
              Propose
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
