// The demo organization's evidence year and its PBC request list, added through the same use cases
// as an upload and the request screens. Quarter by quarter over the last 12 months, each control area
// gets an operating record (export, log, minutes…) and, twice a year, a design record (settings
// screenshot, configuration export). Deliberate gaps: OPS-06 (weekly vulnerability scanning) has no
// evidence at all, and a few areas skip one quarter, so Type II readiness and the reminders have
// something honest to show. Content comes from a seeded number source, never Math.random.
import { Readable } from 'node:stream';
import type { Control } from '../contract/program.ts';
import { EvidenceMetadata } from '../contract/evidence.ts';
import { CreateRequestRequest } from '../contract/requests.ts';
import { addDays, addMonths, daysBetween, isoDate } from '../domain/calendar/dates.ts';
import { csvRow } from '../domain/export/csv.ts';
import { windowContaining } from '../domain/freshness/index.ts';
import { dashboardPng, seeded, textPdf } from '../render/demo-files.ts';
import type { Ctx, Deps } from './context.ts';
import { addEvidence } from './evidence.ts';
import { attachRequestEvidence, createRequest, moveRequest, addRequestComment } from './requests.ts';

type Kind = 'csv' | 'png' | 'pdf' | 'json' | 'txt';
type Uploader = 'admin' | 'manager' | 'owner';

interface Stream {
  kind: Kind;
  title: string;
  file: string;
  /** What the record covers: report lines, JSON checks, or the CSV's subject column. */
  subjects: readonly string[];
  /** CSV columns. */
  columns?: readonly string[];
}

interface AreaPlan {
  area: string;
  by: Uploader;
  operating: Stream;
  design: Stream;
}

