// /settings: one tab per sub-route. Tabs a role cannot use are not shown.
import { Tabs } from '@mantine/core';
import { IconBuilding, IconFileCertificate, IconKey, IconMailPlus, IconShieldLock, IconUsers } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { PageHeader } from '../../../components/PageHeader.tsx';
import type { Membership } from '../../../contract.ts';
import { canListInvitations, canManage, useActiveSession } from '../../../session.ts';
import { canEditReportSettings } from '../reports/reportData.ts';

interface Tab {
  value: string;
  label: string;
  icon: ComponentType<{ size?: number }>;
  /** Who sees the tab (every member when absent). */
  visible?: (m: Membership | null) => boolean;
}

const TABS: Tab[] = [
  { value: 'organization', label: 'Organization', icon: IconBuilding },
  { value: 'members', label: 'Members', icon: IconUsers },
  { value: 'invitations', label: 'Invitations', icon: IconMailPlus, visible: canListInvitations },
  { value: 'tokens', label: 'API tokens', icon: IconKey, visible: canManage },
  { value: 'report', label: 'Report', icon: IconFileCertificate, visible: canEditReportSettings },
  { value: 'security', label: 'My security', icon: IconShieldLock },
];

export default function SettingsLayout() {
  const session = useActiveSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const membership = session.activeOrganization;
  const hasOrg = !!membership;
  const tabs = TABS.filter((t) => (hasOrg ? (t.visible?.(membership) ?? true) : t.value === 'security'));
  const current = pathname.split('/')[2] ?? '';

  // Without an organization only My security applies.
  if (!hasOrg && current !== 'security') return <Navigate to="/settings/security" replace />;

  return (
    <>
      <PageHeader
        title="Settings"
        description={
          hasOrg
            ? `Your account and the ${session.activeOrganization?.organization.name} organization.`
            : 'Your account.'
        }
      />
      <Tabs value={current} onChange={(v) => v && void navigate(`/settings/${v}`)} keepMounted={false}>
        <Tabs.List mb="lg">
          {tabs.map((t) => (
            <Tabs.Tab key={t.value} value={t.value} leftSection={<t.icon size={16} />}>
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value={current}>
          <Outlet />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
