import type { PolicyTemplate } from '../types.ts';

const body = `# Data Retention and Disposal Policy

- **Organization:** {{organization_name}}
- **Policy owner:** {{policy_owner}}
- **Effective date:** {{effective_date}}
- **Review interval:** {{review_interval}}

## Purpose

Keeping data longer than needed increases the harm a breach can cause and can breach commitments to customers. This policy sets how long {{organization_name}} keeps each type of information and how it disposes of information, and of the devices and media that held it, so that nothing can be recovered afterwards.

## Scope

This policy applies to all company and customer information in every system, backup, device, and paper record, and to every device, storage medium, and cloud resource that is retired. It applies to all personnel and to vendors that store or dispose of information for the company.

## Roles and responsibilities

- **The {{policy_owner}}** owns this policy, maintains the retention schedule, and confirms each year that disposal has taken place.
- **Data owners** apply the retention schedule to their data and approve disposal.
- **Engineering** builds automated deletion into systems and carries out deletion of customer data.
- **IT** wipes or destroys retired devices and media and keeps disposal records.
- **Legal counsel** issues and lifts legal holds and advises on legally required retention periods.

## Policy

### 1. Retention schedule

Unless a contract or law requires otherwise, information is kept as follows:

| Information | Retention |
| --- | --- |
| Customer data in the production service | For the subscription term, then deleted within {{customer_data_deletion_days}} days after the contract ends |
| Backups of production data | {{backup_retention_days}} days |
| Application, audit, and security logs | {{log_retention_days}} days |
| Policies, control evidence, and audit records | At least {{audit_evidence_retention_years}} years |
| Personal information collected by the company for its own purposes | As stated in the privacy notice, and no longer than needed for that purpose |
| Employment, financial, and tax records | As required by applicable law, as confirmed by legal counsel |

Information not covered by the schedule is kept only as long as it has a business purpose and is reviewed at least annually.

### 2. Applying the schedule

- Retention periods are enforced through automated deletion wherever the system supports it.
- Where deletion is manual, data owners identify information that has reached the end of its retention period at least annually and arrange for its disposal.
- The data inventory records the retention period for each data store holding Restricted or Confidential information.

### 3. Legal holds

- When litigation, an investigation, or an audit requires information to be preserved, legal counsel issues a legal hold that suspends disposal of the information concerned. Disposal resumes once the hold is lifted in writing.

### 4. Customer data at the end of a contract and on request

- When a customer contract ends, customer data is returned in a standard format if the customer asks, and then deleted from the production service within the period in the retention schedule.
- Deleted customer data persists in backups only until those backups expire.
- Customers' requests to delete specific data are carried out within the period stated in their contract. The company confirms completion in writing on request.

### 5. Disposal methods

- Electronic data is deleted using methods that prevent practical recovery, such as secure deletion features provided by the storage service or destruction of the encryption keys protecting the data.
- Laptops and other devices are wiped using a method consistent with recognized media sanitization guidance before they are reissued, sold, or recycled. Media that cannot be wiped reliably is physically destroyed.
- Vendors that destroy devices or media for the company provide a certificate of destruction.
- Paper containing Confidential or Restricted information is cross-cut shredded or placed in locked shredding bins.

### 6. Cloud resources

- When a cloud service, database, storage bucket, or account is decommissioned, its data, snapshots, and replicas are deleted or confirmed as covered by retention, and its credentials are revoked.

### 7. Records of disposal

- IT keeps a log of wiped and destroyed devices and media, including the asset identifier, the method, the date, and who performed or certified the disposal, and updates the asset inventory.
- Deletions of customer data at the end of a contract are recorded with the customer, date, and systems covered.

## Exceptions

Keeping information longer than the schedule allows, other than under a legal hold, requires written approval from the data owner and the {{policy_owner}}, with a documented reason and a new disposal date. Approved exceptions are recorded in the exception register.

## Enforcement

Keeping information beyond its retention period without approval, disposing of information under a legal hold, or disposing of devices without proper sanitization may result in disciplinary action up to and including termination of employment or contract.

## Review

The {{policy_owner}} reviews this policy and the retention schedule at least every {{review_interval}}, and in any case at least annually, and when laws or contracts change retention requirements. Executive leadership approves each revision.

## Related documents

- Data Classification and Handling Policy
- Backup Policy
- Asset Management Policy
- Encryption Policy
- Vendor Management Policy
- Disposal log
`;

export const dataRetentionDisposalPolicy: PolicyTemplate = {
  key: 'data_retention_disposal',
  title: 'Data Retention and Disposal Policy',
  summary:
    'Sets how long each type of information is kept and how information, devices, and media are securely disposed of, including customer data after a contract ends.',
  body,
  criteria: ['CC6.5', 'C1.1', 'C1.2', 'P4.2', 'P4.3'],
  reviewIntervalMonths: 12,
  requiresCategory: null,
  placeholders: [
    'audit_evidence_retention_years',
    'backup_retention_days',
    'customer_data_deletion_days',
    'effective_date',
    'log_retention_days',
    'organization_name',
    'policy_owner',
    'review_interval',
  ],
};