const PLANS: readonly AreaPlan[] = [
  { area: 'GOV', by: 'manager',
    operating: { kind: 'pdf', title: 'Board and security steering committee minutes', file: 'governance-minutes', subjects: ['Security program status and open deficiencies', 'Risk register changes since the last meeting', 'Organization chart and role changes', 'Customer commitments and contract changes'] },
    design: { kind: 'txt', title: 'Ethics hotline and external issue intake summary', file: 'ethics-intake', subjects: ['Hotline reports received and triaged', 'security@ mailbox reports acknowledged within 2 business days', 'Disciplinary cases opened'] } },
  { area: 'HR', by: 'admin',
    operating: { kind: 'csv', title: 'Security training and phishing simulation results', file: 'training-phishing', subjects: ['Annual security awareness', 'Secure development', 'Privacy for data handlers'], columns: ['person', 'email', 'course', 'completed_on', 'phishing_result'] },
    design: { kind: 'pdf', title: 'Onboarding and offboarding checklist sample', file: 'onboarding-sample', subjects: ['Background check completed before start date', 'Confidentiality agreement signed on day one', 'Accounts removed within one business day of leaving'] } },
  { area: 'RISK', by: 'manager',
    operating: { kind: 'pdf', title: 'Risk register review', file: 'risk-review', subjects: ['Credential theft', 'Cloud region outage', 'Faulty payroll calculation change', 'Vendor breach', 'Regulatory change in state tax rules'] },
    design: { kind: 'csv', title: 'Risk register export', file: 'risk-register', subjects: ['Credential theft', 'Region outage', 'Faulty change', 'Vendor breach', 'Ransomware', 'Missed tax rule'], columns: ['risk', 'likelihood', 'impact', 'treatment', 'owner', 'reviewed_on'] } },
  { area: 'MON', by: 'manager',
    operating: { kind: 'csv', title: 'Control self-assessment and deficiency tracker', file: 'deficiency-tracker', subjects: ['Access review late for one system', 'Backup alert routed to an old channel', 'Missing approval on an emergency change', 'Training reminder not sent'], columns: ['finding', 'severity', 'owner', 'status', 'due_on'] },
    design: { kind: 'png', title: 'Automated control monitoring dashboard', file: 'monitoring-dashboard', subjects: [] } },
  { area: 'POL', by: 'manager',
    operating: { kind: 'txt', title: 'Policy review and exception log', file: 'policy-log', subjects: ['Information security policy reviewed', 'Acceptable use policy sent for approval', 'Exception: legacy SFTP host until migration'] },
    design: { kind: 'csv', title: 'Policy acknowledgement export', file: 'policy-acknowledgements', subjects: ['Information security', 'Acceptable use', 'Code of conduct'], columns: ['person', 'email', 'policy', 'acknowledged_on'] } },
  { area: 'AC', by: 'owner',
    operating: { kind: 'csv', title: 'User access review', file: 'access-review', subjects: ['Okta', 'AWS production', 'GitHub', 'Payroll admin console'], columns: ['person', 'email', 'system', 'role', 'decision', 'reviewer', 'reviewed_on'] },
    design: { kind: 'png', title: 'Okta sign-on policy with MFA enforced', file: 'okta-mfa-policy', subjects: [] } },
  { area: 'CRY', by: 'owner',
    operating: { kind: 'json', title: 'KMS key rotation and certificate inventory', file: 'kms-certificates', subjects: ['kms-key-rotation-enabled', 'rds-storage-encrypted', 's3-default-encryption', 'acm-certificates-expiring-30d'] },
    design: { kind: 'png', title: 'TLS configuration scan of the public endpoints', file: 'tls-scan', subjects: [] } },
  { area: 'NET', by: 'owner',
    operating: { kind: 'json', title: 'Security group and firewall rule review', file: 'firewall-review', subjects: ['sg-no-ingress-0.0.0.0-22', 'sg-prod-isolated-from-staging', 'waf-managed-rules-enabled', 'external-attack-surface-scan'] },
    design: { kind: 'png', title: 'WAF and edge protection dashboard', file: 'waf-dashboard', subjects: [] } },
  { area: 'END', by: 'owner',
    operating: { kind: 'csv', title: 'MDM device compliance report', file: 'mdm-compliance', subjects: ['macOS 15.4', 'macOS 15.5', 'Windows 11 24H2'], columns: ['device', 'person', 'os', 'disk_encrypted', 'edr_active', 'compliant', 'checked_on'] },
    design: { kind: 'png', title: 'EDR console overview', file: 'edr-console', subjects: [] } },
  { area: 'PHY', by: 'admin',
    operating: { kind: 'csv', title: 'Office badge access review', file: 'badge-review', subjects: ['Austin office', 'Austin office server room'], columns: ['person', 'email', 'site', 'decision', 'reviewer', 'reviewed_on'] },
    design: { kind: 'pdf', title: 'Visitor log sample', file: 'visitor-log', subjects: ['Visitors signed in at reception', 'Escort recorded for every visit', 'Badges returned at exit'] } },
  { area: 'OPS', by: 'owner',
    operating: { kind: 'csv', title: 'Patching, posture and capacity report', file: 'ops-report', subjects: ['CIS baseline drift', 'Security Hub critical findings', 'Monthly OS patch cycle', 'Critical vulnerability SLA', 'RDS storage headroom'], columns: ['check', 'target', 'result', 'checked_on', 'ticket'] },
    design: { kind: 'png', title: 'Log pipeline and alerting dashboard', file: 'alerting-dashboard', subjects: [] } },
  { area: 'IR', by: 'manager',
    operating: { kind: 'pdf', title: 'Security event and incident review', file: 'incident-review', subjects: ['Alerts triaged within the on-call target', 'Suspicious login investigated, no compromise', 'Post-incident review actions tracked'] },
    design: { kind: 'txt', title: 'On-call escalation test', file: 'escalation-test', subjects: ['Primary paged and acknowledged', 'Secondary escalation reached after 15 minutes', 'Customer notification template checked'] } },
  { area: 'CHG', by: 'owner',
    operating: { kind: 'csv', title: 'Sample of production deployments with approvals', file: 'deployments', subjects: ['payroll-api', 'payroll-web', 'tax-engine', 'infrastructure'], columns: ['change', 'service', 'author', 'approver', 'ci_status', 'merged_on'] },
    design: { kind: 'json', title: 'Branch protection and pipeline settings export', file: 'branch-protection', subjects: ['required-reviews-1', 'dismiss-stale-reviews', 'status-checks-required', 'deploy-role-restricted'] } },
  { area: 'BCP', by: 'owner',
    operating: { kind: 'txt', title: 'Backup jobs and restore test log', file: 'backup-restore-log', subjects: ['Nightly RDS snapshots completed', 'Backup failure alert test delivered', 'Restore of payroll database to an isolated account'] },
    design: { kind: 'png', title: 'RDS multi-AZ and backup vault settings', file: 'rds-backup-settings', subjects: [] } },
  { area: 'VEN', by: 'manager',
    operating: { kind: 'csv', title: 'Vendor inventory and report review', file: 'vendor-review', subjects: ['Amazon Web Services', 'Stripe', 'Google Workspace', 'Slack'], columns: ['vendor', 'tier', 'report', 'exceptions', 'reviewer', 'reviewed_on'] },
    design: { kind: 'pdf', title: 'New vendor due diligence memo', file: 'vendor-due-diligence', subjects: ['Security questionnaire reviewed', 'SOC 2 report obtained', 'Data processing terms signed'] } },
  { area: 'DATA', by: 'owner',
    operating: { kind: 'json', title: 'Retention job runs', file: 'retention-runs', subjects: ['expired-payroll-exports-deleted', 'terminated-customer-data-purged', 'log-retention-400d'] },
    design: { kind: 'csv', title: 'Register of confidential data locations', file: 'data-register', subjects: ['RDS payroll-prod', 'S3 payroll-exports', 'S3 tax-filings', 'Google Drive finance'], columns: ['store', 'classification', 'owner', 'encrypted', 'reviewed_on'] } },
  { area: 'PI', by: 'owner',
    operating: { kind: 'csv', title: 'Payroll run reconciliation sample', file: 'payroll-reconciliation', subjects: ['Acme Dental', 'Bluebird Logistics', 'Cedar Schools', 'Delta Print'], columns: ['company', 'run_on', 'employees', 'result'] },
    design: { kind: 'json', title: 'Payroll input validation rules', file: 'input-validation', subjects: ['routing-number-checksum', 'negative-net-pay-blocked', 'duplicate-run-detection'] } },
  { area: 'PRIV', by: 'manager',
    operating: { kind: 'pdf', title: 'Privacy notice and data request review', file: 'privacy-review', subjects: ['Privacy notice reviewed against current processing', 'Data subject requests answered within 30 days'] },
    design: { kind: 'txt', title: 'Data subject request handling sample', file: 'dsr-sample', subjects: ['Identity verified before disclosure', 'Deletion confirmed to the requester'] } },
];

