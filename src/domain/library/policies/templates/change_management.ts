import type { PolicyTemplate } from '../types.ts';

const body = `# Change Management Policy

- **Organization:** {{organization_name}}
- **Policy owner:** {{policy_owner}}
- **Effective date:** {{effective_date}}
- **Review interval:** {{review_interval}}

## Purpose

This policy makes sure that changes to the systems {{organization_name}} uses to deliver its service are planned, tested, reviewed, approved, and traceable, so that they do not weaken security, disrupt availability, or corrupt data.

## Scope

This policy covers changes to production application code, infrastructure and its configuration (including infrastructure as code), database schemas, direct data corrections in production, third-party components and libraries, and security tooling. It applies to everyone who can make or approve such changes. Configuration that customers change within their own accounts is outside its scope.

## Roles and responsibilities

- **The {{policy_owner}}** owns this policy, maintains the branch protection and pipeline rules that enforce it, and arranges the periodic checks described below.
- **Change authors** describe, test, and document their changes and prepare a rollback plan where one is needed.
- **Reviewers** examine each change for correctness, security, and operational impact before approving it.
- **Engineering leadership** approves significant changes and emergency changes and makes sure teams follow this policy.

## Policy

### 1. Change records

- Every production change is traceable to a ticket or pull request that states what is changing and why.
- Changes are classified as standard (low-risk, pre-approved, and repeatable), normal, or emergency. Standard change types are listed and approved in advance by engineering leadership.

### 2. Development and testing

- Development, staging, and production environments are kept separate, and access to production is restricted as the Access Control Policy requires.
- Customer data is not copied into non-production environments unless it has been masked or anonymized.
- Automated tests run in the continuous integration pipeline and must pass before a change is merged.
- The pipeline runs static analysis, dependency scanning, and secret detection, and findings are handled under the Vulnerability Management Policy.

### 3. Review and approval

- At least one qualified reviewer other than the author approves each change before it is merged.
- Branch protection on production branches enforces review, passing checks, and an up-to-date branch. The ability to bypass these rules is limited to named administrators, and every bypass is logged.
- Changes to security controls, authentication, encryption, the data model, or the overall architecture are also approved by engineering leadership or the {{policy_owner}}.

### 4. Deployment

- Changes reach production through the automated deployment pipeline rather than by hand. Credentials used by the pipeline are restricted and stored in the secrets manager.
- Each deployment is logged with what was deployed, when, and by whom or by which automation.
- Significant changes have a documented rollback plan and are monitored after release.
- Changes that alter how customers use the service, or that may affect their commitments, are announced to customers in advance where practical.

### 5. Infrastructure and configuration

- Infrastructure is defined as code wherever practical and follows the same review and approval process as application code.
- Baseline configurations are documented for each class of system, and tooling detects and alerts on drift from the baseline.
- Manual changes made through a cloud console are allowed only in emergencies or under an approved exception, and are recorded and reconciled with the code afterwards.

### 6. Emergency changes

- A change needed urgently to restore service or to contain a security threat may be deployed with expedited approval from the on-call lead, recorded in the incident or change ticket.
- Emergency changes receive a full retrospective review within {{emergency_change_review_days}} business days, and any follow-up work is ticketed.

### 7. Third-party software

- New libraries, services, and tools are evaluated for security, maintenance status, and license terms before they are adopted.
- Dependency versions are pinned or locked, and updates go through the same review process as other changes.

### 8. Oversight

- At least quarterly, the {{policy_owner}} checks a sample of production changes to confirm that each had a record, a review by someone other than the author, and passing checks.
- Any change that reached production without following this policy is investigated, and the cause is corrected.

## Exceptions

Exceptions are requested in writing from the {{policy_owner}}, stating the business reason, the risk, compensating controls, and an expiry date of no more than twelve months. Approved exceptions are recorded in the exception register. An emergency change made under section 6 is not an exception.

## Enforcement

Deploying unreviewed changes, bypassing pipeline controls, or disabling branch protection without authorization may result in loss of access and disciplinary action up to and including termination of employment or contract.

## Review

The {{policy_owner}} reviews this policy at least every {{review_interval}}, and in any case at least annually, and after significant changes to the development or deployment process. Executive leadership approves each revision.

## Related documents

- Information Security Policy
- Access Control Policy
- Vulnerability Management Policy
- Incident Response Policy
- Deployment pipeline and branch protection configuration
`;

export const changeManagementPolicy: PolicyTemplate = {
  key: 'change_management',
  title: 'Change Management Policy',
  summary:
    'Requires every change to production code, infrastructure, and configuration to be recorded, tested, independently reviewed, approved, and traceable.',
  body,
  criteria: ['CC5.2', 'CC7.1', 'CC8.1'],
  reviewIntervalMonths: 12,
  requiresCategory: null,
  placeholders: ['effective_date', 'emergency_change_review_days', 'organization_name', 'policy_owner', 'review_interval'],
};
