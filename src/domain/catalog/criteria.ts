// The Trust Services Criteria (2017, with revised points of focus) as Attest
// ships them. Every title, description and point of focus below is an
// original plain-English summary written for Attest; none of it is AICPA
// text. Users who hold a licence for the official wording can import it
// (see parseCatalogImport / applyOverrides).
import type { Criterion } from './types.ts';
import { findSeries, seriesOfId } from './structure.ts';

/** Bump whenever the shipped text or structure changes. */
export const CATALOG_VERSION = 'tsc-2017-attest-1';

interface CriterionText {
  readonly id: string;
  readonly cosoPrinciple: number | null;
  readonly title: string;
  readonly description: string;
  readonly pointsOfFocus: readonly string[];
}

const TEXT: readonly CriterionText[] = [
  // CC1 — control environment
  {
    id: 'CC1.1',
    cosoPrinciple: 1,
    title: 'Ethical conduct set and enforced from the top',
    description:
      'Leaders show by their own behaviour that honesty and ethical conduct are expected of everyone. Those expectations are written down, people are checked against them, and lapses are dealt with consistently.',
    pointsOfFocus: [
      'A written code of conduct that staff and contractors acknowledge at hire and periodically afterwards',
      'Leadership messages and decisions that visibly back the code of conduct',
      'A confidential way to report suspected misconduct without fear of retaliation',
      'Reported breaches investigated and resolved with consistent, timely consequences',
      'Conduct expectations extended to contractors and vendors who act for the company',
    ],
  },
  {
    id: 'CC1.2',
    cosoPrinciple: 2,
    title: 'Independent oversight of internal control by a governing body',
    description:
      'Someone outside day-to-day management, such as a board or an equivalent advisory group in a smaller company, holds management to account for internal control. That group needs relevant expertise and enough independence to challenge management, and it should actually review control matters.',
    pointsOfFocus: [
      'A charter or terms of reference that give the governing body oversight of security and compliance',
      'Members with enough technology and risk knowledge to question management',
      'Independence from management, for example through non-executive or outside members',
      'Meeting minutes showing that risk, security and audit results were discussed',
      'Regular reporting from management to the governing body on the state of controls',
    ],
  },
  {
    id: 'CC1.3',
    cosoPrinciple: 3,
    title: 'Clear structure, reporting lines and decision rights',
    description:
      'Everyone should be able to tell who they answer to, what they own and what they are allowed to sign off. Management designs that structure, with the governing body keeping an eye on it, and adjusts it as the company grows.',
    pointsOfFocus: [
      'An up-to-date organization chart covering every function in scope',
      'Written roles and responsibilities for security and compliance duties',
      'Approval limits or a delegation-of-authority matrix',
      'Structure revisited when the business, its systems or its key vendors change',
      'Duties of outsourced service providers set out in their contracts',
    ],
  },
  {
    id: 'CC1.4',
    cosoPrinciple: 4,
    title: 'Hiring, developing and keeping competent people',
    description:
      'The company decides what skills each role needs, hires against those needs and keeps people trained so their knowledge stays current. It also plans cover for key people so that control duties are never left unattended.',
    pointsOfFocus: [
      'Job descriptions listing the skills and experience each role requires',
      'Background checks suited to the role and permitted by local law',
      'Security awareness and role-specific training, with completion tracked',
      'Performance reviews that look at how people handle their control duties',
      'Backup or succession arrangements for people in key control roles',
      'The same competence expectations applied to contractors',
    ],
  },
  {
    id: 'CC1.5',
    cosoPrinciple: 5,
    title: 'Holding people accountable for their control duties',
    description:
      'Control duties come with consequences: people know they will be measured on how they carry them out, through goals, reviews and, where needed, discipline. Management also watches that pressure to hit targets does not push people into bypassing controls.',
    pointsOfFocus: [
      'Control responsibilities written into roles and communicated to the people who hold them',
      'Performance goals and reviews that include security and compliance duties',
      'A documented disciplinary process for policy violations',
      'Targets and incentive schemes reviewed for pressure that could encourage shortcuts',
      'Evidence that the accountability measures were actually applied',
    ],
  },

  // CC2 — communication and information
  {
    id: 'CC2.1',
    cosoPrinciple: 13,
    title: 'Reliable information to run and support controls',
    description:
      'The company works out what information its controls depend on and gathers it from inside and outside the business. It makes sure that information is accurate, complete and current enough to be trusted.',
    pointsOfFocus: [
      'An inventory of the systems, reports and data feeds that controls rely on',
      'Checks that reports used in controls are complete and accurate',
      'Documented data flows and system components within the boundary',
      'Logs and monitoring data available to the people who need them',
      'Information kept and protected in proportion to how it is used',
    ],
  },
  {
    id: 'CC2.2',
    cosoPrinciple: 14,
    title: 'Communicating control responsibilities inside the company',
    description:
      'Staff know what the security and control objectives are and what part they play in meeting them. Working channels exist for raising concerns to management and the governing body, including a way to do so anonymously.',
    pointsOfFocus: [
      'Policies published where employees can find them, with acknowledgement of receipt',
      'Security awareness training at onboarding and at least once a year',
      'Changes to systems and responsibilities announced to the staff they affect',
      'An anonymous or confidential reporting channel',
      'Regular communication between management and the governing body',
      'A description of the system and its boundaries available to internal users',
    ],
  },
  {
    id: 'CC2.3',
    cosoPrinciple: 15,
    title: 'Communicating with customers and other outside parties',
    description:
      'Customers, vendors, regulators and other outsiders are told what they need to know about the company\'s commitments, their own responsibilities and events that affect the service. Outsiders also have a way to report problems or complaints back.',
    pointsOfFocus: [
      'Service commitments and system requirements stated in contracts or published terms',
      'Customer-facing material describing security practices and shared responsibilities',
      'A published channel for reporting security issues or complaints',
      'Customers notified of changes and incidents that affect them',
      'Expectations placed on vendors written into their agreements',
      'Timely communication with regulators where the law requires it',
    ],
  },

  // CC3 — risk assessment
  {
    id: 'CC3.1',
    cosoPrinciple: 6,
    title: 'Objectives clear enough to assess risk against',
    description:
      'Before risks can be judged, the company has to say what it is trying to achieve in its operations, its reporting and its legal and customer obligations. Those goals need to be specific enough that threats to them can be recognised.',
    pointsOfFocus: [
      'Documented service commitments and system requirements',
      'Operational targets such as uptime, response times and recovery objectives',
      'Applicable laws, regulations and contractual obligations identified',
      'Risk tolerance agreed by management',
      'Objectives reviewed when the business or its environment changes',
    ],
  },
  {
    id: 'CC3.2',
    cosoPrinciple: 7,
    title: 'Identifying and analysing risks across the company',
    description:
      'The company looks across all of its operations, including vendors and business partners, for things that could stop it meeting its objectives. Each risk is rated for likelihood and impact and given a decided response.',
    pointsOfFocus: [
      'A risk register covering business units, systems and third parties',
      'Threats and vulnerabilities considered for each system component and data set',
      'Likelihood and impact rated with a consistent method',
      'A recorded response for each risk: accept, reduce, transfer or avoid',
      'Senior management taking part in rating and accepting risks',
      'The assessment repeated at least annually and after major changes',
    ],
  },
  {
    id: 'CC3.3',
    cosoPrinciple: 8,
    title: 'Considering how fraud could happen',
    description:
      'The risk assessment explicitly asks how someone could cheat the company or its customers, for example by falsifying records, stealing assets or abusing access. It weighs the motives and opportunities that might lead a person to do so.',
    pointsOfFocus: [
      'Fraud scenarios included in the risk assessment',
      'What might motivate or enable someone inside the company to commit fraud',
      'The chance of management overriding controls assessed',
      'Misuse of systems, such as unauthorized changes to data, considered',
      'Each significant fraud risk linked to the controls that address it',
    ],
  },
  {
    id: 'CC3.4',
    cosoPrinciple: 9,
    title: 'Spotting changes that could weaken controls',
    description:
      'The company watches for significant shifts in its business model, leadership, technology, vendors or legal environment. When one happens, it reassesses the related risks and controls.',
    pointsOfFocus: [
      'A way to flag major events such as acquisitions, new products or new regions',
      'Leadership changes reviewed for their effect on controls',
      'New technology or infrastructure assessed for risk before adoption',
      'Significant changes at key vendors evaluated',
      'New or changed laws and regulations tracked',
    ],
  },

  // CC4 — monitoring
  {
    id: 'CC4.1',
    cosoPrinciple: 16,
    title: 'Checking that controls are present and working',
    description:
      'The company does not assume its controls work; it checks. Automated monitoring runs continuously, and reviews such as internal audits or penetration tests look at the controls from a fresh angle at planned intervals.',
    pointsOfFocus: [
      'Continuous checks, such as automated control monitoring, alongside periodic reviews',
      'Evaluators with the knowledge and independence to judge the controls',
      'Scope and frequency of evaluations set according to risk',
      'Penetration tests, internal audits or other independent assessments',
      'Results of evaluations documented and retained',
    ],
  },
  {
    id: 'CC4.2',
    cosoPrinciple: 17,
    title: 'Reporting and fixing control weaknesses',
    description:
      'When a control turns out to be broken or missing, the finding goes quickly to whoever owns the fix, and serious ones reach leadership and the governing body. Each finding stays open until the fix is confirmed.',
    pointsOfFocus: [
      'A log of identified deficiencies with owners and due dates',
      'Escalation to senior management and the governing body based on severity',
      'Remediation progress followed up until closure',
      'Root causes analysed so that the same weakness does not return',
    ],
  },

  // CC5 — control activities
  {
    id: 'CC5.1',
    cosoPrinciple: 10,
    title: 'Choosing controls that bring risk down to an acceptable level',
    description:
      'Using the results of its risk assessment, the company picks a sensible mix of controls so that remaining risk stays within tolerance. The mix balances manual and automated checks as well as controls that prevent and controls that detect.',
    pointsOfFocus: [
      'A risk and control matrix linking each significant risk to its controls',
      'Preventive controls such as approvals alongside detective controls such as reviews and alerts',
      'Automated controls used where volume or speed makes manual checks unreliable',
      'Incompatible duties split between people, or compensating reviews where the team is too small',
      'Controls designed around how each business process actually runs',
    ],
  },
  {
    id: 'CC5.2',
    cosoPrinciple: 11,
    title: 'IT general controls that keep automated processing dependable',
    description:
      'Automated controls and system-generated reports are only as trustworthy as the technology underneath them. The company therefore puts baseline IT controls around its infrastructure, its access administration and the way it buys, builds and maintains software.',
    pointsOfFocus: [
      'A list of the automated controls and key reports, and the systems they run on',
      'Hardened, patched and monitored infrastructure beneath those systems',
      'Access administration covering provisioning, reviews and privileged accounts',
      'A secure development lifecycle for in-house code and vetting of purchased software',
      'IT general controls tested together with the automated controls that rely on them',
    ],
  },
  {
    id: 'CC5.3',
    cosoPrinciple: 12,
    title: 'Policies and procedures that people actually follow',
    description:
      'Controls live in documents people really use: policies set the rules, and step-by-step procedures say who does each task and how often. Both are kept current, and lapses are corrected.',
    pointsOfFocus: [
      'An approved policy set covering the security program, with version history',
      'Runbooks or procedures naming who performs each task and how often',
      'A named owner for every policy',
      'Evidence that recurring procedures happened on schedule',
      'Follow-up when a procedure was skipped or done wrongly',
      'Policies reviewed and re-approved at least once a year',
    ],
  },

  // CC6 — logical and physical access
  {
    id: 'CC6.1',
    cosoPrinciple: null,
    title: 'Logical access security over systems and data',
    description:
      'The company decides which people and systems may reach each piece of protected information and enforces that through its network design, identity tooling and application permissions. It keeps track of what it is protecting, authenticates every user and guards its encryption keys.',
    pointsOfFocus: [
      'An inventory of information assets with named owners',
      'Network segmentation that limits access to sensitive environments',
      'Unique user identities and strong authentication, with MFA for privileged and remote access',
      'Access to databases and administrative interfaces restricted by role',
      'Data encrypted at rest with keys that are generated, stored and rotated securely',
      'Default, shared and generic accounts disabled or tightly controlled',
    ],
  },
  {
    id: 'CC6.2',
    cosoPrinciple: null,
    title: 'Registering and approving users before credentials are issued',
    description:
      'Nobody, whether employee, contractor or customer administrator, receives credentials until an authorized person has approved the request. Credentials are withdrawn as soon as the person no longer needs them.',
    pointsOfFocus: [
      'Access requests recorded together with the approver',
      'Identity confirmed before an account is created',
      'Accounts for contractors and other third parties approved the same way',
      'Accounts disabled promptly when someone leaves',
      'Active accounts reconciled periodically against HR or contractor records',
    ],
  },
  {
    id: 'CC6.3',
    cosoPrinciple: null,
    title: 'Role-based granting, changing and removal of access',
    description:
      'What each person can do in each system follows from their role: permissions are set when they join, adjusted when their job changes and taken away when no longer needed. Everyone gets the minimum their work requires, and duties that would let one person act unchecked are split between people.',
    pointsOfFocus: [
      'Role definitions stating the permissions each role needs',
      'Access adjusted promptly, and with approval, when someone changes jobs',
      'Access removed when it is no longer required',
      'Periodic access reviews performed by system or data owners',
      'Least privilege applied to administrator rights and service accounts',
      'Segregation of duties enforced, such as engineers being unable to ship their own unreviewed code',
    ],
  },
  {
    id: 'CC6.4',
    cosoPrinciple: null,
    title: 'Restricting physical access to facilities and equipment',
    description:
      'Only people with a business need can get into buildings, server rooms and places where equipment or storage media are kept. Entry rights are approved, reviewed and removed through a controlled process.',
    pointsOfFocus: [
      'Badge or key control over restricted areas',
      'Visitors signed in and escorted',
      'Physical access lists reviewed periodically',
      'Badges and keys recovered or disabled when someone leaves',
      'Cameras or alarms at sensitive locations',
      'Where hosting is outsourced, the provider\'s assurance report reviewed for physical controls',
    ],
  },
  {
    id: 'CC6.5',
    cosoPrinciple: null,
    title: 'Protecting data when assets are retired or disposed of',
    description:
      'Before a laptop, disk, server or storage service is retired, sold or thrown away, the company makes sure no data can be pulled from it. Protections stay in place until wiping or destruction is done.',
    pointsOfFocus: [
      'A documented procedure for decommissioning devices and media',
      'Secure wiping or physical destruction, with certificates where a vendor does it',
      'The asset inventory updated when items are retired',
      'Laptops returned by leavers wiped before they are reissued',
      'Data removed from cloud storage and services that are shut down',
    ],
  },
  {
    id: 'CC6.6',
    cosoPrinciple: null,
    title: 'Defending the system boundary against outside threats',
    description:
      'The company puts protections at the edge of its system to keep out threats that originate outside it. Typical measures are firewalls, hardened remote access and detection of intrusion attempts.',
    pointsOfFocus: [
      'Firewalls or security groups that allow only necessary inbound traffic',
      'Remote administrative access over encrypted channels with MFA',
      'Intrusion detection or prevention at network entry points',
      'Internet-facing endpoints hardened and kept to a minimum',
      'Web application firewall or denial-of-service protection for public services',
    ],
  },
  {
    id: 'CC6.7',
    cosoPrinciple: null,
    title: 'Controlling how data moves and is transmitted',
    description:
      'Only approved people and systems may send data out, move it between environments or take it away on devices. Data in motion is encrypted or otherwise protected so it cannot be read or altered along the way.',
    pointsOfFocus: [
      'TLS or equivalent encryption for data crossing public networks',
      'Restrictions on removable media and unsanctioned file sharing',
      'Data loss prevention rules for sensitive information',
      'Full-disk encryption on laptops and management of mobile devices',
      'Secure transfer methods for exchanging files with customers and vendors',
    ],
  },
  {
    id: 'CC6.8',
    cosoPrinciple: null,
    title: 'Preventing and detecting unauthorized or malicious software',
    description:
      'The company keeps malware and unapproved programs off its laptops and servers, and has tooling that spots and deals with anything that gets through. This extends to the open-source and third-party code built into its own product.',
    pointsOfFocus: [
      'Anti-malware or endpoint detection on workstations and servers, kept up to date',
      'Limits on which users may install software',
      'Monitoring for unexpected changes to system files and configurations',
      'Scanning of third-party libraries and container images for known threats',
      'Only approved, reviewed software deployed to production',
    ],
  },

  // CC7 — system operations
  {
    id: 'CC7.1',
    cosoPrinciple: null,
    title: 'Detecting risky configuration changes and vulnerabilities',
    description:
      'The company keeps watch over how its systems are configured so that a change which opens a security hole is noticed, and it regularly hunts for known weaknesses in the software it runs. Findings are fixed within set deadlines.',
    pointsOfFocus: [
      'Configuration baselines or infrastructure as code, with drift detection',
      'Regular vulnerability scans of infrastructure and applications',
      'Vendor security advisories tracked for the components in use',
      'Remediation deadlines set by severity and monitored',
      'Detection of unknown or unauthorized components on the network',
    ],
  },
  {
    id: 'CC7.2',
    cosoPrinciple: null,
    title: 'Monitoring systems for anomalies and attacks',
    description:
      'Logs and alerts from across the system are collected and watched so that suspicious or abnormal activity is noticed quickly, whatever its cause. Someone looks at each alert to judge whether it matters for security.',
    pointsOfFocus: [
      'Central collection of security-relevant logs',
      'Alert rules for suspicious activity such as repeated failed logins',
      'On-call or security staff who triage alerts',
      'Logs retained long enough to support investigations',
      'Log data protected from tampering',
      'Monitoring of infrastructure health and performance',
    ],
  },
  {
    id: 'CC7.3',
    cosoPrinciple: null,
    title: 'Evaluating security events to find real incidents',
    description:
      'Each security event is triaged against defined criteria to work out whether it is a genuine incident, how severe it is and whether customer commitments are at risk. Genuine incidents are handed over to the response process.',
    pointsOfFocus: [
      'Documented criteria for telling events from incidents',
      'Severity levels that drive escalation',
      'Triage notes kept for investigated alerts',
      'An assessment of whether personal or confidential data was involved',
      'Escalation to incident response when thresholds are met',
    ],
  },
  {
    id: 'CC7.4',
    cosoPrinciple: null,
    title: 'Responding to security incidents',
    description:
      'When an incident is confirmed, the company follows a prepared plan: named people take charge, the damage is contained, the cause is removed and affected parties are kept informed.',
    pointsOfFocus: [
      'An incident response plan with named roles and contacts',
      'Steps to contain the incident and remove its cause',
      'Communication with affected customers, regulators and law enforcement as needed',
      'An incident record with a timeline of events and actions',
      'Response plan exercised at least once a year',
    ],
  },
  {
    id: 'CC7.5',
    cosoPrinciple: null,
    title: 'Recovering from incidents and learning from them',
    description:
      'After an incident, the company restores affected systems and data and confirms they work correctly. Lessons learned are fed back into controls to make a repeat less likely.',
    pointsOfFocus: [
      'Systems and data restored from known-good backups or rebuilt cleanly',
      'Checks that restored systems are operating correctly',
      'Root cause analysis written up after significant incidents',
      'Control improvements identified, assigned and tracked',
      'Recovery status communicated to stakeholders',
    ],
  },

  // CC8 — change management
  {
    id: 'CC8.1',
    cosoPrinciple: null,
    title: 'Controlled changes to infrastructure, software and procedures',
    description:
      'Every change to code, infrastructure, configuration, data or procedures follows a defined path before it reaches production: it is documented, tested and approved by someone other than its author. Emergencies get a faster route that is still recorded and reviewed afterwards.',
    pointsOfFocus: [
      'A ticket or pull request behind every production change',
      'Peer review and approval by someone other than the author',
      'Testing in an environment separate from production',
      'Branch protection or pipeline rules that block unreviewed deployments',
      'An emergency change procedure with review after the fact',
      'Rollback plans for significant changes',
    ],
  },

  // CC9 — risk mitigation
  {
    id: 'CC9.1',
    cosoPrinciple: null,
    title: 'Reducing the impact of business disruption',
    description:
      'The company plans for events that could interrupt its business and chooses ways to soften their impact. Typical measures are continuity planning and transferring some risk through insurance.',
    pointsOfFocus: [
      'A business continuity plan covering critical services',
      'A business impact analysis that ranks processes by criticality',
      'Cyber or other insurance considered as a way to transfer risk',
      'Crisis management roles and contact lists',
      'Continuity plans reviewed and updated periodically',
    ],
  },
  {
    id: 'CC9.2',
    cosoPrinciple: null,
    title: 'Managing risk from vendors and business partners',
    description:
      'Before relying on a supplier or partner, the company checks what risk it brings, and it keeps an eye on that risk for as long as the relationship lasts. Contracts spell out security and confidentiality obligations.',
    pointsOfFocus: [
      'A vendor inventory with a risk rating for each vendor',
      'Due diligence before onboarding, such as questionnaires or assurance reports',
      'Contract terms covering security, confidentiality and breach notification',
      'Critical vendors\' assurance reports and user-entity responsibilities reviewed periodically',
      'A process for handling vendor failures and ending relationships',
    ],
  },

  // A1 — availability
  {
    id: 'A1.1',
    cosoPrinciple: null,
    title: 'Managing capacity to meet demand',
    description:
      'The company tracks how much of its compute, storage and network capacity is in use and anticipates growth. It adds resources before demand outstrips supply and puts uptime commitments at risk.',
    pointsOfFocus: [
      'Dashboards showing utilisation of key resources',
      'Alerts when CPU, memory, storage or connection limits approach thresholds',
      'Auto-scaling or documented procedures for adding capacity',
      'Periodic capacity planning reviews',
      'Load testing before major launches',
    ],
  },
  {
    id: 'A1.2',
    cosoPrinciple: null,
    title: 'Environmental protection, backups and recovery infrastructure',
    description:
      'To keep services running, the company protects its facilities against environmental threats such as fire, power loss and flooding. It backs up data and keeps infrastructure ready to take over when primary components fail.',
    pointsOfFocus: [
      'Fire suppression, backup power and climate control, or a hosting provider\'s report covering them',
      'Automated backups at a defined frequency',
      'Backups encrypted and kept in a separate location or region',
      'Backup jobs monitored with failures followed up',
      'Redundant or multi-zone infrastructure for critical services',
      'Defined recovery time and recovery point objectives',
    ],
  },
  {
    id: 'A1.3',
    cosoPrinciple: null,
    title: 'Testing recovery plans',
    description:
      'Recovery plans and backup restores are tested periodically to prove that the company can actually recover within its targets. Problems found in testing are used to improve the plans.',
    pointsOfFocus: [
      'Periodic test restores from backups',
      'Disaster recovery or failover exercises',
      'Test results compared with recovery time and recovery point objectives',
      'Issues found during tests tracked to resolution',
      'Recovery plans updated after each test',
    ],
  },

  // C1 — confidentiality
  {
    id: 'C1.1',
    cosoPrinciple: null,
    title: 'Identifying and protecting confidential information',
    description:
      'Information the company has promised to keep confidential is identified, labelled and protected for as long as it is held. It is used and disclosed only in the ways that were agreed.',
    pointsOfFocus: [
      'A data classification policy with a confidential category',
      'A record of where confidential information is stored',
      'Access to confidential information limited to those who need it',
      'Confidentiality obligations in employee and vendor agreements',
      'Retention periods defined for confidential information',
      'Confidential data kept out of test environments, or masked there',
    ],
  },
  {
    id: 'C1.2',
    cosoPrinciple: null,
    title: 'Disposing of confidential information',
    description:
      'When confidential information reaches the end of its retention period, or a customer asks for it to be removed, the company finds every copy and destroys it securely.',
    pointsOfFocus: [
      'A retention schedule that says when information must be destroyed',
      'A routine for identifying information that is due for disposal',
      'Secure deletion methods that also cover backups and replicas',
      'Customer data deleted or returned when a contract ends',
      'Records kept of what was disposed of and when',
    ],
  },

  // PI1 — processing integrity
  {
    id: 'PI1.1',
    cosoPrinciple: null,
    title: 'Clear definitions of data and processing',
    description:
      'The company documents what data its service accepts, how that data is processed and what the outputs mean. It shares this with users so the service can be used correctly.',
    pointsOfFocus: [
      'Specifications or data dictionaries for inputs and outputs',
      'Product documentation describing how processing works',
      'Specifications made available to customers',
      'Definitions kept current as the product changes',
    ],
  },
  {
    id: 'PI1.2',
    cosoPrinciple: null,
    title: 'Checking inputs for completeness and accuracy',
    description:
      'Data entering the system is checked for completeness and accuracy when it arrives. Errors are caught and handled before they are processed.',
    pointsOfFocus: [
      'Validation rules for format, range and required fields',
      'Rejected inputs logged and reported back to the sender',
      'Record counts or control totals reconciled for batch inputs',
      'The source of inputs authenticated',
    ],
  },
  {
    id: 'PI1.3',
    cosoPrinciple: null,
    title: 'Processing data completely, accurately and on time',
    description:
      'Data is processed as specified, with controls that detect and correct errors along the way. The aim is results that are complete, accurate and delivered on time.',
    pointsOfFocus: [
      'Automated checks on the results of processing',
      'Error handling and exception queues that are worked to resolution',
      'Scheduled jobs monitored for failures and delays',
      'Reconciliations between processing stages',
      'Changes to processing logic placed under change control',
    ],
  },
  {
    id: 'PI1.4',
    cosoPrinciple: null,
    title: 'Delivering complete and accurate outputs to the right recipients',
    description:
      'Reports, files and other results leave the system whole, correct and on schedule. They reach only the people or systems meant to receive them.',
    pointsOfFocus: [
      'Outputs reconciled with the inputs that produced them',
      'Distribution of outputs restricted to authorized recipients',
      'Outputs reviewed for anomalies before release',
      'Outputs protected while in transit and at rest',
    ],
  },
  {
    id: 'PI1.5',
    cosoPrinciple: null,
    title: 'Storing data completely and accurately',
    description:
      'Data held by the system, whether just received, part-way through processing or finished, is kept intact and correct. It is protected from unauthorized alteration for the retention period the specifications call for.',
    pointsOfFocus: [
      'Integrity constraints and validation in the data store',
      'Access controls over stored data',
      'Backups and retention aligned with the specifications',
      'Periodic checks that stored records still match their sources',
    ],
  },

  // P1–P8 — privacy
  {
    id: 'P1.1',
    cosoPrinciple: null,
    title: 'Telling people how their personal information is handled',
    description:
      'People whose personal information the company handles receive a clear notice, in time, explaining what is collected and why. The notice also says how the information is used, kept and shared, and what choices people have.',
    pointsOfFocus: [
      'A published privacy notice written in plain language',
      'The notice available at or before the point of collection',
      'The notice covers purposes, sharing, retention and contact details',
      'Changes in practice reflected in the notice and communicated',
      'The notice reviewed periodically against actual practice',
    ],
  },
  {
    id: 'P2.1',
    cosoPrinciple: null,
    title: 'Offering choices and obtaining consent',
    description:
      'The company gives people real options over what it does with their personal information and makes clear what declining would mean for them. It gets their agreement where agreement is required, and recorded choices are respected everywhere the data goes.',
    pointsOfFocus: [
      'Consent captured and recorded with a timestamp and version of the notice',
      'A simple way for people to withdraw consent',
      'Preferences honoured in every downstream system',
      'Fresh consent sought before personal data is used for a new purpose',
      'The consequences of refusing explained at the time of the request',
    ],
  },
  {
    id: 'P3.1',
    cosoPrinciple: null,
    title: 'Collecting only what the stated purposes need',
    description:
      'Personal information is collected only for the purposes described in the privacy notice. It is gathered by fair and lawful means, including when it comes from third parties.',
    pointsOfFocus: [
      'Each collected data element mapped to a stated purpose',
      'Periodic reviews to stop collecting data that is not needed',
      'Collection methods reviewed for fairness and legality',
      'Third-party data sources checked before use',
    ],
  },
  {
    id: 'P3.2',
    cosoPrinciple: null,
    title: 'Explicit consent before collecting sensitive information',
    description:
      'Some personal data, typically sensitive categories such as health details, may only be gathered once the person has clearly said yes. The company explains the request and the effect of saying no, and collects nothing until that agreement is on record.',
    pointsOfFocus: [
      'Categories of data that need explicit consent identified',
      'Consent obtained and recorded before collection starts',
      'The consequences of refusing explained to the person',
      'Consent records retrievable on request',
    ],
  },
  {
    id: 'P4.1',
    cosoPrinciple: null,
    title: 'Using personal information only for its stated purposes',
    description:
      'Personal information is used only for the purposes described in the privacy notice and agreed to by the person concerned.',
    pointsOfFocus: [
      'Each use of personal data matched to a purpose in the notice',
      'Privacy reviews of new features or uses before launch',
      'Limits on secondary uses such as analytics or model training',
      'Staff trained on which uses are allowed',
    ],
  },
  {
    id: 'P4.2',
    cosoPrinciple: null,
    title: 'Keeping personal information only as long as needed',
    description:
      'Personal information is kept only as long as its purposes or legal obligations require. A defined schedule governs how long each kind of data is held.',
    pointsOfFocus: [
      'A retention schedule by type of personal data',
      'Automated enforcement of retention periods where possible',
      'A legal hold process that suspends deletion when required',
      'Periodic reviews of the personal data still held',
    ],
  },
  {
    id: 'P4.3',
    cosoPrinciple: null,
    title: 'Disposing of personal information securely',
    description:
      'Personal information that is no longer needed is securely deleted, destroyed or anonymised so that it cannot be recovered or linked back to the person.',
    pointsOfFocus: [
      'Deletion procedures covering production systems and backups',
      'An agreed standard for effective anonymisation',
      'Records of disposal',
      'Deletion requests from individuals handled through the same process',
    ],
  },
  {
    id: 'P5.1',
    cosoPrinciple: null,
    title: 'Letting people see the personal information held about them',
    description:
      'Anyone can ask to see the personal data the company has on them. After checking who they are, the company hands over a readable copy, and any refusal comes with a reason.',
    pointsOfFocus: [
      'A documented process for handling access requests',
      'Identity verification before data is released',
      'Responses within the timeframes set by law or policy',
      'Data provided in an understandable format',
      'Reasons given when a request is denied',
    ],
  },
  {
    id: 'P5.2',
    cosoPrinciple: null,
    title: 'Correcting personal information on request',
    description:
      'When someone points out that their details are wrong or incomplete, the company fixes the record and, where it has promised or is required to, tells the third parties it shared the data with. If it declines, it says why.',
    pointsOfFocus: [
      'A process for receiving and acting on correction requests',
      'Corrections passed on to third parties that received the data',
      'A record of the request and the outcome',
      'Reasons given when a correction is refused',
    ],
  },
  {
    id: 'P6.1',
    cosoPrinciple: null,
    title: 'Sharing personal information with third parties only as agreed',
    description:
      'Personal information is shared with third parties only for purposes described in the privacy notice and with the person\'s consent where consent is needed.',
    pointsOfFocus: [
      'An inventory of third parties that receive personal data',
      'Each disclosure matched to a purpose in the notice',
      'Data processing agreements in place before sharing begins',
      'Consent checked before disclosures that require it',
    ],
  },
  {
    id: 'P6.2',
    cosoPrinciple: null,
    title: 'Keeping a record of authorized disclosures',
    description:
      'Every intentional hand-over of personal data to an outside party is logged when it happens. The log holds enough detail to show later who got what and why.',
    pointsOfFocus: [
      'A log of disclosures showing recipient, date, data and purpose',
      'Log entries made at the time of disclosure',
      'Disclosure records retained for a defined period',
    ],
  },
  {
    id: 'P6.3',
    cosoPrinciple: null,
    title: 'Recording unauthorized disclosures, including breaches',
    description:
      'When personal information is disclosed without authorization, whether through a breach, a mistake or misuse, the company records what happened. The record is complete enough to support notification and follow-up.',
    pointsOfFocus: [
      'A register of privacy incidents and breaches',
      'Details captured on the data, people affected, cause and timing',
      'Links from each record to the related incident response',
    ],
  },
  {
    id: 'P6.4',
    cosoPrinciple: null,
    title: 'Holding vendors to the company\'s privacy standards',
    description:
      'Before a supplier or partner gets personal data, it must agree to protect that data at least as well as the company has promised to. Those suppliers are reviewed from time to time, and problems lead to fixes or, if necessary, to ending the relationship.',
    pointsOfFocus: [
      'Privacy and security clauses in contracts with data recipients',
      'Periodic assessment of how vendors handle personal data',
      'Corrective action or termination when a vendor falls short',
      'Personal data shared only with vendors that have made these commitments',
    ],
  },
  {
    id: 'P6.5',
    cosoPrinciple: null,
    title: 'Vendors reporting unauthorized disclosures',
    description:
      'Vendors and partners that hold personal information on the company\'s behalf are required to tell it promptly about any unauthorized disclosure. The company acts on those reports as part of its incident process.',
    pointsOfFocus: [
      'Contract terms requiring prompt breach notification from vendors',
      'A defined contact point for receiving vendor breach reports',
      'Vendor reports fed into the company\'s incident process',
    ],
  },
  {
    id: 'P6.6',
    cosoPrinciple: null,
    title: 'Notifying affected people and authorities of breaches',
    description:
      'If personal data is compromised, the people whose data was involved, the relevant regulators and anyone else entitled to know are told within the deadlines set by law and contract.',
    pointsOfFocus: [
      'Notification requirements by jurisdiction documented',
      'Templates and approval steps for breach notices',
      'Notices sent within legal and contractual deadlines',
      'A record of who was notified and when',
    ],
  },
  {
    id: 'P6.7',
    cosoPrinciple: null,
    title: 'Telling people what is held about them and who received it',
    description:
      'If someone asks, the company can tell them what personal data it keeps about them and list the outside parties that data has gone to.',
    pointsOfFocus: [
      'A process for answering requests for an account of data held and shared',
      'Disclosure records detailed enough to answer such requests',
      'Identity verification before the account is provided',
    ],
  },
  {
    id: 'P7.1',
    cosoPrinciple: null,
    title: 'Keeping personal information accurate and relevant',
    description:
      'The company takes steps so that the personal data it relies on is correct, current and fit for the purpose it is used for, both when it is captured and over time.',
    pointsOfFocus: [
      'Validation of personal data when it is captured',
      'Ways for people to review and update their own details',
      'Periodic checks on the quality of personal data that drives decisions',
    ],
  },
  {
    id: 'P8.1',
    cosoPrinciple: null,
    title: 'Handling privacy complaints and monitoring compliance',
    description:
      'Anyone with a privacy question or grievance knows where to go, and the company looks into it and gives an answer. Separately, it checks its own privacy practices against its commitments and corrects what it finds lacking.',
    pointsOfFocus: [
      'A published contact for privacy questions and complaints',
      'Complaints logged, investigated and resolved within set timeframes',
      'Periodic reviews of compliance with privacy policies and commitments',
      'Findings and complaints used to improve privacy practices',
      'An escalation path, including to outside dispute resolution where applicable',
    ],
  },
];

function toCriterion(text: CriterionText): Criterion {
  const series = seriesOfId(text.id) ?? '';
  const info = findSeries(series);
  const criterion: Criterion = {
    id: text.id,
    category: info?.category ?? 'security',
    series,
    seriesTitle: info?.title ?? '',
    title: text.title,
    description: text.description,
    pointsOfFocus: [...text.pointsOfFocus],
    cosoPrinciple: text.cosoPrinciple,
    source: 'attest',
  };
  Object.freeze(criterion.pointsOfFocus);
  return Object.freeze(criterion);
}

/** The shipped catalog (61 criteria, natural order, frozen). */
export const CRITERIA: readonly Criterion[] = Object.freeze(TEXT.map(toCriterion));