/** The control that never gets evidence: its reminder and Type II gap are the demo's loudest. */
export const CONTROL_WITHOUT_EVIDENCE = 'OPS-06';
/** Areas whose operating record skips one quarter: counted back from the current quarter (1 = the last ended one). */
const SKIPPED: Readonly<Record<string, number>> = { RISK: 1, MON: 2, BCP: 3 };
const DESIGN_QUARTERS_BACK = [1, 3];

const MIME: Readonly<Record<Kind, string>> = { csv: 'text/csv', png: 'image/png', pdf: 'application/pdf', json: 'application/json', txt: 'text/plain' };
const ACCENTS: ReadonlyArray<readonly [number, number, number]> = [[25, 113, 194], [102, 51, 153], [12, 133, 153], [232, 89, 12], [55, 58, 64]];
const SUB_QUARTERLY = new Set(['daily', 'weekly', 'monthly']);
const WINDOWED = new Set(['daily', 'weekly', 'monthly', 'quarterly', 'semi_annual', 'annual']);

export interface DemoActors {
  admin: Ctx;
  manager: Ctx;
  owner: Ctx;
}

export interface DemoPerson {
  name: string;
  email: string;
}

interface Quarter {
  label: string;
  start: string;
  /** The quarter's end, or today for the quarter still running. */
  end: string;
  current: boolean;
}

/** The calendar quarters that overlap the 12 months up to today, oldest first; the last is the current one. */
export function demoQuarters(today: string): Quarter[] {
  const out: Quarter[] = [];
  let q = windowContaining('quarterly', addDays(addMonths(today, -12), 1));
  for (;;) {
    const current = q.end >= today;
    out.push({ label: q.label, start: q.start, end: current ? today : q.end, current });
    if (current) return out;
    q = windowContaining('quarterly', addDays(q.end, 1));
  }
}

