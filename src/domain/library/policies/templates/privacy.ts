import type { PolicyTemplate } from '../types.ts';

const body = `# Privacy Policy

- **Organization:** {{organization_name}}
- **Policy owner:** {{policy_owner}}
- **Effective date:** {{effective_date}}
- **Review interval:** {{review_interval}}

## Purpose

This internal policy sets out how {{organization_name}} collects, uses, keeps, shares, and disposes of personal information in line with its privacy notice, its contracts, and applicable privacy laws. It is distinct from the public privacy notice, which it requires the company to publish and keep accurate.

## Scope

This policy covers personal information about any identifiable individual that the company handles, whether it decides how that information is used (for example, data about website visitors, prospects, and customer account contacts) or processes it on behalf of customers within the service. It applies to all personnel and to vendors that handle personal information for the company.

## Roles and responsibilities

- **The {{policy_owner}}** owns this policy and the privacy program, maintains the privacy notice and the personal data inventory, handles privacy requests and complaints, and reviews new uses of personal information.
- **Legal counsel** tracks privacy laws and notification requirements in the places where the company operates.
- **Product and engineering** build privacy into features and make sure systems can honor consent choices, access requests, and deletion.
- **All personnel** use personal information only as this policy permits and report suspected privacy incidents immediately.

## Policy

### 1. Notice

- The company publishes a privacy notice at {{privacy_notice_url}} that explains in plain language what personal information is collected, why, how it is used and shared, how long it is kept, what choices and rights individuals have, and how to contact the company.
- The notice is available at or before the point of collection. It is reviewed at least annually against actual practice, and material changes are communicated before they take effect.

### 2. Choice and consent

- Where consent is required, it is obtained before collection and recorded with the date, the means, and the version of the notice presented. Individuals are told what happens if they decline.
- Sensitive personal information, such as health or financial details, is collected only with explicit consent or another clear legal basis.
- Withdrawing consent is as easy as giving it, and recorded choices are honored in every system that uses the data. Using personal information for a new purpose requires new notice and, where needed, new consent.

### 3. Collection

- A personal data inventory maps each category of personal information to its source, purpose, systems, recipients, and retention period.
- Only the personal information needed for the stated purposes is collected, by fair and lawful means. Third-party sources are vetted before their data is used.
- Personal information is validated when it is captured, and information used to make decisions about individuals is checked periodically to keep it accurate, complete, and current.

### 4. Use, retention, and disposal

- Personal information is used only for the purposes stated in the notice or, for customer data, as the customer instructs under its contract.
- New features and new uses of personal information receive a privacy review before launch. Secondary uses, such as analytics or training machine learning models, are not permitted unless the notice and any required consent or contract cover them.
- Personal information is kept no longer than the Data Retention and Disposal Policy allows, and is then securely deleted or effectively anonymized.

### 5. Individual rights

- Individuals may request access to, correction of, or deletion of their personal information, or an account of what is held about them and the third parties it was disclosed to, by writing to {{privacy_contact_email}}.
- Identity is verified before any information is released or changed. Requests are answered within {{dsr_response_days}} days, or sooner where law requires, and any refusal is explained.
- Corrections are passed on to third parties that received the information where required. Individuals can review and update their own details where the service allows.
- Requests concerning data the company processes for a customer are forwarded to that customer, and the company helps the customer respond.

### 6. Disclosure to third parties

- Personal information is disclosed to third parties only for purposes described in the notice, with consent where required, and after a data processing agreement that requires protection at least equal to the company's own commitments is in place.
- Vendors that receive personal information are assessed under the Vendor Management Policy and must report unauthorized disclosures promptly.
- Disclosures other than routine processing by approved vendors, such as responses to legal requests, are logged with the recipient, date, data, and purpose.

### 7. Privacy incidents and breach notification

- Unauthorized disclosures of personal information, whether by breach, error, or misuse, are handled under the Incident Response Policy and recorded in a privacy incident register with the data involved, the people affected, the cause, and the timing.
- Legal counsel maintains the notification requirements for each relevant jurisdiction. Affected individuals, customers, and regulators are notified within the deadlines set by law and contract, and each notice is recorded.

### 8. Complaints and monitoring

- Privacy questions and complaints sent to {{privacy_contact_email}} are logged, investigated, and answered within {{dsr_response_days}} days. Individuals are told how to escalate unresolved complaints, including to a regulator or dispute resolution body where applicable.
- The {{policy_owner}} reviews compliance with this policy and the privacy notice at least annually and tracks findings to resolution.

## Exceptions

Exceptions require written approval from the {{policy_owner}} and legal counsel, are recorded in the exception register with an expiry date, and may never permit a use of personal information that the notice or the law does not allow.

## Enforcement

Misusing personal information, or failing to report a privacy incident, may result in disciplinary action up to and including termination of employment or contract.

## Review

The {{policy_owner}} reviews this policy at least every {{review_interval}}, and in any case at least annually, and whenever privacy laws that affect the company change. Executive leadership approves each revision.

## Related documents

- Public privacy notice
- Data Retention and Disposal Policy
- Data Classification and Handling Policy
- Vendor Management Policy
- Incident Response Policy
- Personal data inventory and disclosure log
`;

export const privacyPolicy: PolicyTemplate = {
  key: 'privacy',
  title: 'Privacy Policy',
  summary:
    'Governs how personal information is collected, used, retained, disclosed, and disposed of in line with the privacy notice, consent, and individual rights.',
  body,
  criteria: [
    'P1.1',
    'P2.1',
    'P3.1',
    'P3.2',
    'P4.1',
    'P4.2',
    'P4.3',
    'P5.1',
    'P5.2',
    'P6.1',
    'P6.2',
    'P6.3',
    'P6.4',
    'P6.5',
    'P6.6',
    'P6.7',
    'P7.1',
    'P8.1',
  ],
  reviewIntervalMonths: 12,
  requiresCategory: 'privacy',
  placeholders: [
    'dsr_response_days',
    'effective_date',
    'organization_name',
    'policy_owner',
    'privacy_contact_email',
    'privacy_notice_url',
    'review_interval',
  ],
};
