// Where an examination stands: controls by test status, the engagement's requests, sign-offs pending, exceptions
// and a weekly burn-down. The firm sees it all; the service organization sees its request counts only.
import { z } from 'zod';
import { Uuid } from './api.ts';

export const CONTROL_TEST_STATUSES = ['not_planned', 'planned', 'sampled', 'in_progress', 'operating_effectively', 'exceptions_noted', 'not_tested'] as const;
export const ControlTestStatus = z.enum(CONTROL_TEST_STATUSES);
export type ControlTestStatus = z.infer<typeof ControlTestStatus>;

export const RequestCounts = z.object({
  total: z.number().int(),
  /** Waiting on the organization (open or returned). */
  open: z.number().int(),
  /** Open and past the due date. */
  overdue: z.number().int(),
  /** Submitted or accepted. */
  answered: z.number().int(),
  accepted: z.number().int(),
});

export const DashboardControl = z.object({
  id: Uuid,
  code: z.string(),
  title: z.string(),
  status: ControlTestStatus,
  sampleSize: z.number().int().nullable(),
  results: z.object({ pass: z.number().int(), deviation: z.number().int(), notApplicable: z.number().int(), pending: z.number().int() }),
});

export const EngagementDashboard = z.object({
  engagementId: Uuid,
  side: z.enum(['firm', 'service_org']),
  asOf: z.string(),
  requests: RequestCounts,
  /** Firm only (null for the organization). */
  controls: z.object({ counts: z.record(ControlTestStatus, z.number().int()), items: z.array(DashboardControl) }).nullable(),
  signoffs: z.object({
    tests: z.number().int(),
    /** Tests with no current preparer sign-off. */
    awaitingPreparer: z.number().int(),
    /** Tests prepared but with no current reviewer sign-off. */
    awaitingReviewer: z.number().int(),
    /** Tests whose work changed after the reviewer signed. */
    changedSinceReview: z.number().int(),
  }).nullable(),
  exceptions: z.object({ count: z.number().int(), sent: z.number().int(), responded: z.number().int(), material: z.number().int() }).nullable(),
  /** One point per week from the first request or selection to now: what was still open at the end of that week. */
  burndown: z.array(z.object({ weekStart: z.string(), openSampleItems: z.number().int(), openRequests: z.number().int() })).nullable(),
});
export type EngagementDashboard = z.infer<typeof EngagementDashboard>;
