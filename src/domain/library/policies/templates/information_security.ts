import type { PolicyTemplate } from '../types.ts';

const body = `# Information Security Policy

- **Organization:** {{organization_name}}
- **Policy owner:** {{policy_owner}}
- **Effective date:** {{effective_date}}
- **Review interval:** {{review_interval}}

## Purpose

This policy sets out how {{organization_name}} governs information security. It records management's commitment to protecting the confidentiality, integrity, and availability of company systems and customer data, assigns responsibility for the security program, and establishes the policy set through which security requirements are defined and enforced.

## Scope

This policy applies to all employees, contractors, interns, and others who work on behalf of {{organization_name}} (together, "personnel"). It covers every system, device, and cloud service that stores, processes, or transmits company or customer data, wherever the work is done.

## Roles and responsibilities

- **Executive leadership** approves this policy, sets the company's risk tolerance, funds the security program, and models the expected behavior.
- **The governing body** (board of directors or, where none exists, an executive who is independent of day-to-day security operations) oversees the security program and receives a security report at least annually.
- **The {{policy_owner}}** owns this policy and the security program, maintains the policy set, reports program status to leadership, and coordinates the risk assessment and internal control reviews.
- **Policy owners** keep each assigned policy and its supporting procedures accurate and current.
- **Managers** make sure their teams know and follow the policies that apply to them and that access and duties change when roles change.
- **All personnel** follow company policies, protect the information they handle, and report suspected security events promptly.

## Policy

### 1. Security program and governance

- {{organization_name}} maintains a documented security program whose objectives are derived from its commitments to customers, its contracts, and applicable laws and regulations.
- An organizational chart and written role descriptions show reporting lines and who holds each security responsibility. Both are updated when the structure changes.
- The {{policy_owner}} reports to executive leadership at least quarterly and to the governing body at least annually on risks, incidents, control status, audit findings, and remediation progress.
- The governing body includes at least one member, or retains an advisor, with enough security knowledge to challenge management, and it is independent of the people who operate the controls.

### 2. Policy framework

- Security requirements are set out in the policies listed under Related documents. Each policy has a named owner.
- Executive leadership approves each policy before it is published and again after each review. Earlier versions and approval records are retained.
- Policies are published where all personnel can read them. Personnel acknowledge the policies that apply to them when they join, after each material revision, and at least annually.
- Policy owners maintain procedures or runbooks stating who performs each recurring control activity and how often, and retain evidence that the activity took place.

### 3. Risk-based controls

- Controls are chosen in response to the risks identified through the risk assessment. They combine preventive and detective measures and use automation where manual checks would be unreliable.
- Duties that would let one person both perform and conceal an error or misuse are separated. Where the team is too small for separation, a compensating review is documented.
- Baseline technology controls, namely identity and access management, secure configuration, change management, logging, and backup, protect the systems on which other controls and key reports depend.

### 4. Personnel security

- Candidates are screened before hire, including a background check where local law permits, in proportion to the sensitivity of the role.
- Personnel sign a confidentiality agreement before they receive access to non-public information.
- Job descriptions state security responsibilities, and managers consider security conduct in performance reviews.
- Personnel complete security awareness training when they join and at least annually afterwards.
- When someone leaves, access is revoked and company assets are recovered as required by the Access Control Policy and the Asset Management Policy.

### 5. Information used by controls

- The company identifies the reports, logs, and data feeds that its controls depend on, and checks that they are complete and accurate before relying on them.
- A current description of the system, its components, data flows, and boundaries is maintained and made available to personnel who need it.

### 6. Communication

- Security responsibilities, policy changes, and system changes that affect personnel are announced through documented internal channels.
- Personnel can raise security concerns, suspected misconduct, or policy violations with the {{policy_owner}}, at {{security_contact_email}}, or anonymously through the channel described in the Code of Conduct, without fear of retaliation.
- Customers and other external parties are told about the company's security commitments, their own responsibilities, and events that affect them. They can report security issues to {{security_contact_email}}.

### 7. Monitoring and improvement

- Controls are monitored continuously through automated checks where practical and evaluated periodically through internal reviews, penetration tests, and independent audits, with scope and frequency set by risk.
- Control deficiencies are logged with an owner, a severity, and a due date, tracked to closure, and escalated to executive leadership and, when severe, to the governing body.

## Exceptions

Any deviation from this policy, or from another policy in the set, requires a written request to the {{policy_owner}} that states the requirement affected, the business reason, the resulting risk, compensating controls, and a proposed expiry date. The {{policy_owner}} decides on the request; high-risk exceptions also need executive leadership approval. Approved exceptions are recorded in an exception register, last no more than twelve months, and are reassessed before any renewal.

## Enforcement

Violations of this policy may lead to loss of system access and to disciplinary action up to and including termination of employment or contract. {{organization_name}} applies these measures consistently, regardless of seniority.

## Review

The {{policy_owner}} reviews this policy at least every {{review_interval}}, and in any case at least annually, as well as after significant changes to the business, its systems, or its legal obligations. Executive leadership approves each revision, and personnel are told what changed.

## Related documents

- Access Control Policy
- Acceptable Use Policy
- Asset Management Policy
- Backup Policy
- Business Continuity and Disaster Recovery Policy
- Change Management Policy
- Code of Conduct
- Data Classification and Handling Policy
- Data Retention and Disposal Policy
- Encryption Policy
- Incident Response Policy
- Risk Assessment Policy
- Security Awareness Training Policy
- Vendor Management Policy
- Vulnerability Management Policy
`;

export const informationSecurityPolicy: PolicyTemplate = {
  key: 'information_security',
  title: 'Information Security Policy',
  summary:
    'Establishes the governance, responsibilities, and policy framework of the information security program and commits leadership to supporting it.',
  body,
  criteria: [
    'CC1.1',
    'CC1.2',
    'CC1.3',
    'CC1.4',
    'CC1.5',
    'CC2.1',
    'CC2.2',
    'CC2.3',
    'CC3.1',
    'CC4.1',
    'CC4.2',
    'CC5.1',
    'CC5.2',
    'CC5.3',
  ],
  reviewIntervalMonths: 12,
  requiresCategory: null,
  placeholders: ['effective_date', 'organization_name', 'policy_owner', 'review_interval', 'security_contact_email'],
};
