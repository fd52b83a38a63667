import { describe, expect, it } from 'vitest';
import type { CreateVendorReportRequest } from '../../contract/vendors.ts';
import { REVIEW_CADENCE_MONTHS, needsAttention, vendorStatus, type CadenceReport, type CadenceReview, type CadenceVendor } from './cadence.ts';
import { checkReport, checkVendor } from './validate.ts';
import { mergeSubserviceOrganizations } from './subservice.ts';

const TODAY = '2026-06-15';
const vendor = (criticality: CadenceVendor['criticality'], subservice = false): CadenceVendor => ({ name: 'Cloudy', criticality, subservice });
const review = (reviewedOn: string, outcome: CadenceReview['outcome'] = 'approved'): CadenceReview => ({ reviewedOn, outcome });
const report = (periodEnd: string, opinion: CadenceReport['opinion'] = 'unqualified'): CadenceReport => ({ type: 'soc2_type2', periodEnd, opinion });

describe('review cadence', () => {
  it('is one table: critical and high yearly, medium every two years, low every three', () => {
    expect(REVIEW_CADENCE_MONTHS).toEqual({ critical: 12, high: 12, medium: 24, low: 36 });
  });

  it.each([
    // criticality, last review, next due, state
    ['critical', null, null, 'never_reviewed'],
    ['critical', '2025-09-01', '2026-09-01', 'current'],
    ['critical', '2025-07-16', '2026-07-16', 'current'], // 31 days ahead
    ['critical', '2025-07-15', '2026-07-15', 'due_soon'], // exactly 30 days ahead
    ['high', '2025-06-15', '2026-06-15', 'due_soon'], // due today
    ['high', '2025-06-14', '2026-06-14', 'overdue'],
    ['medium', '2024-06-14', '2026-06-14', 'overdue'],
    ['medium', '2025-01-01', '2027-01-01', 'current'],
    ['low', '2023-07-01', '2026-07-01', 'due_soon'],
    ['low', '2023-06-01', '2026-06-01', 'overdue'],
    ['low', '2024-02-29', '2027-02-28', 'current'],
  ] as const)('%s reviewed %s → due %s, %s', (criticality, last, due, state) => {
    const status = vendorStatus(vendor(criticality), last ? [review(last)] : [], [], TODAY);
    expect([status.nextReviewDue, status.reviewState]).toEqual([due, state]);
    expect(status.cadenceMonths).toBe(REVIEW_CADENCE_MONTHS[criticality]);
  });

  it('counts from the latest review, whatever the order given', () => {
    const status = vendorStatus(vendor('high'), [review('2025-09-01'), review('2024-01-01'), review('2023-01-01')], [], TODAY);
    expect(status.lastReviewedOn).toBe('2025-09-01');
    expect(status.reviewState).toBe('current');
  });

  it('accepts another cadence table', () => {
    const status = vendorStatus(vendor('low'), [review('2025-06-01')], [], TODAY, { ...REVIEW_CADENCE_MONTHS, low: 6 });
    expect([status.nextReviewDue, status.reviewState]).toEqual(['2025-12-01', 'overdue']);
  });
});

describe('report status', () => {
  it.each([
    [[], 'none', null, false],
    [[report('2025-12-31')], 'current', '2025-12-31', false],
    [[report('2025-06-15')], 'current', '2025-06-15', false], // exactly 12 months ago
    [[report('2025-06-14')], 'outdated', '2025-06-14', false],
    [[report('2024-12-31'), report('2026-03-31', 'qualified')], 'current', '2026-03-31', true],
    [[report('2024-12-31', 'adverse')], 'outdated', '2024-12-31', true],
    [[{ type: 'iso27001', periodEnd: '2026-01-01', opinion: null }], 'current', '2026-01-01', false],
  ] as const)('%j → %s', (reports, state, periodEnd, qualified) => {
    const status = vendorStatus(vendor('low'), [review('2026-01-01')], reports, TODAY);
    expect([status.reportState, status.latestReportPeriodEnd, status.qualifiedOpinion]).toEqual([state, periodEnd, qualified]);
  });
});

