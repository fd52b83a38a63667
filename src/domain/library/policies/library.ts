// The starter policy templates shipped with attest, in the order they are offered.
import { acceptableUsePolicy } from './templates/acceptable_use.ts';
import { accessControlPolicy } from './templates/access_control.ts';
import { assetManagementPolicy } from './templates/asset_management.ts';
import { backupPolicy } from './templates/backup.ts';
import { businessContinuityDisasterRecoveryPolicy } from './templates/business_continuity_disaster_recovery.ts';
import { changeManagementPolicy } from './templates/change_management.ts';
import { codeOfConduct } from './templates/code_of_conduct.ts';
import { dataClassificationHandlingPolicy } from './templates/data_classification_handling.ts';
import { dataRetentionDisposalPolicy } from './templates/data_retention_disposal.ts';
import { encryptionPolicy } from './templates/encryption.ts';
import { incidentResponsePolicy } from './templates/incident_response.ts';
import { informationSecurityPolicy } from './templates/information_security.ts';
import { privacyPolicy } from './templates/privacy.ts';
import { riskAssessmentPolicy } from './templates/risk_assessment.ts';
import { securityAwarenessTrainingPolicy } from './templates/security_awareness_training.ts';
import { vendorManagementPolicy } from './templates/vendor_management.ts';
import { vulnerabilityManagementPolicy } from './templates/vulnerability_management.ts';
import type { PolicyTemplate } from './types.ts';

/** Bump whenever the text or metadata of a shipped template changes. */
export const POLICY_LIBRARY_VERSION = 'attest-policies-1';

export const POLICY_LIBRARY: readonly PolicyTemplate[] = Object.freeze([
  informationSecurityPolicy,
  codeOfConduct,
  riskAssessmentPolicy,
  accessControlPolicy,
  changeManagementPolicy,
  incidentResponsePolicy,
  businessContinuityDisasterRecoveryPolicy,
  backupPolicy,
  vendorManagementPolicy,
  acceptableUsePolicy,
  securityAwarenessTrainingPolicy,
  dataClassificationHandlingPolicy,
  dataRetentionDisposalPolicy,
  encryptionPolicy,
  vulnerabilityManagementPolicy,
  assetManagementPolicy,
  privacyPolicy,
]);
