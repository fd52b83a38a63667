// The route table. It mirrors the folder tree under ./routes one to one:
//   routes/layout.tsx                 → the root (setup gate), every route below
//   routes/setup/page.tsx             → /setup
//   routes/login/page.tsx             → /login
//   routes/login/mfa/page.tsx         → /login/mfa
//   routes/invite/[token]/page.tsx    → /invite/:token
//   routes/verify/page.tsx            → /verify (public: checks a report file, no session)
//   routes/trust/[slug]/page.tsx      → /trust/:slug (public: an organization's trust page, no session)
//   routes/(app)/layout.tsx           → the signed-in shell (a group: adds no path segment)
//   routes/(app)/page.tsx             → /
//   routes/(app)/<area>/page.tsx      → /<area>
//   routes/(app)/catalog/[id]/page.tsx → /catalog/:id
//   routes/(app)/scope/[systemId]/layout.tsx → /scope/:systemId (tabs), page.tsx its index, one folder per tab
//   routes/(app)/controls/[controlId]/page.tsx → /controls/:controlId
//   routes/(app)/policies/[policyId]/page.tsx → /policies/:policyId (also vendors/[vendorId], risks/[riskId])
//   routes/(app)/audits/[engagementId]/layout.tsx → /audits/:engagementId (tabs), page.tsx its index (Overview), one folder per tab
//   routes/(app)/settings/layout.tsx  → /settings (tabs), with one folder per tab
//   routes/not-found.tsx              → anything else
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import RootLayout from './routes/layout.tsx';
import RouteError from './routes/error.tsx';
import NotFoundPage from './routes/not-found.tsx';
import SetupPage from './routes/setup/page.tsx';
import LoginPage from './routes/login/page.tsx';
import LoginMfaPage from './routes/login/mfa/page.tsx';
import AcceptInvitationPage from './routes/invite/[token]/page.tsx';
import AppLayout from './routes/(app)/layout.tsx';
import HomePage from './routes/(app)/page.tsx';
import ScopePage from './routes/(app)/scope/page.tsx';
import SystemLayout from './routes/(app)/scope/[systemId]/layout.tsx';
import SystemOverviewPage from './routes/(app)/scope/[systemId]/page.tsx';
import CommitmentsPage from './routes/(app)/scope/[systemId]/commitments/page.tsx';
import ComponentsPage from './routes/(app)/scope/[systemId]/components/page.tsx';
import IncidentsPage from './routes/(app)/scope/[systemId]/incidents/page.tsx';
import CuecsPage from './routes/(app)/scope/[systemId]/cuecs/page.tsx';
import SubserviceOrganizationsPage from './routes/(app)/scope/[systemId]/subservice-organizations/page.tsx';
import NotRelevantPage from './routes/(app)/scope/[systemId]/not-relevant/page.tsx';
import ChangesPage from './routes/(app)/scope/[systemId]/changes/page.tsx';
import DescriptionPage from './routes/(app)/scope/[systemId]/description/page.tsx';
import ControlsPage from './routes/(app)/controls/page.tsx';
import ControlPage from './routes/(app)/controls/[controlId]/page.tsx';
import PoliciesPage from './routes/(app)/policies/page.tsx';
import PolicyPage from './routes/(app)/policies/[policyId]/page.tsx';
import ReadinessPage from './routes/(app)/readiness/page.tsx';
import PeoplePage from './routes/(app)/people/page.tsx';
import VendorsPage from './routes/(app)/vendors/page.tsx';
import VendorPage from './routes/(app)/vendors/[vendorId]/page.tsx';
import RisksPage from './routes/(app)/risks/page.tsx';
import RequestsPage from './routes/(app)/requests/page.tsx';
import RequestPage from './routes/(app)/requests/[requestId]/page.tsx';
import RiskPage from './routes/(app)/risks/[riskId]/page.tsx';
import EvidencePage from './routes/(app)/evidence/page.tsx';
import EvidenceItemPage from './routes/(app)/evidence/[evidenceId]/page.tsx';
import FreshnessPage from './routes/(app)/freshness/page.tsx';
import AuditsPage from './routes/(app)/audits/page.tsx';
import EngagementLayout from './routes/(app)/audits/[engagementId]/layout.tsx';
import EngagementOverviewPage from './routes/(app)/audits/[engagementId]/page.tsx';
import ClientProgramPage from './routes/(app)/audits/[engagementId]/client-program/page.tsx';
import DesignReviewPage from './routes/(app)/audits/[engagementId]/design-review/page.tsx';
import TestPlansPage from './routes/(app)/audits/[engagementId]/test-plans/page.tsx';
import TestPlanPage from './routes/(app)/audits/[engagementId]/test-plans/[planId]/page.tsx';
import FindingsPage from './routes/(app)/audits/[engagementId]/findings/page.tsx';
import OpinionPage from './routes/(app)/audits/[engagementId]/opinion/page.tsx';
import EngagementDashboardPage from './routes/(app)/audits/[engagementId]/dashboard/page.tsx';
import EngagementReportPage from './routes/(app)/audits/[engagementId]/report/page.tsx';
import ReportsPage from './routes/(app)/reports/page.tsx';
import TrustPortalPage from './routes/(app)/trust-portal/page.tsx';
import CatalogPage from './routes/(app)/catalog/page.tsx';
import CriterionPage from './routes/(app)/catalog/[id]/page.tsx';
import AuditLogPage from './routes/(app)/audit-log/page.tsx';
import SettingsLayout from './routes/(app)/settings/layout.tsx';
import OrganizationSettingsPage from './routes/(app)/settings/organization/page.tsx';
import MembersPage from './routes/(app)/settings/members/page.tsx';
import InvitationsPage from './routes/(app)/settings/invitations/page.tsx';
import TokensPage from './routes/(app)/settings/tokens/page.tsx';
import SecurityPage from './routes/(app)/settings/security/page.tsx';
import ReportSettingsPage from './routes/(app)/settings/report/page.tsx';
import VerifyPage from './routes/verify/page.tsx';
import PublicTrustPage from './routes/trust/[slug]/page.tsx';

