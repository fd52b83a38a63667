// DC7 lists the subservice organizations typed on the system and the vendors flagged as subservice
// organizations of that system; a vendor whose name is already typed on the system is not listed twice.
import type { z } from 'zod';
import type { SubserviceOrganization as SubserviceOrganizationSchema } from '../../contract/program.ts';

export type SubserviceOrganization = z.infer<typeof SubserviceOrganizationSchema>;

export interface SubserviceVendor {
  name: string;
  service: string;
  presentationMethod: SubserviceOrganization['method'];
  csocs: SubserviceOrganization['csocs'];
}

const key = (name: string) => name.trim().toLowerCase();

export function mergeSubserviceOrganizations(typed: readonly SubserviceOrganization[], vendors: readonly SubserviceVendor[]): SubserviceOrganization[] {
  const seen = new Set(typed.map((o) => key(o.name)));
  const added = [...vendors]
    .sort((a, b) => a.name.localeCompare(b.name))
    .filter((v) => !seen.has(key(v.name)) && seen.add(key(v.name)))
    .map((v) => ({ name: v.name, service: v.service.trim() || 'Services', method: v.presentationMethod, csocs: v.csocs }));
  return [...typed, ...added];
}