interface FileInput {
  stream: Stream;
  area: string;
  quarter: Quarter;
  seed: number;
  preparedBy: string;
  people: readonly DemoPerson[];
  codes: readonly string[];
}

function fileBytes(f: FileInput): Buffer {
  const rand = seeded(f.seed);
  const { start, end } = f.quarter;
  const span = daysBetween(start, end);
  const dateIn = () => addDays(start, rand.int(span + 1));
  const person = () => rand.pick(f.people);
  const title = `${f.stream.title}, ${f.quarter.label}${f.quarter.current ? ' to date' : ''}`;
  switch (f.stream.kind) {
    case 'png':
      return dashboardPng(f.seed, ACCENTS[f.seed % ACCENTS.length]!);
    case 'json':
      return Buffer.from(JSON.stringify({
        system: 'Northwind Payroll Platform', exportedBy: f.preparedBy, period: { start, end }, controls: f.codes,
        results: f.stream.subjects.map((check) => ({ check, status: rand.pick(['pass', 'pass', 'pass', 'pass', 'warning']), resources: 3 + rand.int(60), lastRun: dateIn() })),
      }, null, 2) + '\n', 'utf8');
    case 'csv': {
      const columns = f.stream.columns ?? ['subject', 'date'];
      const rows = Array.from({ length: 8 + rand.int(14) }, (_, n) => {
        const p = person();
        const other = person();
        const subject = rand.pick(f.stream.subjects);
        const value = (column: string): string | number => {
          if (column.endsWith('_on')) return dateIn();
          switch (column) {
            case 'person': return p.name;
            case 'email': return p.email;
            case 'owner': case 'author': return p.name;
            case 'reviewer': case 'approver': return other.name === p.name ? f.preparedBy : other.name;
            case 'role': return rand.pick(['admin', 'engineer', 'read-only', 'support']);
            case 'decision': return rand.pick(['keep', 'keep', 'keep', 'keep', 'remove', 'reduce']);
            case 'phishing_result': return rand.pick(['reported', 'reported', 'ignored', 'clicked']);
            case 'result': case 'ci_status': return rand.pick(['pass', 'pass', 'pass', 'pass', 'fail']);
            case 'severity': return rand.pick(['low', 'medium', 'medium', 'high']);
            case 'status': return rand.pick(['closed', 'closed', 'open']);
            case 'likelihood': case 'impact': return 1 + rand.int(5);
            case 'treatment': return rand.pick(['mitigate', 'mitigate', 'transfer', 'accept']);
            case 'device': return `NW-LT-${String(100 + rand.int(80))}`;
            case 'disk_encrypted': case 'edr_active': case 'encrypted': return 'yes';
            case 'compliant': return rand.pick(['yes', 'yes', 'yes', 'yes', 'no']);
            case 'change': return `PR #${1400 + n * 9 + rand.int(9)}`;
            case 'target': return rand.pick(['prod-eks-nodes', 'prod-rds', 'bastion', 'ci-runners']);
            case 'ticket': return `NW-${3000 + rand.int(900)}`;
            case 'tier': return rand.pick(['critical', 'high', 'medium']);
            case 'report': return rand.pick(['SOC 2 Type II', 'SOC 2 Type II', 'ISO 27001 certificate']);
            case 'exceptions': return rand.pick(['none', 'none', 'none relevant']);
            case 'classification': return rand.pick(['restricted', 'confidential']);
            case 'employees': return 12 + rand.int(400);
            default: return subject; // course, system, site, policy, vendor, store, service, company, risk, check, finding
          }
        };
        return columns.map(value);
      });
      return Buffer.from([columns, ...rows].map(csvRow).join(''), 'utf8');
    }
    case 'pdf':
    case 'txt': {
      const outcomes = ['done, no exceptions', 'done, no exceptions', 'done; one follow-up ticket opened', 'done, with a note for the next review'];
      const lines = [
        `Period: ${start} to ${end}`,
        `Prepared by: ${f.preparedBy}`,
        `Controls: ${f.codes.join(', ')}`,
        '',
        ...f.stream.subjects.map((s) => `- ${s}: ${rand.pick(outcomes)} (${dateIn()}).`),
        '',
        `Attendees or reviewers: ${[...new Set([f.preparedBy, person().name, person().name])].join(', ')}.`,
        'Conclusion: the activities above were performed as described; follow-ups are tracked in the deficiency tracker.',
      ];
      if (f.stream.kind === 'pdf') return textPdf(title, lines);
      return Buffer.from(`${title}\n${'='.repeat(title.length)}\n\n${lines.join('\n')}\n`, 'utf8');
    }
  }
}

