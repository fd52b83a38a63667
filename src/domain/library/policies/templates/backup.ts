import type { PolicyTemplate } from '../types.ts';

const body = `# Backup Policy

- **Organization:** {{organization_name}}
- **Policy owner:** {{policy_owner}}
- **Effective date:** {{effective_date}}
- **Review interval:** {{review_interval}}

## Purpose

This policy makes sure that {{organization_name}} can restore the data its service depends on after deletion, corruption, ransomware, or the loss of infrastructure, within the recovery objectives it has committed to.

## Scope

This policy covers production databases, object storage, file systems, and other data stores that hold customer or business-critical data, as well as the configuration and code needed to rebuild production. It applies to the engineers who operate those systems and to vendors who store backups on the company's behalf.

## Roles and responsibilities

- **The {{policy_owner}}** owns this policy, maintains the backup inventory, and reviews the results of monitoring and restore tests.
- **Engineering** configures and operates the backups, responds to backup failures, and performs restore tests.
- **Service owners** tell the {{policy_owner}} about new data stores so they can be added to the backup inventory.

## Policy

### 1. Backup inventory

- A backup inventory lists each data store in scope, the backup method, its frequency, the retention period, the storage location, and the owner.
- New data stores are added to the inventory before they hold production data.
- Infrastructure definitions and application code are kept in version control, which serves as their backup.

### 2. Frequency

- Backups run automatically at a frequency that meets the recovery point objective of {{rpo_hours}} hours.
- Primary databases have continuous or point-in-time recovery enabled where the platform supports it.

### 3. Retention

- Backups are kept for {{backup_retention_days}} days and are then deleted automatically, unless a legal hold requires them to be kept longer.
- Data deleted from production, including data deleted at a customer's request, remains in backups only until those backups expire, and is not restored to production except to recover from an incident.

### 4. Protection

- Backups are encrypted in transit and at rest as the Encryption Policy requires.
- At least one copy of each backup is kept in a separate region, and in a separate account or with separate credentials from the primary data, so that a single incident cannot destroy both.
- Backups are protected against deletion or alteration, for example through immutable storage or object locking, for the length of their retention period.
- Access to backups and to backup configuration is limited to a small number of named administrators, and that access is logged.

### 5. Monitoring

- Backup jobs are monitored, and every failed or missed backup raises an alert to the on-call engineer.
- Failures are investigated and resolved, or a successful backup is taken, within one business day, and the resolution is recorded.

### 6. Restore testing

- At least {{restore_test_frequency}}, engineering restores a sample of backups, including the primary production database, into an isolated environment.
- Each test confirms that the restored data is complete and usable, for example by checking record counts and running application checks, and measures how long the restore took against the recovery time objective.
- Test results are recorded, and any problems are tracked to resolution and used to update backup procedures and recovery runbooks.

### 7. Restores in production

- Restoring data into production is a change governed by the Change Management Policy, or an emergency change during an incident. Restores of customer data are requested or authorized by the customer or by the incident commander.

## Exceptions

Data stores that are not backed up, or that are backed up less often or kept for a shorter time than this policy requires, need written approval from the {{policy_owner}} with a justification, such as data that can be regenerated, and an expiry date of no more than twelve months. Approved exceptions are recorded in the exception register.

## Enforcement

Disabling backups, deleting backups outside the retention process, or ignoring backup failures is treated as a control deficiency and may result in disciplinary action up to and including termination of employment or contract.

## Review

The {{policy_owner}} reviews this policy at least every {{review_interval}}, and in any case at least annually, and after any restore test that fails or any incident that requires data to be restored. Executive leadership approves each revision.

## Related documents

- Business Continuity and Disaster Recovery Policy
- Data Retention and Disposal Policy
- Encryption Policy
- Incident Response Policy
- Backup inventory and restore test records
`;

export const backupPolicy: PolicyTemplate = {
  key: 'backup',
  title: 'Backup Policy',
  summary:
    'Requires automated, encrypted, separately stored backups of production data with defined retention, monitoring of backup jobs, and regular restore tests.',
  body,
  criteria: ['A1.2', 'A1.3'],
  reviewIntervalMonths: 12,
  requiresCategory: null,
  placeholders: [
    'backup_retention_days',
    'effective_date',
    'organization_name',
    'policy_owner',
    'restore_test_frequency',
    'review_interval',
    'rpo_hours',
  ],
};