describe('reminders', () => {
  it('says nothing for a vendor reviewed recently with a current clean report', () => {
    const status = vendorStatus(vendor('critical', true), [review('2026-01-10')], [report('2025-12-31')], TODAY);
    expect(status.reminders).toEqual([]);
    expect(needsAttention(status)).toBe(false);
  });

  it('names every reason for attention in sentences', () => {
    const status = vendorStatus(vendor('critical', true), [review('2025-05-01', 'rejected')], [report('2025-03-31', 'qualified')], TODAY);
    expect(status.reminders).toEqual([
      'The review of Cloudy was due on 2026-05-01 (45 days overdue).',
      'The last review of Cloudy (2025-05-01) rejected the vendor.',
      'The latest report from Cloudy covers a period that ended on 2025-03-31; request a current one.',
      'The latest report from Cloudy has a qualified opinion; assess its effect.',
    ]);
    expect(needsAttention(status)).toBe(true);
  });

  it.each([
    [vendor('low'), [], [], ['Cloudy has never been reviewed.']],
    [vendor('high', true), [review('2026-01-01')], [], ['Cloudy is a subservice organization with no SOC report on file.']],
    [vendor('high', false), [review('2026-01-01')], [], []],
    [vendor('high'), [review('2025-07-01')], [], ['The review of Cloudy is due on 2026-07-01.']],
  ] as const)('%j', (v, reviews, reports, reminders) => {
    expect(vendorStatus(v, reviews, reports, TODAY).reminders).toEqual(reminders);
  });
});

describe('vendor rules', () => {
  const base = { service: 'Hosting', contractStart: null, contractEnd: null, subservice: false, presentationMethod: null, csocs: [] as { text: string; criteria: string[] }[] };
  it('accepts a plain vendor and a complete subservice organization', () => {
    expect(checkVendor(base)).toEqual([]);
    expect(checkVendor({ ...base, subservice: true, presentationMethod: 'carve_out', csocs: [{ text: 'Physical security', criteria: ['CC6.4'] }] })).toEqual([]);
  });
  it('reports every problem at once', () => {
    expect(checkVendor({ ...base, service: ' ', contractStart: '2026-01-01', contractEnd: '2025-12-31', subservice: true })).toEqual([
      { path: 'contractEnd', message: 'must be on or after the contract start' },
      { path: 'presentationMethod', message: 'required for a subservice organization (carve_out or inclusive)' },
      { path: 'service', message: 'describe the service a subservice organization provides' },
    ]);
    expect(checkVendor({ ...base, presentationMethod: 'inclusive', csocs: [{ text: 'x', criteria: [] }] }).map((p) => p.path)).toEqual(['presentationMethod', 'csocs']);
  });
});

describe('report rules', () => {
  const r = (over: Partial<CreateVendorReportRequest>): CreateVendorReportRequest => ({
    type: 'soc2_type2', periodStart: '2025-01-01', periodEnd: '2025-12-31', opinion: 'unqualified', exceptionsNoted: '', bridgeLetter: false, bridgeLetterDate: null, ...over,
  });
  it.each([
    [r({}), []],
    [r({ type: 'soc2_type1', periodStart: null }), []],
    [r({ type: 'iso27001', periodStart: null, opinion: null }), []],
    [r({ bridgeLetter: true, bridgeLetterDate: '2026-03-01' }), []],
    [r({ type: 'soc1_type1' }), ['periodStart']],
    [r({ periodStart: null }), ['periodStart']],
    [r({ periodStart: '2026-01-01' }), ['periodEnd']],
    [r({ periodEnd: '2026-07-01' }), ['periodEnd']],
    [r({ opinion: null }), ['opinion']],
    [r({ bridgeLetter: true }), ['bridgeLetterDate']],
    [r({ bridgeLetterDate: '2026-01-01' }), ['bridgeLetterDate']],
    [r({ bridgeLetter: true, bridgeLetterDate: '2025-06-01' }), ['bridgeLetterDate']],
  ] as const)('%j → %j', (input, paths) => {
    expect(checkReport(input, TODAY).map((p) => p.path)).toEqual(paths);
  });
});

describe('DC7 merge', () => {
  const typed = [{ name: 'AWS', service: 'Hosting', method: 'carve_out' as const, csocs: [] }];
  it('adds subservice vendors after the typed ones, by name, without duplicates', () => {
    const merged = mergeSubserviceOrganizations(typed, [
      { name: 'Stripe', service: 'Payments', presentationMethod: 'inclusive', csocs: [] },
      { name: 'aws ', service: 'Cloud', presentationMethod: 'carve_out', csocs: [] },
      { name: 'Okta', service: '', presentationMethod: 'carve_out', csocs: [{ text: 'MFA enforced', criteria: ['CC6.1'] }] },
    ]);
    expect(merged).toEqual([
      typed[0],
      { name: 'Okta', service: 'Services', method: 'carve_out', csocs: [{ text: 'MFA enforced', criteria: ['CC6.1'] }] },
      { name: 'Stripe', service: 'Payments', method: 'inclusive', csocs: [] },
    ]);
  });
  it('keeps the typed list as it is when no vendor is flagged', () => {
    expect(mergeSubserviceOrganizations(typed, [])).toEqual(typed);
  });
});
