// The API contract's types and shared values, re-exported for the web app (never database rows).
export type {
  AcceptInvitationRequest, ApiToken, ApiTokenList, AuditEntry, AuditPage, CreateApiTokenRequest, CreatedApiToken,
  CreatedInvitation, CreateInvitationRequest, Criterion, CriterionCategory, CriterionList, Invitation, InvitationList,
  InvitationPreview, LoginResponse, Member, MemberList, Membership, MfaEnrolment, Organization, RecoveryCodes, Session,
  SessionState, SetupRequest, SetupStatus, UpdateOrganizationRequest,
} from '../../src/contract/api.ts';
export type { OrganizationKind, Role } from '../../src/contract/roles.ts';

// Values shared with the API: role names and which roles each kind of organization has.
export { ORGANIZATION_KINDS, ROLE_LABELS, ROLES_BY_KIND, roleFitsKind } from '../../src/contract/roles.ts';

// The SOC 2 program: systems (scope, DC1–DC9), people and controls.
export type {
  Components, Control, ControlFrequency, ControlList, ControlNature, ControlTemplate, ControlType, OptionalCategory,
  Person, PersonList, PersonRef, System, SystemDescription, SystemFields, SystemList, SystemSummary,
} from '../../src/contract/program.ts';
export {
  COMMITMENT_SOURCES, CONTROL_FREQUENCIES, CONTROL_NATURES, CONTROL_TYPES, DATA_CLASSIFICATIONS, FREQUENCY_LABELS,
  NATURE_LABELS, OPTIONAL_CATEGORIES, SUBSERVICE_METHODS, TYPE_LABELS,
} from '../../src/contract/program.ts';

// The request and element shapes the contract declares only as schemas: their types, inferred (not redefined).
import type { z } from 'zod';
import type * as program from '../../src/contract/program.ts';
export type CreateSystemRequest = z.input<typeof program.CreateSystemRequest>;
export type UpdateSystemRequest = z.input<typeof program.UpdateSystemRequest>;
export type Commitment = z.infer<typeof program.Commitment>;
export type SystemComponent = z.infer<typeof program.Component>;
export type DataComponent = z.infer<typeof program.DataComponent>;
export type MappedText = z.infer<typeof program.MappedText>;
export type SubserviceOrganization = z.infer<typeof program.SubserviceOrganization>;
export type NotRelevantCriterion = z.infer<typeof program.NotRelevantCriterion>;
export type SignificantChange = z.infer<typeof program.SignificantChange>;
export type DescriptionSection = z.infer<typeof program.DescriptionSection>;
export type CreateControlRequest = z.input<typeof program.CreateControlRequest>;
export type UpdateControlRequest = z.input<typeof program.UpdateControlRequest>;
export type AdoptControlsRequest = z.input<typeof program.AdoptControlsRequest>;
export type AdoptControlsResult = z.infer<typeof program.AdoptControlsResult>;
export type ControlTemplateList = z.infer<typeof program.ControlTemplateList>;
export type CreatePersonRequest = z.input<typeof program.CreatePersonRequest>;
export type CommitmentSource = Commitment['source'];
export type DataClassification = DataComponent['classification'];
export type SubserviceMethod = SubserviceOrganization['method'];

// The library's area names (AC → Access control). They live beside the library, not yet in the contract.
export { areaLabel, CONTROL_AREAS } from '../../src/contract/program.ts';