/** Evidence ids by `AREA/operating/2026-Q3` or `AREA/design/2026-Q1`. */
export type DemoEvidenceIds = ReadonlyMap<string, string>;

export async function seedEvidence(deps: Deps, actors: DemoActors, controls: readonly Control[], people: readonly DemoPerson[]): Promise<DemoEvidenceIds> {
  const now = deps.now();
  const today = isoDate(now);
  const quarters = demoQuarters(today);
  const ids = new Map<string, string>();
  let seed = 20_260_000;
  for (const [qi, quarter] of quarters.entries()) {
    const back = quarters.length - 1 - qi;
    for (const plan of PLANS) {
      const area = controls.filter((c) => c.code.startsWith(`${plan.area}-`) && c.code !== CONTROL_WITHOUT_EVIDENCE);
      const windowed = area.filter((c) => WINDOWED.has(c.frequency));
      const population = area.filter((c) => !WINDOWED.has(c.frequency));
      const operating = windowed.length > 0 ? windowed : population;
      // The running quarter only has exports to date for controls that operate more often than quarterly.
      const operatingDue = operating.length > 0 && SKIPPED[plan.area] !== back && (!quarter.current || windowed.some((c) => SUB_QUARTERLY.has(c.frequency)));
      const uploads: Array<[string, Stream, readonly Control[]]> = [];
      if (operatingDue) uploads.push(['operating', plan.operating, operating]);
      if (DESIGN_QUARTERS_BACK.includes(back) && population.length > 0) uploads.push(['design', plan.design, population]);
      for (const [role, stream, linked] of uploads) {
        seed += 1;
        const ctx = actors[plan.by];
        const codes = linked.map((c) => c.code);
        const bytes = fileBytes({ stream, area: plan.area, quarter, seed, preparedBy: people.find((p) => p.email === ctx.actor.label)?.name ?? ctx.actor.label, people, codes });
        // Collected a few days after the quarter closed (never in the future); the running quarter's exports today.
        const collected = addDays(quarter.end, 2 + (seed % 9));
        const collectedAt = quarter.current || collected >= today ? undefined : `${collected}T${String(9 + (seed % 8)).padStart(2, '0')}:${String((seed * 7) % 60).padStart(2, '0')}:00.000Z`;
        const metadata = EvidenceMetadata.parse({
          title: `${stream.title}, ${quarter.label}${quarter.current ? ' to date' : ''}`,
          description: role === 'operating' ? `Operating evidence for ${plan.area} controls over ${quarter.label}.` : `How the ${plan.area} controls are set up, as of ${quarter.end}.`,
          collectedAt,
          periodStart: quarter.start,
          periodEnd: quarter.end,
          controlIds: linked.map((c) => c.id),
        });
        const fileName = `${stream.file}-${quarter.label.toLowerCase()}.${stream.kind}`;
        const item = await addEvidence(deps, ctx, metadata, { stream: Readable.from([bytes]), fileName, declaredType: MIME[stream.kind] });
        ids.set(`${plan.area}/${role}/${quarter.label}`, item.id);
      }
    }
  }
  return ids;
}

interface RequestPlan {
  title: string;
  description: string;
  codes: readonly string[];
  assignee: Uploader | null;
  dueInDays: number | null;
  attach: readonly string[];
  /** What happens after it is created, in order. */
  steps: ReadonlyArray<{ move: 'submit' | 'accept' | 'return' | 'comment'; comment?: string }>;
}

