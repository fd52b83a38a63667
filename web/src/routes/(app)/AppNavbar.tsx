import { AppShell, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import {
  IconBook2, IconBuildingStore, IconClipboardCheck, IconFileText, IconFolders,
  IconFileCertificate, IconGauge, IconHome, IconListDetails, IconSettings, IconShieldHalf, IconTarget, IconUsers, IconWorld, IconAlertTriangle,
  IconCalendarDue, IconInbox,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { Link, useLocation } from 'react-router';
import type { Session } from '../../contract.ts';
import { canReadAuditLog } from '../../session.ts';

interface Item {
  to: string;
  label: string;
  icon: ComponentType<{ size?: number; stroke?: number }>;
}

const HOME: Item = { to: '/', label: 'Home', icon: IconHome };

/** The areas of a SOC 2 program, in the order of the year's work. */
const PROGRAM: Item[] = [
  { to: '/readiness', label: 'Readiness', icon: IconGauge },
  { to: '/scope', label: 'Scope', icon: IconTarget },
  { to: '/controls', label: 'Controls', icon: IconShieldHalf },
  { to: '/policies', label: 'Policies', icon: IconFileText },
  { to: '/people', label: 'People', icon: IconUsers },
  { to: '/vendors', label: 'Vendors', icon: IconBuildingStore },
  { to: '/risks', label: 'Risks', icon: IconAlertTriangle },
  { to: '/evidence', label: 'Evidence', icon: IconFolders },
  { to: '/freshness', label: 'Evidence due', icon: IconCalendarDue },
  { to: '/requests', label: 'Requests', icon: IconInbox },
  { to: '/audits', label: 'Audits', icon: IconClipboardCheck },
  { to: '/reports', label: 'Reports', icon: IconFileCertificate },
  { to: '/trust-portal', label: 'Trust portal', icon: IconWorld },
];

function isActive(pathname: string, to: string): boolean {
  return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
}

function Section({ title, children }: { title?: string; children: React.ReactNode }) {
  const id = title ? `nav-${title.toLowerCase()}` : undefined;
  return (
    <div>
      {title && (
        <Text id={id} size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" pt="md" pb={4} style={{ letterSpacing: '0.04em' }}>
          {title}
        </Text>
      )}
      <Stack gap={1} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby={id}>
        {children}
      </Stack>
    </div>
  );
}

function Entry({ item, pathname }: { item: Item; pathname: string }) {
  const active = isActive(pathname, item.to);
  const Icon = item.icon;
  return (
    <li>
      <NavLink
        component={Link}
        to={item.to}
        label={item.label}
        active={active}
        aria-current={active ? 'page' : undefined}
        leftSection={<Icon size={17} stroke={1.7} />}
        py={6}
        styles={{ label: { fontSize: 'var(--mantine-font-size-sm)' } }}
      />
    </li>
  );
}

export function AppNavbar({ session }: { session: Session }) {
  const { pathname } = useLocation();
  const membership = session.activeOrganization;
  const tools: Item[] = [
    { to: '/catalog', label: 'Criteria catalog', icon: IconBook2 },
    ...(canReadAuditLog(membership) ? [{ to: '/audit-log', label: 'Audit log', icon: IconListDetails }] : []),
    { to: '/settings', label: 'Settings', icon: IconSettings },
  ];
  return (
    <AppShell.Section grow component={ScrollArea} type="scroll">
      <div>
        <Section>
          <Entry item={HOME} pathname={pathname} />
        </Section>
        <Section title="Program">
          {PROGRAM.map((item) => (
            <Entry key={item.to} item={item} pathname={pathname} />
          ))}
        </Section>
        <Section title="Workspace">
          {tools.map((item) => (
            <Entry key={item.to} item={item} pathname={pathname} />
          ))}
        </Section>
      </div>
    </AppShell.Section>
  );
}

