// The demo organization: a fictional payroll SaaS company with a lived-in SOC 2 program, built through
// the same use cases as the app (so every row is audited), with a year of evidence and a PBC request
// list (demo-evidence.ts). Idempotent: a second run changes nothing.
import { SystemFields } from '../contract/program.ts';
import { CreateVendorReportRequest, CreateVendorRequest } from '../contract/vendors.ts';
import { CreateRiskRequest } from '../contract/risks.ts';
import type { Role } from '../contract/roles.ts';
import { findOrganizationByName } from '../db/organizations.ts';
import { getUserByEmail } from '../db/users.ts';
import type { Actor, Ctx, Deps } from './context.ts';
import { createUserLocally } from './local-accounts.ts';
import { addPerson } from './people.ts';
import { recordAccessEvent, recordBackgroundCheck, recordTraining } from './people-records.ts';
import { createSystem } from './systems.ts';
import { adoptControls, changeControl, listSystemControls } from './controls.ts';
import { adoptPolicies } from './policy-library.ts';
import { approvePolicyVersion, submitPolicyVersion } from './policy-versions.ts';
import { acknowledgePolicyVersion, publishPolicyVersion } from './policy-acknowledgements.ts';
import { createVendor } from './vendors.ts';
import { addVendorReport, recordVendorReview } from './vendor-reviews.ts';
import { createRisk } from './risks.ts';
import { recordAssessment } from './risk-assessments.ts';
import { seedEvidence, seedRequests } from './demo-evidence.ts';
import { seedEngagements } from './demo-engagement.ts';

export const DEMO_ORGANIZATION = 'Northwind Payroll (demo)';
export const DEMO_PASSWORD = 'northwind-demo-2026';
/** The demo's audit firm: last year's Type I issued, this year's Type I ready to issue (demo-engagement.ts). */
export const DEMO_FIRM = 'Harbor & Vale CPAs (demo)';
export const DEMO_FIRM_USERS: ReadonlyArray<{ email: string; name: string; role: Role }> = [
  { email: 'hana@harborvale.example', name: 'Hana Okafor', role: 'partner' },
  { email: 'ivan@harborvale.example', name: 'Ivan Duarte', role: 'auditor' },
];

export const DEMO_USERS: ReadonlyArray<{ email: string; name: string; role: Role; title: string; department: string }> = [
  { email: 'alex@northwind.example', name: 'Alex Rivera', role: 'admin', title: 'Head of Security', department: 'Security' },
  { email: 'casey@northwind.example', name: 'Casey Morgan', role: 'compliance_manager', title: 'Compliance Manager', department: 'Security' },
  { email: 'owen@northwind.example', name: 'Owen Park', role: 'control_owner', title: 'Platform Engineering Lead', department: 'Engineering' },
  { email: 'erin@northwind.example', name: 'Erin Walsh', role: 'employee', title: 'Customer Success Manager', department: 'Customer Success' },
];

const OTHER_PEOPLE = [
  { email: 'priya@northwind.example', name: 'Priya Shah', title: 'Site Reliability Engineer', department: 'Engineering' },
  { email: 'marco@northwind.example', name: 'Marco Bianchi', title: 'People Operations Lead', department: 'People' },
  { email: 'lena@northwind.example', name: 'Lena Novak', title: 'Software Engineer (contract)', department: 'Engineering', employmentType: 'contractor' as const },
];

export interface DemoResult {
  created: boolean;
  organization: string;
  firm: string;
  users: ReadonlyArray<{ email: string; role: Role }>;
  password: string;
}

const day = (now: Date, offsetDays: number) => new Date(now.getTime() + offsetDays * 86400_000).toISOString().slice(0, 10);

