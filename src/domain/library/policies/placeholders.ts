// Guidance for the fields an organization fills in when adopting a template.
// Several placeholders appear in more than one template (for example
// `rpo_hours` or `backup_retention_days`), so one answer keeps the policies consistent.

export interface PlaceholderGuide {
  /** Short label for a form field. */
  readonly label: string;
  /** What to enter, written so the filled sentence reads naturally. */
  readonly hint: string;
  /** A typical value; a suggestion, not a recommendation for every organization. */
  readonly example: string;
}

export const PLACEHOLDER_GUIDE: Readonly<Record<string, PlaceholderGuide>> = {
  organization_name: { label: 'Organization name', hint: 'Legal or trading name of the company.', example: 'Example Corp' },
  policy_owner: {
    label: 'Policy owner',
    hint: 'Job title (not a person) accountable for the policy, without "the": the text supplies it.',
    example: 'Head of Security',
  },
  effective_date: { label: 'Effective date', hint: 'Date the approved version takes effect.', example: 'January 1, 2026' },
  review_interval: { label: 'Review interval', hint: 'How often the policy is reviewed; at most 12 months.', example: '12 months' },
  security_contact_email: { label: 'Security contact email', hint: 'Address that receives security reports.', example: 'security@example.com' },
  access_review_frequency: { label: 'Access review frequency', hint: 'Adverb completing "at least …".', example: 'quarterly' },
  deprovisioning_sla_hours: { label: 'Deprovisioning deadline (hours)', hint: 'Hours after departure by which access is disabled.', example: '24' },
  password_min_length: { label: 'Minimum password length', hint: 'Number of characters.', example: '12' },
  emergency_change_review_days: { label: 'Emergency change review (business days)', hint: 'Business days allowed for the retrospective review.', example: '2' },
  customer_notification_hours: { label: 'Customer incident notification (hours)', hint: 'Hours after confirmation by which affected customers are told.', example: '72' },
  rto_hours: { label: 'Recovery time objective (hours)', hint: 'Longest acceptable outage of the production service.', example: '8' },
  rpo_hours: { label: 'Recovery point objective (hours)', hint: 'Most data loss, in hours, the company accepts.', example: '24' },
  vendor_breach_notice_hours: { label: 'Vendor breach notice (hours)', hint: 'Hours within which vendors must report incidents.', example: '72' },
  screen_lock_minutes: { label: 'Screen lock (minutes)', hint: 'Idle minutes before a device locks.', example: '10' },
  key_rotation_months: { label: 'Key rotation (months)', hint: 'Longest interval between encryption key rotations.', example: '12' },
  critical_vuln_sla_days: { label: 'Critical vulnerability deadline (days)', hint: 'Days from detection to remediation.', example: '7' },
  high_vuln_sla_days: { label: 'High vulnerability deadline (days)', hint: 'Days from detection to remediation.', example: '30' },
  medium_vuln_sla_days: { label: 'Medium vulnerability deadline (days)', hint: 'Days from detection to remediation.', example: '90' },
  low_vuln_sla_days: { label: 'Low vulnerability deadline (days)', hint: 'Days from detection to remediation.', example: '180' },
  vuln_scan_frequency: { label: 'Vulnerability scan frequency', hint: 'Adverb completing "at least …".', example: 'weekly' },
  risk_acceptance_authority: { label: 'Risk acceptance authority', hint: 'Who may accept risk above tolerance.', example: 'the Chief Executive Officer' },
  backup_retention_days: { label: 'Backup retention (days)', hint: 'Days backups are kept before deletion.', example: '35' },
  restore_test_frequency: { label: 'Restore test frequency', hint: 'Adverb completing "at least …".', example: 'quarterly' },
  training_due_days: { label: 'Onboarding training deadline (days)', hint: 'Days after start by which training is complete.', example: '30' },
  phishing_simulation_frequency: { label: 'Phishing simulation frequency', hint: 'Adverb completing "at least …".', example: 'quarterly' },
  ethics_reporting_channel: { label: 'Anonymous reporting channel', hint: 'Hotline, web form, or address for anonymous reports.', example: 'the ethics hotline at ethics.example.com' },
  dsr_response_days: { label: 'Privacy request response (days)', hint: 'Days allowed to answer privacy requests and complaints.', example: '30' },
  privacy_contact_email: { label: 'Privacy contact email', hint: 'Address for privacy requests and complaints.', example: 'privacy@example.com' },
  privacy_notice_url: { label: 'Privacy notice URL', hint: 'Where the public privacy notice is published.', example: 'https://example.com/privacy' },
  customer_data_deletion_days: { label: 'Customer data deletion (days)', hint: 'Days after contract end by which customer data is deleted.', example: '30' },
  log_retention_days: { label: 'Log retention (days)', hint: 'Days application, audit, and security logs are kept.', example: '365' },
  audit_evidence_retention_years: { label: 'Audit evidence retention (years)', hint: 'Years policies, evidence, and audit records are kept.', example: '3' },
  asset_inventory_review_frequency: { label: 'Asset inventory reconciliation frequency', hint: 'Adverb completing "at least …".', example: 'quarterly' },
};
