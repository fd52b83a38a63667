import type { PolicyTemplate } from '../types.ts';

const body = `# Business Continuity and Disaster Recovery Policy

- **Organization:** {{organization_name}}
- **Policy owner:** {{policy_owner}}
- **Effective date:** {{effective_date}}
- **Review interval:** {{review_interval}}

## Purpose

This policy makes sure that {{organization_name}} can keep its critical services running during a disruption and restore them within agreed time and data-loss objectives after a disaster, such as the loss of a cloud region, a major security incident, or the unavailability of key people or vendors.

## Scope

This policy covers the production service and the business processes, people, facilities, vendors, and data that the service depends on. It applies to everyone with a role in the continuity or recovery plans.

## Roles and responsibilities

- **The {{policy_owner}}** owns this policy, coordinates the business impact analysis, maintains the plans, and organizes tests.
- **Executive leadership** declares a disaster when the criteria in the plan are met, leads crisis management, and approves the recovery objectives.
- **Engineering** designs resilient infrastructure, maintains the recovery runbooks, and performs recovery.
- **Service and process owners** identify dependencies and keep their parts of the plans current.
- **The communications lead** keeps personnel, customers, and other stakeholders informed during a disruption.

## Policy

### 1. Business impact analysis

- A business impact analysis identifies the critical services and business processes, ranks them by the impact of an outage, and records their dependencies on systems, people, and vendors.
- The analysis is updated at least annually and whenever the service or its architecture changes significantly.

### 2. Recovery objectives

- Unless a customer contract requires something stricter, the production service has a recovery time objective (RTO) of {{rto_hours}} hours and a recovery point objective (RPO) of {{rpo_hours}} hours.
- Recovery objectives for other critical processes are recorded in the business impact analysis and approved by executive leadership.

### 3. Resilient design

- Production systems run across multiple availability zones, and critical components have no single point of failure.
- Production infrastructure can be rebuilt from code and configuration held in version control.
- Data is backed up as the Backup Policy requires, including a copy stored outside the primary region.
- Hosting providers' assurance reports are reviewed annually to confirm that their facilities have adequate protection against fire, power loss, flooding, and climate failures.

### 4. Capacity management

- The use of compute, storage, database, and network resources is monitored, and alerts fire before utilization reaches limits that would threaten the service.
- Capacity is added automatically through auto-scaling where possible, and otherwise through a documented procedure.
- Capacity and expected growth are reviewed at least quarterly, and load testing precedes launches expected to increase demand significantly.

### 5. Continuity and recovery plans

- The business continuity plan names the crisis management team, holds contact lists, states the criteria for declaring a disaster, and describes alternate working arrangements for personnel.
- The disaster recovery plan provides step-by-step runbooks for restoring the production service in an alternate zone or region.
- Plans are stored so that they remain available during an outage of the company's primary systems, for example as an offline or separately hosted copy.

### 6. Testing

- The disaster recovery plan is tested at least annually through a failover or restore exercise in which the actual recovery time and data loss are measured against the RTO and RPO.
- The business continuity plan is exercised at least annually, for example through a tabletop exercise.
- Problems found in testing are logged, assigned owners, and tracked to resolution, and the plans are updated after each test.

### 7. Communication during a disruption

- Customers are informed of service disruptions through the status page or direct notice, with updates at regular intervals until service is restored.
- Personnel receive instructions through a communication channel that does not depend on the affected systems.

### 8. Risk transfer

- Executive leadership considers at least annually whether insurance, such as business interruption or cyber liability coverage, should transfer part of the financial impact of a disruption.

## Exceptions

Exceptions, including any decision to accept a recovery objective that the current design cannot meet, require written approval from executive leadership on the recommendation of the {{policy_owner}}. They are recorded in the exception register with an expiry date of no more than twelve months.

## Enforcement

Failure to maintain, test, or follow the continuity and recovery plans is treated as a control deficiency and tracked to resolution. Personnel who deliberately disregard this policy may face disciplinary action.

## Review

The {{policy_owner}} reviews this policy at least every {{review_interval}}, and in any case at least annually, after each test, and after any real disaster or major disruption. Executive leadership approves each revision.

## Related documents

- Information Security Policy
- Backup Policy
- Incident Response Policy
- Vendor Management Policy
- Risk Assessment Policy
- Business impact analysis
- Business continuity plan and disaster recovery runbooks
`;

export const businessContinuityDisasterRecoveryPolicy: PolicyTemplate = {
  key: 'business_continuity_disaster_recovery',
  title: 'Business Continuity and Disaster Recovery Policy',
  summary:
    'Requires a business impact analysis, recovery objectives, resilient and adequately sized infrastructure, and tested plans for continuing and restoring critical services.',
  body,
  criteria: ['CC7.5', 'CC9.1', 'A1.1', 'A1.2', 'A1.3'],
  reviewIntervalMonths: 12,
  requiresCategory: null,
  placeholders: ['effective_date', 'organization_name', 'policy_owner', 'review_interval', 'rpo_hours', 'rto_hours'],
};
