import type { PolicyTemplate } from '../types.ts';

const body = `# Asset Management Policy

- **Organization:** {{organization_name}}
- **Policy owner:** {{policy_owner}}
- **Effective date:** {{effective_date}}
- **Review interval:** {{review_interval}}

## Purpose

{{organization_name}} cannot protect what it does not know it has. This policy requires an accurate inventory of the company's hardware, cloud resources, software, and data stores, a named owner for each, secure configuration of endpoints, and controlled return, reuse, and disposal of assets.

## Scope

This policy covers company-owned laptops, mobile devices, and network equipment; cloud accounts and the resources within them; software and software-as-a-service subscriptions; and data stores that hold company or customer data. It applies to all personnel who are issued, manage, or use these assets.

## Roles and responsibilities

- **The {{policy_owner}}** owns this policy and the asset inventory and makes sure inventory reconciliations take place.
- **IT** procures, configures, issues, recovers, and disposes of end-user devices and manages the device management platform.
- **Engineering** keeps the inventory of cloud accounts and production resources accurate, largely through automation.
- **Asset owners** are accountable for the security, use, and lifecycle of the assets assigned to them.
- **All personnel** look after the devices issued to them and report loss, theft, or damage promptly.

## Policy

### 1. Asset inventory

- The company maintains an inventory of its assets. For each asset it records an identifier, type, owner, location or cloud account, the highest classification of data it holds, and its status (in use, in storage, or retired).
- Cloud resources are inventoried automatically from the providers' interfaces, and end-user devices from the device management platform, wherever possible.
- Software and software-as-a-service applications in use are recorded with their business owner and, where they hold company data, with a reference to their vendor review.

### 2. Ownership

- Every asset has an owner. When an owner leaves or changes role, their assets are reassigned before their departure is complete.

### 3. Reconciliation and unknown assets

- At least {{asset_inventory_review_frequency}}, the inventory is reconciled against device management records, cloud provider records, and purchasing records, and discrepancies are resolved.
- Devices or cloud resources found that are not in the inventory are investigated promptly. They are either added with an owner or removed, and unauthorized assets are handled under the Incident Response Policy.

### 4. Endpoint security

- Company laptops are enrolled in device management before they are issued, and they keep full-disk encryption, endpoint protection, automatic updates, a screen lock, and a host firewall enabled.
- Device compliance is monitored continuously. Devices that fall out of compliance are remediated, and devices that remain out of compliance may be blocked from accessing company systems.
- Only approved software may be installed. Installing software requires administrator rights that standard users do not hold, or takes place through the approved software catalog.

### 5. Secure configuration

- Servers, containers, and cloud services are built from approved, hardened baseline configurations defined in code, following the Change Management Policy.

### 6. Return of assets

- Personnel return all company devices and physical access items by their last working day or, for remote personnel, within five business days of departure, using prepaid shipping provided by IT.
- Devices that are not returned are locked or wiped remotely, and recovery is escalated to management.

### 7. Reuse and disposal

- Devices are wiped before they are reissued to another person.
- Devices and media that are retired are sanitized or destroyed as the Data Retention and Disposal Policy requires, and the inventory is updated to show their disposal.

### 8. Loss and theft

- Lost or stolen devices are reported to IT and security immediately. IT locks or wipes the device remotely, and security assesses whether data may have been exposed.

## Exceptions

Assets that cannot meet these requirements, such as specialized devices that cannot run device management, require written approval from the {{policy_owner}} with compensating controls and an expiry date of no more than twelve months. Approved exceptions are recorded in the exception register.

## Enforcement

Failing to return company assets, removing security software, or connecting unauthorized devices to company systems may result in loss of access and disciplinary action up to and including termination of employment or contract. The company may also pursue recovery of unreturned assets.

## Review

The {{policy_owner}} reviews this policy at least every {{review_interval}}, and in any case at least annually. Executive leadership approves each revision.

## Related documents

- Information Security Policy
- Acceptable Use Policy
- Access Control Policy
- Data Retention and Disposal Policy
- Vulnerability Management Policy
- Asset inventory
`;

export const assetManagementPolicy: PolicyTemplate = {
  key: 'asset_management',
  title: 'Asset Management Policy',
  summary:
    'Requires an owned and reconciled inventory of hardware, cloud resources, software, and data stores, secure endpoint configuration, and controlled return and disposal of assets.',
  body,
  criteria: ['CC6.1', 'CC6.5', 'CC6.8', 'CC7.1'],
  reviewIntervalMonths: 12,
  requiresCategory: null,
  placeholders: [
    'asset_inventory_review_frequency',
    'effective_date',
    'organization_name',
    'policy_owner',
    'review_interval',
  ],
};