export async function createDemo(deps: Deps): Promise<DemoResult> {
  const result = { organization: DEMO_ORGANIZATION, firm: DEMO_FIRM, users: [...DEMO_USERS, ...DEMO_FIRM_USERS].map(({ email, role }) => ({ email, role })), password: DEMO_PASSWORD };
  if (await findOrganizationByName(deps.db, DEMO_ORGANIZATION)) return { created: false, ...result };
  for (const u of DEMO_USERS) {
    await createUserLocally(deps, { email: u.email, name: u.name, org: DEMO_ORGANIZATION, kind: 'service_org', role: u.role, password: DEMO_PASSWORD });
  }
  if (!(await findOrganizationByName(deps.db, DEMO_FIRM))) {
    for (const u of DEMO_FIRM_USERS) await createUserLocally(deps, { email: u.email, name: u.name, org: DEMO_FIRM, kind: 'audit_firm', role: u.role, password: DEMO_PASSWORD });
  }
  const org = (await findOrganizationByName(deps.db, DEMO_ORGANIZATION))!;
  const ctxOf = async (email: string, role: Role): Promise<Ctx> => {
    const user = (await getUserByEmail(deps.db, email))!;
    const actor: Actor = { type: 'user', userId: user.id, label: email, tokenId: null, organizationId: org.id, organizationKind: 'service_org', role };
    return { actor, ip: null, requestId: null };
  };
  const admin = await ctxOf(DEMO_USERS[0]!.email, 'admin');
  const now = deps.now();
  const people = await seedPeople(deps, admin, now);
  const systemId = await seedSystem(deps, admin);
  await seedControls(deps, admin, systemId, people);
  await seedPolicies(deps, admin, systemId, [await ctxOf(DEMO_USERS[1]!.email, 'compliance_manager'), await ctxOf(DEMO_USERS[3]!.email, 'employee')]);
  await seedVendorsAndRisks(deps, admin, systemId, people, now);
  const actors = { admin, manager: await ctxOf(DEMO_USERS[1]!.email, 'compliance_manager'), owner: await ctxOf(DEMO_USERS[2]!.email, 'control_owner') };
  const controls = await listSystemControls(deps, admin, systemId, { status: 'active' });
  const evidence = await seedEvidence(deps, actors, controls, [...DEMO_USERS, ...OTHER_PEOPLE]);
  // The request notifications stay in the app: no mail goes to the fictional addresses even where SMTP is set up.
  const quiet = { ...deps, config: { ...deps.config, smtpUrl: undefined } };
  await seedRequests(quiet, actors, systemId, controls, evidence);
  const firm = (await findOrganizationByName(deps.db, DEMO_FIRM))!;
  await seedEngagements(quiet, { organizationId: org.id, firmId: firm.id, systemId, admin }, { partner: DEMO_FIRM_USERS[0]!.email, auditor: DEMO_FIRM_USERS[1]!.email });
  return { created: true, ...result };
}

async function seedPeople(deps: Deps, admin: Ctx, now: Date): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, p] of [...DEMO_USERS, ...OTHER_PEOPLE].entries()) {
    const person = await addPerson(deps, admin, {
      name: p.name, email: p.email, title: p.title, department: p.department, managerId: null,
      employmentType: ('employmentType' in p && p.employmentType) || 'employee', startDate: day(now, -700 + i * 40), endDate: null,
    });
    ids.push(person.id);
    if (i !== 4) await recordBackgroundCheck(deps, admin, person.id, { status: 'passed', completedOn: day(now, -705 + i * 40), provider: 'Sterling', notes: '' });
    // Priya's training lapsed: the readiness view shows it as a people gap on CC1.4 and CC2.2.
    await recordTraining(deps, admin, person.id, { course: 'Annual security awareness', completedOn: day(now, i === 4 ? -400 : -60) });
    await recordAccessEvent(deps, admin, person.id, { kind: 'granted', system: 'Google Workspace, GitHub, AWS', on: day(now, -700 + i * 40), notes: 'Onboarding checklist' });
  }
  return ids;
}

