import type { PolicyTemplate } from '../types.ts';

const body = `# Acceptable Use Policy

- **Organization:** {{organization_name}}
- **Policy owner:** {{policy_owner}}
- **Effective date:** {{effective_date}}
- **Review interval:** {{review_interval}}

## Purpose

This policy explains what {{organization_name}} expects of everyone who uses company devices, accounts, networks, and data. Its goal is to protect customers, colleagues, and the company from harm caused by careless or improper use, while leaving people free to do their work.

## Scope

This policy applies to all personnel and to every company-owned device, company account, network, and application. It also applies to personal devices whenever they are used to access company systems or data.

## Roles and responsibilities

- **The {{policy_owner}}** owns this policy and answers questions about how it applies.
- **IT** provides managed devices and approved software, and maintains the security tooling on them.
- **Managers** make sure their teams understand this policy and raise concerns about misuse.
- **All personnel** read and acknowledge this policy and follow it in their daily work.

## Policy

### 1. General use

- Company systems are provided for business purposes. Occasional personal use is permitted if it is lawful, brief, and does not interfere with work, consume significant resources, or create a security risk.
- To the extent permitted by law, the company monitors the use of its systems and networks for security and operational purposes. Personnel should not expect privacy in personal content stored on company systems.

### 2. Prohibited activities

Personnel must not:

- share passwords, authentication codes, or access badges, or let anyone else use their accounts;
- disable, bypass, or tamper with security controls such as endpoint protection, device management, logging, or multi-factor authentication;
- access systems or data they are not authorized to use, or probe, scan, or test systems without written approval from the {{policy_owner}};
- use customer data for any purpose other than delivering and supporting the service the customer bought;
- install or run software that is pirated, malicious, or not approved;
- use company resources for harassment, illegal activity, personal commercial ventures, or activities such as cryptocurrency mining;
- send company or customer data to personal email accounts, personal cloud storage, or other unapproved destinations.

### 3. Devices

- Company laptops are enrolled in device management before first use and keep full-disk encryption, endpoint protection, automatic operating system updates, and a firewall enabled.
- Screens lock automatically after no more than {{screen_lock_minutes}} minutes of inactivity, and personnel lock their screens whenever they step away.
- Personal devices may be used for company email and chat only through approved applications, with a passcode and current operating system updates. Customer data must not be stored on personal devices.
- Lost or stolen devices that hold or can access company data are reported to {{security_contact_email}} immediately, and in any case within 24 hours.

### 4. Software and online services

- Only software from the approved list or installed through IT may be used for company work. Requests for new software go through the approval process.
- Company data must not be placed in a new online service, including artificial intelligence tools, until that service has been approved under the Vendor Management Policy.
- Confidential or restricted information must not be entered into artificial intelligence tools unless the tool is approved for that classification.

### 5. Handling information

- Information is handled according to its classification under the Data Classification and Handling Policy.
- Files are shared through approved services with access limited to the people who need them. Public links are not used for confidential or restricted information.
- Removable media, such as USB drives, may not be used for confidential or restricted information unless the {{policy_owner}} has approved it and the media is encrypted.

### 6. Email, messaging, and social engineering

- Personnel verify unexpected requests for payments, credentials, gift cards, or sensitive data through a separate, known channel before acting on them.
- Suspicious messages are reported through the company's reporting button or to {{security_contact_email}} and are not forwarded to colleagues.
- Personnel do not speak for the company on public forums or social media unless authorized, and never disclose non-public information there.

### 7. Remote work and travel

- Remote work takes place over trusted networks or through the company VPN, and personnel take care that screens and conversations cannot be seen or overheard.
- Devices are never left unattended in public places or visible in unattended vehicles.

### 8. Acknowledgement

- Personnel acknowledge this policy when they join and at least annually afterwards, and after any material revision.

## Exceptions

Exceptions require written approval from the {{policy_owner}} stating the business need, the risk, compensating controls, and an expiry date of no more than twelve months. Approved exceptions are recorded in the exception register.

## Enforcement

Violations may result in the removal of system access and disciplinary action up to and including termination of employment or contract. Unlawful activity may be reported to law enforcement.

## Review

The {{policy_owner}} reviews this policy at least every {{review_interval}}, and in any case at least annually, and when new technologies or ways of working call for changes. Executive leadership approves each revision.

## Related documents

- Information Security Policy
- Code of Conduct
- Data Classification and Handling Policy
- Asset Management Policy
- Security Awareness Training Policy
- Vendor Management Policy
`;

export const acceptableUsePolicy: PolicyTemplate = {
  key: 'acceptable_use',
  title: 'Acceptable Use Policy',
  summary:
    'Sets the rules personnel follow when using company devices, accounts, networks, software, and data, including prohibited activities and device security requirements.',
  body,
  criteria: ['CC2.2', 'CC6.7', 'CC6.8'],
  reviewIntervalMonths: 12,
  requiresCategory: null,
  placeholders: [
    'effective_date',
    'organization_name',
    'policy_owner',
    'review_interval',
    'screen_lock_minutes',
    'security_contact_email',
  ],
};
