import type { PolicyTemplate } from '../types.ts';

const body = `# Security Awareness Training Policy

- **Organization:** {{organization_name}}
- **Policy owner:** {{policy_owner}}
- **Effective date:** {{effective_date}}
- **Review interval:** {{review_interval}}

## Purpose

People are both the first target of attackers and one of the strongest defenses. This policy makes sure everyone at {{organization_name}} understands their security responsibilities, recognizes common threats, knows how to report problems, and has the specialized skills their role requires.

## Scope

This policy applies to all employees, contractors, and interns who have access to company systems or data. Contractors engaged through a firm may satisfy it with equivalent training provided by their employer if the {{policy_owner}} has approved that training.

## Roles and responsibilities

- **The {{policy_owner}}** owns this policy, selects or develops the training content, runs phishing simulations, and reports on completion.
- **People operations** enrolls new personnel in training at onboarding and keeps the training roster matched to the current workforce.
- **Managers** make sure their team members complete training on time and follow up when they do not.
- **All personnel** complete assigned training by its due date and apply what they learn.

## Policy

### 1. Onboarding training

- New personnel complete security awareness training before they receive access to production systems or customer data, and in any case within {{training_due_days}} days of their start date.
- As part of onboarding, personnel read and acknowledge the Information Security Policy, the Acceptable Use Policy, and the Code of Conduct.

### 2. Annual training

- All personnel complete refresher security awareness training at least once every twelve months.
- Personnel re-acknowledge the policies that apply to them as part of the annual cycle.

### 3. Content

Awareness training covers, at a minimum:

- the company's security policies and where to find them;
- phishing, social engineering, and payment fraud;
- passwords, the password manager, and multi-factor authentication;
- classifying and handling data, including customer data and personal information;
- device security, remote work, and physical security;
- the safe use of online services and artificial intelligence tools;
- how and when to report a suspected incident.

Content is updated at least annually to reflect current threats, incidents the company has experienced, and changes in policy.

### 4. Role-based training

- Engineers complete secure development training at least annually, covering common web application weaknesses and the company's secure coding practices.
- Personnel with administrative or production access receive training on privileged access and on their duties under the Incident Response Policy.
- Personnel who handle personal information or support customers receive training on privacy and data handling requirements relevant to their work.

### 5. Phishing simulations

- Simulated phishing exercises are sent to personnel at least {{phishing_simulation_frequency}}.
- Personnel who submit credentials or otherwise fail a simulation are assigned short follow-up training. Results are used to improve training, not to embarrass individuals.

### 6. Ongoing awareness

- The {{policy_owner}} shares timely security notices, such as alerts about active scams or important changes to security practices, through the company's internal communication channels.

### 7. Tracking and follow-up

- Assignments, completions, and acknowledgements are recorded in a learning platform or equivalent record that is retained as evidence.
- Incomplete training is reported to the person and their manager when it becomes overdue. Training more than thirty days overdue is escalated to executive leadership, and access to company systems may be suspended until it is complete.
- The {{policy_owner}} reports completion rates and phishing simulation results to leadership at least quarterly.

## Exceptions

Deadlines may be extended for personnel on approved leave, who complete any overdue training within {{training_due_days}} days of returning. Other exceptions require written approval from the {{policy_owner}} and are recorded in the exception register with an expiry date.

## Enforcement

Failure to complete required training may lead to suspension of system access and to disciplinary action up to and including termination of employment or contract.

## Review

The {{policy_owner}} reviews this policy and the training content at least every {{review_interval}}, and in any case at least annually. Executive leadership approves each revision.

## Related documents

- Information Security Policy
- Acceptable Use Policy
- Code of Conduct
- Incident Response Policy
- Data Classification and Handling Policy
- Training completion records
`;

export const securityAwarenessTrainingPolicy: PolicyTemplate = {
  key: 'security_awareness_training',
  title: 'Security Awareness Training Policy',
  summary:
    'Requires security awareness training at onboarding and annually, role-based training, phishing simulations, and tracking of completion.',
  body,
  criteria: ['CC1.4', 'CC2.2'],
  reviewIntervalMonths: 12,
  requiresCategory: null,
  placeholders: [
    'effective_date',
    'organization_name',
    'phishing_simulation_frequency',
    'policy_owner',
    'review_interval',
    'training_due_days',
  ],
};
