// Default test procedures for each control of the starter library, written
// for attest in its own words. Each list opens with an inquiry of the people
// who run the control, then the steps that give evidence of operation:
// inspection of records for sampled occurrences (manual controls), and
// observation or inspection of configuration plus re-performance (automated
// controls). An auditor edits them per engagement; these are the starting point.
//
// Texts are imperative and open with one of PROCEDURE_VERBS, so the report
// model can turn them into the past tense of Section IV.
import type { ProcedureType } from './types.ts';

const I: ProcedureType = 'inquiry';
const O: ProcedureType = 'observation';
const N: ProcedureType = 'inspection';
const R: ProcedureType = 'reperformance';

type Steps = readonly (readonly [ProcedureType, string])[];

/** Bump when the shipped procedure texts change. */
export const PROCEDURE_LIBRARY_VERSION = 'attest-procedures-1';

export const PROCEDURE_STEPS: Readonly<Record<string, Steps>> = {
  // ------------------------------------------------------------------ GOV
  'GOV-01': [
    [I, 'Inquire of People Operations how the code of conduct is acknowledged at hire and each year, and how people who have not acknowledged it are followed up.'],
    [N, 'Inspect the code of conduct in effect during the period for its approval date.'],
    [N, 'Inspect acknowledgement records for sampled new hires to determine whether each acknowledged within the first week of employment.'],
    [N, 'Inspect the annual acknowledgement report and the follow-up for anyone outstanding at the cycle deadline.'],
  ],
  'GOV-02': [
    [I, 'Inquire of management how often the board or its committee meets and what security and compliance information it receives.'],
    [N, 'Inspect the minutes of sampled board or committee meetings to determine whether security, risk, audit results and open deficiencies were reported and discussed.'],
    [N, 'Inspect the meeting calendar for the period to determine whether the board or committee met at least once in each quarter.'],
  ],
  'GOV-03': [
    [I, 'Inquire of management about the oversight charter and how the independence of board or committee members is established.'],
    [N, 'Inspect the charter to determine whether it assigns oversight of security and compliance and requires at least one member independent of management.'],
    [N, 'Inspect the member roster and the record of the latest annual review of the charter and members\u2019 expertise.'],
  ],
  'GOV-04': [
    [I, 'Inquire of People Operations how the organization chart is maintained and when leadership reviews it.'],
    [N, 'Inspect the current organization chart to determine whether it shows reporting lines for each in-scope function.'],
    [N, 'Inspect the evidence of each semi-annual review in the period, and of any review after a reorganization.'],
  ],
  'GOV-05': [
    [I, 'Inquire of executive management who is accountable for the information security program and how that person was appointed.'],
    [N, 'Inspect the appointment record and the documented security and compliance responsibilities of the relevant roles.'],
    [N, 'Inspect the record of the latest annual review of these assignments to determine whether it took place within the last twelve months.'],
  ],
  'GOV-06': [
    [I, 'Inquire of the channel owner how misconduct reports are received, logged, assigned and closed.'],
    [N, 'Inspect the handbook or intranet page to determine whether the confidential channel and its anonymous option are communicated to staff and outside parties.'],
    [N, 'Inspect the case records of sampled reports to determine whether each was logged, investigated by someone not involved and closed with a recorded outcome.'],
  ],
  'GOV-07': [
    [I, 'Inquire of People Operations how breaches of the code of conduct or security policies are handled and recorded.'],
    [N, 'Inspect the disciplinary policy in effect during the period.'],
    [N, 'Inspect sampled cases from the period\u2019s case log to determine whether the violation and the action taken were documented.'],
  ],
  'GOV-08': [
    [I, 'Inquire of the committee chair about the committee\u2019s membership, agenda and how action items are tracked.'],
    [N, 'Inspect the agendas and minutes of sampled monthly meetings to determine whether security metrics, risks, remediation and planned changes were reviewed.'],
    [N, 'Inspect the action-item tracker to determine whether items raised at the sampled meetings were followed through to closure.'],
  ],
  'GOV-09': [
    [I, 'Inquire of management how the delegation of authority matrix is maintained and approved.'],
    [N, 'Inspect the current matrix and its approval record.'],
    [N, 'Inspect the record of the most recent annual review to determine whether it occurred within the last twelve months.'],
  ],
  'GOV-10': [
    [I, 'Inquire of the legal team how security commitments are included in customer agreements and how non-standard terms are approved.'],
    [N, 'Inspect the standard customer agreement and security addendum for the security commitments they contain.'],
    [N, 'Inspect the signed agreements of sampled new customer contracts to determine whether they include the standard terms or legal approval of any deviation.'],
  ],
  'GOV-11': [
    [I, 'Inquire of management how the public security information is written, reviewed and kept current.'],
    [N, 'Inspect an archived copy of the page as published during the period, including the customer responsibilities it describes.'],
    [N, 'Inspect the record of the latest review of the page to determine whether it was reviewed within the last twelve months.'],
  ],
  'GOV-12': [
    [I, 'Inquire of the security team how externally reported security issues are received, acknowledged and resolved.'],
    [N, 'Inspect the published reporting channel to determine whether it tells outside parties how to report an issue.'],
    [N, 'Inspect the tickets of sampled reports from the intake log to determine whether each was acknowledged within the target time and resolved.'],
  ],
  'GOV-13': [
    [I, 'Inquire of management who maintains the system description and how changes to it are approved.'],
    [N, 'Inspect the system description\u2019s version history to determine whether it was reviewed and approved within the last twelve months.'],
    [O, 'Observe the internal location where staff can read the current system description.'],
  ],
  // ------------------------------------------------------------------- HR
  'HR-01': [
    [I, 'Inquire of People Operations which background checks are required before hire and how exceptions are approved.'],
    [N, 'Inspect the completed background check for sampled hires from the period to determine whether it was completed before the start date, or an exception was approved.'],
  ],
  'HR-02': [
    [I, 'Inquire of People Operations how job descriptions define required skills and how candidates are assessed against them.'],
    [N, 'Inspect the job descriptions of sampled in-scope roles to determine whether they state responsibilities and required skills.'],
    [N, 'Inspect the interview scorecards or hiring records of sampled hires for an assessment against the role\u2019s requirements.'],
  ],
  'HR-03': [
    [I, 'Inquire of People Operations when confidentiality agreements are signed during onboarding.'],
    [N, 'Inspect the signed agreement of sampled new hires and contractors to determine whether it was dated on or before the date their access was granted.'],
  ],
  'HR-04': [
    [I, 'Inquire of the training owner how security awareness training is assigned, tracked and escalated when overdue.'],
    [N, 'Inspect the training content used during the period for its security topics.'],
    [N, 'Inspect the completion report exported from the learning platform for sampled employees, and the escalation records for those overdue.'],
  ],
  'HR-05': [
    [I, 'Inquire of the security team how phishing simulations are run and how people who fail are followed up.'],
    [N, 'Inspect the campaign report of sampled quarters to determine whether a simulation ran in each.'],
    [N, 'Inspect the records of follow-up training assigned to people who failed the sampled campaigns.'],
  ],
  'HR-06': [
    [I, 'Inquire of engineering management how secure development training is assigned to engineers and tracked.'],
    [N, 'Inspect the secure development training material used during the period.'],
    [N, 'Inspect the completion report to determine whether sampled engineers employed during the period completed the training.'],
  ],
  'HR-07': [
    [I, 'Inquire of People Operations how the annual performance review cycle is run and tracked.'],
    [N, 'Inspect the completion report for the review cycle in the period.'],
    [N, 'Inspect the completed review form of sampled employees.'],
  ],
  'HR-08': [
    [I, 'Inquire of People Operations how the offboarding checklist is started and completed for each leaver.'],
    [N, 'Inspect the offboarding ticket of sampled leavers from the HR system to determine whether the checklist was completed and equipment and badges were returned.'],
  ],
  'HR-09': [
    [I, 'Inquire of the contractor program owner which requirements apply before a contractor receives access.'],
    [N, 'Inspect, for sampled contractors from the roster, the background check, signed agreement and training completion.'],
    [N, 'Inspect the account settings of the sampled contractors to determine whether an expiry date was configured.'],
  ],
  'HR-10': [
    [I, 'Inquire of the privacy owner which roles handle personal information and how privacy training is assigned to them.'],
    [N, 'Inspect the list of in-scope roles and the privacy training material used during the period.'],
    [N, 'Inspect the completion report to determine whether sampled people in those roles completed the training.'],
  ],
  'HR-11': [
    [I, 'Inquire of management how backup people are named for key control roles.'],
    [N, 'Inspect the coverage or succession list to determine whether each key control role has a named backup and the list was reviewed within the last twelve months.'],
  ],
  // ----------------------------------------------------------------- RISK
  'RISK-01': [
    [I, 'Inquire of the risk owner how the annual risk assessment is performed and who approves it.'],
    [N, 'Inspect the risk assessment report or register export to determine whether it records the method, ratings and treatment decisions.'],
    [N, 'Inspect the leadership approval to determine whether the assessment was approved within the last twelve months.'],
  ],
  'RISK-02': [
    [I, 'Inquire of the risk owner how the risk register is reviewed each quarter.'],
    [N, 'Inspect the register change history and the review notes of sampled quarters to determine whether each review took place and updates were made.'],
  ],
  'RISK-03': [
    [I, 'Inquire of the risk owner how fraud risks are identified and assessed.'],
    [N, 'Inspect the fraud section of the risk assessment to determine whether it lists fraud scenarios with ratings and mapped controls.'],
  ],
  'RISK-04': [
    [I, 'Inquire of management how incentive plans are reviewed for pressures that could lead to misconduct.'],
    [N, 'Inspect the documented review of incentive plans for the year and any changes made as a result.'],
  ],
  'RISK-05': [
    [I, 'Inquire of management how objectives and risk tolerance are set and reviewed.'],
    [N, 'Inspect the approved statement of objectives and risk tolerance to determine whether it was reviewed within the last twelve months.'],
  ],
  'RISK-06': [
    [I, 'Inquire of management how significant business changes are identified and assessed for their effect on risks and controls.'],
    [N, 'Inspect, for sampled entries from the log of significant changes, the assessment of affected risks and controls and the actions that followed.'],
  ],
  'RISK-07': [
    [I, 'Inquire of the legal or compliance owner how legal and regulatory obligations are identified and tracked.'],
    [N, 'Inspect the obligations register and the review notes of sampled quarters.'],
    [N, 'Inspect the tickets raised for new obligations identified during the sampled reviews.'],
  ],
  'RISK-08': [
    [I, 'Inquire of the compliance owner how the risk and control matrix is maintained.'],
    [N, 'Inspect the matrix and its annual review record to determine whether the review took place within the last twelve months.'],
    [N, 'Inspect the tickets raised for gaps identified in the review.'],
  ],
  'RISK-09': [
    [I, 'Inquire of the security team how newly adopted technologies are reviewed before use.'],
    [N, 'Inspect the security review ticket or design document of sampled new technologies to determine whether a review was approved before go-live.'],
  ],
  'RISK-10': [
    [I, 'Inquire of management how insurance coverage is reviewed against the organization\u2019s risks.'],
    [N, 'Inspect the current policy schedule and the record of the annual coverage review.'],
  ],
  // ------------------------------------------------------------------ MON
  'MON-01': [
    [I, 'Inquire of the assessment owner how the annual internal control assessment is planned, performed and reported.'],
    [N, 'Inspect the assessment plan, the testing workpapers and the final report for the period.'],
    [N, 'Inspect the board or committee materials to determine whether the assessment results were presented.'],
  ],
  'MON-02': [
    [I, 'Inquire of the compliance team which checks the monitoring tool runs and how failures are handled.'],
    [O, 'Observe the configured checks in the monitoring tool and their results over the period.'],
    [N, 'Inspect sampled tickets raised for failed checks to determine whether each was resolved.'],
  ],
  'MON-03': [
    [I, 'Inquire of the compliance owner how control deficiencies are logged, reviewed monthly and escalated.'],
    [N, 'Inspect the deficiency log with its open and close dates, and the notes of sampled monthly reviews.'],
    [N, 'Inspect the escalation evidence for high-severity deficiencies open during the period.'],
  ],
  'MON-04': [
    [I, 'Inquire of the compliance owner how the quarterly self-assessment is distributed and how late responses are chased.'],
    [N, 'Inspect the responses of sampled control owners for sampled quarters, and the follow-up on missing or late responses.'],
  ],
  'MON-05': [
    [I, 'Inquire of the compliance owner which reports are used in the performance of controls and how their completeness and accuracy are validated.'],
    [N, 'Inspect the inventory of key reports and, for sampled reports, the documented source, parameters and reconciliation result.'],
    [R, 'Re-perform the validation of one sampled report by regenerating it with the documented parameters and reconciling it to its source.'],
  ],
  // ------------------------------------------------------------------ POL
  'POL-01': [
    [I, 'Inquire of the policy owner how new and changed policies are approved before publication.'],
    [N, 'Inspect the policy index for each policy\u2019s owner, version and approval date.'],
    [N, 'Inspect the approval records of sampled policies to determine whether approval preceded publication.'],
  ],
  'POL-02': [
    [I, 'Inquire of the policy owner how the annual policy review is scheduled and recorded.'],
    [N, 'Inspect the version history of sampled policies to determine whether each was reviewed and approved within the last twelve months.'],
  ],
  'POL-03': [
    [I, 'Inquire of the policy owner how policies are published and how acknowledgements are collected.'],
    [O, 'Observe the intranet location where staff can read the current policies.'],
    [N, 'Inspect acknowledgement records for sampled new hires and for the most recent material policy change.'],
  ],
  'POL-04': [
    [I, 'Inquire of the compliance owner how written procedures are kept for recurring controls.'],
    [N, 'Inspect the written procedures of sampled controls to determine whether each states owner, frequency, evidence kept and last update date.'],
  ],
  'POL-05': [
    [I, 'Inquire of the policy owner how exceptions to policy are requested, rated, approved and reviewed.'],
    [N, 'Inspect, for sampled entries in the exception register, the request, risk rating, approval, expiry date and quarterly review.'],
  ],
  'POL-06': [
    [I, 'Inquire of management how policy and system changes are announced internally.'],
    [N, 'Inspect the announcements made for sampled policy and system changes during the period.'],
  ],
  // ------------------------------------------------------------------- AC
  'AC-01': [
    [I, 'Inquire of the identity team how access requests are submitted, approved and fulfilled.'],
    [N, 'Inspect, for sampled new accounts and permission grants from the in-scope systems, the approval ticket to determine whether approval was recorded before access was granted.'],
  ],
  'AC-02': [
    [I, 'Inquire of the identity team how roles are defined and mapped to permissions in the identity provider.'],
    [N, 'Inspect the role matrix, the group-to-permission configuration in the identity provider and the annual role review.'],
    [R, 'Compare the access of sampled users with the access their role allows in the role matrix.'],
  ],
  'AC-03': [
    [I, 'Inquire of People Operations and the identity team how terminations are communicated and access is removed.'],
    [R, 'Compare termination dates from the HR system with account disable timestamps in the identity provider and non-SSO systems for sampled leavers, to determine whether access was removed within the required time.'],
  ],
  'AC-04': [
    [I, 'Inquire of system owners how the quarterly user access review is prepared, performed and followed up.'],
    [N, 'Inspect the user listing, reviewer sign-off and removal tickets for sampled quarters and systems.'],
    [R, 'Compare the removals requested in the sampled reviews with the current user listings to determine whether they were completed.'],
  ],
  'AC-05': [
    [I, 'Inquire of the identity team how multi-factor authentication is enforced for the workforce and for administrative consoles.'],
    [O, 'Observe the identity provider MFA policy and the single sign-on enforcement settings in cloud consoles and source control.'],
    [N, 'Inspect the enrolled-factor report for all users to determine whether each active user has a second factor.'],
    [R, 'Attempt to sign in to an in-scope system with a password alone, with the identity team present, to determine whether a second factor is required.'],
  ],
  'AC-06': [
    [I, 'Inquire of the identity team which applications use single sign-on and which password rules apply to the rest.'],
    [N, 'Inspect the application inventory for each application\u2019s single sign-on status.'],
    [O, 'Observe the password settings in the identity provider and compare them with the password standard.'],
    [N, 'Inspect the password configuration of sampled non-SSO applications against the password standard.'],
  ],
  'AC-07': [
    [I, 'Inquire of the platform team how privileged access is requested, approved and time-limited.'],
    [O, 'Observe the access tool configuration for approval requirements and maximum elevation duration.'],
    [N, 'Inspect the elevation log for sampled days to determine whether each elevation had an approver and ended within the allowed duration.'],
  ],
  'AC-08': [
    [I, 'Inquire of system owners how the monthly privileged account review is performed.'],
    [N, 'Inspect the privileged account listings with reviewer sign-off for sampled months.'],
    [R, 'Compare the removals requested in the sampled reviews with current listings to determine whether they were completed.'],
  ],
  'AC-09': [
    [I, 'Inquire of the platform team how service accounts are inventoried, owned and reviewed.'],
    [N, 'Inspect the service account inventory for owners and the review records of sampled quarters.'],
    [O, 'Observe the configuration that blocks interactive login for service accounts.'],
  ],
  'AC-10': [
    [I, 'Inquire of the platform team how default accounts are handled when systems are built and how shared accounts are approved.'],
    [N, 'Inspect the build checklists of sampled new systems for the handling of default accounts.'],
    [N, 'Inspect the list of shared accounts to determine whether each has a recorded approval.'],
  ],
  'AC-11': [
    [I, 'Inquire of People Operations and the identity team how access is adjusted when someone changes role.'],
    [N, 'Inspect, for sampled role changes from the HR system, the access review ticket and the resulting access changes.'],
  ],
  'AC-12': [
    [I, 'Inquire of engineering how customer data is scoped to its tenant and how isolation is tested.'],
    [N, 'Inspect the design documentation of tenant scoping and the isolation test suite.'],
    [N, 'Inspect pipeline results of sampled builds to determine whether the isolation tests ran and passed before release.'],
    [R, 'Attempt, with engineering present, to read one test tenant\u2019s data while signed in as another tenant, to determine whether the request is refused.'],
  ],
  'AC-13': [
    [I, 'Inquire of the platform team how access to production databases is granted and logged.'],
    [O, 'Observe the bastion configuration and the membership of the database access group.'],
    [N, 'Inspect query logs for sampled sessions to determine whether each session had an approval.'],
  ],
  // ------------------------------------------------------------------ CRY
  'CRY-01': [
    [I, 'Inquire of the platform team which TLS policies are applied to endpoints and how they are checked.'],
    [O, 'Observe the TLS policies configured on load balancers and public endpoints.'],
    [R, 'Re-perform an external TLS scan of the public endpoints and compare the result with the configured policy and the scan history.'],
  ],
  'CRY-02': [
    [I, 'Inquire of the platform team how encryption at rest is enforced for data stores.'],
    [O, 'Observe the encryption settings of the in-scope data stores and the preventive configuration rule.'],
    [N, 'Inspect the compliance report to determine whether any unencrypted resource existed during the period.'],
  ],
  'CRY-03': [
    [I, 'Inquire of the platform team who administers encryption keys and how keys are rotated.'],
    [O, 'Observe the key service policies and rotation settings.'],
    [N, 'Inspect the key usage audit logs for sampled days for administrative actions by people outside the authorized group.'],
  ],
  'CRY-04': [
    [I, 'Inquire of the security team how secrets are stored and how leaked secrets are detected and rotated.'],
    [O, 'Observe the secrets manager configuration and the secret scanning settings on sampled repositories.'],
    [N, 'Inspect the rotation tickets for detections in the period to determine whether each detected secret was rotated.'],
  ],
  'CRY-05': [
    [I, 'Inquire of the security team how the cryptography standard is maintained and applied to new systems.'],
    [N, 'Inspect the approved standard for its review date.'],
    [N, 'Inspect the design reviews of sampled new systems to determine whether they reference the standard.'],
  ],
  'CRY-06': [
    [I, 'Inquire of the platform team how TLS certificates are issued, renewed and monitored for expiry.'],
    [O, 'Observe the certificate manager configuration and the expiry alert rule.'],
    [N, 'Inspect the certificate list to determine whether any in-use certificate expired during the period.'],
  ],
  // ------------------------------------------------------------------ NET
  'NET-01': [
    [I, 'Inquire of the platform team how production is separated from other environments.'],
    [N, 'Inspect the network diagrams and the cloud account structure.'],
    [O, 'Observe the network and routing configuration to determine whether traffic between production and other environments is blocked.'],
  ],
  'NET-02': [
    [I, 'Inquire of the network owner how firewall rule changes are requested, reviewed and periodically re-certified.'],
    [N, 'Inspect the pull requests of sampled rule changes for review and approval.'],
    [N, 'Inspect the semi-annual rule review records in the period and their follow-up actions.'],
  ],
  'NET-03': [
    [I, 'Inquire of the platform team how administrators reach production remotely.'],
    [O, 'Observe the access gateway configuration and its device posture rules.'],
    [R, 'Re-perform an external port scan of the production address ranges to determine whether management ports are exposed.'],
  ],
  'NET-04': [
    [I, 'Inquire of the security team how edge protections and intrusion detection are configured and how alerts are triaged.'],
    [O, 'Observe the web application firewall, denial-of-service and threat detection settings.'],
    [N, 'Inspect sampled alerts from the period for triage notes.'],
  ],
  'NET-05': [
    [I, 'Inquire of the security team how the external attack surface is reviewed each month.'],
    [N, 'Inspect the attack surface reports of sampled months and the tickets raised for unexpected findings.'],
  ],
  'NET-06': [
    [I, 'Inquire of IT how the office and guest networks are separated from each other and from production.'],
    [O, 'Observe the office network configuration for separate guest and staff networks and the absence of routes into production.'],
  ],
  // ------------------------------------------------------------------ END
  'END-01': [
    [I, 'Inquire of IT how endpoint detection and response is deployed and how detections are investigated.'],
    [R, 'Compare the device list in the endpoint console with the asset inventory to determine whether every in-scope device is covered.'],
    [N, 'Inspect the protection policy and sampled detections from the period for investigation notes.'],
  ],
  'END-02': [
    [I, 'Inquire of IT how devices are enrolled in device management and which rules apply to personal devices.'],
    [R, 'Compare the managed device list with the asset inventory to determine whether every company device is enrolled.'],
    [N, 'Inspect the configuration profiles and the rules applied to personal devices.'],
  ],
  'END-03': [
    [I, 'Inquire of IT how disk encryption is enforced on laptops.'],
    [O, 'Observe the encryption profile in the device management console.'],
    [N, 'Inspect the compliance report to determine whether every managed laptop reports encryption enabled.'],
  ],
  'END-04': [
    [I, 'Inquire of IT how the monthly endpoint compliance review is performed and what happens to devices not fixed in time.'],
    [N, 'Inspect the compliance reports and remediation tickets of sampled months.'],
    [N, 'Inspect the evidence that non-compliant devices in the sampled months were fixed or blocked.'],
  ],
  'END-05': [
    [I, 'Inquire of IT how software installation is restricted and how requests for new software are approved.'],
    [O, 'Observe the device management settings that remove administrator rights, and the approved software catalogue.'],
    [N, 'Inspect sampled software requests for approval.'],
  ],
  'END-06': [
    [I, 'Inquire of IT how removable media is restricted and which data loss prevention rules apply.'],
    [O, 'Observe the removable media settings and the data loss prevention rule configuration.'],
    [N, 'Inspect sampled triggered events for follow-up.'],
  ],
  'END-07': [
    [I, 'Inquire of IT how lost or stolen devices are reported and handled.'],
    [N, 'Inspect, for sampled cases in the lost device log, the remote lock or wipe record and the incident ticket.'],
  ],
  // ------------------------------------------------------------------ PHY
  'PHY-01': [
    [I, 'Inquire of the office manager how badges are requested, approved and deactivated.'],
    [N, 'Inspect the approvals of sampled new badges from the badge system.'],
    [R, 'Compare the badge deactivation dates of sampled leavers with their termination dates.'],
  ],
  'PHY-02': [
    [I, 'Inquire of the office manager how visitors are signed in and escorted.'],
    [O, 'Observe a visitor being signed in and escorted, where the office is visited during the examination.'],
    [N, 'Inspect the visitor log for sampled dates for complete entries.'],
  ],
  'PHY-03': [
    [I, 'Inquire of the office manager how the quarterly physical access review is performed.'],
    [N, 'Inspect the badge listings with reviewer sign-off for sampled quarters.'],
    [R, 'Compare the deactivations requested in the sampled reviews with the badge system to determine whether they were made.'],
  ],
  'PHY-04': [
    [I, 'Inquire of management how the hosting provider\u2019s assurance report is obtained and reviewed.'],
    [N, 'Inspect the provider\u2019s current SOC 2 report for its period and opinion.'],
    [N, 'Inspect the documented review of the report\u2019s scope, exceptions and complementary user entity controls, and its sign-off.'],
  ],
  // ------------------------------------------------------------------ OPS
  'OPS-01': [
    [I, 'Inquire of the security team which log sources are collected and how logs are protected.'],
    [O, 'Observe the forwarding configuration of sampled log sources and the retention and immutability settings of the log platform.'],
    [N, 'Inspect the access list of the log platform for people outside the authorized group.'],
  ],
  'OPS-02': [
    [I, 'Inquire of the security team how security alerts are defined, routed and triaged.'],
    [O, 'Observe the alert rule list and the paging configuration.'],
    [N, 'Inspect sampled alerts from the period for triage notes and response times.'],
  ],
  'OPS-03': [
    [I, 'Inquire of the operations team how service health is monitored and how the on-call rotation works.'],
    [O, 'Observe the monitoring dashboards, alert thresholds and the on-call schedule.'],
    [N, 'Inspect the paging history for a sampled period to determine whether pages were acknowledged.'],
  ],
  'OPS-04': [
    [I, 'Inquire of the operations team how quarterly capacity planning is performed.'],
    [N, 'Inspect the notes of sampled quarterly capacity reviews, their utilization charts and the tickets raised.'],
  ],
  'OPS-05': [
    [I, 'Inquire of the operations team how automatic scaling and capacity alerts are configured.'],
    [O, 'Observe the scaling group and threshold configuration.'],
    [N, 'Inspect sampled scaling events and capacity alerts from the period.'],
  ],
  'OPS-06': [
    [I, 'Inquire of the security team how vulnerability scanning is scheduled and scoped.'],
    [O, 'Observe the scanner configuration for its scope and weekly schedule.'],
    [N, 'Inspect the scan results of sampled weeks and the tickets created from them.'],
  ],
  'OPS-07': [
    [I, 'Inquire of the security team how remediation deadlines are set and tracked and how risk acceptances are approved.'],
    [R, 'Recalculate, for sampled vulnerabilities from the tracker, the time from detection to closure and compare it with the deadline for its severity.'],
    [N, 'Inspect the monthly review records of sampled months and the approvals of risk acceptances.'],
  ],
  'OPS-08': [
    [I, 'Inquire of engineering how third-party dependencies are scanned and when a change is blocked.'],
    [O, 'Observe the dependency scanner in the pipeline configuration and its blocking rule.'],
    [N, 'Inspect sampled blocked changes for their resolution.'],
  ],
  'OPS-09': [
    [I, 'Inquire of the security team how the penetration test is scoped and how findings are followed up.'],
    [N, 'Inspect the penetration test report for its scope, dates and the independence of the tester.'],
    [N, 'Inspect the tickets and retest results for the report\u2019s findings.'],
  ],
  'OPS-10': [
    [I, 'Inquire of the platform team how the monthly patching cycle and out-of-cycle patches are handled.'],
    [N, 'Inspect the image build history and the patch status reports of sampled months.'],
    [N, 'Inspect the tickets for out-of-cycle patches during the period.'],
  ],
  'OPS-11': [
    [I, 'Inquire of the platform team how configuration baselines are defined and how drift is detected.'],
    [O, 'Observe the baseline standard in the infrastructure code repository and the drift detection configuration.'],
    [N, 'Inspect sampled drift alerts for their resolution.'],
  ],
  'OPS-12': [
    [I, 'Inquire of the security team how cloud security posture checks run and how findings are handled.'],
    [O, 'Observe the tool configuration to determine whether all cloud accounts are covered.'],
    [N, 'Inspect the history of daily findings for sampled days and the tickets for high-severity findings.'],
  ],
  'OPS-13': [
    [I, 'Inquire of IT how the asset inventory is maintained and reviewed each quarter.'],
    [N, 'Inspect the inventory export for asset owners.'],
    [N, 'Inspect the review records of sampled quarters and the follow-up on unknown assets.'],
  ],
  'OPS-14': [
    [I, 'Inquire of engineering how architecture and data flow diagrams are kept current.'],
    [N, 'Inspect the current diagrams, their change history and the date of the last annual review.'],
  ],
  // ------------------------------------------------------------------- IR
  'IR-01': [
    [I, 'Inquire of the security team how the incident response plan is maintained and approved.'],
    [N, 'Inspect the approved plan and its version history to determine whether it was reviewed within the last twelve months.'],
  ],
  'IR-02': [
    [I, 'Inquire of the security team how security events are triaged and escalated to incidents.'],
    [N, 'Inspect triage notes of sampled events and the incident tickets raised, with their severity and timeline.'],
  ],
  'IR-03': [
    [I, 'Inquire of the security team how incidents are contained, recovered from and checked before closure.'],
    [N, 'Inspect the tickets of sampled incidents from the period for timelines, containment actions and the check before closure.'],
  ],
  'IR-04': [
    [I, 'Inquire of the security team how the incident response exercise is planned and run.'],
    [N, 'Inspect the exercise scenario, attendance list and findings.'],
    [N, 'Inspect the plan updates made as a result of the exercise.'],
  ],
  'IR-05': [
    [I, 'Inquire of the security team which incidents receive a post-incident review and how action items are tracked.'],
    [N, 'Inspect the post-incident reports of sampled high-severity incidents and the status of their action items.'],
  ],
  'IR-06': [
    [I, 'Inquire of management how customers are notified of incidents that affect them.'],
    [R, 'Compare the timestamps of status page updates and customer notices for sampled incidents with the contractual notification deadlines.'],
  ],
  'IR-07': [
    [I, 'Inquire of the security team how staff report security concerns.'],
    [N, 'Inspect the published reporting instructions.'],
    [N, 'Inspect sampled staff reports for their triage.'],
  ],
  // ------------------------------------------------------------------ CHG
  'CHG-01': [
    [I, 'Inquire of engineering management how changes are described, reviewed and approved before deployment.'],
    [N, 'Inspect, for sampled production deployments from the period\u2019s population, the linked pull request for a description and an approval by someone other than the author dated before the deployment.'],
  ],
  'CHG-02': [
    [I, 'Inquire of engineering how branch protection is configured and who can change or bypass it.'],
    [O, 'Observe the branch protection settings of sampled in-scope repositories.'],
    [N, 'Inspect the audit log of setting changes and bypasses during the period.'],
    [R, 'Attempt to merge an unreviewed change into a protected branch in a sampled repository, with engineering present, to determine whether it is blocked.'],
  ],
  'CHG-03': [
    [I, 'Inquire of engineering which test stages must pass before a release.'],
    [O, 'Observe the pipeline configuration for the required test stages.'],
    [N, 'Inspect the test results of sampled changes to determine whether the required stages ran and passed before release.'],
  ],
  'CHG-04': [
    [I, 'Inquire of engineering how development, staging and production are separated.'],
    [N, 'Inspect the environment layout and the pipeline stages for staging before production.'],
    [O, 'Observe the permissions to determine whether engineers can deploy to production outside the pipeline.'],
  ],
  'CHG-05': [
    [I, 'Inquire of engineering management what qualifies as an emergency change and how it is reviewed afterwards.'],
    [N, 'Inspect the retrospective review and its approval date for sampled emergency changes from the period\u2019s list.'],
  ],
  'CHG-06': [
    [I, 'Inquire of engineering who can deploy to production and how that is restricted.'],
    [O, 'Observe the permission policies and pipeline configuration that limit production deployment.'],
    [N, 'Inspect the deployment logs for the period for deployments made outside the pipeline.'],
  ],
  'CHG-07': [
    [I, 'Inquire of the platform team how infrastructure changes are made through code and when break-glass access is allowed.'],
    [N, 'Inspect the pull requests of sampled infrastructure changes for review and approval.'],
    [O, 'Observe the break-glass account configuration and the alert raised when it is used.'],
    [N, 'Inspect the alerts and reviews of any break-glass use during the period.'],
  ],
  'CHG-08': [
    [I, 'Inquire of product management how customers are told about product changes.'],
    [N, 'Inspect the release notes for the period and the advance notices sent for sampled significant changes.'],
  ],
  'CHG-09': [
    [I, 'Inquire of engineering which changes need a rollback plan and how it is tested.'],
    [N, 'Inspect the change record of sampled significant changes for a rollback plan and its test evidence.'],
  ],
  'CHG-10': [
    [I, 'Inquire of engineering how static application security testing runs in the pipeline and how findings are handled.'],
    [O, 'Observe the scanner configuration in the pipeline and its blocking rule.'],
    [N, 'Inspect sampled findings from the period for a fix or a recorded dismissal.'],
  ],
  'CHG-11': [
    [I, 'Inquire of engineering how direct corrections to production data are requested, approved and executed.'],
    [N, 'Inspect, for sampled data correction tickets from the period\u2019s population, the approval, the executed script and its output.'],
  ],
  // ------------------------------------------------------------------ BCP
  'BCP-01': [
    [I, 'Inquire of the platform team how database backups are configured and retained.'],
    [O, 'Observe the backup configuration for frequency, encryption, cross-region copy and retention.'],
    [N, 'Inspect the list of backups for sampled dates to determine whether a backup completed on each.'],
  ],
  'BCP-02': [
    [I, 'Inquire of the platform team how backup failures are alerted and handled.'],
    [O, 'Observe the alert rule for backup failures.'],
    [N, 'Inspect the tickets for backup failures during the period for their resolution.'],
  ],
  'BCP-03': [
    [I, 'Inquire of the platform team how restore tests are performed and checked.'],
    [N, 'Inspect the restore test records of sampled quarters for data checks and timings compared with the recovery objectives.'],
    [N, 'Inspect the tickets for issues found in the sampled tests.'],
  ],
  'BCP-04': [
    [I, 'Inquire of management how the continuity and disaster recovery plan is maintained and approved.'],
    [N, 'Inspect the approved plan for recovery objectives and the contact list, and the evidence of its annual review.'],
  ],
  'BCP-05': [
    [I, 'Inquire of the platform team how the annual disaster recovery test is planned and evaluated.'],
    [N, 'Inspect the test plan and the results report with its measured recovery times compared with the objectives.'],
    [N, 'Inspect the tickets for issues found in the test.'],
  ],
  'BCP-06': [
    [I, 'Inquire of the platform team how the infrastructure is made redundant across zones.'],
    [O, 'Observe the infrastructure configuration for multi-zone deployment and database failover settings.'],
  ],
  'BCP-07': [
    [I, 'Inquire of management how the business impact analysis is performed and used.'],
    [N, 'Inspect the approved business impact analysis for its date and its link to the recovery objectives.'],
  ],
  'BCP-08': [
    [I, 'Inquire of the platform team how backup storage is protected from deletion.'],
    [O, 'Observe the backup account policies and the deletion protection settings.'],
    [N, 'Inspect the list of people with delete rights for anyone outside the authorized group.'],
  ],
  // ------------------------------------------------------------------ VEN
  'VEN-01': [
    [I, 'Inquire of the vendor management owner how vendors are inventoried and assigned risk tiers.'],
    [N, 'Inspect the vendor inventory for risk tiers and the record of its annual review.'],
  ],
  'VEN-02': [
    [I, 'Inquire of the vendor management owner what security due diligence is performed before a new vendor is engaged.'],
    [N, 'Inspect, for sampled new vendors, the due diligence material reviewed and the approval recorded before the contract was signed.'],
  ],
  'VEN-03': [
    [I, 'Inquire of the vendor management owner how critical vendors\u2019 assurance reports are obtained and reviewed.'],
    [N, 'Inspect the review memo of sampled critical vendors for the report period, exceptions and the mapping of complementary user entity controls.'],
  ],
  'VEN-04': [
    [I, 'Inquire of the legal team which security terms are required in vendor contracts.'],
    [N, 'Inspect the standard vendor security terms and the signed contracts of sampled vendors for those terms.'],
  ],
  'VEN-05': [
    [I, 'Inquire of the vendor management owner how vendor relationships are ended.'],
    [N, 'Inspect, for sampled ended vendor relationships, the access removal record and the confirmation of data return or destruction.'],
  ],
  // ----------------------------------------------------------------- DATA
  'DATA-01': [
    [I, 'Inquire of the data owner how the classification policy and its handling rules are maintained.'],
    [N, 'Inspect the classification policy for its handling rules and its latest annual approval.'],
  ],
  'DATA-02': [
    [I, 'Inquire of the data owner how locations of confidential data are identified and recorded.'],
    [N, 'Inspect the data register for owners and the date of its last review.'],
  ],
  'DATA-03': [
    [I, 'Inquire of the data owner how retention periods are set and approved.'],
    [N, 'Inspect the approved retention schedule for its review date.'],
  ],
  'DATA-04': [
    [I, 'Inquire of engineering how the retention schedule is enforced automatically.'],
    [O, 'Observe the retention job configuration and compare it with the retention schedule and the backup lifecycle settings.'],
    [N, 'Inspect the job run logs for sampled dates to determine whether the jobs ran and completed.'],
  ],
  'DATA-05': [
    [I, 'Inquire of IT how retired assets and media are wiped or destroyed.'],
    [N, 'Inspect, for sampled retired assets, the wipe log or destruction certificate and the updated inventory status.'],
  ],
  'DATA-06': [
    [I, 'Inquire of engineering how customer data is deleted when a contract ends.'],
    [R, 'Compare, for sampled customers that left during the period, the contract end date with the completion date of the deletion job to determine whether deletion finished within the deadline.'],
  ],
  'DATA-07': [
    [I, 'Inquire of engineering how production data is kept out of test environments and how masked datasets are approved.'],
    [N, 'Inspect the test data standard and the listing of non-production data stores.'],
    [N, 'Inspect the approvals of masked datasets used during the period.'],
  ],
  'DATA-08': [
    [I, 'Inquire of the platform team how cloud resources are decommissioned.'],
    [N, 'Inspect the decommissioning tickets of sampled retired resources for confirmation that data and snapshots were deleted.'],
  ],
  'DATA-09': [
    [I, 'Inquire of the data owner how files are exchanged with customers and third parties.'],
    [O, 'Observe the configuration of the file transfer tools against the file transfer standard.'],
    [N, 'Inspect sampled transfers from the period for use of the approved tools.'],
  ],
  'DATA-10': [
    [I, 'Inquire of the support team how support staff obtain access to customer data.'],
    [O, 'Observe the support tool configuration for how access grants are requested and limited.'],
    [N, 'Inspect the access logs of sampled support tickets to determine whether each access had a grant.'],
  ],
  'DATA-11': [
    [I, 'Inquire of the legal team how legal holds are issued and how they suspend deletion.'],
    [N, 'Inspect the legal hold notices for the period and the evidence that deletion was suspended and later resumed for the affected data.'],
  ],
  // ------------------------------------------------------------------- PI
  'PI-01': [
    [I, 'Inquire of product management how processing specifications are published and kept current.'],
    [N, 'Inspect, for sampled releases that changed behaviour, the matching update of the published documentation.'],
  ],
  'PI-02': [
    [I, 'Inquire of engineering how input is validated at the system\u2019s entry points.'],
    [N, 'Inspect the schema definitions and the code that applies them at sampled entry points.'],
    [R, 'Re-perform the automated tests that submit invalid input, or submit invalid input with engineering present, to determine whether it is rejected.'],
  ],
  'PI-03': [
    [I, 'Inquire of engineering how data sources are authenticated.'],
    [O, 'Observe the API authentication configuration.'],
    [R, 'Re-perform the tests that send unauthenticated and wrongly scoped requests to determine whether they are rejected.'],
  ],
  'PI-04': [
    [I, 'Inquire of the operations team how import counts and rejected records are reported.'],
    [N, 'Inspect the import summaries of sampled imports for record counts and rejected records with reasons.'],
    [R, 'Recalculate the counts of one sampled import from its input file and compare them with its summary.'],
  ],
  'PI-05': [
    [I, 'Inquire of the operations team how jobs and queues are monitored.'],
    [O, 'Observe the monitoring rules for jobs and queues.'],
    [N, 'Inspect sampled alerts from the period for their resolution notes.'],
  ],
  'PI-06': [
    [I, 'Inquire of the operations team how the exception queue is worked each day.'],
    [N, 'Inspect the exception queue reports of sampled days and the tickets showing how items were resolved.'],
  ],
  'PI-07': [
    [I, 'Inquire of the operations team how outputs are reconciled with inputs and how mismatches are investigated.'],
    [O, 'Observe the reconciliation check configuration.'],
    [N, 'Inspect the results of sampled runs, including the investigation of any mismatch.'],
  ],
  'PI-08': [
    [I, 'Inquire of engineering how outputs are limited to authorized recipients.'],
    [O, 'Observe the permission checks on export features and the delivery destination settings.'],
    [R, 'Re-perform the automated tests of output permissions to determine whether unauthorized recipients are refused.'],
  ],
  'PI-09': [
    [I, 'Inquire of engineering how the integrity of stored data is checked.'],
    [O, 'Observe the schema constraints and the integrity job configuration.'],
    [N, 'Inspect the integrity job results of sampled weeks and the follow-up of any failure.'],
  ],
  'PI-10': [
    [I, 'Inquire of engineering how duplicate processing of the same request is prevented.'],
    [N, 'Inspect the design notes on idempotency.'],
    [R, 'Re-perform the automated tests that submit the same request twice to determine whether it is processed once.'],
  ],
  // ----------------------------------------------------------------- PRIV
  'PRIV-01': [
    [I, 'Inquire of the privacy owner how the privacy notice is maintained and reviewed.'],
    [N, 'Inspect the published notice for its effective date and the record of its annual review.'],
    [O, 'Observe sampled collection points to determine whether they link to the notice.'],
  ],
  'PRIV-02': [
    [I, 'Inquire of the privacy owner how material changes to the privacy notice are communicated.'],
    [N, 'Inspect the notice version history and the messages sent for each material change in the period.'],
  ],
  'PRIV-03': [
    [I, 'Inquire of engineering how consent and preferences are recorded and how a withdrawal is propagated.'],
    [N, 'Inspect the consent records of sampled users.'],
    [R, 'Re-perform a consent withdrawal with a test account to determine whether it reaches the downstream systems.'],
  ],
  'PRIV-04': [
    [I, 'Inquire of the privacy owner which data is treated as sensitive and how explicit consent is obtained.'],
    [O, 'Observe the consent screens shown before sensitive data is collected.'],
    [N, 'Inspect the stored consent records of sampled users who provided sensitive data.'],
  ],
  'PRIV-05': [
    [I, 'Inquire of the privacy owner how the record of personal data collected is maintained.'],
    [N, 'Inspect the record of processing for its review date and any resulting changes to collection.'],
  ],
  'PRIV-06': [
    [I, 'Inquire of the privacy owner which launches need a privacy review and how it is recorded.'],
    [N, 'Inspect the privacy review records of sampled launches involving personal information.'],
  ],
  'PRIV-07': [
    [I, 'Inquire of the privacy owner how requests for access to personal information are verified and answered.'],
    [N, 'Inspect, for sampled requests from the log, the identity check and the response sent.'],
    [R, 'Recalculate the time from receipt to completion of the sampled requests and compare it with the required deadline.'],
  ],
  'PRIV-08': [
    [I, 'Inquire of the privacy owner how correction requests are handled and passed on to third parties.'],
    [N, 'Inspect, for sampled correction requests from the log, the change made and any notices to third parties.'],
  ],
  'PRIV-09': [
    [I, 'Inquire of the privacy owner how deletion requests are verified, executed and answered.'],
    [N, 'Inspect, for sampled deletion requests from the log, the evidence of deletion and the reply to the requester.'],
  ],
  'PRIV-10': [
    [I, 'Inquire of the privacy owner how agreements are put in place before personal data is shared.'],
    [N, 'Inspect the list of third-party recipients for their purposes, and the signed data processing agreements of sampled recipients.'],
  ],
  'PRIV-11': [
    [I, 'Inquire of the privacy owner how disclosures of personal information are logged.'],
    [N, 'Inspect the underlying request documents of sampled entries in the disclosure log.'],
  ],
  'PRIV-12': [
    [I, 'Inquire of the privacy owner how privacy incidents are recorded.'],
    [N, 'Inspect the privacy incident register for the period and the linked incident tickets.'],
  ],
  'PRIV-13': [
    [I, 'Inquire of the privacy owner how breach notification requirements are determined and met.'],
    [N, 'Inspect the notification requirements matrix and the approved templates.'],
    [R, 'Compare the send dates of the notices for any breach in the period with the applicable deadlines.'],
  ],
  'PRIV-14': [
    [I, 'Inquire of the privacy owner which vendors receive a privacy assessment and how shortfalls are followed up.'],
    [N, 'Inspect the assessment records of sampled vendors and the follow-up on any shortfalls.'],
  ],
  'PRIV-15': [
    [I, 'Inquire of the privacy owner how vendors are required to report breaches and where reports are received.'],
    [N, 'Inspect the contract clause and the designated contact address.'],
    [N, 'Inspect any vendor breach reports in the period and their linked incident tickets.'],
  ],
  'PRIV-16': [
    [I, 'Inquire of engineering how the accuracy of personal information is checked at capture and kept up to date.'],
    [O, 'Observe the validation rules applied at capture and the self-service profile update feature.'],
  ],
  'PRIV-17': [
    [I, 'Inquire of the privacy owner how privacy complaints are received, handled and escalated.'],
    [N, 'Inspect the published contact details.'],
    [N, 'Inspect sampled complaints from the log for their dates, outcomes and escalations.'],
  ],
  'PRIV-18': [
    [I, 'Inquire of the privacy owner how the annual privacy compliance review is performed.'],
    [N, 'Inspect the review report and the tracker of its findings.'],
  ],
  'PRIV-19': [
    [I, 'Inquire of the privacy owner how data owners confirm each quarter the personal data they hold.'],
    [N, 'Inspect the confirmations of sampled data owners for sampled quarters and the investigation notes for exceptions.'],
  ],
};
