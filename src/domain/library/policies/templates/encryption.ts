import type { PolicyTemplate } from '../types.ts';

const body = `# Encryption Policy

- **Organization:** {{organization_name}}
- **Policy owner:** {{policy_owner}}
- **Effective date:** {{effective_date}}
- **Review interval:** {{review_interval}}

## Purpose

This policy sets the requirements {{organization_name}} follows when using cryptography to protect data in transit and at rest, and for managing the keys, secrets, and certificates on which that protection depends.

## Scope

This policy applies to all systems that store, process, or transmit company or customer data, including production infrastructure, business applications, endpoints, backups, and removable media. It applies to all personnel and vendors who design, build, or operate those systems.

## Roles and responsibilities

- **The {{policy_owner}}** owns this policy, approves cryptographic standards, and approves any deviation from them.
- **Engineering** implements encryption, key management, and secrets handling in the systems it builds and operates.
- **IT** enforces encryption on company endpoints and removable media.
- **All personnel** protect the secrets they handle and report any secret that may have been exposed.

## Policy

### 1. Approved cryptography

- Only well-established, publicly reviewed algorithms and maintained libraries are used. Custom or home-grown cryptographic schemes are prohibited.
- Symmetric encryption uses AES with keys of at least 128 bits (256 bits preferred). Asymmetric keys are at least 2048 bits for RSA or use elliptic curves of at least 256 bits. Hashing for integrity uses SHA-256 or stronger.
- Deprecated algorithms and protocols, including DES, 3DES, RC4, MD5, SHA-1 for signatures, and SSL or TLS versions earlier than 1.2, are not used.

### 2. Data in transit

- All traffic to and from the service over public networks uses TLS 1.2 or later with strong cipher suites. Public web endpoints redirect plain HTTP to HTTPS and send HTTP Strict Transport Security headers.
- Traffic between internal services that crosses networks the company does not control is encrypted.
- Administrative access uses encrypted protocols such as SSH or TLS. File exchanges with customers and vendors use encrypted methods such as SFTP or HTTPS.

### 3. Data at rest

- Production databases, object storage, block volumes, message queues, and backups that hold customer data or other Restricted information are encrypted at rest.
- Company laptops use full-disk encryption, which is verified through device management.
- Removable media used for Confidential or Restricted information, where allowed at all, is encrypted.

### 4. Key management

- Encryption keys are generated and stored in a managed key management service or hardware security module, never in source code or configuration files.
- Access to keys is limited to the services and administrators that need it, and key use and administration are logged.
- Production and non-production environments use separate keys.
- Keys are rotated at least every {{key_rotation_months}} months, and immediately if compromise is suspected.
- Keys that are retired are destroyed only after all data protected by them has been re-encrypted or is no longer required.

### 5. Secrets management

- Passwords, API keys, tokens, and other secrets used by systems are stored in the approved secrets manager and delivered to workloads at run time.
- Repositories are scanned automatically for committed secrets. Any secret found in source code, logs, tickets, or chat is treated as exposed and is rotated promptly.

### 6. Certificates

- TLS certificates are obtained from trusted certificate authorities and recorded in a certificate inventory.
- Renewal is automated where possible, and expiry is monitored so that certificates are replaced before they lapse.

### 7. Stored passwords

- User passwords that the service itself stores are hashed with an adaptive, salted algorithm designed for passwords, such as Argon2, scrypt, or bcrypt, and are never stored in a reversible form.

## Exceptions

Systems that cannot meet this policy, for example because of a vendor limitation, require written approval from the {{policy_owner}} that records the gap, the risk, compensating controls, and an expiry date of no more than twelve months. Approved exceptions are recorded in the exception register and reviewed before renewal.

## Enforcement

Storing secrets insecurely, disabling encryption, or using prohibited algorithms may result in the removal of access and in disciplinary action up to and including termination of employment or contract.

## Review

The {{policy_owner}} reviews this policy at least every {{review_interval}}, and in any case at least annually, and whenever a weakness in a cryptographic standard in use becomes known. Executive leadership approves each revision.

## Related documents

- Information Security Policy
- Data Classification and Handling Policy
- Access Control Policy
- Backup Policy
- Key management and secrets management procedures
`;

export const encryptionPolicy: PolicyTemplate = {
  key: 'encryption',
  title: 'Encryption Policy',
  summary:
    'Specifies approved cryptography for data in transit and at rest and the rules for managing encryption keys, secrets, and certificates.',
  body,
  criteria: ['CC6.1', 'CC6.7', 'C1.1'],
  reviewIntervalMonths: 12,
  requiresCategory: null,
  placeholders: ['effective_date', 'key_rotation_months', 'organization_name', 'policy_owner', 'review_interval'],
};
