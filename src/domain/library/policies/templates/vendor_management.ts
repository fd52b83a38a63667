import type { PolicyTemplate } from '../types.ts';

const body = `# Vendor Management Policy

- **Organization:** {{organization_name}}
- **Policy owner:** {{policy_owner}}
- **Effective date:** {{effective_date}}
- **Review interval:** {{review_interval}}

## Purpose

{{organization_name}} depends on vendors to host, build, operate, and support its service. This policy makes sure the security, confidentiality, and availability risks those vendors bring are understood before the relationship starts and are managed for as long as it lasts.

## Scope

This policy applies to every third party that stores, processes, or can access company or customer data, that connects to company systems, or that provides a service the company's own service depends on. This includes cloud providers, software-as-a-service applications, subprocessors, contractors engaged through a firm, and business partners.

## Roles and responsibilities

- **The {{policy_owner}}** owns this policy, sets the risk tiers, performs or approves security reviews, and maintains the vendor inventory.
- **Vendor owners**, the employees who sponsor each vendor relationship, start the review before purchase, provide the information it needs, and act on the findings.
- **Legal counsel** makes sure contracts contain the required terms.
- **Finance** does not pay new vendors that have not been recorded in the inventory.

## Policy

### 1. Vendor inventory

- The company maintains an inventory of vendors that records, for each one, the service provided, the vendor owner, the data the vendor can access, the risk tier, and the dates of the last and next review.
- The inventory is updated when a vendor is added, when its service changes, and when it is removed, and it is checked for completeness at least annually.

### 2. Risk tiers

- **High**: the vendor stores or processes customer data or personal information, or its failure would interrupt the production service.
- **Medium**: the vendor can access confidential company information or connects to internal systems.
- **Low**: the vendor has no access to non-public data or systems.

### 3. Due diligence before onboarding

- High and medium vendors receive a security review before a contract is signed and before any data is shared. The review uses the vendor's independent assurance report (for example a SOC 2 report or ISO/IEC 27001 certificate), a security questionnaire, or both.
- The review records the risks identified and any conditions of use, and the vendor is approved, approved with conditions, or rejected by the {{policy_owner}}.

### 4. Contract requirements

Contracts with high and medium vendors require, as appropriate to the service:

- security and confidentiality obligations at least as protective as the company's own commitments to its customers;
- notification of any security incident affecting company data within {{vendor_breach_notice_hours}} hours of its discovery;
- the right to receive current assurance reports or to assess the vendor's controls;
- restrictions on the vendor's use of its own subcontractors;
- return or destruction of company data at the end of the relationship.

### 5. Ongoing monitoring

- High vendors are reassessed at least annually, and medium vendors at least every two years.
- Each reassessment obtains the vendor's latest assurance report, reviews its scope, period, opinion, and any exceptions, and confirms that the complementary user entity controls the report assigns to the company are in place.
- A security incident at the vendor, a significant change in its service or ownership, or a lapse in its assurance triggers an immediate reassessment.

### 6. Issues and remediation

- Findings from vendor reviews are recorded with an owner and a due date.
- Where a vendor cannot address a significant risk, the vendor owner and the {{policy_owner}} agree on compensating controls, accept the risk formally under the Risk Assessment Policy, or end the relationship.

### 7. Offboarding

- When a relationship ends, the vendor's access to company systems is revoked, and company data is returned or destroyed with written confirmation.
- The vendor inventory is updated to show that the relationship has ended.

### 8. Subservice organizations

- Vendors whose controls form part of the system the company describes to its auditors and customers are identified as subservice organizations, and the controls the company relies on them to perform are documented.

## Exceptions

Using a vendor before its review is complete, or without the required contract terms, requires written approval from the {{policy_owner}} stating the reason, the risk, interim safeguards, and an expiry date of no more than twelve months. Approved exceptions are recorded in the exception register.

## Enforcement

Engaging a vendor outside this process, or sharing company or customer data with an unapproved vendor, may result in disciplinary action up to and including termination of employment or contract, as well as immediate suspension of the vendor's access.

## Review

The {{policy_owner}} reviews this policy at least every {{review_interval}}, and in any case at least annually. Executive leadership approves each revision.

## Related documents

- Information Security Policy
- Risk Assessment Policy
- Data Classification and Handling Policy
- Incident Response Policy
- Vendor inventory
- Vendor security questionnaire
`;

export const vendorManagementPolicy: PolicyTemplate = {
  key: 'vendor_management',
  title: 'Vendor Management Policy',
  summary:
    'Requires vendors to be inventoried, risk-rated, reviewed before onboarding, bound by security terms, monitored while engaged, and offboarded securely.',
  body,
  criteria: ['CC2.3', 'CC9.2'],
  reviewIntervalMonths: 12,
  requiresCategory: null,
  placeholders: [
    'effective_date',
    'organization_name',
    'policy_owner',
    'review_interval',
    'vendor_breach_notice_hours',
  ],
};
