// Shapes vendor rows for the API, with owners, systems and the review status on `today`.
import type { VendorCriticality, ReportOpinion, ReportType, ReviewOutcome, Vendor, VendorReport, VendorReview } from '../contract/vendors.ts';
import type { SubserviceOrganization } from '../domain/vendors/subservice.ts';
import { vendorStatus } from '../domain/vendors/cadence.ts';
import type { Db } from '../db/client.ts';
import type { PersonRow } from '../db/people.ts';
import { listVendorSystems, type VendorRow } from '../db/vendors.ts';
import { latestReports, latestReviews, type VendorReportRow, type VendorReviewRow } from '../db/vendor-reviews.ts';
import type { Scope } from './context.ts';
import { peopleById, personRef } from './people-refs.ts';

const cadenceReview = (r: VendorReviewRow) => ({ reviewedOn: r.reviewedOn, outcome: r.outcome as ReviewOutcome });
const cadenceReport = (r: VendorReportRow) => ({ type: r.type as ReportType, periodEnd: r.periodEnd, opinion: r.opinion as ReportOpinion | null });

export function statusOf(row: VendorRow, reviews: VendorReviewRow[], reports: VendorReportRow[], today: string) {
  return vendorStatus({ name: row.name, criticality: row.criticality as VendorCriticality, subservice: row.subservice }, reviews.map(cadenceReview), reports.map(cadenceReport), today);
}

/** Vendors as the API shows them; their status comes from each one's latest review and report. */
export async function presentVendors(db: Db, scope: Scope, rows: VendorRow[], today: string): Promise<Vendor[]> {
  const ids = rows.map((r) => r.id);
  // One query after another: a transaction's connection runs one query at a time.
  const owners = await peopleById(db, scope, rows.map((r) => r.ownerId));
  const links = await listVendorSystems(db, scope, ids);
  const reviews = await latestReviews(db, scope, ids);
  const reports = await latestReports(db, scope, ids);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    service: r.service,
    criticality: r.criticality as VendorCriticality,
    dataShared: r.dataShared as Vendor['dataShared'],
    owner: personRef(r.ownerId ? owners.get(r.ownerId) : undefined),
    contractStart: r.contractStart,
    contractEnd: r.contractEnd,
    website: r.website,
    notes: r.notes,
    subservice: r.subservice,
    presentationMethod: r.presentationMethod as SubserviceOrganization['method'] | null,
    csocs: r.csocs,
    systems: links.filter((l) => l.vendorId === r.id).map((l) => ({ id: l.systemId, name: l.name })),
    status: statusOf(r, reviews.filter((x) => x.vendorId === r.id), reports.filter((x) => x.vendorId === r.id), today),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  }));
}

export function presentReview(r: VendorReviewRow, people: Map<string, PersonRow>): VendorReview {
  return { id: r.id, reviewedOn: r.reviewedOn, reviewer: personRef(r.reviewerId ? people.get(r.reviewerId) : undefined), outcome: r.outcome as ReviewOutcome, notes: r.notes, createdAt: r.createdAt.toISOString() };
}

export function presentReport(r: VendorReportRow): VendorReport {
  return {
    id: r.id,
    type: r.type as ReportType,
    periodStart: r.periodStart,
    periodEnd: r.periodEnd,
    opinion: r.opinion as ReportOpinion | null,
    exceptionsNoted: r.exceptionsNoted,
    bridgeLetter: r.bridgeLetter,
    bridgeLetterDate: r.bridgeLetterDate,
    createdAt: r.createdAt.toISOString(),
  };
}
