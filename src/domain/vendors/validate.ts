// Rules between a vendor's fields, and a report's, that one field's schema cannot express. All problems at once.
import type { CreateVendorReportRequest, CreateVendorRequest } from '../../contract/vendors.ts';

export interface FieldProblem {
  path: string;
  message: string;
}

type VendorRules = Pick<CreateVendorRequest, 'service' | 'contractStart' | 'contractEnd' | 'subservice' | 'presentationMethod' | 'csocs'>;

export function checkVendor(v: VendorRules): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (v.contractStart && v.contractEnd && v.contractEnd < v.contractStart) problems.push({ path: 'contractEnd', message: 'must be on or after the contract start' });
  if (v.subservice && v.presentationMethod === null) problems.push({ path: 'presentationMethod', message: 'required for a subservice organization (carve_out or inclusive)' });
  if (v.subservice && !v.service.trim()) problems.push({ path: 'service', message: 'describe the service a subservice organization provides' });
  if (!v.subservice && v.presentationMethod !== null) problems.push({ path: 'presentationMethod', message: 'only for a subservice organization' });
  if (!v.subservice && v.csocs.length > 0) problems.push({ path: 'csocs', message: 'only for a subservice organization' });
  return problems;
}

const TYPE_1 = new Set(['soc1_type1', 'soc2_type1']);
const TYPE_2 = new Set(['soc1_type2', 'soc2_type2']);

export function checkReport(r: CreateVendorReportRequest, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (TYPE_1.has(r.type) && r.periodStart !== null) problems.push({ path: 'periodStart', message: 'a type 1 report is as of one date: give it as periodEnd only' });
  if (TYPE_2.has(r.type) && r.periodStart === null) problems.push({ path: 'periodStart', message: 'required for a type 2 report' });
  if (r.periodStart !== null && r.periodStart > r.periodEnd) problems.push({ path: 'periodEnd', message: 'must be on or after the period start' });
  if (r.periodEnd > today) problems.push({ path: 'periodEnd', message: 'must not be in the future' });
  if ((TYPE_1.has(r.type) || TYPE_2.has(r.type)) && r.opinion === null) problems.push({ path: 'opinion', message: 'required for a SOC report' });
  if (r.bridgeLetter && r.bridgeLetterDate === null) problems.push({ path: 'bridgeLetterDate', message: 'required when there is a bridge letter' });
  if (!r.bridgeLetter && r.bridgeLetterDate !== null) problems.push({ path: 'bridgeLetterDate', message: 'only when there is a bridge letter' });
  if (r.bridgeLetterDate !== null && r.bridgeLetterDate < r.periodEnd) problems.push({ path: 'bridgeLetterDate', message: 'a bridge letter covers the time after the report period: on or after periodEnd' });
  return problems;
}
