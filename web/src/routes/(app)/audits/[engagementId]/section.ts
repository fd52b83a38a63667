// What the engagement page's layout hands to each tab (through the router's outlet context), and the tabs.
import { useOutletContext } from 'react-router';
import type { Engagement } from '../../../../contract.ts';

export interface EngagementContext {
  engagement: Engagement;
}

export const useEngagementContext = () => useOutletContext<EngagementContext>();

export interface EngagementTab {
  value: string;
  label: string;
  /** Whether the viewer sees the tab at all. */
  shows: (e: Engagement) => boolean;
}

const accepted = (e: Engagement) => !['proposed', 'declined', 'withdrawn'].includes(e.status);
/** The firm's team (by action), once the engagement is accepted. */
const firmTeam = (e: Engagement, action: string) => e.viewer.side === 'firm' && e.viewer.actions.includes(action) && accepted(e);

export const ENGAGEMENT_TABS: EngagementTab[] = [
  { value: 'overview', label: 'Overview', shows: () => true },
  { value: 'client-program', label: 'Client program', shows: (e) => firmTeam(e, 'engagement.view_client') },
  { value: 'design-review', label: 'Design review', shows: (e) => firmTeam(e, 'workpaper.read') },
  { value: 'test-plans', label: 'Test plans', shows: (e) => firmTeam(e, 'workpaper.read') },
  { value: 'findings', label: 'Findings', shows: (e) => e.viewer.side === 'service_org' && accepted(e) },
  { value: 'opinion', label: 'Opinion', shows: (e) => accepted(e) && (e.viewer.side === 'service_org' || e.viewer.actions.includes('workpaper.read')) },
  { value: 'dashboard', label: 'Dashboard', shows: (e) => accepted(e) && (e.viewer.side === 'service_org' || e.viewer.actions.includes('workpaper.read')) },
  // The report: both sides read the draft; the organization's admin accepts the assertion, the engagement partner issues.
  { value: 'report', label: 'Report', shows: (e) => accepted(e) && e.viewer.actions.includes('engagement.read') },
];
