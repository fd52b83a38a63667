import type { PolicyTemplate } from '../types.ts';

const body = `# Risk Assessment Policy

- **Organization:** {{organization_name}}
- **Policy owner:** {{policy_owner}}
- **Effective date:** {{effective_date}}
- **Review interval:** {{review_interval}}

## Purpose

This policy defines how {{organization_name}} identifies, analyzes, and responds to risks that could prevent it from meeting its objectives and its commitments to customers, so that controls are chosen deliberately and the risk that remains is understood and accepted by the right people.

## Scope

This policy covers risks to the security, availability, and confidentiality of the company's service and the data it holds, including risks arising from technology, people, processes, vendors, fraud, legal and regulatory change, and changes to the business itself. It applies to all departments.

## Roles and responsibilities

- **The {{policy_owner}}** owns this policy, runs the risk assessment, maintains the risk register, and reports results to leadership.
- **Executive leadership** sets the company's risk tolerance, takes part in rating significant risks, approves treatment plans, and accepts residual risk within its authority.
- **The governing body** reviews the results of the annual assessment and the risks accepted by management.
- **Risk owners** carry out the treatment plans for their risks and report progress.
- **All personnel** raise new risks they become aware of with the {{policy_owner}}.

## Policy

### 1. Objectives and risk tolerance

- The company documents the objectives against which risk is assessed: its service commitments and system requirements, operational targets such as availability and recovery objectives, and its legal, regulatory, and contractual obligations.
- Executive leadership approves a risk tolerance statement that defines which levels of residual risk are acceptable and who may accept them.

### 2. Frequency and triggers

- A full risk assessment is performed at least annually.
- An additional assessment of the affected area is performed when a significant change occurs, such as a new product or major feature, an acquisition, entry into a new country or industry, a change of critical vendor, a major change to infrastructure, a change in senior leadership, or a new law or regulation.
- Personnel flag such changes to the {{policy_owner}} through the change management process or directly.

### 3. Identifying risks

- The assessment considers the company's systems, data, people, processes, locations, and vendors, and the threats and vulnerabilities relevant to each.
- Inputs include previous incidents, audit and penetration test findings, vulnerability trends, vendor reviews, and changes in the threat landscape.
- The assessment explicitly considers fraud, including falsified records, misuse of access, theft of assets or data, unauthorized changes to data, and management override of controls, along with the incentives and opportunities that could lead to it.

### 4. Analyzing risks

- Each risk is rated for likelihood and impact on a defined scale, such as one to five, and the two ratings are combined into an inherent risk score.
- The effect of existing controls is assessed to produce a residual risk score.
- The same method is used across the company and from year to year so that results are comparable.

### 5. Responding to risks

- Each risk receives a documented response: mitigate (add or strengthen controls), transfer (for example through insurance or contract terms), avoid (stop the activity), or accept.
- Every risk has a named owner, and mitigation plans have due dates that are tracked to completion.
- Residual risk above the approved tolerance may be accepted only by {{risk_acceptance_authority}}, and the acceptance is recorded with its rationale and an expiry date.
- At least annually, leadership considers whether insurance should transfer part of the residual risk of disruption, data breach, or other loss.

### 6. Linking risks to controls

- Significant risks are mapped to the controls that address them in a risk and control matrix, so that every significant risk has at least one control and every key control addresses a known risk.
- Where a risk lacks adequate controls, new controls are designed and assigned owners.

### 7. Risk register and reporting

- The risk register records each risk's description, affected assets, owner, likelihood, impact, inherent and residual scores, response, treatment status, and review date.
- Results of the annual assessment are presented to executive leadership and the governing body, and the register is retained as evidence.

## Exceptions

The requirement to perform the annual assessment admits no exceptions. Other deviations from this policy require written approval from the {{policy_owner}} and executive leadership and are recorded in the exception register with an expiry date.

## Enforcement

Failure to perform or act on risk assessments is treated as a control deficiency and escalated to executive leadership. Deliberately concealing known risks may result in disciplinary action up to and including termination of employment or contract.

## Review

The {{policy_owner}} reviews this policy at least every {{review_interval}}, and in any case at least annually, together with the risk tolerance statement. Executive leadership approves each revision.

## Related documents

- Information Security Policy
- Vendor Management Policy
- Vulnerability Management Policy
- Business Continuity and Disaster Recovery Policy
- Risk register
- Risk and control matrix
`;

export const riskAssessmentPolicy: PolicyTemplate = {
  key: 'risk_assessment',
  title: 'Risk Assessment Policy',
  summary:
    'Defines how risks, including fraud risks, are identified, rated, treated, linked to controls, and accepted, at least annually and after significant changes.',
  body,
  criteria: ['CC3.1', 'CC3.2', 'CC3.3', 'CC3.4', 'CC5.1', 'CC9.1'],
  reviewIntervalMonths: 12,
  requiresCategory: null,
  placeholders: [
    'effective_date',
    'organization_name',
    'policy_owner',
    'review_interval',
    'risk_acceptance_authority',
  ],
};
