// What the SOC 2 report is built from: the engagement's own data, gathered by the report service
// (src/services/reports.ts). Plain values only, so an issued report's input can be stored and built again.
import type { ReportType } from '../../contract/engagement-vocabulary.ts';
import type { ControlConclusion, Opinion, ProcedureType } from '../../contract/examination-vocabulary.ts';

/** One system component (DC3): a server, an application, a team, a procedure or a data set. */
export interface Comp {
  name: string;
  description: string;
  owner: string;
}

/** A control the user entity or a subservice organization is expected to operate, with the criteria it supports. */
export interface ComplementaryControl {
  text: string;
  criteria: string[];
}

export interface ReportSystem {
  name: string;
  /** Markdown (DC1). */
  servicesProvided: string;
  /** Markdown (DC1). */
  boundaries: string;
  /** DC2. */
  commitments: Array<{ commitment: string; source: string; reference: string }>;
  /** DC3. */
  components: { infrastructure: Comp[]; software: Comp[]; people: Comp[]; procedures: Comp[]; data: Array<Comp & { classification: string }> };
  /** Markdown (DC4). */
  incidents: string;
  /** DC6. */
  cuecs: ComplementaryControl[];
  /** DC7. */
  subserviceOrganizations: Array<{ name: string; service: string; method: 'carve_out' | 'inclusive'; csocs: ComplementaryControl[] }>;
  /** DC8. */
  notRelevant: Array<{ criterionId: string; reason: string }>;
  /** DC9. */
  significantChanges: Array<{ date: string; description: string }>;
}

export interface ReportException {
  id: string;
  description: string;
  /** Management's own words; null with `noResponseStated` when management chose to give none. */
  managementResponse: string | null;
  /** Management was asked and stated it gives no response (the report says so instead of leaving a gap). */
  noResponseStated?: boolean;
}

export interface ReportTest {
  controlId: string;
  procedures: Array<{ type: ProcedureType; text: string }>;
  /** null: every item was examined, or the test was not sampled. */
  sampleSize: number | null;
  populationSize: number | null;
  conclusion: ControlConclusion;
  /** Already worded, e.g. "No exceptions noted." or "Exception noted: 2 of 25 …". */
  resultText: string;
  exceptions: ReportException[];
}

export interface ReportInput {
  reportType: ReportType;
  /** ISO date, Type I. */
  asOf: string | null;
  /** ISO dates, Type II. */
  periodStart: string | null;
  periodEnd: string | null;
  /** ISO date the report is dated. */
  reportDate: string;
  serviceOrganization: { name: string };
  firm: { name: string; city: string };
  system: ReportSystem;
  /** Optional categories in scope ('availability', …); security is always in scope. */
  categories: string[];
  /** In-scope criteria in catalog order. */
  criteria: Array<{ id: string; category: string; title: string }>;
  controls: Array<{ id: string; code: string; title: string; description: string; criteria: string[] }>;
  /** Type II only; empty for Type I. */
  tests: ReportTest[];
  opinion: { opinion: Opinion; basis: string; affectedCriteria: string[] } | null;
  assertion: { acceptedBy: string | null; acceptedAt: string | null };
  /** When set, an assertion management has not accepted fails the report's checks. */
  requireAcceptedAssertion?: boolean;
}
