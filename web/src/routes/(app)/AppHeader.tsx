import { Burger, Group } from '@mantine/core';
import { Link } from 'react-router';
import type { Session } from '../../contract.ts';
import { Logo } from '../../components/Logo.tsx';
import { OrgSwitcher } from './OrgSwitcher.tsx';
import { UserMenu } from './UserMenu.tsx';
import { NotificationBell } from './NotificationBell.tsx';

export function AppHeader({ session, navOpened, onToggleNav }: {
  session: Session;
  navOpened?: boolean;
  onToggleNav?: () => void;
}) {
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="md">
      <Group gap="md" wrap="nowrap" style={{ minWidth: 0 }}>
        {onToggleNav && (
          <Burger opened={!!navOpened} onClick={onToggleNav} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
        )}
        <Link to="/" aria-label="attest" style={{ color: 'inherit', textDecoration: 'none' }}>
          <Logo />
        </Link>
        {session.memberships.length > 0 && <OrgSwitcher session={session} />}
      </Group>
      <Group gap="xs" wrap="nowrap">
        {session.activeOrganization && <NotificationBell />}
        <UserMenu session={session} />
      </Group>
    </Group>
  );
}