// Policies, vendors, risks and readiness (types and shared values from the contract).
export type {
  Acknowledgement, AcknowledgementStatus, AdoptPoliciesResult, Policy, PolicyDiff, PolicyList, PolicyTemplateDetail,
  PolicyTemplateList, PolicyTemplateSummary, PolicyVersion, PolicyVersionList, PolicyVersionStatus, PolicyVersionSummary,
  UserRef,
} from '../../src/contract/policies.ts';
export { POLICY_STATUSES } from '../../src/contract/policies.ts';
export type {
  CreateVendorReportRequest, CreateVendorRequest, CreateVendorReviewRequest, DataShared, ReportOpinion, ReportState,
  ReportType as VendorReportType, ReviewOutcome, ReviewState as VendorReviewState, UpdateVendorRequest, Vendor, VendorCriticality,
  VendorDetail, VendorList, VendorReminderList, VendorReport, VendorReview, VendorStatus,
} from '../../src/contract/vendors.ts';
export { REPORT_OPINIONS, REPORT_TYPES, REVIEW_OUTCOMES, VENDOR_CRITICALITIES } from '../../src/contract/vendors.ts';
export type {
  AssessmentStatus, CreateRiskAssessmentRequest, CreateRiskRequest, HeatCell, HeatMap, Risk, RiskAssessment,
  RiskAssessmentList, RiskBasis, RiskCategory, RiskLevel, RiskList, RiskRating, RiskStatus, RiskSummary, RiskTreatment,
  ScoredRating, UpdateRiskRequest,
} from '../../src/contract/risks.ts';
export { RISK_CATEGORIES, RISK_LEVELS, RISK_STATUSES, RISK_TREATMENTS } from '../../src/contract/risks.ts';
export type { Gap, Readiness } from '../../src/contract/readiness.ts';
import type * as policies from '../../src/contract/policies.ts';
import type * as readiness from '../../src/contract/readiness.ts';
export type CreatePolicyRequest = z.input<typeof policies.CreatePolicyRequest>;
export type UpdatePolicyRequest = z.input<typeof policies.UpdatePolicyRequest>;
export type PolicyStatus = z.infer<typeof policies.PolicyStatus>;
export type PolicyReviewState = z.infer<typeof policies.ReviewState>;
export type ReadinessReportType = z.infer<typeof readiness.ReportType>;

// The evidence vault: immutable files linked to controls, criteria and a period.
export type {
  EvidenceControlRef, EvidenceDetail, EvidenceItem, EvidenceList, EvidenceMetadataInput, EvidenceReceipt, EvidenceSource,
  EvidenceStatus, EvidenceSummary,
} from '../../src/contract/evidence.ts';
export { EVIDENCE_SOURCE_LABELS, EVIDENCE_SOURCES, EVIDENCE_STATUS_LABELS } from '../../src/contract/evidence.ts';

// Evidence freshness: a control's evidence windows and the reminders of evidence due.
export type {
  ControlFreshness, EvidenceReminder, EvidenceReminderList, FreshnessControlRef, FreshnessWindow, NextDue, WindowStatus,
} from '../../src/contract/freshness.ts';
export { DEFAULT_DUE_WITHIN_DAYS } from '../../src/contract/freshness.ts';

// The ledger's integrity: the instance public key, signed checkpoints, verification runs.
export type { Checkpoint, CheckpointList, PublicKey, Verification, VerificationFailure } from '../../src/contract/ledger.ts';

// Engagements: one examination between a service organization and its audit firm (terms, team, documents, phases).
export type {
  Counterparties, Engagement, EngagementDocument, EngagementList, EngagementStatus, EngagementSummary, TeamMember,
} from '../../src/contract/engagements.ts';
export { ENGAGEMENT_VIEW_HEADER } from '../../src/contract/engagements.ts';
import type * as engagements from '../../src/contract/engagements.ts';
export type ProposeEngagementRequest = z.input<typeof engagements.ProposeEngagementRequest>;
export type RespondEngagementRequest = z.input<typeof engagements.RespondEngagementRequest>;
export type EngagementReportType = z.infer<typeof engagements.ReportType>;
export type EngagementSide = z.infer<typeof engagements.EngagementSide>;
export type TeamRole = z.infer<typeof engagements.TeamRole>;
// The engagement's phases and the period rule, from the domain (the same functions the API checks with).
export { ENGAGEMENT_STATUS_LABELS, phases as engagementPhases } from '../../src/domain/engagement/status.ts';
export { MIN_TYPE2_MONTHS, MAX_TYPE2_MONTHS, REPORT_TYPE_LABELS as ENGAGEMENT_REPORT_TYPE_LABELS, periodEndAfter, shorterThan } from '../../src/domain/engagement/terms.ts';

