import type { PolicyTemplate } from '../types.ts';

const body = `# Access Control Policy

- **Organization:** {{organization_name}}
- **Policy owner:** {{policy_owner}}
- **Effective date:** {{effective_date}}
- **Review interval:** {{review_interval}}

## Purpose

This policy defines how {{organization_name}} requests, approves, grants, reviews, and removes access to its systems, data, and facilities, so that each person and each service has only the access their work requires and no more.

## Scope

This policy covers production systems, cloud provider consoles, source code repositories, the corporate identity provider, business applications that hold company or customer data, networks, and offices. It applies to every account: workforce, contractor, administrator, service, and customer administrator accounts created by personnel.

## Roles and responsibilities

- **The {{policy_owner}}** owns this policy, maintains the role definitions, and coordinates access reviews.
- **System owners** approve access to their systems, keep the mapping of roles to permissions current, and perform access reviews.
- **Managers** request access for their staff and report transfers and departures promptly.
- **People operations** notifies IT and security of every hire, transfer, and departure on or before its effective date.
- **All personnel** protect their credentials and use only the access they have been granted.

## Policy

### 1. Principles

- Access is granted on the basis of least privilege and need to know. Anything not explicitly permitted is denied.
- Permissions are assigned to roles or groups rather than to individuals wherever the system allows.
- Incompatible duties are separated. For example, an engineer cannot both approve and deploy their own change to production.

### 2. Identity and authentication

- Every person has a unique account. Shared accounts are prohibited, except for documented emergency (break-glass) accounts whose credentials are stored in a vault and whose every use is logged and reviewed.
- Systems connect to the central identity provider for single sign-on wherever they support it.
- Multi-factor authentication is required for the identity provider, for all remote access, and for all administrative and production access.
- Passwords are at least {{password_min_length}} characters long, are checked against lists of known compromised passwords, are never reused across systems, and are kept in the company-approved password manager.
- Default vendor accounts and passwords are disabled or changed before a system is put into service.

### 3. Granting access

- Access requests are made through the ticketing system, which records the requester, the access requested, the business reason, and the approver.
- The requester's manager and the system owner approve each request before access is granted. Nobody approves their own request.
- The person's identity is confirmed before their first account is created.
- Contractor and other third-party accounts follow the same process and carry an end date.

### 4. Changing and removing access

- When someone changes role, access the new role does not need is removed by the effective date of the change.
- When someone leaves, all of their access is disabled within {{deprovisioning_sla_hours}} hours of their departure, and immediately for involuntary departures.
- Offboarding tasks are recorded in a checklist that is retained as evidence.

### 5. Privileged access

- Administrative rights are limited to the smallest practical group of people. They use separate administrator accounts or time-bound elevation rather than everyday accounts.
- Direct access to production databases is limited to approved engineers, is time-bound where the tooling allows, and is logged.
- Each service account has a named owner, cannot be used for interactive sign-in, and keeps its credentials in the secrets manager. Credentials are rotated when a person who knew them leaves.

### 6. Access reviews

- System owners review all user and privileged accounts on in-scope systems at least {{access_review_frequency}}.
- Active accounts are reconciled against the current roster of personnel during each review.
- Access found to be inappropriate is removed within five business days. Review results, decisions, and follow-up actions are retained.

### 7. Network and remote access

- Production networks are separated from corporate networks, and inbound traffic is restricted by firewalls or security groups to the ports and sources the service requires.
- Administrative interfaces are not exposed to the public internet. Remote administration uses encrypted channels with multi-factor authentication, such as a VPN, bastion host, or identity-aware proxy.
- Public-facing applications are protected by a web application firewall or equivalent protection against common attacks and denial of service.

### 8. Session and account controls

- Repeated failed sign-in attempts trigger account lockout or rate limiting.
- Idle sessions time out in line with system risk.
- Authentication events are logged and retained to support investigations.

### 9. Physical access

- Company offices restrict entry to authorized people by badge or key. Visitors sign in and are escorted.
- Badges and keys are recovered or disabled when someone leaves, and physical access lists are reviewed at least annually.
- Production systems are hosted by cloud providers. Their assurance reports are reviewed annually under the Vendor Management Policy to confirm that data center physical controls are in place.

## Exceptions

Requests for exceptions are submitted in writing to the {{policy_owner}} with the business reason, the risk, compensating controls, and an expiry date of no more than twelve months. Approved exceptions are recorded in the exception register and reassessed before renewal.

## Enforcement

Personnel who share credentials, bypass access controls, or use access beyond what they were granted may lose access and face disciplinary action up to and including termination of employment or contract.

## Review

The {{policy_owner}} reviews this policy at least every {{review_interval}}, and in any case at least annually, and after significant changes to systems or the organization. Executive leadership approves each revision.

## Related documents

- Information Security Policy
- Acceptable Use Policy
- Asset Management Policy
- Encryption Policy
- Vendor Management Policy
- User access request and offboarding procedures
`;

export const accessControlPolicy: PolicyTemplate = {
  key: 'access_control',
  title: 'Access Control Policy',
  summary:
    'Defines how access to systems, data, and facilities is requested, approved, granted, reviewed, and removed on the basis of least privilege.',
  body,
  criteria: ['CC5.2', 'CC6.1', 'CC6.2', 'CC6.3', 'CC6.4', 'CC6.6'],
  reviewIntervalMonths: 12,
  requiresCategory: null,
  placeholders: [
    'access_review_frequency',
    'deprovisioning_sla_hours',
    'effective_date',
    'organization_name',
    'password_min_length',
    'policy_owner',
    'review_interval',
  ],
};