async function seedSystem(deps: Deps, admin: Ctx): Promise<string> {
  const fields = SystemFields.parse({
    name: 'Northwind Payroll Platform',
    categories: ['availability', 'confidentiality'],
    servicesProvided: 'Northwind runs a **payroll platform** for small and mid-sized businesses in the United States: payroll runs, tax filings, direct deposit and employee self-service, through a web application and an API.',
    boundaries: 'The production environment in AWS (us-east-1 and us-west-2), the services and databases that run the platform, the corporate identity provider, and the people and procedures that build, run and support them. Customer-side systems and payment networks are outside the boundary.',
    commitments: [
      { commitment: 'The platform is available 99.9% of each calendar month', source: 'sla', reference: 'Master services agreement, schedule B' },
      { commitment: 'Customer payroll data is encrypted in transit and at rest', source: 'contract', reference: 'Data protection addendum §3' },
      { commitment: 'Security incidents affecting customer data are reported within 72 hours', source: 'contract', reference: 'Data protection addendum §7' },
    ],
    components: {
      infrastructure: [{ name: 'AWS (EC2, RDS PostgreSQL, S3, KMS)', description: 'Hosting, databases, object storage and keys', owner: 'Platform Engineering' }, { name: 'Cloudflare', description: 'DNS, CDN and web application firewall', owner: 'Platform Engineering' }],
      software: [{ name: 'Payroll web application and API', description: 'TypeScript services on Kubernetes', owner: 'Engineering' }, { name: 'Okta', description: 'Workforce identity and SSO with MFA', owner: 'Security' }],
      people: [{ name: 'Engineering', description: 'Builds and operates the platform', owner: 'VP Engineering' }, { name: 'Security and Compliance', description: 'Runs the security program', owner: 'Head of Security' }, { name: 'Customer Success', description: 'Supports customers', owner: 'Head of Customer Success' }],
      procedures: [{ name: 'Change management', description: 'Pull requests, review and CI before deploy', owner: 'Engineering' }, { name: 'Incident response', description: 'On-call, triage and post-mortems', owner: 'Security' }],
      data: [{ name: 'Employee payroll records', description: 'Pay, tax and bank details of customers\' employees', owner: 'Engineering', classification: 'restricted' }, { name: 'Customer account data', description: 'Company profiles and contacts', owner: 'Customer Success', classification: 'confidential' }],
    },
    incidents: 'No system incident during the period caused the service commitments or system requirements not to be met.',
    cuecs: [
      { text: 'Customers grant and remove access for their own users in a timely manner.', criteria: ['CC6.2', 'CC6.3'] },
      { text: 'Customers review payroll registers before approving each payroll run.', criteria: ['CC7.2'] },
    ],
    subserviceOrganizations: [],
    significantChanges: [{ date: '2026-03-15', description: 'Added a second AWS region (us-west-2) for disaster recovery.' }],
  });
  return (await createSystem(deps, admin, fields)).id;
}

async function seedControls(deps: Deps, admin: Ctx, systemId: string, people: string[]) {
  await adoptControls(deps, admin, systemId, 'all');
  const controls = await listSystemControls(deps, admin, systemId, { status: 'active' });
  // Leave the last few without a backup owner: the matrix and readiness show ownership gaps.
  for (const [i, c] of controls.entries()) {
    const owner = people[i % people.length]!;
    const backup = i >= controls.length - 5 ? null : people[(i + 1) % people.length]!;
    await changeControl(deps, admin, c.id, { ownerId: owner, backupOwnerId: backup });
  }
}

async function seedPolicies(deps: Deps, admin: Ctx, systemId: string, acknowledgers: Ctx[]) {
  const { adopted } = await adoptPolicies(deps, admin, 'all', systemId);
  for (const p of adopted) {
    if (p.key === 'asset_management') continue; // stays a draft
    await submitPolicyVersion(deps, admin, p.id, 1);
    if (p.key === 'acceptable_use') continue; // waits in review
    await approvePolicyVersion(deps, admin, p.id, 1);
  }
  const infosec = adopted.find((p) => p.key === 'information_security');
  if (infosec) {
    await publishPolicyVersion(deps, admin, infosec.id, 1);
    for (const ctx of [admin, ...acknowledgers.slice(0, 1)]) await acknowledgePolicyVersion(deps, ctx, infosec.id, 1);
  }
}

