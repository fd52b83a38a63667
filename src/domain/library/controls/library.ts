// The starter library of SOC 2 controls that Attest ships. Every title,
// activity and evidence note below was written for Attest in its own words;
// none of it is taken from AICPA material or from any other product's
// control set. Each activity reads as it would in Section IV of a SOC 2
// report: present tense, who does what, and how often.
//
// Codes are stable: a retired control keeps its code out of use, and a
// control whose meaning changes gets a new code. Bump the version whenever
// the shipped content changes.
import type { ControlTemplate } from './types.ts';

export const CONTROL_LIBRARY_VERSION = 'attest-controls-1';

const CONTROLS: readonly ControlTemplate[] = [
  // ------------------------------------------------------------------ GOV
  {
    code: 'GOV-01',
    area: 'GOV',
    title: 'Code of conduct acknowledgement',
    activity:
      'A code of conduct sets out the ethical behaviour expected of employees and contractors. Each person acknowledges it electronically during their first week and again every year, and People Operations follows up on anyone who has not.',
    frequency: 'annual',
    nature: 'it_dependent_manual',
    type: 'preventive',
    evidenceGuidance:
      'The current code of conduct with its approval date; acknowledgement records for a sample of new hires (dated within their first week) and for the annual cycle, with follow-up for anyone outstanding.',
    criteria: ['CC1.1', 'CC1.5'],
    topics: ['code of conduct', 'ethics'],
  },
  {
    code: 'GOV-02',
    area: 'GOV',
    title: 'Governing body oversight meetings',
    activity:
      'The board of directors, or a committee it designates, meets at least quarterly and receives a report from management on security, risk, audit results and open control deficiencies. Minutes record the discussion and any direction given to management.',
    frequency: 'quarterly',
    nature: 'manual',
    type: 'detective',
    evidenceGuidance:
      'Minutes of each board or committee meeting in the period, together with the security and compliance report pack presented at it.',
    criteria: ['CC1.2', 'CC2.2', 'CC4.2'],
    topics: ['board', 'oversight'],
  },
  {
    code: 'GOV-03',
    area: 'GOV',
    title: 'Oversight charter and board independence',
    activity:
      'A charter gives the board or its committee responsibility for overseeing security and compliance and requires at least one member who is independent of management. The board reviews the charter and the relevant expertise of its members once a year.',
    frequency: 'annual',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance:
      'The approved charter with its last review date, the member roster showing which members are independent, and the record of the annual review.',
    criteria: ['CC1.2'],
    topics: ['board', 'charter', 'independence'],
  },
  {
    code: 'GOV-04',
    area: 'GOV',
    title: 'Organization chart upkeep',
    activity:
      'People Operations maintains an organization chart in the HR system that shows reporting lines for every in-scope function. Leadership reviews it at least every six months and after any reorganization.',
    frequency: 'semi_annual',
    nature: 'it_dependent_manual',
    type: 'preventive',
    evidenceGuidance:
      'An export of the current organization chart and evidence of each semi-annual review, such as a dated sign-off or review ticket.',
    criteria: ['CC1.3'],
    topics: ['org chart', 'reporting lines'],
  },
  {
    code: 'GOV-05',
    area: 'GOV',
    title: 'Named security program owner',
    activity:
      'Executive management appoints a named person accountable for the information security program, and the security and compliance duties of each relevant role are written down. Assignments are reviewed annually and whenever the owner changes.',
    frequency: 'annual',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance:
      'The appointment record (board resolution or leadership memo), the documented roles and responsibilities, and evidence of the latest annual review.',
    criteria: ['CC1.3', 'CC1.5'],
    topics: ['security officer', 'roles and responsibilities'],
  },
  {
    code: 'GOV-06',
    area: 'GOV',
    title: 'Confidential misconduct reporting channel',
    activity:
      'Employees, contractors and outside parties can report suspected misconduct or security concerns through a confidential channel that accepts anonymous reports. Each report is logged, investigated by someone not involved in the matter and closed with a recorded outcome.',
    frequency: 'per_occurrence',
    nature: 'manual',
    type: 'detective',
    evidenceGuidance:
      'Proof that the channel is communicated (handbook or intranet page), the case log for the period, and investigation notes and outcomes for a sample of reports.',
    criteria: ['CC1.1', 'CC2.2', 'CC2.3'],
    topics: ['whistleblower', 'ethics'],
  },
  {
    code: 'GOV-07',
    area: 'GOV',
    title: 'Disciplinary process for violations',
    activity:
      'Breaches of the code of conduct or of security policies are handled under a documented disciplinary process. People Operations records each case and the action taken so that consequences are applied consistently.',
    frequency: 'per_occurrence',
    nature: 'manual',
    type: 'corrective',
    evidenceGuidance:
      'The disciplinary policy, the case log for the period, and for a sample of cases the documented violation and the action taken.',
    criteria: ['CC1.1', 'CC1.5'],
    topics: ['disciplinary', 'accountability'],
  },
  {
    code: 'GOV-08',
    area: 'GOV',
    title: 'Security steering committee',
    activity:
      'A management committee of engineering, security and business leaders meets monthly to review security metrics, the status of risks and remediation work, and planned changes to the system. Decisions and action items are minuted and tracked to completion.',
    frequency: 'monthly',
    nature: 'manual',
    type: 'detective',
    evidenceGuidance:
      'Agendas, minutes and the action-item tracker for each monthly meeting in the period.',
    criteria: ['CC2.2', 'CC3.4', 'CC4.2'],
    topics: ['security committee', 'governance'],
  },
  {
    code: 'GOV-09',
    area: 'GOV',
    title: 'Delegation of authority matrix',
    activity:
      'A delegation-of-authority matrix states who may approve spending, contracts, access grants and policy exceptions. Finance and legal review it annually, and leadership approves any change.',
    frequency: 'annual',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance: 'The current matrix with its approval record and the most recent annual review.',
    criteria: ['CC1.3'],
    topics: ['delegation of authority', 'approvals'],
  },
  {
    code: 'GOV-10',
    area: 'GOV',
    title: 'Customer commitments in agreements',
    activity:
      'Service commitments, security obligations and the responsibilities customers keep are set out in the standard customer agreement and its security addendum. Legal approves any departure from the standard terms before the contract is signed.',
    frequency: 'per_occurrence',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance:
      'The standard agreement and security addendum; for a sample of new customer contracts, the signed agreement and legal approval of any non-standard terms.',
    criteria: ['CC2.3', 'CC3.1'],
    topics: ['contracts', 'service commitments'],
  },
  {
    code: 'GOV-11',
    area: 'GOV',
    title: 'Public security information',
    activity:
      'A public security page explains how the service is protected, which security responsibilities remain with customers, and how to raise a security concern. Security reviews the page annually and after material changes to the service.',
    frequency: 'annual',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance:
      'An archived copy of the page as published during the period, the documented customer responsibilities, and the review record.',
    criteria: ['CC2.3'],
    topics: ['external communication', 'shared responsibility'],
  },
  {
    code: 'GOV-12',
    area: 'GOV',
    title: 'External security issue intake',
    activity:
      'Customers and security researchers can report vulnerabilities and other concerns through a published address. Security acknowledges each report within two business days, assesses it and tracks it to resolution.',
    frequency: 'per_occurrence',
    nature: 'it_dependent_manual',
    type: 'detective',
    evidenceGuidance:
      'The published reporting channel, the intake log, and tickets for a sample of reports showing acknowledgement time and resolution.',
    criteria: ['CC2.3', 'CC7.3'],
    topics: ['vulnerability disclosure', 'external reporting'],
  },
  {
    code: 'GOV-13',
    area: 'GOV',
    title: 'System description upkeep',
    activity:
      'Compliance maintains a description of the system covering its services, components, boundaries, data flows and commitments. It is updated when the system changes materially and at least annually, and it is available to staff and, under confidentiality terms, to customers.',
    frequency: 'annual',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance:
      'The current system description with version history and approval, and the internal location where staff can read it.',
    criteria: ['CC2.1', 'CC2.2', 'CC2.3'],
    topics: ['system description', 'data flow'],
  },

  // ------------------------------------------------------------------- HR
  {
    code: 'HR-01',
    area: 'HR',
    title: 'Pre-hire background checks',
    activity:
      'Before a new employee or contractor with system access starts, People Operations obtains a background check suited to the role and allowed by local law, such as criminal history and employment verification. Results are reviewed before the start date, and any exception needs documented approval.',
    frequency: 'per_occurrence',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance:
      'The list of hires in the period and, for a sample, the completed check with a completion date before the start date, or an approved exception.',
    criteria: ['CC1.4'],
    topics: ['background check', 'hiring'],
  },
  {
    code: 'HR-02',
    area: 'HR',
    title: 'Job descriptions with required skills',
    activity:
      'Every role has a written job description listing its responsibilities, including any security duties, and the skills and experience it needs. Hiring managers assess candidates against it, and descriptions are updated when roles change.',
    frequency: 'per_occurrence',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance:
      'Job descriptions for a sample of in-scope roles, and interview scorecards or hiring records for a sample of hires.',
    criteria: ['CC1.3', 'CC1.4'],
    topics: ['job description', 'hiring'],
  },
  {
    code: 'HR-03',
    area: 'HR',
    title: 'Confidentiality agreements at onboarding',
    activity:
      'New employees and contractors sign a confidentiality agreement covering company and customer information before they are given access. Signed agreements are kept in the HR system.',
    frequency: 'per_occurrence',
    nature: 'it_dependent_manual',
    type: 'preventive',
    evidenceGuidance:
      'For a sample of new hires and contractors, the signed agreement dated on or before the date their access was granted.',
    criteria: ['CC1.1', 'C1.1'],
    topics: ['nda', 'confidentiality', 'onboarding'],
  },
  {
    code: 'HR-04',
    area: 'HR',
    title: 'Security awareness training',
    activity:
      'All personnel complete security awareness training within 30 days of joining and every year after that, covering acceptable use, phishing, data handling and how to report incidents. The learning platform tracks completion, and overdue staff are escalated to their managers.',
    frequency: 'annual',
    nature: 'it_dependent_manual',
    type: 'preventive',
    evidenceGuidance:
      'The training content, the completion report for the period exported from the learning platform, and escalation records for anyone overdue.',
    criteria: ['CC1.4', 'CC2.2'],
    topics: ['security training', 'awareness'],
  },
  {
    code: 'HR-05',
    area: 'HR',
    title: 'Phishing simulations',
    activity:
      'Security runs a simulated phishing campaign at least quarterly. People who enter credentials or open the payload are assigned follow-up training, and results are reported to the security committee.',
    frequency: 'quarterly',
    nature: 'it_dependent_manual',
    type: 'detective',
    evidenceGuidance:
      'The campaign report for each quarter and the record of follow-up training assigned to people who failed.',
    criteria: ['CC1.4', 'CC2.2'],
    topics: ['phishing', 'security training'],
  },
  {
    code: 'HR-06',
    area: 'HR',
    title: 'Secure development training',
    activity:
      'Engineers complete secure coding training when they join and annually after that, covering common web application weaknesses and the internal secure development standard. Engineering managers track completion.',
    frequency: 'annual',
    nature: 'it_dependent_manual',
    type: 'preventive',
    evidenceGuidance: 'The training material and the completion report for all engineers employed during the period.',
    criteria: ['CC1.4'],
    topics: ['secure coding', 'security training'],
  },
  {
    code: 'HR-07',
    area: 'HR',
    title: 'Annual performance reviews',
    activity:
      'Managers complete a performance review for every employee at least once a year, including how the employee carried out their security and control responsibilities. People Operations tracks completion.',
    frequency: 'annual',
    nature: 'manual',
    type: 'detective',
    evidenceGuidance:
      'The completion report for the review cycle and, for a sample of employees, the completed review form.',
    criteria: ['CC1.4', 'CC1.5'],
    topics: ['performance review', 'accountability'],
  },
  {
    code: 'HR-08',
    area: 'HR',
    title: 'Offboarding checklist',
    activity:
      'When someone leaves, People Operations opens an offboarding ticket no later than their last working day. The checklist covers the request to remove access, the return of laptops and badges, and a reminder of continuing confidentiality obligations.',
    frequency: 'per_occurrence',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance:
      'The list of leavers from the HR system and, for a sample, the completed offboarding ticket with confirmation that equipment and badges were returned.',
    criteria: ['CC6.2', 'CC6.4'],
    topics: ['offboarding', 'termination'],
  },
  {
    code: 'HR-09',
    area: 'HR',
    title: 'Contractor onboarding requirements',
    activity:
      'Contractors and agency staff who need system access meet the same screening, confidentiality and training requirements as employees. Each engagement has an end date after which the contractor account expires unless renewed with approval.',
    frequency: 'per_occurrence',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance:
      'The contractor roster and, for a sample, the background check, signed agreement, training completion and configured account expiry date.',
    criteria: ['CC1.4', 'CC6.2'],
    topics: ['contractors', 'onboarding'],
  },
  {
    code: 'HR-10',
    area: 'HR',
    title: 'Privacy training for data handlers',
    activity:
      'Staff whose work involves personal information, such as support and data teams, complete privacy training every year on permitted uses, handling individual requests and reporting breaches.',
    frequency: 'annual',
    nature: 'it_dependent_manual',
    type: 'preventive',
    evidenceGuidance: 'The list of roles in scope, the training material and the completion report for the period.',
    criteria: ['P4.1', 'CC1.4', 'CC2.2'],
    topics: ['privacy training', 'security training'],
  },
  {
    code: 'HR-11',
    area: 'HR',
    title: 'Backup people for key control roles',
    activity:
      'For each role that performs key controls, management names a backup person who is trained to carry out those duties. The coverage list is reviewed once a year.',
    frequency: 'annual',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance: 'The coverage or succession list with the date of its annual review.',
    criteria: ['CC1.4'],
    topics: ['succession', 'key person'],
  },

  // ----------------------------------------------------------------- RISK
  {
    code: 'RISK-01',
    area: 'RISK',
    title: 'Annual risk assessment',
    activity:
      'At least once a year, security and management identify threats to the service commitments across systems, data, people and vendors, rate each for likelihood and impact, and decide how to respond. Executive leadership approves the results.',
    frequency: 'annual',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance:
      'The risk assessment report or register export showing the method, ratings and treatment decisions, with dated approval by leadership.',
    criteria: ['CC3.1', 'CC3.2', 'CC5.1'],
    topics: ['risk assessment'],
  },
  {
    code: 'RISK-02',
    area: 'RISK',
    title: 'Quarterly risk register review',
    activity:
      'Every risk in the register has an owner, a rating and a treatment plan. Security reviews the register with risk owners each quarter and updates ratings, plans and accepted risks.',
    frequency: 'quarterly',
    nature: 'manual',
    type: 'detective',
    evidenceGuidance:
      'Register snapshots or change history showing quarterly updates, and notes from each review meeting.',
    criteria: ['CC3.2', 'CC5.1'],
    topics: ['risk register', 'risk assessment'],
  },
  {
    code: 'RISK-03',
    area: 'RISK',
    title: 'Fraud risk assessment',
    activity:
      'The annual risk assessment has a fraud section that considers how staff, insiders or management could misuse access, alter records, take assets or override controls. Each significant fraud scenario is linked to the controls that address it.',
    frequency: 'annual',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance: 'The fraud section of the risk assessment listing scenarios, their ratings and the mapped controls.',
    criteria: ['CC3.3'],
    topics: ['fraud risk', 'risk assessment'],
  },
  {
    code: 'RISK-04',
    area: 'RISK',
    title: 'Incentive pressure review',
    activity:
      'When annual targets and incentive plans are set, leadership and People Operations consider whether they could push staff to bypass controls, and adjust the plans where needed. The review is recorded.',
    frequency: 'annual',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance: 'The documented review of incentive plans for the year and any changes made as a result.',
    criteria: ['CC1.5', 'CC3.3'],
    topics: ['incentives', 'fraud risk'],
  },
  {
    code: 'RISK-05',
    area: 'RISK',
    title: 'Objectives and risk tolerance',
    activity:
      'Management documents what the system must achieve, including service commitments, availability and recovery targets, and legal and contractual obligations, together with the level of risk it is prepared to accept. Both are approved annually as input to the risk assessment.',
    frequency: 'annual',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance: 'The approved statement of objectives and risk tolerance with its review date.',
    criteria: ['CC3.1'],
    topics: ['objectives', 'risk tolerance'],
  },
  {
    code: 'RISK-06',
    area: 'RISK',
    title: 'Assessment of significant business changes',
    activity:
      'Significant changes such as acquisitions, new products or regions, new critical vendors, major architecture changes or turnover in leadership are logged and assessed for their effect on risks and controls. The assessment is completed before the change takes effect or within 30 days of it.',
    frequency: 'per_occurrence',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance:
      'The log of significant changes and, for a sample, the assessment of affected risks and controls and the actions that followed.',
    criteria: ['CC3.4'],
    topics: ['change risk', 'risk assessment'],
  },
  {
    code: 'RISK-07',
    area: 'RISK',
    title: 'Legal and regulatory obligations register',
    activity:
      'Legal tracks the laws, regulations and contract terms that apply to the service, including privacy laws, and reviews the register quarterly. Each new or changed obligation is assigned to an owner to implement.',
    frequency: 'quarterly',
    nature: 'manual',
    type: 'detective',
    evidenceGuidance: 'The obligations register, quarterly review notes, and tickets raised for new obligations.',
    criteria: ['CC3.1', 'CC3.4'],
    topics: ['regulatory', 'compliance obligations'],
  },
  {
    code: 'RISK-08',
    area: 'RISK',
    title: 'Risk and control matrix',
    activity:
      'Compliance maintains a matrix that links each significant risk to the controls addressing it, marks each control as preventive or detective, and identifies the IT general controls that automated controls depend on. It is reviewed after each annual risk assessment and gaps are assigned for remediation.',
    frequency: 'annual',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance: 'The matrix with its annual review record and the tickets raised for gaps.',
    criteria: ['CC5.1', 'CC5.2'],
    topics: ['risk control matrix'],
  },
  {
    code: 'RISK-09',
    area: 'RISK',
    title: 'Security review of new technology',
    activity:
      'Before new infrastructure, software or third-party services are used with production or customer data, security reviews the design and its risks and records approval, including any conditions.',
    frequency: 'per_occurrence',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance:
      'Security review tickets or design documents for a sample of newly adopted technologies, showing approval before go-live.',
    criteria: ['CC3.4', 'CC5.2'],
    topics: ['security review', 'threat model'],
  },
  {
    code: 'RISK-10',
    area: 'RISK',
    title: 'Insurance coverage review',
    activity:
      'Finance and security compare cyber and related insurance coverage with the current risk assessment each year and adjust limits where the exposure has changed.',
    frequency: 'annual',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance: 'The current policy schedule and the record of the annual coverage review.',
    criteria: ['CC9.1'],
    topics: ['insurance', 'risk transfer'],
  },

  // ------------------------------------------------------------------ MON
  {
    code: 'MON-01',
    area: 'MON',
    title: 'Annual internal control assessment',
    activity:
      'Once a year, someone independent of the controls being tested, such as internal audit or an outside adviser, tests the design and operation of key controls. The results are reported to management and the board.',
    frequency: 'annual',
    nature: 'manual',
    type: 'detective',
    evidenceGuidance: 'The assessment plan, testing workpapers and final report, and evidence it was presented to the board.',
    criteria: ['CC4.1', 'CC1.2'],
    topics: ['internal audit', 'control testing'],
  },
  {
    code: 'MON-02',
    area: 'MON',
    title: 'Automated control monitoring',
    activity:
      'A compliance monitoring tool continuously tests in-scope systems against defined checks, such as MFA enforcement, encryption settings and device compliance. Each failed check opens a ticket for the control owner.',
    frequency: 'continuous',
    nature: 'automated',
    type: 'detective',
    evidenceGuidance:
      'The list of configured checks, results over the period from the tool, and a sample of tickets raised for failed checks with their resolution.',
    criteria: ['CC4.1', 'CC4.2'],
    topics: ['continuous monitoring', 'control monitoring'],
  },
  {
    code: 'MON-03',
    area: 'MON',
    title: 'Deficiency tracking to closure',
    activity:
      'Control deficiencies found through audits, assessments, monitoring and incidents are logged with a severity, an owner and a due date. Compliance reviews open items monthly, escalates high-severity items to leadership and reports them to the board.',
    frequency: 'monthly',
    nature: 'manual',
    type: 'corrective',
    evidenceGuidance:
      'The deficiency log with open and close dates, notes of the monthly reviews, and escalation evidence for high-severity items.',
    criteria: ['CC4.2'],
    topics: ['deficiency tracking', 'remediation'],
  },
  {
    code: 'MON-04',
    area: 'MON',
    title: 'Quarterly control self-assessment',
    activity:
      'Each control owner confirms every quarter that their controls ran as described and attaches the supporting evidence. Compliance chases missing or late confirmations and logs any exception as a deficiency.',
    frequency: 'quarterly',
    nature: 'it_dependent_manual',
    type: 'detective',
    evidenceGuidance:
      'The quarterly self-assessment responses per control owner and follow-up on missing or late responses.',
    criteria: ['CC4.1', 'CC5.3'],
    topics: ['control self-assessment'],
  },
  {
    code: 'MON-05',
    area: 'MON',
    title: 'Validation of reports used in controls',
    activity:
      'Reports and queries that controls rely on, such as user listings and vulnerability exports, are checked for completeness and accuracy when first used and after any change, for example by reconciling record counts to the source system. The checks are repeated annually.',
    frequency: 'annual',
    nature: 'it_dependent_manual',
    type: 'detective',
    evidenceGuidance:
      'The inventory of key reports and, for each, the validation performed: source, parameters and reconciliation result.',
    criteria: ['CC2.1', 'CC5.2'],
    topics: ['report validation'],
  },

  // ------------------------------------------------------------------ POL
  {
    code: 'POL-01',
    area: 'POL',
    title: 'Policy approval before publication',
    activity:
      'Information security and privacy policies are approved by executive leadership before they are published. Each policy has a named owner and a version history.',
    frequency: 'per_occurrence',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance:
      'The policy index showing owner, version and approval date for every policy, and the approval records behind it.',
    criteria: ['CC5.3', 'CC1.3'],
    topics: ['policy approval'],
  },
  {
    code: 'POL-02',
    area: 'POL',
    title: 'Annual policy review',
    activity:
      'Each policy owner reviews their policies at least once a year, updates them for changes in the business and the law, and obtains re-approval. Compliance tracks and chases overdue reviews.',
    frequency: 'annual',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance: 'Version history showing an annual review and approval date for every policy in the set.',
    criteria: ['CC5.3'],
    topics: ['policy review', 'policy approval'],
  },
  {
    code: 'POL-03',
    area: 'POL',
    title: 'Policy publication and acknowledgement',
    activity:
      'Current policies are published on the company intranet. Staff acknowledge the security policies when they join and whenever a material change is made, and managers follow up on missing acknowledgements.',
    frequency: 'per_occurrence',
    nature: 'it_dependent_manual',
    type: 'preventive',
    evidenceGuidance:
      'The intranet location of the policies, and acknowledgement records for a sample of new hires and for the most recent material change.',
    criteria: ['CC2.2', 'CC5.3'],
    topics: ['policy communication', 'acknowledgement'],
  },
  {
    code: 'POL-04',
    area: 'POL',
    title: 'Written procedures for recurring controls',
    activity:
      'Every recurring control has a written procedure or runbook naming who performs it, how often and what evidence is kept. Owners update the procedure when tools or responsibilities change and confirm it is current each year.',
    frequency: 'annual',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance: 'Procedures for a sample of controls showing owner, frequency, evidence kept and last update date.',
    criteria: ['CC5.3'],
    topics: ['procedures', 'runbook'],
  },
  {
    code: 'POL-05',
    area: 'POL',
    title: 'Policy exception handling',
    activity:
      'A request to depart from a security policy must state a reason and compensating measures. Security rates the risk, the policy owner approves or rejects it, approved exceptions carry an expiry date, and open exceptions are reviewed quarterly.',
    frequency: 'per_occurrence',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance:
      'The exception register and, for a sample, the request, risk rating, approval, expiry date and quarterly review.',
    criteria: ['CC5.3', 'CC3.2'],
    topics: ['policy exception', 'risk acceptance'],
  },
  {
    code: 'POL-06',
    area: 'POL',
    title: 'Internal announcement of changes',
    activity:
      'Changes to policies, systems or responsibilities that affect staff are announced through internal channels with links to the updated documents, so people know what is expected of them.',
    frequency: 'per_occurrence',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance: 'The announcements made for a sample of policy and system changes during the period.',
    criteria: ['CC2.2'],
    topics: ['internal communication'],
  },

  // ------------------------------------------------------------------- AC
  {
    code: 'AC-01',
    area: 'AC',
    title: 'Approved access requests',
    activity:
      'Access to production systems and in-scope applications is granted only through a ticket approved by the requester\'s manager and the system owner. Administrators provision exactly what was approved.',
    frequency: 'per_occurrence',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance:
      'Lists of new accounts and permission grants from each in-scope system and, for a sample, the approval ticket dated before the access was granted.',
    criteria: ['CC6.2', 'CC6.3'],
    topics: ['provisioning', 'access request'],
  },
  {
    code: 'AC-02',
    area: 'AC',
    title: 'Role-based access to systems',
    activity:
      'Permissions in production and in-scope applications are assigned through identity provider groups mapped to defined roles, each giving the least access the role needs. System owners review the role definitions annually.',
    frequency: 'continuous',
    nature: 'automated',
    type: 'preventive',
    evidenceGuidance:
      'The role matrix, the group-to-permission configuration in the identity provider, a sample of users whose access matches their role, and the annual role review.',
    criteria: ['CC6.1', 'CC6.3'],
    topics: ['rbac', 'least privilege'],
  },
  {
    code: 'AC-03',
    area: 'AC',
    title: 'Timely removal of leaver access',
    activity:
      'When a termination is recorded in the HR system, the identity provider account is disabled within one business day, which cuts off all single sign-on applications. Accounts outside single sign-on are removed within the same timeframe through the offboarding ticket.',
    frequency: 'per_occurrence',
    nature: 'it_dependent_manual',
    type: 'preventive',
    evidenceGuidance:
      'Termination dates from the HR system compared with account disable timestamps in the identity provider and non-SSO systems, for all or a sample of leavers.',
    criteria: ['CC6.2', 'CC6.3'],
    topics: ['deprovisioning', 'termination'],
  },
  {
    code: 'AC-04',
    area: 'AC',
    title: 'Quarterly user access review',
    activity:
      'Each quarter, system owners review the users and permissions of production and in-scope systems against current roles and HR records. Access that is no longer appropriate is removed through tickets, and the signed-off review is retained.',
    frequency: 'quarterly',
    nature: 'manual',
    type: 'detective',
    evidenceGuidance:
      'For each quarter and system, the user listing reviewed, the reviewer\'s sign-off and the tickets for removals, with evidence that removals were completed.',
    criteria: ['CC6.1', 'CC6.2', 'CC6.3'],
    topics: ['access review'],
  },
  {
    code: 'AC-05',
    area: 'AC',
    title: 'Multi-factor authentication',
    activity:
      'The identity provider requires multi-factor authentication for every workforce account. Cloud consoles, source control and remote access accept only identity provider logins, and administrators must use phishing-resistant factors.',
    frequency: 'continuous',
    nature: 'automated',
    type: 'preventive',
    evidenceGuidance:
      'The identity provider MFA policy, a report of enrolled factors for all users, and settings in cloud consoles and source control that force single sign-on.',
    criteria: ['CC6.1', 'CC6.6'],
    topics: ['mfa', 'authentication'],
  },
  {
    code: 'AC-06',
    area: 'AC',
    title: 'Single sign-on and password standard',
    activity:
      'In-scope applications authenticate through the company identity provider. Where single sign-on is not available, passwords must meet the password standard for length, reuse and lockout, and are kept in the company password manager.',
    frequency: 'continuous',
    nature: 'automated',
    type: 'preventive',
    evidenceGuidance:
      'The application inventory showing single sign-on status, the identity provider password settings, and the password configuration of non-SSO applications.',
    criteria: ['CC6.1'],
    topics: ['sso', 'password'],
  },
  {
    code: 'AC-07',
    area: 'AC',
    title: 'Just-in-time privileged access',
    activity:
      'Nobody holds standing administrative access to production. Engineers request time-limited elevation through the access tool, which requires approval from a second engineer and logs the session.',
    frequency: 'per_occurrence',
    nature: 'automated',
    type: 'preventive',
    evidenceGuidance:
      'The access tool configuration and the log of elevation requests with approvers and durations for a sample of days.',
    criteria: ['CC6.1', 'CC6.3'],
    topics: ['privileged access'],
  },
  {
    code: 'AC-08',
    area: 'AC',
    title: 'Monthly privileged account review',
    activity:
      'Security reviews the accounts holding administrative rights in cloud, database and identity systems every month and removes any that are no longer justified.',
    frequency: 'monthly',
    nature: 'manual',
    type: 'detective',
    evidenceGuidance: 'The monthly listings of privileged accounts with reviewer sign-off and the resulting removal tickets.',
    criteria: ['CC6.1', 'CC6.3'],
    topics: ['privileged access', 'access review'],
  },
  {
    code: 'AC-09',
    area: 'AC',
    title: 'Service account governance',
    activity:
      'Service accounts and API credentials are listed with an owner and purpose and are blocked from interactive login. Security reviews the list quarterly and disables accounts that are unused or without an owner.',
    frequency: 'quarterly',
    nature: 'manual',
    type: 'detective',
    evidenceGuidance:
      'The service account inventory with owners, the quarterly review records, and configuration showing interactive login is blocked.',
    criteria: ['CC6.1', 'CC6.3'],
    topics: ['service accounts'],
  },
  {
    code: 'AC-10',
    area: 'AC',
    title: 'Default and shared accounts',
    activity:
      'Before a system enters production, vendor default accounts are disabled or given new credentials. Shared accounts are not allowed unless security approves them, in which case they are held in the password manager with usage logged.',
    frequency: 'per_occurrence',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance:
      'System build checklists showing how default accounts were handled, and the list of approved shared accounts with their approvals.',
    criteria: ['CC6.1'],
    topics: ['default accounts', 'shared accounts'],
  },
  {
    code: 'AC-11',
    area: 'AC',
    title: 'Access adjustment on role change',
    activity:
      'When an employee moves to a new role, their manager reviews the employee\'s existing access within five business days and requests removal of anything the new role does not need.',
    frequency: 'per_occurrence',
    nature: 'manual',
    type: 'corrective',
    evidenceGuidance: 'Role changes recorded in the HR system and, for a sample, the access review ticket and resulting changes.',
    criteria: ['CC6.3'],
    topics: ['role change', 'access review'],
  },
  {
    code: 'AC-12',
    area: 'AC',
    title: 'Tenant isolation of customer data',
    activity:
      'Customer data is logically separated by tenant: the application data-access layer scopes every query to the caller\'s tenant, and automated tests that attempt cross-tenant access run on every build.',
    frequency: 'continuous',
    nature: 'automated',
    type: 'preventive',
    evidenceGuidance:
      'Design documentation of tenant scoping, the isolation test suite, and pipeline results for a sample of builds.',
    criteria: ['CC6.1', 'C1.1'],
    topics: ['tenant isolation'],
  },
  {
    code: 'AC-13',
    area: 'AC',
    title: 'Restricted production database access',
    activity:
      'Direct access to production databases is limited to named on-call engineers, goes through a bastion that requires approval, and is logged at the query level. Routine work uses the application and approved tooling instead.',
    frequency: 'continuous',
    nature: 'automated',
    type: 'preventive',
    evidenceGuidance:
      'Membership of the database access group, the bastion configuration, and query logs with approvals for a sample of sessions.',
    criteria: ['CC6.1', 'CC6.3', 'C1.1'],
    topics: ['database access', 'privileged access'],
  },

  // ------------------------------------------------------------------ CRY
  {
    code: 'CRY-01',
    area: 'CRY',
    title: 'Encryption in transit',
    activity:
      'Connections to the service, and between internal services across untrusted networks, use TLS 1.2 or higher; plain HTTP is redirected and strict transport security is enabled. Security scans the external endpoints monthly for weak protocols and ciphers.',
    frequency: 'continuous',
    nature: 'automated',
    type: 'preventive',
    evidenceGuidance:
      'Load balancer and endpoint TLS policies, a current external TLS scan report, and the monthly scan history for the period.',
    criteria: ['CC6.7', 'C1.1'],
    topics: ['encryption in transit', 'tls', 'encryption'],
  },
  {
    code: 'CRY-02',
    area: 'CRY',
    title: 'Encryption at rest',
    activity:
      'Production databases, object storage, disk volumes and backups are encrypted at rest with AES-256 through the cloud provider\'s key service. Configuration rules block the creation of unencrypted storage and alert on any that exists.',
    frequency: 'continuous',
    nature: 'automated',
    type: 'preventive',
    evidenceGuidance:
      'Encryption settings for each data store, the preventive configuration rule, and a compliance report showing no unencrypted resources.',
    criteria: ['CC6.1', 'C1.1'],
    topics: ['encryption at rest', 'encryption'],
  },
  {
    code: 'CRY-03',
    area: 'CRY',
    title: 'Encryption key management',
    activity:
      'Encryption keys are generated and held in the managed key service. Only a small security group can administer keys, keys rotate automatically every year, and every use of a key is logged.',
    frequency: 'annual',
    nature: 'automated',
    type: 'preventive',
    evidenceGuidance:
      'Key service policies showing who can administer keys, the rotation settings, and audit logs of key usage.',
    criteria: ['CC6.1'],
    topics: ['key management', 'encryption'],
  },
  {
    code: 'CRY-04',
    area: 'CRY',
    title: 'Secrets storage and scanning',
    activity:
      'Application secrets such as database passwords and API keys are held in a secrets manager and injected at runtime rather than kept in source code. Every push to a repository is scanned for committed secrets, and any secret found is rotated.',
    frequency: 'per_occurrence',
    nature: 'automated',
    type: 'detective',
    evidenceGuidance:
      'Secrets manager configuration, secret scanning settings on each repository, and rotation tickets for any detections in the period.',
    criteria: ['CC6.1'],
    topics: ['secrets management'],
  },
  {
    code: 'CRY-05',
    area: 'CRY',
    title: 'Cryptography standard',
    activity:
      'A cryptography standard lists the algorithms, key lengths and protocols approved for protecting data at rest and in transit. Security reviews it annually and checks new systems against it during design review.',
    frequency: 'annual',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance: 'The approved standard with its review date, and design reviews for a sample of new systems referencing it.',
    criteria: ['CC6.1', 'CC6.7'],
    topics: ['cryptography standard', 'encryption'],
  },
  {
    code: 'CRY-06',
    area: 'CRY',
    title: 'TLS certificate lifecycle',
    activity:
      'Public TLS certificates are issued and renewed automatically, and monitoring alerts the on-call engineer at least 14 days before any certificate expires.',
    frequency: 'continuous',
    nature: 'automated',
    type: 'preventive',
    evidenceGuidance: 'Certificate manager configuration, the expiry alert rule, and the list of certificates with expiry dates.',
    criteria: ['CC6.7'],
    topics: ['certificates', 'tls'],
  },

  // ------------------------------------------------------------------ NET
  {
    code: 'NET-01',
    area: 'NET',
    title: 'Network segmentation between environments',
    activity:
      'Production runs in dedicated cloud accounts and virtual networks separated from development, test and corporate networks, with no routing between them except documented, approved paths. Databases sit in private subnets with no internet exposure.',
    frequency: 'continuous',
    nature: 'automated',
    type: 'preventive',
    evidenceGuidance:
      'Network diagrams, the cloud account structure, and network and routing configuration showing the separation.',
    criteria: ['CC6.1', 'CC6.6'],
    topics: ['network segmentation'],
  },
  {
    code: 'NET-02',
    area: 'NET',
    title: 'Firewall rule management',
    activity:
      'Firewalls and security groups deny inbound traffic by default and open only the ports each service needs. Rule changes go through reviewed infrastructure code, and security reviews the complete rule set every six months.',
    frequency: 'semi_annual',
    nature: 'manual',
    type: 'detective',
    evidenceGuidance:
      'The current rule sets, pull requests for a sample of rule changes, and the semi-annual review record with follow-up actions.',
    criteria: ['CC6.6', 'CC6.1'],
    topics: ['firewall', 'security groups'],
  },
  {
    code: 'NET-03',
    area: 'NET',
    title: 'Secure remote administrative access',
    activity:
      'Administrative access to production is possible only through an access gateway that requires single sign-on with MFA from a managed device. No SSH or remote desktop ports are open to the internet.',
    frequency: 'continuous',
    nature: 'automated',
    type: 'preventive',
    evidenceGuidance:
      'Gateway configuration, device posture rules, and an external port scan showing no management ports exposed.',
    criteria: ['CC6.6', 'CC6.1'],
    topics: ['remote access', 'vpn', 'mfa'],
  },
  {
    code: 'NET-04',
    area: 'NET',
    title: 'Edge protection and intrusion detection',
    activity:
      'Public endpoints sit behind a web application firewall and denial-of-service protection, and a managed threat detection service analyses network and cloud activity. Alerts from both go to the security on-call queue.',
    frequency: 'continuous',
    nature: 'automated',
    type: 'detective',
    evidenceGuidance:
      'Web application firewall and denial-of-service settings, threat detection configuration, and a sample of alerts with triage notes.',
    criteria: ['CC6.6', 'CC7.2'],
    topics: ['waf', 'intrusion detection'],
  },
  {
    code: 'NET-05',
    area: 'NET',
    title: 'External attack surface review',
    activity:
      'Each month, security compares the internet-facing hosts, domains and open ports discovered by an external scan with the expected inventory, and investigates and closes anything unexpected.',
    frequency: 'monthly',
    nature: 'it_dependent_manual',
    type: 'detective',
    evidenceGuidance: 'The monthly attack surface reports and tickets for unexpected findings.',
    criteria: ['CC6.6', 'CC7.1'],
    topics: ['attack surface'],
  },
  {
    code: 'NET-06',
    area: 'NET',
    title: 'Office and guest network isolation',
    activity:
      'Office networks provide internet access only. Guest wireless is isolated from the staff network, and no office network has a trusted path into production.',
    frequency: 'continuous',
    nature: 'automated',
    type: 'preventive',
    evidenceGuidance:
      'Office network configuration showing separate guest and staff networks and the absence of routes into production.',
    criteria: ['CC6.6'],
    topics: ['network segmentation', 'wireless'],
  },

  // ------------------------------------------------------------------ END
  {
    code: 'END-01',
    area: 'END',
    title: 'Endpoint detection and response',
    activity:
      'Endpoint detection and response software runs on every company laptop and server, updates itself automatically and reports detections to security, who investigate each one.',
    frequency: 'continuous',
    nature: 'automated',
    type: 'detective',
    evidenceGuidance:
      'Device coverage from the endpoint console reconciled to the asset inventory, the protection policy, and a sample of detections with investigation notes.',
    criteria: ['CC6.8', 'CC7.2'],
    topics: ['endpoint protection', 'edr', 'malware'],
  },
  {
    code: 'END-02',
    area: 'END',
    title: 'Device management enrollment',
    activity:
      'Company laptops are enrolled in device management before they are handed out, which enforces screen lock, operating system updates, the local firewall and other baseline settings. Personal devices reach company data only through managed applications.',
    frequency: 'continuous',
    nature: 'automated',
    type: 'preventive',
    evidenceGuidance:
      'The managed device list reconciled to the asset inventory, the configuration profiles, and the rules applied to personal devices.',
    criteria: ['CC6.7', 'CC6.8'],
    topics: ['mdm', 'endpoint protection'],
  },
  {
    code: 'END-03',
    area: 'END',
    title: 'Laptop disk encryption',
    activity:
      'Device management enforces full-disk encryption on every company laptop, and recovery keys are held centrally.',
    frequency: 'continuous',
    nature: 'automated',
    type: 'preventive',
    evidenceGuidance: 'The encryption profile and a compliance report showing encryption status for every managed laptop.',
    criteria: ['CC6.7'],
    topics: ['disk encryption', 'encryption'],
  },
  {
    code: 'END-04',
    area: 'END',
    title: 'Monthly endpoint compliance review',
    activity:
      'IT reviews device management and endpoint protection compliance every month. Devices that are unencrypted, out of date or missing protection are fixed within ten business days or blocked from company systems.',
    frequency: 'monthly',
    nature: 'it_dependent_manual',
    type: 'corrective',
    evidenceGuidance:
      'The monthly compliance reports, remediation tickets, and evidence that non-compliant devices were blocked where not fixed in time.',
    criteria: ['CC6.7', 'CC6.8'],
    topics: ['endpoint compliance', 'endpoint protection'],
  },
  {
    code: 'END-05',
    area: 'END',
    title: 'Software installation restrictions',
    activity:
      'Staff do not have local administrator rights on company laptops. Software is installed from an approved catalogue, and IT reviews requests for anything else.',
    frequency: 'continuous',
    nature: 'automated',
    type: 'preventive',
    evidenceGuidance:
      'Device management settings that remove administrator rights, the approved software catalogue, and a sample of software requests.',
    criteria: ['CC6.8'],
    topics: ['software installation'],
  },
  {
    code: 'END-06',
    area: 'END',
    title: 'Removable media and data loss prevention',
    activity:
      'Writing to USB storage is blocked on company laptops, and data loss prevention rules in email and cloud storage flag or stop attempts to send restricted data outside the company.',
    frequency: 'continuous',
    nature: 'automated',
    type: 'preventive',
    evidenceGuidance:
      'The removable media policy, data loss prevention rule configuration, and a sample of triggered events with follow-up.',
    criteria: ['CC6.7', 'C1.1'],
    topics: ['dlp', 'removable media'],
  },
  {
    code: 'END-07',
    area: 'END',
    title: 'Lost or stolen device response',
    activity:
      'Staff report lost or stolen devices to IT straight away. IT locks or wipes the device remotely, revokes its sessions and records the event as a security incident.',
    frequency: 'per_occurrence',
    nature: 'manual',
    type: 'corrective',
    evidenceGuidance: 'The lost device log and, for each case, the remote lock or wipe record and the incident ticket.',
    criteria: ['CC6.7', 'CC7.4'],
    topics: ['lost device'],
  },

  // ------------------------------------------------------------------ PHY
  {
    code: 'PHY-01',
    area: 'PHY',
    title: 'Badge-controlled office access',
    activity:
      'Entry to offices and restricted rooms requires a personal badge. Badges are issued on manager approval and deactivated when the holder leaves.',
    frequency: 'per_occurrence',
    nature: 'it_dependent_manual',
    type: 'preventive',
    evidenceGuidance:
      'The badge system user list, approvals for a sample of new badges, and deactivation dates for a sample of leavers.',
    criteria: ['CC6.4'],
    topics: ['physical access', 'badge'],
  },
  {
    code: 'PHY-02',
    area: 'PHY',
    title: 'Visitor sign-in and escort',
    activity:
      'Visitors sign in at reception, wear a visitor badge and are escorted by an employee in non-public areas. The visitor log is kept for one year.',
    frequency: 'per_occurrence',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance: 'The visitor procedure and the visitor log for a sample of dates.',
    criteria: ['CC6.4'],
    topics: ['visitors', 'physical access'],
  },
  {
    code: 'PHY-03',
    area: 'PHY',
    title: 'Quarterly physical access review',
    activity:
      'Each quarter, facilities reviews the active badges and restricted-area permissions with managers and deactivates any that are no longer needed.',
    frequency: 'quarterly',
    nature: 'manual',
    type: 'detective',
    evidenceGuidance: 'The quarterly badge listings with reviewer sign-off and the resulting deactivations.',
    criteria: ['CC6.4'],
    topics: ['physical access', 'access review'],
  },
  {
    code: 'PHY-04',
    area: 'PHY',
    title: 'Data center assurance from hosting provider',
    activity:
      'Production runs in a cloud provider\'s data centers, so physical and environmental protection is delegated to that subservice organization. Security reviews the provider\'s SOC 2 report annually for those controls and confirms that the controls it expects of customers are in place.',
    frequency: 'annual',
    nature: 'manual',
    type: 'detective',
    evidenceGuidance:
      'The provider\'s current SOC 2 report and the documented review of its scope, exceptions and complementary user entity controls, with sign-off.',
    criteria: ['CC6.4', 'A1.2', 'CC9.2'],
    topics: ['data center', 'subservice organization', 'vendor review'],
  },

  // ------------------------------------------------------------------ OPS
  {
    code: 'OPS-01',
    area: 'OPS',
    title: 'Centralized security logging',
    activity:
      'Audit logs from the identity provider, cloud control plane, production hosts, databases and the application are forwarded to a central log platform and kept for at least one year. Logs are protected from alteration, and only security and on-call engineers can read them.',
    frequency: 'continuous',
    nature: 'automated',
    type: 'detective',
    evidenceGuidance:
      'The list of log sources with their forwarding configuration, retention and immutability settings, and the access list for the log platform.',
    criteria: ['CC7.2', 'CC2.1'],
    topics: ['logging', 'siem'],
  },
  {
    code: 'OPS-02',
    area: 'OPS',
    title: 'Security alerting and triage',
    activity:
      'Alert rules on the central log platform look for suspicious activity such as repeated failed logins, privilege grants, disabled logging and use of root accounts. Alerts page the security on-call, who triages each one and records the outcome.',
    frequency: 'continuous',
    nature: 'automated',
    type: 'detective',
    evidenceGuidance:
      'The alert rule list, the paging configuration, and a sample of alerts showing triage notes and response times.',
    criteria: ['CC7.2', 'CC7.3'],
    topics: ['alerting', 'monitoring'],
  },
  {
    code: 'OPS-03',
    area: 'OPS',
    title: 'Service health monitoring and on-call',
    activity:
      'Production health, error rates, latency and resource use are monitored continuously against thresholds that page the engineering on-call at any hour. Pages are acknowledged and handled according to the on-call runbook.',
    frequency: 'continuous',
    nature: 'automated',
    type: 'detective',
    evidenceGuidance:
      'Monitoring dashboards, the alert thresholds, the on-call schedule, and paging history for a sample period.',
    criteria: ['CC7.2', 'A1.1'],
    topics: ['monitoring', 'on-call', 'alerting'],
  },
  {
    code: 'OPS-04',
    area: 'OPS',
    title: 'Quarterly capacity planning',
    activity:
      'Engineering reviews compute, storage, database and network capacity trends each quarter against forecast growth and schedules increases before utilization reaches agreed limits.',
    frequency: 'quarterly',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance: 'Notes from each quarterly capacity review with utilization charts and the tickets raised.',
    criteria: ['A1.1'],
    topics: ['capacity'],
  },
  {
    code: 'OPS-05',
    area: 'OPS',
    title: 'Automatic scaling and capacity alerts',
    activity:
      'Stateless services scale automatically with load between configured minimum and maximum sizes, and alerts fire when scaling limits or storage thresholds are close to being reached.',
    frequency: 'continuous',
    nature: 'automated',
    type: 'preventive',
    evidenceGuidance: 'Scaling group and threshold configuration and a sample of scaling events and capacity alerts.',
    criteria: ['A1.1'],
    topics: ['capacity', 'autoscaling'],
  },
  {
    code: 'OPS-06',
    area: 'OPS',
    title: 'Weekly vulnerability scanning',
    activity:
      'Authenticated vulnerability scans of production hosts, container images and cloud configuration run at least weekly. Results flow automatically into the issue tracker with a severity rating.',
    frequency: 'weekly',
    nature: 'automated',
    type: 'detective',
    evidenceGuidance:
      'Scanner configuration showing scope and schedule, scan results for a sample of weeks, and the tickets created from them.',
    criteria: ['CC7.1', 'CC6.8'],
    topics: ['vulnerability scanning'],
  },
  {
    code: 'OPS-07',
    area: 'OPS',
    title: 'Vulnerability remediation deadlines',
    activity:
      'Vulnerabilities are fixed within deadlines set by severity: critical within 7 days, high within 30 and medium within 90. Security reviews overdue items monthly, and any item that cannot meet its deadline needs an approved, time-limited risk acceptance.',
    frequency: 'monthly',
    nature: 'manual',
    type: 'corrective',
    evidenceGuidance:
      'A tracker export showing detection and closure dates against the deadlines, the monthly review records, and approved risk acceptances.',
    criteria: ['CC7.1', 'CC4.2'],
    topics: ['remediation sla', 'vulnerability management'],
  },
  {
    code: 'OPS-08',
    area: 'OPS',
    title: 'Third-party dependency scanning',
    activity:
      'Every pull request is checked for known vulnerabilities in third-party libraries. Changes that introduce critical findings are blocked until they are fixed or security approves an exception.',
    frequency: 'per_occurrence',
    nature: 'automated',
    type: 'preventive',
    evidenceGuidance:
      'Pipeline configuration of the dependency scanner and its blocking rule, and a sample of blocked changes with their resolution.',
    criteria: ['CC6.8', 'CC7.1'],
    topics: ['dependency scanning', 'vulnerability scanning'],
  },
  {
    code: 'OPS-09',
    area: 'OPS',
    title: 'Annual penetration test',
    activity:
      'An independent firm tests the application and external infrastructure at least once a year. Findings are tracked under the vulnerability remediation deadlines and retested once fixed.',
    frequency: 'annual',
    nature: 'manual',
    type: 'detective',
    evidenceGuidance: 'The penetration test report with scope and dates, and tickets and retest results for its findings.',
    criteria: ['CC4.1', 'CC7.1'],
    topics: ['penetration test'],
  },
  {
    code: 'OPS-10',
    area: 'OPS',
    title: 'Monthly patching cycle',
    activity:
      'Operating system images and managed services are patched monthly, and hosts are replaced from updated images rather than patched in place. Security advisories for critical components are tracked, and urgent patches are applied outside the cycle when severity requires.',
    frequency: 'monthly',
    nature: 'it_dependent_manual',
    type: 'preventive',
    evidenceGuidance: 'Image build history, patch status reports for sample months, and tickets for out-of-cycle patches.',
    criteria: ['CC7.1', 'CC5.2'],
    topics: ['patching'],
  },
  {
    code: 'OPS-11',
    area: 'OPS',
    title: 'Hardened configuration baselines',
    activity:
      'Production infrastructure is defined as code from hardened baselines derived from an industry benchmark. Drift detection compares running resources with the code every day and alerts on differences.',
    frequency: 'daily',
    nature: 'automated',
    type: 'detective',
    evidenceGuidance:
      'The baseline standard, the infrastructure code repository, drift detection configuration, and a sample of drift alerts with their resolution.',
    criteria: ['CC7.1', 'CC5.2', 'CC6.8'],
    topics: ['configuration baseline', 'infrastructure as code'],
  },
  {
    code: 'OPS-12',
    area: 'OPS',
    title: 'Cloud security posture checks',
    activity:
      'A posture management tool checks every cloud account daily against security rules, for example no public storage, no unnecessary open ports and audit logging turned on. High-severity findings are ticketed to the owning team.',
    frequency: 'daily',
    nature: 'automated',
    type: 'detective',
    evidenceGuidance:
      'Tool configuration covering all cloud accounts, the history of daily findings, and tickets for high-severity findings.',
    criteria: ['CC7.1', 'CC4.1'],
    topics: ['cloud security posture'],
  },
  {
    code: 'OPS-13',
    area: 'OPS',
    title: 'Asset inventory',
    activity:
      'An inventory of production resources, laptops and software is built automatically from cloud and device management data, with an owner for each asset. IT and engineering review it quarterly for unknown or unowned assets.',
    frequency: 'quarterly',
    nature: 'it_dependent_manual',
    type: 'detective',
    evidenceGuidance: 'An inventory export showing owners, and the quarterly review records with follow-up on unknown assets.',
    criteria: ['CC6.1', 'CC2.1', 'CC7.1'],
    topics: ['asset inventory'],
  },
  {
    code: 'OPS-14',
    area: 'OPS',
    title: 'Architecture and data flow diagrams',
    activity:
      'Engineering keeps network and data flow diagrams of the production system current, updating them alongside architecture changes and reviewing them at least annually.',
    frequency: 'annual',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance: 'The current diagrams with their change history and the date of the last annual review.',
    criteria: ['CC2.1'],
    topics: ['data flow', 'architecture'],
  },

  // ------------------------------------------------------------------- IR
  {
    code: 'IR-01',
    area: 'IR',
    title: 'Incident response plan',
    activity:
      'A documented incident response plan defines incident categories and severity levels, roles including an incident commander, escalation and communication steps, and how evidence is preserved. Security reviews and re-approves it every year.',
    frequency: 'annual',
    nature: 'manual',
    type: 'corrective',
    evidenceGuidance: 'The approved plan with version history and evidence of the annual review.',
    criteria: ['CC7.3', 'CC7.4', 'CC7.5'],
    topics: ['incident response'],
  },
  {
    code: 'IR-02',
    area: 'IR',
    title: 'Security event triage',
    activity:
      'Security events are assessed against the criteria in the plan to decide whether they are incidents, how severe they are, and whether personal or confidential data is involved. Each declared incident is opened as a ticket with a timeline.',
    frequency: 'per_occurrence',
    nature: 'manual',
    type: 'detective',
    evidenceGuidance: 'Triage notes for a sample of events, and the incident tickets with severity and timeline.',
    criteria: ['CC7.3'],
    topics: ['incident triage', 'incident response'],
  },
  {
    code: 'IR-03',
    area: 'IR',
    title: 'Incident containment and recovery',
    activity:
      'For each declared incident, the incident commander coordinates containment, removal of the cause and recovery as set out in the plan, keeps the ticket up to date, and closes it only once affected systems are confirmed to be working normally.',
    frequency: 'per_occurrence',
    nature: 'manual',
    type: 'corrective',
    evidenceGuidance:
      'Incident tickets for the period with timelines, containment actions and the check performed before closure.',
    criteria: ['CC7.4', 'CC7.5'],
    topics: ['incident response', 'containment'],
  },
  {
    code: 'IR-04',
    area: 'IR',
    title: 'Incident response exercise',
    activity:
      'At least once a year, security runs a tabletop exercise of the incident response plan with engineering, leadership and communications staff. Lessons are recorded and the plan is updated.',
    frequency: 'annual',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance: 'The exercise scenario, attendance list, findings, and the resulting plan updates.',
    criteria: ['CC7.4'],
    topics: ['tabletop', 'incident response'],
  },
  {
    code: 'IR-05',
    area: 'IR',
    title: 'Post-incident reviews',
    activity:
      'Within ten business days of closing a high-severity incident, the team holds a blameless review that records the root cause and corrective actions. The actions are tracked until complete.',
    frequency: 'per_occurrence',
    nature: 'manual',
    type: 'corrective',
    evidenceGuidance: 'Post-incident reports for high-severity incidents and the status of their action items.',
    criteria: ['CC7.5', 'CC4.2'],
    topics: ['post-mortem', 'root cause'],
  },
  {
    code: 'IR-06',
    area: 'IR',
    title: 'Customer incident notification',
    activity:
      'Customers affected by an incident are notified within the timeframes in their agreements, and service disruptions are posted on the public status page and updated until resolved. The incident commander and legal approve customer notices.',
    frequency: 'per_occurrence',
    nature: 'manual',
    type: 'corrective',
    evidenceGuidance:
      'Status page history and customer notices for incidents in the period, with timestamps compared with contractual deadlines.',
    criteria: ['CC2.3', 'CC7.4'],
    topics: ['customer notification', 'status page'],
  },
  {
    code: 'IR-07',
    area: 'IR',
    title: 'Staff reporting of security concerns',
    activity:
      'Staff are told how to report suspected incidents, phishing and lost devices through a dedicated channel monitored by security. Every report is acknowledged and triaged.',
    frequency: 'per_occurrence',
    nature: 'manual',
    type: 'detective',
    evidenceGuidance: 'The published reporting instructions and a sample of staff reports with their triage.',
    criteria: ['CC2.2', 'CC7.3'],
    topics: ['incident reporting'],
  },

  // ------------------------------------------------------------------ CHG
  {
    code: 'CHG-01',
    area: 'CHG',
    title: 'Change approval before deployment',
    activity:
      'Every change to production code, infrastructure or configuration is raised as a pull request or change ticket describing its purpose and impact. Someone other than the author must approve it before it is deployed.',
    frequency: 'per_occurrence',
    nature: 'it_dependent_manual',
    type: 'preventive',
    evidenceGuidance:
      'The population of production deployments for the period and, for a sample, the linked pull request with its description and an independent approval dated before the deployment.',
    criteria: ['CC8.1'],
    topics: ['change approval', 'change management'],
  },
  {
    code: 'CHG-02',
    area: 'CHG',
    title: 'Enforced peer review on protected branches',
    activity:
      'Repositories that deploy to production protect their main branch: a merge needs an approving review from someone other than the author and passing checks. Any bypass by an administrator is alerted to security.',
    frequency: 'continuous',
    nature: 'automated',
    type: 'preventive',
    evidenceGuidance:
      'Branch protection settings for each in-scope repository and the audit log of setting changes and bypasses.',
    criteria: ['CC8.1', 'CC6.3'],
    topics: ['code review', 'segregation of duties'],
  },
  {
    code: 'CHG-03',
    area: 'CHG',
    title: 'Automated testing before release',
    activity:
      'Automated unit, integration and regression tests run in the pipeline for every change, and a change cannot be merged or deployed while any required test fails.',
    frequency: 'per_occurrence',
    nature: 'automated',
    type: 'preventive',
    evidenceGuidance: 'Pipeline configuration showing the required test stages, and test results for a sample of changes.',
    criteria: ['CC8.1', 'PI1.3'],
    topics: ['testing', 'continuous integration'],
  },
  {
    code: 'CHG-04',
    area: 'CHG',
    title: 'Separate development and production environments',
    activity:
      'Development, staging and production are separate environments. Changes are tested in staging before release, and engineers do not change production by hand: all deployments go through the pipeline.',
    frequency: 'continuous',
    nature: 'automated',
    type: 'preventive',
    evidenceGuidance:
      'The environment layout, pipeline stages showing staging before production, and permissions showing engineers cannot deploy directly.',
    criteria: ['CC8.1', 'CC5.1'],
    topics: ['environment separation', 'segregation of duties'],
  },
  {
    code: 'CHG-05',
    area: 'CHG',
    title: 'Emergency change procedure',
    activity:
      'Urgent fixes may be deployed through a shortened emergency procedure, but each one is labelled as an emergency and reviewed and approved after the fact within two business days.',
    frequency: 'per_occurrence',
    nature: 'manual',
    type: 'corrective',
    evidenceGuidance: 'The list of emergency changes and, for each, the retrospective review with its approval date.',
    criteria: ['CC8.1'],
    topics: ['emergency change', 'change management'],
  },
  {
    code: 'CHG-06',
    area: 'CHG',
    title: 'Restricted deployment pipeline',
    activity:
      'Only the deployment pipeline\'s service identity can deploy to production, and it deploys only artefacts built from the protected main branch. Deployment logs record who started each release.',
    frequency: 'continuous',
    nature: 'automated',
    type: 'preventive',
    evidenceGuidance:
      'Permission policies limiting production deployment, the pipeline configuration, and deployment logs for the period.',
    criteria: ['CC8.1', 'CC6.8'],
    topics: ['deployment pipeline'],
  },
  {
    code: 'CHG-07',
    area: 'CHG',
    title: 'Infrastructure changes through code',
    activity:
      'Infrastructure is changed by merging reviewed infrastructure code. Manual console changes in production are possible only with break-glass accounts, and every use of them raises an alert that security reviews.',
    frequency: 'per_occurrence',
    nature: 'automated',
    type: 'preventive',
    evidenceGuidance:
      'Infrastructure pull requests for a sample of changes, break-glass account configuration, and alerts and reviews for any break-glass use.',
    criteria: ['CC8.1', 'CC7.1'],
    topics: ['infrastructure as code', 'change management'],
  },
  {
    code: 'CHG-08',
    area: 'CHG',
    title: 'Customer communication of product changes',
    activity:
      'Changes that affect how customers use the service are announced in release notes. Changes that alter commitments or need customer action are announced in advance by email.',
    frequency: 'per_occurrence',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance: 'Release notes for the period and the advance notices sent for a sample of significant changes.',
    criteria: ['CC2.3'],
    topics: ['release notes', 'external communication'],
  },
  {
    code: 'CHG-09',
    area: 'CHG',
    title: 'Rollback plans for significant changes',
    activity:
      'Changes classed as significant, such as database migrations and major releases, include a tested rollback plan in the change record before approval.',
    frequency: 'per_occurrence',
    nature: 'manual',
    type: 'corrective',
    evidenceGuidance: 'For a sample of significant changes, the change record containing the rollback plan and test evidence.',
    criteria: ['CC8.1'],
    topics: ['rollback', 'change management'],
  },
  {
    code: 'CHG-10',
    area: 'CHG',
    title: 'Static application security testing',
    activity:
      'Static analysis for security flaws runs on every pull request. High-severity findings block the merge until they are fixed or security dismisses them with a recorded reason.',
    frequency: 'per_occurrence',
    nature: 'automated',
    type: 'detective',
    evidenceGuidance:
      'Scanner configuration in the pipeline, the blocking rule, and a sample of findings with fixes or recorded dismissals.',
    criteria: ['CC8.1', 'CC7.1'],
    topics: ['static analysis', 'secure development'],
  },
  {
    code: 'CHG-11',
    area: 'CHG',
    title: 'Approved production data corrections',
    activity:
      'Direct corrections to production data are requested by ticket and approved by the data owner before a second engineer runs them. The script that was run and its result are attached to the ticket.',
    frequency: 'per_occurrence',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance:
      'The population of data correction tickets and, for a sample, the approval, the executed script and its output.',
    criteria: ['CC8.1', 'PI1.5'],
    topics: ['data correction', 'change management'],
  },

  // ------------------------------------------------------------------ BCP
  {
    code: 'BCP-01',
    area: 'BCP',
    title: 'Automated database backups',
    activity:
      'Production databases are backed up automatically with daily snapshots and continuous point-in-time logs. Backups are encrypted, copied to a separate region and kept for 35 days.',
    frequency: 'daily',
    nature: 'automated',
    type: 'preventive',
    evidenceGuidance:
      'Backup configuration showing frequency, encryption, cross-region copy and retention, and the list of backups for sample dates.',
    criteria: ['A1.2', 'PI1.5'],
    topics: ['backup'],
  },
  {
    code: 'BCP-02',
    area: 'BCP',
    title: 'Backup failure alerts',
    activity:
      'Each backup job reports its outcome to monitoring. A failed or missed backup alerts the on-call engineer, who reruns it and records the cause.',
    frequency: 'daily',
    nature: 'automated',
    type: 'detective',
    evidenceGuidance: 'The alert rule for backup failures and the tickets for any failures in the period.',
    criteria: ['A1.2'],
    topics: ['backup', 'alerting'],
  },
  {
    code: 'BCP-03',
    area: 'BCP',
    title: 'Quarterly restore tests',
    activity:
      'Each quarter, engineering restores a production backup into an isolated environment, checks that the data is complete and usable, and records the time taken against the recovery objectives.',
    frequency: 'quarterly',
    nature: 'manual',
    type: 'detective',
    evidenceGuidance:
      'The restore test record for each quarter with data checks, timings compared with recovery objectives, and tickets for issues found.',
    criteria: ['A1.3', 'CC7.5'],
    topics: ['restore test', 'backup'],
  },
  {
    code: 'BCP-04',
    area: 'BCP',
    title: 'Business continuity and disaster recovery plan',
    activity:
      'A business continuity and disaster recovery plan sets recovery time and recovery point objectives for critical services and describes crisis roles, contacts and recovery steps. The plan owner reviews it annually and after significant changes.',
    frequency: 'annual',
    nature: 'manual',
    type: 'corrective',
    evidenceGuidance: 'The approved plan with its recovery objectives and contact list, and evidence of the annual review.',
    criteria: ['CC9.1', 'A1.2'],
    topics: ['business continuity', 'disaster recovery'],
  },
  {
    code: 'BCP-05',
    area: 'BCP',
    title: 'Annual disaster recovery test',
    activity:
      'At least once a year, engineering carries out a disaster recovery exercise such as failing the service over to another region. Results are compared with the recovery objectives, and gaps are tracked and reflected in the plan.',
    frequency: 'annual',
    nature: 'manual',
    type: 'detective',
    evidenceGuidance:
      'The test plan, the results report with measured recovery times, and tickets for issues found.',
    criteria: ['A1.3', 'CC9.1'],
    topics: ['dr test', 'disaster recovery', 'business continuity'],
  },
  {
    code: 'BCP-06',
    area: 'BCP',
    title: 'Redundant multi-zone infrastructure',
    activity:
      'Critical services run across several availability zones behind load balancers, and managed databases fail over automatically, so the loss of one zone does not interrupt service.',
    frequency: 'continuous',
    nature: 'automated',
    type: 'preventive',
    evidenceGuidance: 'Infrastructure configuration showing multi-zone deployment and database failover settings.',
    criteria: ['A1.2'],
    topics: ['redundancy', 'high availability'],
  },
  {
    code: 'BCP-07',
    area: 'BCP',
    title: 'Business impact analysis',
    activity:
      'Each year, management ranks business processes and systems by how critical they are and how long they can be down, and uses the result to set the recovery priorities in the continuity plan.',
    frequency: 'annual',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance: 'The approved business impact analysis with its date and how it feeds the recovery objectives.',
    criteria: ['CC9.1'],
    topics: ['business impact analysis', 'business continuity'],
  },
  {
    code: 'BCP-08',
    area: 'BCP',
    title: 'Protected backup storage',
    activity:
      'Backups are stored in a separate account with deletion protection enabled, and only a small, named group can change or remove them.',
    frequency: 'continuous',
    nature: 'automated',
    type: 'preventive',
    evidenceGuidance: 'The backup account policies, the deletion protection settings and the list of people with delete rights.',
    criteria: ['A1.2', 'CC6.1'],
    topics: ['backup', 'immutability'],
  },

  // ------------------------------------------------------------------ VEN
  {
    code: 'VEN-01',
    area: 'VEN',
    title: 'Vendor inventory and risk tiers',
    activity:
      'Procurement and security keep an inventory of vendors with access to company systems or data, each rated for risk according to the data and services involved. The inventory is reviewed every year.',
    frequency: 'annual',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance: 'The vendor inventory with risk tiers and the record of its annual review.',
    criteria: ['CC9.2'],
    topics: ['vendor management', 'vendor inventory'],
  },
  {
    code: 'VEN-02',
    area: 'VEN',
    title: 'Security due diligence for new vendors',
    activity:
      'Before a vendor that will handle company or customer data is engaged, security reviews its assurance reports or questionnaire answers to the depth its risk tier requires and records an approval decision.',
    frequency: 'per_occurrence',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance:
      'For a sample of new vendors, the due diligence material reviewed and the approval recorded before the contract was signed.',
    criteria: ['CC9.2'],
    topics: ['vendor due diligence', 'vendor review'],
  },
  {
    code: 'VEN-03',
    area: 'VEN',
    title: 'Annual review of critical vendor reports',
    activity:
      'For high-risk vendors, security obtains a current SOC 2 or equivalent report each year, reviews the opinion, exceptions and the controls expected of customers, and follows up on any concerns.',
    frequency: 'annual',
    nature: 'manual',
    type: 'detective',
    evidenceGuidance:
      'A review memo for each critical vendor noting the report period, exceptions and mapping of complementary user entity controls.',
    criteria: ['CC9.2', 'CC4.1'],
    topics: ['vendor review', 'soc report'],
  },
  {
    code: 'VEN-04',
    area: 'VEN',
    title: 'Security terms in vendor contracts',
    activity:
      'Contracts with vendors that access company or customer data include security, confidentiality, breach notification and data return or deletion obligations, using legal\'s standard terms or an approved equivalent.',
    frequency: 'per_occurrence',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance: 'The standard vendor security terms and signed contracts for a sample of vendors showing those terms.',
    criteria: ['CC9.2', 'CC2.3', 'C1.1'],
    topics: ['vendor contracts'],
  },
  {
    code: 'VEN-05',
    area: 'VEN',
    title: 'Vendor offboarding',
    activity:
      'When a vendor relationship ends, the relationship owner removes the vendor\'s access and credentials and obtains confirmation that company data has been returned or destroyed.',
    frequency: 'per_occurrence',
    nature: 'manual',
    type: 'corrective',
    evidenceGuidance:
      'For a sample of ended vendor relationships, the access removal record and the confirmation of data return or destruction.',
    criteria: ['CC9.2', 'C1.2'],
    topics: ['vendor offboarding'],
  },

  // ----------------------------------------------------------------- DATA
  {
    code: 'DATA-01',
    area: 'DATA',
    title: 'Data classification policy',
    activity:
      'A data classification policy defines public, internal, confidential and restricted levels with handling rules for each, and treats customer data as confidential or higher. The policy is reviewed annually.',
    frequency: 'annual',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance: 'The classification policy with its handling rules and the latest annual approval.',
    criteria: ['C1.1'],
    topics: ['data classification'],
  },
  {
    code: 'DATA-02',
    area: 'DATA',
    title: 'Register of confidential data locations',
    activity:
      'Security keeps a register of the systems and vendors that store confidential or personal data, recording the data types and owner for each. It is updated during new-system reviews and checked at least annually.',
    frequency: 'annual',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance: 'The data register with owners and the date of its last review.',
    criteria: ['C1.1', 'CC2.1'],
    topics: ['data inventory'],
  },
  {
    code: 'DATA-03',
    area: 'DATA',
    title: 'Data retention schedule',
    activity:
      'A retention schedule sets how long each category of confidential and personal data is kept and when it must be destroyed, including copies in backups and logs. Legal and the data owners review it annually.',
    frequency: 'annual',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance: 'The approved retention schedule with its review date.',
    criteria: ['C1.2', 'P4.2'],
    topics: ['retention'],
  },
  {
    code: 'DATA-04',
    area: 'DATA',
    title: 'Automated retention enforcement',
    activity:
      'Scheduled jobs delete or anonymize data once its retention period has passed, and backups expire automatically at the end of their retention window. Failed jobs raise alerts.',
    frequency: 'daily',
    nature: 'automated',
    type: 'preventive',
    evidenceGuidance:
      'Job configuration mapped to the retention schedule, run logs for sample dates, and backup lifecycle settings.',
    criteria: ['C1.2', 'P4.2', 'P4.3'],
    topics: ['retention', 'deletion'],
  },
  {
    code: 'DATA-05',
    area: 'DATA',
    title: 'Secure asset and media disposal',
    activity:
      'Laptops, drives and other storage media are wiped with a recognized sanitization method, or destroyed by a certified vendor, before disposal or reuse. IT records the wipe log or destruction certificate and updates the asset inventory.',
    frequency: 'per_occurrence',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance:
      'For a sample of retired assets, the wipe log or destruction certificate and the updated inventory status.',
    criteria: ['CC6.5', 'C1.2'],
    topics: ['asset disposal', 'media sanitization'],
  },
  {
    code: 'DATA-06',
    area: 'DATA',
    title: 'Customer data deletion at contract end',
    activity:
      'When a customer contract ends, the customer\'s data is deleted from production within 30 days after the export window closes and ages out of backups within the backup retention period. Completion is recorded in the customer offboarding ticket.',
    frequency: 'per_occurrence',
    nature: 'it_dependent_manual',
    type: 'corrective',
    evidenceGuidance:
      'The list of customers that left during the period and, for a sample, the deletion job record and ticket showing completion within the deadline.',
    criteria: ['C1.2', 'CC6.5'],
    topics: ['deletion', 'customer offboarding'],
  },
  {
    code: 'DATA-07',
    area: 'DATA',
    title: 'Production data kept out of test environments',
    activity:
      'Customer and personal data is not copied from production into development or test environments. Where realistic data is needed, a masked or synthetic dataset approved by security is used.',
    frequency: 'per_occurrence',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance:
      'The test data standard, a listing of non-production data stores, and approvals for any masked datasets.',
    criteria: ['C1.1'],
    topics: ['test data', 'data masking'],
  },
  {
    code: 'DATA-08',
    area: 'DATA',
    title: 'Decommissioning of cloud resources',
    activity:
      'When a cloud database, storage bucket or service is retired, the owning team deletes its data and snapshots and records the deletion in the decommissioning ticket.',
    frequency: 'per_occurrence',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance: 'Decommissioning tickets for a sample of retired resources with confirmation that data and snapshots were deleted.',
    criteria: ['CC6.5', 'C1.2'],
    topics: ['decommissioning', 'asset disposal'],
  },
  {
    code: 'DATA-09',
    area: 'DATA',
    title: 'Secure file exchange',
    activity:
      'Files exchanged with customers and vendors move through encrypted channels such as SFTP or expiring, access-controlled links. Restricted data is not sent as email attachments.',
    frequency: 'continuous',
    nature: 'automated',
    type: 'preventive',
    evidenceGuidance: 'The file transfer standard, configuration of the transfer tools, and a sample of transfers.',
    criteria: ['CC6.7', 'C1.1'],
    topics: ['secure file transfer', 'encryption in transit'],
  },
  {
    code: 'DATA-10',
    area: 'DATA',
    title: 'Controlled support access to customer data',
    activity:
      'Support staff can view a customer\'s data only through an audited support tool, after the customer grants access or a ticket justifies it. The access expires automatically and is logged.',
    frequency: 'per_occurrence',
    nature: 'automated',
    type: 'preventive',
    evidenceGuidance: 'Support tool configuration, access grants, and access logs for a sample of support tickets.',
    criteria: ['C1.1', 'CC6.3'],
    topics: ['support access', 'confidentiality'],
  },
  {
    code: 'DATA-11',
    area: 'DATA',
    title: 'Legal hold process',
    activity:
      'When litigation or an investigation requires it, legal issues a hold that suspends deletion of the affected data, and lifts the hold once it is no longer needed so normal retention resumes.',
    frequency: 'per_occurrence',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance: 'Legal hold notices and evidence that deletion was suspended and later resumed for the affected data.',
    criteria: ['P4.2', 'C1.2'],
    topics: ['legal hold', 'retention'],
  },

  // ------------------------------------------------------------------- PI
  {
    code: 'PI-01',
    area: 'PI',
    title: 'Published processing specifications',
    activity:
      'Product documentation and the API reference describe the inputs the service accepts, the meaning of each field, the processing rules and the outputs. Documentation is updated in the same release as any change in behaviour.',
    frequency: 'per_occurrence',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance:
      'Published documentation versions and, for a sample of releases that changed behaviour, the matching documentation update.',
    criteria: ['PI1.1', 'CC2.3'],
    topics: ['processing specifications', 'api documentation'],
  },
  {
    code: 'PI-02',
    area: 'PI',
    title: 'Input validation',
    activity:
      'Every API and user interface input is validated against a defined schema for type, format, range and required fields. Invalid requests are rejected with a descriptive error and nothing is partially processed.',
    frequency: 'continuous',
    nature: 'automated',
    type: 'preventive',
    evidenceGuidance:
      'Schema definitions, code showing validation at the entry points, and automated tests that submit invalid input.',
    criteria: ['PI1.2'],
    topics: ['input validation'],
  },
  {
    code: 'PI-03',
    area: 'PI',
    title: 'Authenticated data sources',
    activity:
      'The service accepts data only from authenticated users or API clients whose credentials are scoped to the customer account the data belongs to.',
    frequency: 'continuous',
    nature: 'automated',
    type: 'preventive',
    evidenceGuidance: 'API authentication configuration and tests showing that unauthenticated or wrongly scoped requests are rejected.',
    criteria: ['PI1.2', 'CC6.1'],
    topics: ['input validation', 'authentication'],
  },
  {
    code: 'PI-04',
    area: 'PI',
    title: 'Import counts and rejects',
    activity:
      'Each bulk import reports the number of records received, accepted and rejected to the user who submitted it, and lists rejected records with reasons so they can be corrected and resubmitted.',
    frequency: 'per_occurrence',
    nature: 'automated',
    type: 'detective',
    evidenceGuidance: 'Import summaries for a sample of imports showing counts and rejected records with reasons.',
    criteria: ['PI1.2'],
    topics: ['input validation', 'import reconciliation'],
  },
  {
    code: 'PI-05',
    area: 'PI',
    title: 'Job and queue monitoring',
    activity:
      'Scheduled jobs and processing queues are monitored for failures, backlogs and delays beyond defined thresholds, which alert the on-call engineer.',
    frequency: 'continuous',
    nature: 'automated',
    type: 'detective',
    evidenceGuidance: 'Monitoring rules for jobs and queues and the alert history with resolution notes.',
    criteria: ['PI1.3'],
    topics: ['processing monitoring', 'alerting'],
  },
  {
    code: 'PI-06',
    area: 'PI',
    title: 'Exception queue resolution',
    activity:
      'Records that fail processing go to an exception queue. Engineering reviews the queue every business day and resolves each item by reprocessing it or fixing the cause.',
    frequency: 'daily',
    nature: 'it_dependent_manual',
    type: 'corrective',
    evidenceGuidance: 'Exception queue reports for sample days and tickets showing how items were resolved.',
    criteria: ['PI1.3'],
    topics: ['exception handling', 'processing monitoring'],
  },
  {
    code: 'PI-07',
    area: 'PI',
    title: 'Output reconciliation',
    activity:
      'For each processing run, automated checks compare output totals and record counts with the inputs that produced them. A mismatch holds the output back and alerts engineering.',
    frequency: 'per_occurrence',
    nature: 'automated',
    type: 'detective',
    evidenceGuidance:
      'The reconciliation check configuration and results for a sample of runs, including investigation of any mismatch.',
    criteria: ['PI1.4', 'PI1.3'],
    topics: ['output reconciliation'],
  },
  {
    code: 'PI-08',
    area: 'PI',
    title: 'Output delivery to authorized recipients',
    activity:
      'Reports and exports are delivered only to users authorized within the customer account, or to destinations set up by the customer\'s administrators, over encrypted connections.',
    frequency: 'continuous',
    nature: 'automated',
    type: 'preventive',
    evidenceGuidance: 'Permission checks on export features, delivery destination settings, and the related automated tests.',
    criteria: ['PI1.4', 'CC6.7'],
    topics: ['output delivery'],
  },
  {
    code: 'PI-09',
    area: 'PI',
    title: 'Stored data integrity checks',
    activity:
      'Database constraints enforce integrity rules, and a weekly job compares checksums and record counts between primary stores and derived copies, opening a ticket for any difference.',
    frequency: 'weekly',
    nature: 'automated',
    type: 'detective',
    evidenceGuidance: 'Schema constraints, the integrity job configuration, and its results for a sample of weeks.',
    criteria: ['PI1.5'],
    topics: ['data integrity'],
  },
  {
    code: 'PI-10',
    area: 'PI',
    title: 'Duplicate processing prevention',
    activity:
      'Requests that create or change records carry idempotency keys, so retries and repeated submissions take effect only once.',
    frequency: 'continuous',
    nature: 'automated',
    type: 'preventive',
    evidenceGuidance: 'Design notes on idempotency and automated tests that submit the same request twice.',
    criteria: ['PI1.3'],
    topics: ['idempotency'],
  },

  // ----------------------------------------------------------------- PRIV
  {
    code: 'PRIV-01',
    area: 'PRIV',
    title: 'Privacy notice',
    activity:
      'A privacy notice on the website, linked from every point where personal information is collected, explains what is collected and why, how it is used, shared and kept, and what choices people have. Legal reviews it against actual practice every year.',
    frequency: 'annual',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance:
      'The published notice with its effective date, links from collection points, and the record of the annual review.',
    criteria: ['P1.1'],
    topics: ['privacy notice'],
  },
  {
    code: 'PRIV-02',
    area: 'PRIV',
    title: 'Communicating privacy notice changes',
    activity:
      'When privacy practices change materially, the notice is updated before the change takes effect and users are told by email or in-product message. Earlier versions of the notice are archived.',
    frequency: 'per_occurrence',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance: 'The notice version history and the messages sent for each material change.',
    criteria: ['P1.1'],
    topics: ['privacy notice'],
  },
  {
    code: 'PRIV-03',
    area: 'PRIV',
    title: 'Consent and preference records',
    activity:
      'Where processing relies on consent, the product records each person\'s consent with the date and notice version, lets them withdraw it as easily as they gave it, and passes the choice on to downstream systems.',
    frequency: 'continuous',
    nature: 'automated',
    type: 'preventive',
    evidenceGuidance:
      'Consent records for a sample of users, the withdrawal flow, and evidence that a withdrawal reaches downstream systems.',
    criteria: ['P2.1'],
    topics: ['consent'],
  },
  {
    code: 'PRIV-04',
    area: 'PRIV',
    title: 'Explicit consent for sensitive data',
    activity:
      'Sensitive categories of personal information are collected only after the person gives explicit, separately recorded consent, having been told what happens if they decline.',
    frequency: 'per_occurrence',
    nature: 'automated',
    type: 'preventive',
    evidenceGuidance: 'The list of sensitive data fields, the consent screens, and the stored consent records.',
    criteria: ['P3.2'],
    topics: ['sensitive data', 'consent'],
  },
  {
    code: 'PRIV-05',
    area: 'PRIV',
    title: 'Record of personal data collected',
    activity:
      'A record of processing maps each personal data element collected to its purpose, source and legal basis. The privacy lead reviews it annually and stops collection of elements that no longer serve a stated purpose.',
    frequency: 'annual',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance: 'The record of processing with its review date and any resulting changes to collection.',
    criteria: ['P3.1', 'P4.1'],
    topics: ['collection limits', 'data minimization'],
  },
  {
    code: 'PRIV-06',
    area: 'PRIV',
    title: 'Privacy review of new uses',
    activity:
      'New features, data sources and uses of personal information, including analytics and model training, go through a privacy review before launch that checks them against the notice and the consent obtained. The review is recorded.',
    frequency: 'per_occurrence',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance: 'Privacy review records for a sample of launches involving personal information.',
    criteria: ['P4.1', 'P3.1'],
    topics: ['privacy impact assessment', 'purpose limitation'],
  },
  {
    code: 'PRIV-07',
    area: 'PRIV',
    title: 'Individual access requests',
    activity:
      'Requests from individuals to see their personal information are logged and the requester\'s identity is verified. A readable copy of the data, with the list of third parties it was shared with, is provided within 30 days or the legal deadline, and any refusal is explained in writing.',
    frequency: 'per_occurrence',
    nature: 'it_dependent_manual',
    type: 'preventive',
    evidenceGuidance:
      'The request log with received and completed dates and, for a sample, the identity check and the response sent.',
    criteria: ['P5.1', 'P6.7'],
    topics: ['data subject access', 'data subject rights'],
  },
  {
    code: 'PRIV-08',
    area: 'PRIV',
    title: 'Correction of personal information',
    activity:
      'Requests to correct personal information are logged and completed within 30 days. Corrections are passed on to third parties that received the data where required, and a refusal is explained to the requester.',
    frequency: 'per_occurrence',
    nature: 'manual',
    type: 'corrective',
    evidenceGuidance: 'The correction request log and, for a sample, the change made and any notices to third parties.',
    criteria: ['P5.2', 'P7.1'],
    topics: ['data correction', 'data subject rights'],
  },
  {
    code: 'PRIV-09',
    area: 'PRIV',
    title: 'Individual deletion requests',
    activity:
      'Requests to delete personal information are verified and carried out through the standard deletion process, including at processors, and the requester is told the outcome.',
    frequency: 'per_occurrence',
    nature: 'it_dependent_manual',
    type: 'corrective',
    evidenceGuidance: 'The deletion request log and, for a sample, evidence of deletion and the reply to the requester.',
    criteria: ['P4.3'],
    topics: ['deletion', 'data subject rights'],
  },
  {
    code: 'PRIV-10',
    area: 'PRIV',
    title: 'Agreements before sharing personal data',
    activity:
      'Personal information is shared with a third party only for a purpose stated in the privacy notice and only after a data processing agreement is signed. The privacy lead keeps the list of these recipients.',
    frequency: 'per_occurrence',
    nature: 'manual',
    type: 'preventive',
    evidenceGuidance: 'The list of third-party recipients with their purposes, and the signed data processing agreements.',
    criteria: ['P6.1', 'P6.4'],
    topics: ['third-party disclosure', 'data processing agreement'],
  },
  {
    code: 'PRIV-11',
    area: 'PRIV',
    title: 'Log of disclosures',
    activity:
      'Each disclosure of personal information to a third party outside the standard processors, such as a response to a legal demand, is logged with the recipient, date, data and reason at the time it is made.',
    frequency: 'per_occurrence',
    nature: 'manual',
    type: 'detective',
    evidenceGuidance: 'The disclosure log and the underlying request documents for a sample of entries.',
    criteria: ['P6.2', 'P6.7'],
    topics: ['disclosure log'],
  },
  {
    code: 'PRIV-12',
    area: 'PRIV',
    title: 'Privacy incident register',
    activity:
      'Unauthorized disclosures of personal information, whether from attacks, mistakes or misuse, are recorded in a privacy incident register with the data and people affected, the cause, the timing and a link to the incident ticket.',
    frequency: 'per_occurrence',
    nature: 'manual',
    type: 'detective',
    evidenceGuidance: 'The register for the period and the linked incident tickets.',
    criteria: ['P6.3'],
    topics: ['privacy incident', 'breach'],
  },
  {
    code: 'PRIV-13',
    area: 'PRIV',
    title: 'Breach notification',
    activity:
      'When an incident affects personal information, legal determines the notification duties under each applicable law and contract, then notifies affected individuals, customers and regulators within the deadlines using approved templates, recording who was told and when.',
    frequency: 'per_occurrence',
    nature: 'manual',
    type: 'corrective',
    evidenceGuidance:
      'The notification requirements matrix, the approved templates and, for any breach in the period, the notices with their send dates.',
    criteria: ['P6.6', 'CC7.4'],
    topics: ['breach notification', 'breach'],
  },
  {
    code: 'PRIV-14',
    area: 'PRIV',
    title: 'Vendor privacy assessments',
    activity:
      'Vendors that process personal information for the company are assessed every year on how they protect it. Shortfalls lead to a remediation plan or to ending the relationship.',
    frequency: 'annual',
    nature: 'manual',
    type: 'detective',
    evidenceGuidance: 'The assessment record for each such vendor and follow-up on any shortfalls.',
    criteria: ['P6.4', 'CC9.2'],
    topics: ['vendor review', 'privacy'],
  },
  {
    code: 'PRIV-15',
    area: 'PRIV',
    title: 'Vendor breach reporting',
    activity:
      'Data processing agreements require vendors to report any unauthorized disclosure of personal information to a designated privacy contact within 72 hours, and each report is entered into the incident process.',
    frequency: 'per_occurrence',
    nature: 'manual',
    type: 'detective',
    evidenceGuidance:
      'The contract clause, the designated contact address, and any vendor reports in the period with the linked incident tickets.',
    criteria: ['P6.5'],
    topics: ['vendor breach notification', 'breach'],
  },
  {
    code: 'PRIV-16',
    area: 'PRIV',
    title: 'Accuracy of personal information',
    activity:
      'Personal information is validated when it is captured, for example by format checks and email verification, and people can review and update their own details in their account settings at any time.',
    frequency: 'continuous',
    nature: 'automated',
    type: 'preventive',
    evidenceGuidance: 'The validation rules applied at capture and a walkthrough of the self-service profile update feature.',
    criteria: ['P7.1'],
    topics: ['data quality'],
  },
  {
    code: 'PRIV-17',
    area: 'PRIV',
    title: 'Privacy complaints handling',
    activity:
      'A published privacy contact receives questions and complaints, which are logged, investigated and answered within 30 days. Disputes are escalated to the privacy lead.',
    frequency: 'per_occurrence',
    nature: 'manual',
    type: 'corrective',
    evidenceGuidance: 'The published contact details and the complaint log with dates, outcomes and escalations.',
    criteria: ['P8.1'],
    topics: ['privacy complaints'],
  },
  {
    code: 'PRIV-18',
    area: 'PRIV',
    title: 'Annual privacy compliance review',
    activity:
      'Each year the privacy lead reviews whether the company meets its privacy notice, policies and legal obligations, and findings are tracked until resolved.',
    frequency: 'annual',
    nature: 'manual',
    type: 'detective',
    evidenceGuidance: 'The review report and the tracker of its findings.',
    criteria: ['P8.1'],
    topics: ['privacy review', 'compliance monitoring'],
  },
  {
    code: 'PRIV-19',
    area: 'PRIV',
    title: 'Quarterly check of personal data held',
    activity:
      'Each quarter, data owners confirm that personal information past its retention period has been removed from the systems they own, and investigate any exceptions.',
    frequency: 'quarterly',
    nature: 'manual',
    type: 'detective',
    evidenceGuidance: 'The quarterly confirmations by data owners and investigation notes for exceptions.',
    criteria: ['P4.2', 'P4.3'],
    topics: ['retention'],
  },
];

function freeze(control: ControlTemplate): ControlTemplate {
  return Object.freeze({
    ...control,
    criteria: Object.freeze([...control.criteria]),
    topics: Object.freeze([...control.topics]),
  });
}

/** The shipped starter library, deeply frozen. */
export const CONTROL_LIBRARY: readonly ControlTemplate[] = Object.freeze(CONTROLS.map(freeze));
