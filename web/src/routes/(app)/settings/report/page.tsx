// /settings/report (an audit firm's partner): the firm's report settings. The city the reports are signed in,
// the firm's own wording for each part of the report (attest's default until changed), and the public key the
// reports are signed with, for recipients who check signatures themselves.
import { Alert, Badge, Button, Code, CopyButton, Group, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconCheck, IconCopy, IconLock, IconRestore } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { isApiError, request } from '../../../../api.ts';
import { ErrorAlert } from '../../../../components/ErrorAlert.tsx';
import { SectionLoader } from '../../../../components/FullPageLoader.tsx';
import { notifyError, notifySuccess } from '../../../../components/notify.tsx';
import type { FirmReportSettings, UpdateFirmReportSettings } from '../../../../contract.ts';
import { useActiveSession } from '../../../../session.ts';
import { canEditReportSettings, reportKeys, useFirmReportSettings } from '../../reports/reportData.ts';
import { SettingsSection } from '../SettingsSection.tsx';

/** "auditorResponsibilities" → "Auditor responsibilities". */
const keyLabel = (key: string) => {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};
/** The {{fields}} a default text uses: what the firm's own wording may use too. */
const fieldsOf = (text: string) => [...new Set(Array.from(text.matchAll(/\{\{\s*(\w+)\s*\}\}/g), (m) => m[1]))];

export default function ReportSettingsPage() {
  const session = useActiveSession();
  const allowed = canEditReportSettings(session.activeOrganization);
  const settings = useFirmReportSettings(allowed);
  if (!allowed) {
    return (
      <Alert color="yellow" variant="light" icon={<IconLock size={18} />} title="Not available for your role">
        Only an audit firm's partners change the firm's report settings.
      </Alert>
    );
  }
  if (settings.isPending) return <SectionLoader label="Loading the report settings" />;
  if (settings.isError) return <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />;
  return (
    <Stack gap="xl">
      <SigningKey s={settings.data} />
      <SettingsForm s={settings.data} />
    </Stack>
  );
}

function SigningKey({ s }: { s: FirmReportSettings }) {
  return (
    <SettingsSection title="Signing key" description="Every issued report is signed with this key. Recipients check the signature on the public verification page, or themselves with the public key.">
      <Paper withBorder radius="md" p="lg">
        {!s.publicKeyPem ? <Text size="sm" c="dimmed">No key yet: attest creates the firm's key when the first report is issued.</Text> : (
          <Stack gap="sm">
            {s.keyId && <Text size="sm" c="dimmed">Key id: <Code data-testid="report-key-id" style={{ overflowWrap: 'anywhere' }}>{s.keyId}</Code></Text>}
            <Code block fz="xs" data-testid="report-public-key">{s.publicKeyPem}</Code>
            <Group>
              <CopyButton value={s.publicKeyPem} timeout={2000}>
                {({ copied, copy }) => (
                  <Button size="xs" variant={copied ? 'filled' : 'default'} color={copied ? 'teal' : undefined} leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />} onClick={copy}>
                    {copied ? 'Copied' : 'Copy public key'}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Stack>
        )}
      </Paper>
    </SettingsSection>
  );
}

function SettingsForm({ s }: { s: FirmReportSettings }) {
  const queryClient = useQueryClient();
  const keys = useMemo(() => Object.keys(s.defaults), [s.defaults]);
  const [city, setCity] = useState(s.city);
  const [texts, setTexts] = useState<Record<string, string>>(() => Object.fromEntries(keys.map((k) => [k, s.templates[k] ?? s.defaults[k] ?? ''])));
  const save = useMutation({
    // Only the wording that differs from attest's default is stored: a key left at the default follows it.
    mutationFn: () => {
      const templates = Object.fromEntries(keys.filter((k) => texts[k] !== s.defaults[k]).map((k) => [k, texts[k] ?? '']));
      const body: UpdateFirmReportSettings = { city: city.trim(), templates };
      return request<FirmReportSettings>('PUT', '/api/v1/report-settings', { body });
    },
    onSuccess: (next) => {
      queryClient.setQueryData(reportKeys.settings, next);
      notifySuccess('The report settings are saved. Drafts use them from now on; issued reports keep their wording.');
    },
    onError: (error) => notifyError(error, 'Could not save the report settings'),
  });
  const fieldError = (path: string) => (isApiError(save.error) ? save.error.field(path) : undefined);
  const empty = keys.filter((k) => !texts[k]?.trim());

  return (
    <form onSubmit={(ev) => { ev.preventDefault(); save.mutate(); }}>
      <Stack gap="xl">
        <SettingsSection title="Report wording" description="The city the firm signs in, and the firm's wording for each part of the report. Fields in {{double braces}} are filled from the engagement.">
          <Paper withBorder radius="md" p="lg">
            <Stack gap="lg">
              <TextInput label="City" description="Printed with the firm's name at the end of the auditor's report." maw={360} maxLength={120}
                value={city} onChange={(ev) => setCity(ev.currentTarget.value)} error={fieldError('city')} />
              {keys.map((k) => {
                const custom = texts[k] !== s.defaults[k];
                const fields = fieldsOf(s.defaults[k] ?? '');
                return (
                  <Stack key={k} gap={4} data-testid={`template-${k}`}>
                    <Group justify="space-between" gap="xs">
                      <Group gap="xs">
                        <Text size="sm" fw={500} component="label" htmlFor={`template-${k}`}>{keyLabel(k)}</Text>
                        <Code fz="xs">{k}</Code>
                        {custom && <Badge size="sm" variant="light" color="grape" tt="none">Firm's wording</Badge>}
                      </Group>
                      <Button size="compact-xs" variant="subtle" leftSection={<IconRestore size={12} />} disabled={!custom}
                        onClick={() => setTexts((t) => ({ ...t, [k]: s.defaults[k] ?? '' }))} aria-label={`Reset to default: ${keyLabel(k)}`}>
                        Reset to default
                      </Button>
                    </Group>
                    <Textarea id={`template-${k}`} autosize minRows={2} maxRows={10} maxLength={20_000} value={texts[k] ?? ''}
                      onChange={(ev) => { const v = ev.currentTarget.value; setTexts((t) => ({ ...t, [k]: v })); }}
                      error={fieldError(`templates.${k}`) ?? (!texts[k]?.trim() ? 'Empty: write the firm’s wording or reset to the default' : undefined)}
                      description={fields.length ? `Fields: ${fields.map((f) => `{{${f}}}`).join(', ')}` : undefined} />
                  </Stack>
                );
              })}
            </Stack>
          </Paper>
        </SettingsSection>
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending} disabled={empty.length > 0}>Save</Button>
        </Group>
      </Stack>
    </form>
  );
}
