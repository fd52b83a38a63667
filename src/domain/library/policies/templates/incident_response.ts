import type { PolicyTemplate } from '../types.ts';

const body = `# Incident Response Policy

- **Organization:** {{organization_name}}
- **Policy owner:** {{policy_owner}}
- **Effective date:** {{effective_date}}
- **Review interval:** {{review_interval}}

## Purpose

This policy establishes how {{organization_name}} prepares for, detects, evaluates, contains, recovers from, and learns from security incidents, so that harm to customers and to the company is kept as small as possible and the response is consistent and well documented.

## Scope

This policy applies to all personnel and to every suspected or confirmed security incident affecting company systems, company or customer data, or company personnel. It also covers incidents at vendors that affect data or services the company relies on.

A **security event** is any observable occurrence that may be relevant to security, such as an alert or a suspicious email. A **security incident** is an event that actually or probably compromises the confidentiality, integrity, or availability of systems or data, or that violates security policy.

## Roles and responsibilities

- **The {{policy_owner}}** owns this policy and the incident response plan, maintains the on-call rotation, and makes sure the plan is tested.
- **The incident commander**, assigned for each high or critical incident, directs the response, decides on containment, and keeps the incident record.
- **Responders** from engineering and security investigate, contain, and recover affected systems.
- **The communications lead** prepares internal and external messages for approval.
- **Legal counsel** advises on evidence, contractual duties, and notification obligations.
- **Executive leadership** is informed of high and critical incidents and approves customer and public statements about them.
- **All personnel** report suspected incidents immediately.

## Policy

### 1. Preparation

- The company maintains an incident response plan and runbooks covering roles, contact lists, escalation paths, and the steps for common incident types.
- An on-call rotation provides response coverage at all times for the production service.
- The plan is exercised at least annually through a tabletop exercise or simulation. Results and improvements are recorded.

### 2. Detection and reporting

- Security-relevant logs from production systems, the identity provider, and cloud accounts are collected centrally, protected from alteration, and retained long enough to support investigations.
- Alert rules flag suspicious activity, and alerts are routed to the on-call responder.
- Personnel report suspected incidents, lost devices, and suspicious messages without delay to {{security_contact_email}} or to the on-call responder. Customers, researchers, and other outside parties can report security concerns to the same address.

### 3. Triage and classification

- Each reported event is triaged against documented criteria to decide whether it is an incident, and the triage outcome is recorded.
- Incidents are assigned a severity: critical (confirmed compromise of customer data or a major outage of the service), high (likely compromise or significant degradation), medium (limited impact, contained), or low (minimal impact).
- Triage considers whether personal information or confidential customer data may be involved and whether customer commitments are at risk. Severity determines escalation and response targets.

### 4. Containment, eradication, and evidence

- The incident commander keeps a timestamped record of decisions, actions, and findings for each high or critical incident.
- Responders contain the incident, for example by isolating systems, revoking credentials, or blocking traffic, and then remove its cause.
- Evidence such as logs, disk images, and messages is preserved with a record of who collected and handled it.

### 5. Communication and notification

- High and critical incidents are escalated to the {{policy_owner}} and executive leadership promptly after they are confirmed.
- Affected customers are notified without undue delay, and within {{customer_notification_hours}} hours of confirming that an incident has affected their data, unless a contract or law requires a shorter period.
- Legal counsel determines whether regulators, law enforcement, or individuals must be notified, and such notices are sent within the required deadlines.
- External statements about an incident are approved by executive leadership.

### 6. Recovery

- Affected systems are restored from known-good backups or rebuilt from trusted sources, and are verified before being returned to service.
- Restored systems are monitored closely for signs that the incident is recurring.
- Stakeholders are kept informed until recovery is complete.

### 7. Post-incident review

- Within ten business days of closing a high or critical incident, the team holds a blameless review that establishes the timeline, the root cause, and what worked and what did not.
- Corrective actions are assigned owners and due dates and are tracked to completion.
- Lessons learned are fed into the risk assessment, the incident response plan, and training.

## Exceptions

This policy's reporting and notification requirements admit no exceptions. Other deviations require written approval from the {{policy_owner}}, with the reason, compensating measures, and an expiry date, and are recorded in the exception register.

## Enforcement

Failing to report a known or suspected incident, concealing one, or tampering with evidence may result in disciplinary action up to and including termination of employment or contract.

## Review

The {{policy_owner}} reviews this policy and the incident response plan at least every {{review_interval}}, and in any case at least annually, and after every critical incident. Executive leadership approves each revision.

## Related documents

- Information Security Policy
- Business Continuity and Disaster Recovery Policy
- Backup Policy
- Vendor Management Policy
- Incident response plan and runbooks
- Incident register
`;

export const incidentResponsePolicy: PolicyTemplate = {
  key: 'incident_response',
  title: 'Incident Response Policy',
  summary:
    'Sets out how security incidents are reported, triaged, contained, communicated, recovered from, and reviewed so the same weakness does not recur.',
  body,
  criteria: ['CC2.2', 'CC2.3', 'CC7.2', 'CC7.3', 'CC7.4', 'CC7.5'],
  reviewIntervalMonths: 12,
  requiresCategory: null,
  placeholders: [
    'customer_notification_hours',
    'effective_date',
    'organization_name',
    'policy_owner',
    'review_interval',
    'security_contact_email',
  ],
};