export const routes: RouteObject[] = [
  {
    path: '/',
    Component: RootLayout,
    ErrorBoundary: RouteError,
    children: [
      { path: 'setup', Component: SetupPage },
      { path: 'login', Component: LoginPage },
      { path: 'login/mfa', Component: LoginMfaPage },
      { path: 'invite/:token', Component: AcceptInvitationPage },
      { path: 'verify', Component: VerifyPage },
      { path: 'trust/:slug', Component: PublicTrustPage },
      {
        Component: AppLayout,
        children: [
          { index: true, Component: HomePage },
          { path: 'scope', Component: ScopePage },
          {
            path: 'scope/:systemId',
            Component: SystemLayout,
            children: [
              { index: true, Component: SystemOverviewPage },
              { path: 'commitments', Component: CommitmentsPage },
              { path: 'components', Component: ComponentsPage },
              { path: 'incidents', Component: IncidentsPage },
              { path: 'cuecs', Component: CuecsPage },
              { path: 'subservice-organizations', Component: SubserviceOrganizationsPage },
              { path: 'not-relevant', Component: NotRelevantPage },
              { path: 'changes', Component: ChangesPage },
              { path: 'description', Component: DescriptionPage },
            ],
          },
          { path: 'controls', Component: ControlsPage },
          { path: 'controls/:controlId', Component: ControlPage },
          { path: 'readiness', Component: ReadinessPage },
          { path: 'policies', Component: PoliciesPage },
          { path: 'policies/:policyId', Component: PolicyPage },
          { path: 'people', Component: PeoplePage },
          { path: 'vendors', Component: VendorsPage },
          { path: 'vendors/:vendorId', Component: VendorPage },
          { path: 'risks', Component: RisksPage },
          { path: 'risks/:riskId', Component: RiskPage },
          { path: 'requests', Component: RequestsPage },
          { path: 'requests/:requestId', Component: RequestPage },
          { path: 'evidence', Component: EvidencePage },
          { path: 'evidence/:evidenceId', Component: EvidenceItemPage },
          { path: 'freshness', Component: FreshnessPage },
          { path: 'audits', Component: AuditsPage },
          {
            path: 'audits/:engagementId',
            Component: EngagementLayout,
            children: [
              { index: true, Component: EngagementOverviewPage },
              { path: 'client-program', Component: ClientProgramPage },
              { path: 'design-review', Component: DesignReviewPage },
              { path: 'test-plans', Component: TestPlansPage },
              { path: 'test-plans/:planId', Component: TestPlanPage },
              { path: 'findings', Component: FindingsPage },
              { path: 'opinion', Component: OpinionPage },
              { path: 'dashboard', Component: EngagementDashboardPage },
              { path: 'report', Component: EngagementReportPage },
            ],
          },
          { path: 'reports', Component: ReportsPage },
          { path: 'trust-portal', Component: TrustPortalPage },
          { path: 'catalog', Component: CatalogPage },
          { path: 'catalog/:id', Component: CriterionPage },
          { path: 'audit-log', Component: AuditLogPage },
          {
            path: 'settings',
            Component: SettingsLayout,
            children: [
              { index: true, element: <Navigate to="organization" replace /> },
              { path: 'organization', Component: OrganizationSettingsPage },
              { path: 'members', Component: MembersPage },
              { path: 'invitations', Component: InvitationsPage },
              { path: 'tokens', Component: TokensPage },
              { path: 'security', Component: SecurityPage },
              { path: 'report', Component: ReportSettingsPage },
            ],
          },
        ],
      },
      { path: '*', Component: NotFoundPage },
    ],
  },
];

export const router = createBrowserRouter(routes);