/** 8 PBC requests in every status, some overdue, some answered with evidence from the vault. */
export async function seedRequests(deps: Deps, actors: DemoActors, systemId: string, controls: readonly Control[], evidence: DemoEvidenceIds): Promise<void> {
  const today = isoDate(deps.now());
  const quarters = demoQuarters(today);
  const last = quarters[quarters.length - 2]!.label;
  const before = quarters[quarters.length - 3]!.label;
  const plans: RequestPlan[] = [
    { title: `User access review for ${last}`, description: 'The quarterly access review of Okta, AWS, GitHub and the payroll admin console, with the reviewer\'s decisions and the tickets for removals.', codes: ['AC-04', 'AC-09'], assignee: 'owner', dueInDays: -21, attach: [`AC/operating/${last}`],
      steps: [{ move: 'submit', comment: 'Review done in Okta; two leavers removed, the CSV lists every decision.' }, { move: 'accept', comment: 'Thanks, the removals match the HR leaver list.' }] },
    { title: `Board and steering committee minutes, ${before} and ${last}`, description: 'Minutes of each meeting in the two quarters, with the security report pack presented.', codes: ['GOV-02', 'GOV-08'], assignee: 'admin', dueInDays: -14, attach: [`GOV/operating/${before}`, `GOV/operating/${last}`],
      steps: [{ move: 'submit' }, { move: 'accept' }] },
    { title: `Restore test evidence for ${last}`, description: 'The log of the quarterly restore test, showing the restored data was checked against production.', codes: ['BCP-03', 'BCP-01'], assignee: 'owner', dueInDays: 5, attach: [`BCP/operating/${last}`],
      steps: [{ move: 'submit', comment: 'Restore log attached.' }, { move: 'return', comment: 'The log shows the restore finishing but not the row-count comparison with production. Please add the verification output.' }] },
    { title: 'Security awareness training completions', description: 'Completion records for this year\'s awareness training and the phishing simulation results.', codes: ['HR-04', 'HR-05'], assignee: 'admin', dueInDays: -2, attach: [`HR/operating/${last}`],
      steps: [{ move: 'submit', comment: 'One contractor is still outstanding; People Ops is following up.' }] },
    { title: 'Critical vendor SOC reports reviewed this year', description: 'The SOC 2 reports of critical and high-tier vendors, with the review notes and bridge letters.', codes: ['VEN-01', 'VEN-03'], assignee: 'manager', dueInDays: 10, attach: [], steps: [] },
    { title: 'Weekly vulnerability scan reports', description: 'The scanner\'s weekly reports for the last two quarters and the tickets raised for critical findings.', codes: [CONTROL_WITHOUT_EVIDENCE, 'OPS-07'], assignee: 'owner', dueInDays: -7, attach: [],
      steps: [{ move: 'comment', comment: 'The old scanner\'s exports were not kept after the switch to the new tool; re-running the history now.' }] },
    { title: `Risk register review for ${last}`, description: 'Minutes or notes of the quarterly risk register review, with the changes made.', codes: ['RISK-02', 'RISK-07'], assignee: 'admin', dueInDays: 12, attach: [], steps: [] },
    { title: 'Incident response exercise report', description: 'The report of this year\'s tabletop exercise and the actions that came out of it.', codes: ['IR-04'], assignee: null, dueInDays: null, attach: [], steps: [] },
  ];
  const byCode = new Map(controls.map((c) => [c.code, c.id]));
  for (const plan of plans) {
    const assignee = plan.assignee ? actors[plan.assignee] : null;
    const created = await createRequest(deps, actors.manager, CreateRequestRequest.parse({
      title: plan.title, description: plan.description, systemId, controlIds: plan.codes.flatMap((code) => byCode.get(code) ?? []),
      dueOn: plan.dueInDays === null ? null : addDays(today, plan.dueInDays), assigneeId: assignee?.actor.userId ?? null,
    }));
    const responder = assignee ?? actors.manager;
    for (const key of plan.attach) {
      const evidenceId = evidence.get(key);
      if (evidenceId) await attachRequestEvidence(deps, responder, created.id, evidenceId);
    }
    for (const step of plan.steps) {
      if (step.move === 'comment') await addRequestComment(deps, responder, created.id, { body: step.comment! });
      else await moveRequest(deps, step.move === 'submit' ? responder : actors.manager, created.id, step.move, step.comment);
    }
  }
}
