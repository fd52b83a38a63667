// / (Home): a welcome with the organization and role, and the next steps that make sense for this user.
import { Alert, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import {
  IconBook2, IconBuilding, IconClipboardCheck, IconInfoCircle, IconKey, IconListDetails, IconShieldCheck, IconShieldLock, IconTarget, IconUserPlus,
} from '@tabler/icons-react';
import { ROLE_LABELS } from '../../contract.ts';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { canManage, canReadAuditLog, canWriteProgram, KIND_LABELS, runsProgram, useActiveSession } from '../../session.ts';
import { NextStepCard, type NextStep } from './NextStepCard.tsx';
import { EvidenceDueCard } from './EvidenceDueCard.tsx';
import { ReportCurrencyCard } from './ReportCurrencyCard.tsx';

export default function HomePage() {
  const session = useActiveSession();
  const membership = session.activeOrganization;
  const firstName = session.user.name.split(/\s+/)[0] ?? session.user.name;
  useDocumentTitle('Home');

  const steps: NextStep[] = [];
  if (!session.user.mfaEnabled) {
    steps.push({
      to: '/settings/security',
      icon: IconShieldLock,
      title: 'Secure your account with MFA',
      text: 'Add an authenticator app so a stolen password alone cannot open your account.',
      accent: true,
    });
  }
  if (canWriteProgram(membership)) {
    steps.push({
      to: '/scope',
      icon: IconTarget,
      title: 'Define your system',
      text: 'Describe what your SOC 2 report covers, then adopt controls for its criteria from the library.',
    });
  }
  if (canManage(membership)) {
    steps.push({
      to: '/settings/invitations',
      icon: IconUserPlus,
      title: 'Invite your team',
      text: 'Send invitation links to colleagues and give each the role they need.',
    });
  }
  if (membership) {
    steps.push({
      to: '/audits',
      icon: IconClipboardCheck,
      title: 'Run the examination',
      text: membership.organization.kind === 'audit_firm'
        ? 'Plan and test your clients\' controls, review their answers, record findings and decide the opinion.'
        : 'Engage your audit firm, answer its requests and findings, and follow the examination to its opinion.',
    });
  }
  steps.push({
    to: '/catalog',
    icon: IconBook2,
    title: 'Browse the criteria',
    text: 'Read the SOC 2 trust services criteria, grouped by category and series.',
  });
  if (canManage(membership)) {
    steps.push({
      to: '/settings/organization',
      icon: IconBuilding,
      title: 'Decide your MFA policy',
      text: 'Choose whether every member of your organization must use multi-factor authentication.',
    });
    steps.push({
      to: '/settings/tokens',
      icon: IconKey,
      title: 'Create an API token',
      text: 'Let scripts and integrations use the attest API with a role of their own.',
    });
  }
  if (canReadAuditLog(membership)) {
    steps.push({
      to: '/audit-log',
      icon: IconListDetails,
      title: 'See who changed what',
      text: 'Every change is recorded with its author, time and origin; filter it or export it as CSV.',
    });
  }
  if (session.user.mfaEnabled) {
    steps.push({
      to: '/settings/security',
      icon: IconShieldCheck,
      title: 'MFA is enabled',
      text: 'Your account asks for a code at every login. Manage recovery codes in My security.',
      done: true,
    });
  }

  return (
    <Stack gap="xl">
      <Stack gap={6}>
        <Title order={1} fz={24} fw={650}>
          Welcome, {firstName}
        </Title>
        {membership ? (
          <Group gap={8}>
            <Text size="sm" c="dimmed">
              You are working in <Text span inherit fw={600} c="var(--mantine-color-text)">{membership.organization.name}</Text> as
            </Text>
            <Badge variant="light" radius="sm" tt="none" fw={500}>
              {ROLE_LABELS[membership.role]}
            </Badge>
            <Badge variant="outline" color="gray" radius="sm" tt="none" fw={500}>
              {KIND_LABELS[membership.organization.kind]}
            </Badge>
          </Group>
        ) : (
          <Alert color="yellow" variant="light" icon={<IconInfoCircle size={18} />} maw={640}>
            You are not a member of any organization yet. Ask an administrator to send you an invitation.
          </Alert>
        )}
      </Stack>

      {runsProgram(membership) && <ReportCurrencyCard />}
      {runsProgram(membership) && <EvidenceDueCard />}

      <section aria-labelledby="next-steps">
        <Title order={2} fz="md" fw={600} mb="sm" id="next-steps">
          Next steps
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          {steps.map((s) => (
            <NextStepCard key={s.title} step={s} />
          ))}
        </SimpleGrid>
      </section>

      <Paper withBorder radius="md" p="md" bg="var(--mantine-color-body)">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <IconInfoCircle size={18} color="var(--mantine-color-dimmed)" style={{ flexShrink: 0, marginTop: 2 }} aria-hidden />
          <Text size="sm" c="dimmed">
            This version of attest covers your whole SOC 2 program (scope and system description, controls, policies,
            people, vendors, risks and readiness), the evidence vault with its signed ledger, requests, and Audits: the
            examination between the organization and its audit firm, from the engagement to the opinion, the signed SOC 2
            report (PDF, DOCX, HTML) that anyone can verify, the trust portal that shares it under NDA, bridge letters and the
            roll-forward to the next period. Connectors that collect evidence automatically arrive in a later release.
          </Text>
        </Group>
      </Paper>
    </Stack>
  );
}