// The examination's workpapers: design review (Stage 1), test plans, the opinion and the engagement dashboard.
export type {
  Conclusion as DesignConclusionValue, DesignConclusion, DesignWorksheet, Observation, ObservationList, SubjectKind, WorksheetCriterion,
} from '../../src/contract/design-review.ts';
export type { OpinionDecision, OpinionInputs, OpinionProposal, OpinionState } from '../../src/contract/opinion.ts';
export type { ControlTestStatus, EngagementDashboard } from '../../src/contract/engagement-dashboard.ts';
export { CONTROL_TEST_STATUSES } from '../../src/contract/engagement-dashboard.ts';
export type {
  ExceptionList, Procedure, SampleItem, SentException, Signoff, TestException, TestPlan, TestPlanDetail, TestPlanList, WorkpaperNote,
} from '../../src/contract/test-plans.ts';
export { SAMPLING_METHODS, SELECTION_ALGORITHM } from '../../src/contract/test-plans.ts';
export {
  CONTROL_CONCLUSION_LABELS, CONTROL_CONCLUSIONS, DESCRIPTION_CONCLUSION_LABELS, DESCRIPTION_CONCLUSIONS, DESIGN_CONCLUSION_LABELS,
  DESIGN_CONCLUSIONS, OPINION_LABELS, OPINIONS, PROCEDURE_TYPE_LABELS, PROCEDURE_TYPES, ROOT_CAUSE_CLASSIFICATIONS, ROOT_CAUSE_HINTS,
  ROOT_CAUSE_LABELS, SAMPLE_RESULT_LABELS, SAMPLE_RESULTS,
} from '../../src/contract/examination-vocabulary.ts';
export type { ControlConclusion, Opinion, ProcedureType, RootCauseClassification, SampleResult } from '../../src/contract/examination-vocabulary.ts';
import type * as opinionContract from '../../src/contract/opinion.ts';
import type * as testPlans from '../../src/contract/test-plans.ts';
export type DecideOpinionRequest = z.input<typeof opinionContract.DecideOpinionRequest>;
export type SetPopulationRequest = z.input<typeof testPlans.SetPopulationRequest>;
export type SetSampleSizeRequest = z.input<typeof testPlans.SetSampleSizeRequest>;
export type RecordResultRequest = z.input<typeof testPlans.RecordResultRequest>;
export type RecordExceptionRequest = z.input<typeof testPlans.RecordExceptionRequest>;
export type AddNoteRequest = z.input<typeof testPlans.AddNoteRequest>;
// The sampling core (pure): the sample size calculator previews with the same functions the API records with.
export { attributeSampleSize, frequencySampleSize, SamplingInputError } from '../../src/domain/sampling/index.ts';

// The SOC 2 report: the draft and its checks, management's assertion, issued reports, public verification, firm settings.
export type {
  Assertion as ReportAssertion, CheckFailure, FirmReportSettings, IssuePreconditions, ReportDraft, ReportFormat, ReportList, ReportSummary,
  VerifyResult,
} from '../../src/contract/reports.ts';
export { REPORT_FORMATS } from '../../src/contract/reports.ts';
import type * as reportsContract from '../../src/contract/reports.ts';
export type IssueReportRequest = z.input<typeof reportsContract.IssueReportRequest>;
export type UpdateFirmReportSettings = z.input<typeof reportsContract.UpdateFirmReportSettings>;
export type VerifiedReport = NonNullable<z.infer<typeof reportsContract.VerifyResult>['report']>;

// The trust portal: the organization's page, access requests and log, bridge letters, and the public page.
export type {
  AccessGrant, AccessLog, AccessRequest, BridgeLetter, OfferedReport, PublicTrustPage, TrustPageSettings,
} from '../../src/contract/trust.ts';
import type * as trustContract from '../../src/contract/trust.ts';
export type UpdateTrustPageRequest = z.input<typeof trustContract.UpdateTrustPageRequest>;
export type AccessStatus = z.infer<typeof trustContract.AccessStatus>;
