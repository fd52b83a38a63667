// The signed-in session: one react-query entry shared by the whole app, plus what a role may do.
import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { Membership, Session } from '../../src/contract/api.ts';
import type { OrganizationKind, Role } from '../../src/contract/roles.ts';
import { api, isApiError, setCsrfToken } from './api.ts';

export const sessionKey = ['session'] as const;
export const setupKey = ['setup'] as const;

/** The current session, or null when nobody is signed in. */
export async function fetchSession(): Promise<Session | null> {
  try {
    const session = await api.get<Session>('/api/v1/session');
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useSession() {
  return useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: 30_000 });
}

/** The session when the caller is inside the signed-in shell (which guarantees one). */
export function useActiveSession(): Session {
  const { data } = useSession();
  if (!data) throw new Error('useActiveSession outside the signed-in shell');
  return data;
}

/** Stores a Session the API answered (setup, MFA, invitation, org switch). */
export function applySession(queryClient: QueryClient, session: Session): void {
  setCsrfToken(session.csrfToken);
  queryClient.setQueryData(sessionKey, session);
}

/** Forgets everything cached for the previous user or organization. */
export function clearSessionData(queryClient: QueryClient): void {
  setCsrfToken(null);
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'setup' });
  queryClient.setQueryData(sessionKey, null);
}

export const KIND_LABELS: Record<OrganizationKind, string> = {
  service_org: 'Service organization',
  audit_firm: 'Audit firm',
};

export const KIND_DESCRIPTIONS: Record<OrganizationKind, string> = {
  service_org: 'You run a SOC 2 program and are examined by a CPA firm.',
  audit_firm: 'You are a CPA firm that performs SOC 2 examinations for clients.',
};

export const CAN_MANAGE: readonly Role[] = ['admin', 'partner'];
export const CAN_READ_AUDIT_LOG: readonly Role[] = ['admin', 'partner', 'compliance_manager'];
export const CAN_LIST_INVITATIONS: readonly Role[] = ['admin', 'partner', 'compliance_manager'];

/** Admin / partner: members, invitations, API tokens, organization settings. */
export function canManage(membership: Membership | null | undefined): boolean {
  return !!membership && CAN_MANAGE.includes(membership.role);
}

export function canReadAuditLog(membership: Membership | null | undefined): boolean {
  return !!membership && CAN_READ_AUDIT_LOG.includes(membership.role);
}

/** Admin / partner / compliance manager see invitations; only admin / partner send or revoke them. */
export function canListInvitations(membership: Membership | null | undefined): boolean {
  return !!membership && CAN_LIST_INVITATIONS.includes(membership.role);
}

export const CAN_WRITE_PROGRAM: readonly Role[] = ['admin', 'compliance_manager'];

/** A service organization runs a SOC 2 program (systems, controls, people); an audit firm examines one. */
export function runsProgram(membership: Membership | null | undefined): boolean {
  return !!membership && membership.organization.kind === 'service_org';
}

/** Admin / compliance manager write systems, controls and people; the other service-organization roles read them. */
export function canWriteProgram(membership: Membership | null | undefined): boolean {
  return runsProgram(membership) && CAN_WRITE_PROGRAM.includes(membership!.role);
}
