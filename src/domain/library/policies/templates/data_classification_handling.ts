import type { PolicyTemplate } from '../types.ts';

const body = `# Data Classification and Handling Policy

- **Organization:** {{organization_name}}
- **Policy owner:** {{policy_owner}}
- **Effective date:** {{effective_date}}
- **Review interval:** {{review_interval}}

## Purpose

This policy gives {{organization_name}} a simple, shared way to classify information by sensitivity and sets out how each class must be stored, accessed, shared, and disposed of, so that protection matches the harm that disclosure or alteration would cause.

## Scope

This policy applies to all information created, received, or held by the company in any form, whether in production systems, business applications, documents, messages, or on paper, and to all personnel who handle it.

## Roles and responsibilities

- **The {{policy_owner}}** owns this policy and maintains the data inventory.
- **Data owners**, the managers accountable for a set of information, decide its classification, approve access to it, and review its handling.
- **System owners** make sure the systems they run apply the controls required for the data those systems hold.
- **All personnel** handle information according to its classification and ask the data owner or the {{policy_owner}} when they are unsure.

## Policy

### 1. Classification levels

| Level | Meaning | Examples |
| --- | --- | --- |
| Restricted | Disclosure could cause severe harm to customers or the company, or breach legal or contractual duties | Customer data, personal information, credentials, encryption keys, security vulnerability details |
| Confidential | Non-public business information whose disclosure could cause harm | Source code, contracts, financial records, audit reports, internal security documents |
| Internal | Information for personnel that would cause little harm if disclosed | Internal procedures, organizational charts, meeting notes |
| Public | Information approved for release | Marketing material, published documentation, public announcements |

### 2. Classifying information

- Data owners classify information when it is created or received. Information that has not been classified is treated as Confidential.
- Customer data is always classified as Restricted.
- Where information of different levels is combined, the combination takes the highest level involved.
- Only the data owner may lower a classification, and releasing information as Public requires approval from the data owner.

### 3. Data inventory

- The company maintains an inventory of the systems and data stores that hold Restricted and Confidential information, recording the data owner, the classification, the location, and the retention period for each.
- The inventory is updated when systems or data flows change and reviewed at least annually.

### 4. Handling requirements

| Activity | Restricted | Confidential | Internal |
| --- | --- | --- | --- |
| Storage | Approved production systems only, encrypted at rest | Approved company systems, encrypted at rest | Approved company systems |
| Access | Named individuals with approved need, reviewed periodically | Personnel and approved third parties with a business need | Personnel |
| Sharing outside the company | Only as the customer contract or data owner permits, over encrypted channels | Under a confidentiality agreement, over encrypted channels | With manager approval |
| Non-production use | Prohibited unless masked or anonymized | Permitted in approved company systems | Permitted |
| Disposal | Secure deletion or destruction, recorded | Secure deletion or destruction | Ordinary deletion |

Public information needs no special handling beyond approval for release.

### 5. Labeling

- Documents and reports containing Restricted or Confidential information are labeled with their level where the format allows, for example in a header, footer, or file name.
- Systems that hold Restricted data are identified as such in the data inventory, even where individual records cannot be labeled.

### 6. Sharing with third parties

- Restricted and Confidential information is shared with third parties only when a contract or confidentiality agreement that protects it is in place and, for vendors, after approval under the Vendor Management Policy.
- Personnel share the minimum necessary and use approved transfer methods.

### 7. Retention and disposal

- Information is kept only for the periods set in the Data Retention and Disposal Policy and is then disposed of by the method its classification requires.

### 8. Mishandling

- Anyone who discovers that Restricted or Confidential information has been stored, sent, or disclosed improperly reports it at once under the Incident Response Policy.

## Exceptions

Exceptions require written approval from the data owner and the {{policy_owner}}, with the reason, the risk, compensating controls, and an expiry date of no more than twelve months. They are recorded in the exception register.

## Enforcement

Mishandling information, whether deliberately or through repeated carelessness, may result in disciplinary action up to and including termination of employment or contract.

## Review

The {{policy_owner}} reviews this policy at least every {{review_interval}}, and in any case at least annually, and when new types of data or new legal obligations arise. Executive leadership approves each revision.

## Related documents

- Information Security Policy
- Encryption Policy
- Data Retention and Disposal Policy
- Acceptable Use Policy
- Vendor Management Policy
- Incident Response Policy
- Data inventory
`;

export const dataClassificationHandlingPolicy: PolicyTemplate = {
  key: 'data_classification_handling',
  title: 'Data Classification and Handling Policy',
  summary:
    'Defines four classification levels for company and customer information and the storage, access, sharing, labeling, and disposal rules for each.',
  body,
  criteria: ['CC2.1', 'CC6.1', 'CC6.7', 'C1.1'],
  reviewIntervalMonths: 12,
  requiresCategory: null,
  placeholders: ['effective_date', 'organization_name', 'policy_owner', 'review_interval'],
};