async function seedVendorsAndRisks(deps: Deps, admin: Ctx, systemId: string, people: string[], now: Date) {
  const aws = await createVendor(deps, admin, CreateVendorRequest.parse({
    name: 'Amazon Web Services', service: 'Cloud infrastructure hosting the platform', criticality: 'critical', ownerId: people[2],
    dataShared: [{ dataType: 'Employee payroll records', classification: 'restricted' }], subservice: true, presentationMethod: 'carve_out',
    csocs: [{ text: 'Physical access to data centers is restricted to authorized personnel.', criteria: ['CC6.4'] }, { text: 'Environmental protections and backup power protect the infrastructure.', criteria: ['A1.2'] }],
    systemIds: [systemId], website: 'https://aws.amazon.com',
  }));
  await recordVendorReview(deps, admin, aws.id, { reviewedOn: day(now, -90), reviewerId: people[1]!, outcome: 'approved', notes: 'SOC 2 Type II reviewed; no exceptions relevant to us.' });
  await addVendorReport(deps, admin, aws.id, CreateVendorReportRequest.parse({ type: 'soc2_type2', periodStart: day(now, -300), periodEnd: day(now, -120), opinion: 'unqualified', bridgeLetter: true, bridgeLetterDate: day(now, -30) }));
  const stripe = await createVendor(deps, admin, CreateVendorRequest.parse({ name: 'Stripe', service: 'Direct deposit and card payments', criticality: 'high', ownerId: people[0], dataShared: [{ dataType: 'Bank account details', classification: 'restricted' }] }));
  await recordVendorReview(deps, admin, stripe.id, { reviewedOn: day(now, -380), reviewerId: people[1]!, outcome: 'approved', notes: '' });
  await createVendor(deps, admin, CreateVendorRequest.parse({ name: 'Google Workspace', service: 'Email, documents and calendars', criticality: 'medium', ownerId: people[0] }));
  await createVendor(deps, admin, CreateVendorRequest.parse({ name: 'Slack', service: 'Internal chat', criticality: 'low' }));

  const controls = await listSystemControls(deps, admin, systemId, { status: 'active' });
  const codes = (prefix: string) => controls.filter((c) => c.code.startsWith(prefix)).slice(0, 3).map((c) => c.id);
  const risks: Array<[string, string, number, number, number, number, string, string]> = [
    ['Stolen employee credentials lead to unauthorized access', 'security', 4, 5, 2, 4, 'mitigate', 'AC-'],
    ['A cloud region outage interrupts payroll runs', 'operational', 2, 5, 1, 4, 'mitigate', 'BCP-'],
    ['A faulty change corrupts payroll calculations', 'operational', 3, 4, 2, 3, 'mitigate', 'CHG-'],
    ['A critical vendor suffers a breach', 'vendor', 3, 4, 3, 3, 'transfer', 'VEN-'],
    ['Ransomware on an employee laptop', 'security', 3, 4, 2, 2, 'mitigate', 'END-'],
    ['Changing state tax rules are missed', 'compliance', 2, 3, 2, 3, 'accept', 'PI-'],
  ];
  for (const [title, category, li, im, rl, ri, treatment, prefix] of risks) {
    await createRisk(deps, admin, CreateRiskRequest.parse({
      title, category, inherent: { likelihood: li, impact: im }, residual: { likelihood: rl, impact: ri }, treatment, ownerId: people[0], controlIds: codes(prefix), reviewDate: day(now, 120),
    }));
  }
  await recordAssessment(deps, admin, { performedOn: day(now, -60), performedById: people[0]!, scope: 'The payroll platform and the company that runs it.', changes: 'Added the second-region risk; raised the likelihood of credential theft after an industry phishing wave.' });
}
