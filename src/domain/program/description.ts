// The system description (DC1–DC9) assembled as the document that becomes Section III of the report,
// with the parts still missing named for each section.
import type { Components, SystemFields } from '../../contract/program.ts';
import { FREQUENCY_LABELS } from '../../contract/program.ts';
import type { Criterion } from '../catalog/index.ts';

export interface DescribedControl {
  code: string;
  title: string;
  activity: string;
  frequency: keyof typeof FREQUENCY_LABELS;
  criteria: readonly string[];
}

export interface DescriptionSection {
  key: 'DC1' | 'DC2' | 'DC3' | 'DC4' | 'DC5' | 'DC6' | 'DC7' | 'DC8' | 'DC9';
  title: string;
  complete: boolean;
  missing: string[];
  markdown: string;
}

const COMPONENT_TITLES: Record<keyof Components, string> = {
  infrastructure: 'Infrastructure',
  software: 'Software',
  people: 'People',
  procedures: 'Procedures',
  data: 'Data',
};

const SOURCE_LABELS = { contract: 'Contract', sla: 'Service level agreement', policy: 'Policy', law: 'Law or regulation', other: 'Other' } as const;
const METHOD_LABELS = { carve_out: 'carve-out method', inclusive: 'inclusive method' } as const;

function section(key: DescriptionSection['key'], title: string, missing: string[], markdown: string): DescriptionSection {
  return { key, title, complete: missing.length === 0, missing, markdown };
}

const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

function dc1(s: SystemFields) {
  const missing = s.servicesProvided.trim() ? [] : ['services provided'];
  if (!s.boundaries.trim()) missing.push('system boundaries');
  const parts = [s.servicesProvided.trim(), s.boundaries.trim() ? `### System boundaries\n\n${s.boundaries.trim()}` : ''];
  return section('DC1', 'Types of services provided', missing, parts.filter(Boolean).join('\n\n'));
}

function dc2(s: SystemFields) {
  const rows = s.commitments.map((c) => `| ${escapeCell(c.commitment)} | ${SOURCE_LABELS[c.source]} | ${escapeCell(c.reference)} |`);
  const md = rows.length ? ['| Commitment or requirement | Source | Reference |', '| --- | --- | --- |', ...rows].join('\n') : '';
  return section('DC2', 'Principal service commitments and system requirements', rows.length ? [] : ['at least one commitment'], md);
}

function dc3(s: SystemFields) {
  const keys = Object.keys(COMPONENT_TITLES) as Array<keyof Components>;
  const missing = keys.filter((k) => s.components[k].length === 0).map((k) => `${COMPONENT_TITLES[k].toLowerCase()} components`);
  const md = keys
    .filter((k) => s.components[k].length > 0)
    .map((k) => {
      const items = s.components[k].map((c) => {
        const classification = 'classification' in c ? ` (${String(c.classification)})` : '';
        const owner = c.owner ? ` Owner: ${c.owner}.` : '';
        return `- **${c.name}**${classification}${c.description ? `: ${c.description}` : ''}${owner}`;
      });
      return `### ${COMPONENT_TITLES[k]}\n\n${items.join('\n')}`;
    })
    .join('\n\n');
  return section('DC3', 'Components of the system', missing, md);
}

function dc4(s: SystemFields) {
  const text = s.incidents.trim();
  return section('DC4', 'System incidents', text ? [] : ['a statement on system incidents (write "none" if there were none)'], text);
}

function dc5(inScope: readonly string[], catalog: readonly Criterion[], controls: readonly DescribedControl[], notRelevant: ReadonlySet<string>) {
  const byId = new Map(catalog.map((c) => [c.id, c]));
  const uncovered: string[] = [];
  const blocks = inScope.map((id) => {
    const mapped = controls.filter((c) => c.criteria.includes(id));
    if (mapped.length === 0 && !notRelevant.has(id)) uncovered.push(id);
    const lines = mapped.map((c) => `- **${c.code}** ${c.title} (${FREQUENCY_LABELS[c.frequency].toLowerCase()}): ${c.activity}`);
    const body = lines.length ? lines.join('\n') : notRelevant.has(id) ? '_Not relevant to this system (see DC8)._' : '_No control yet._';
    return `#### ${id} ${byId.get(id)?.title ?? ''}\n\n${body}`;
  });
  const missing = uncovered.length ? [`controls for ${uncovered.join(', ')}`] : [];
  return section('DC5', 'Applicable trust services criteria and related controls', missing, blocks.join('\n\n'));
}

function mappedList(items: ReadonlyArray<{ text: string; criteria: readonly string[] }>) {
  return items.map((i) => `- ${i.text}${i.criteria.length ? ` _(${i.criteria.join(', ')})_` : ''}`).join('\n');
}

function dc6(s: SystemFields) {
  const missing = s.cuecs.some((c) => c.criteria.length === 0) ? ['criteria for every user entity control'] : [];
  const md = s.cuecs.length ? mappedList(s.cuecs) : 'No complementary user entity controls are needed for the criteria to be met.';
  return section('DC6', 'Complementary user entity controls', missing, md);
}

function dc7(s: SystemFields) {
  const missing = s.subserviceOrganizations.filter((o) => o.method === 'carve_out' && o.csocs.length === 0).map((o) => `complementary controls expected of ${o.name}`);
  const md = s.subserviceOrganizations.length
    ? s.subserviceOrganizations
        .map((o) => `### ${o.name}\n\n${o.service}. Presented using the ${METHOD_LABELS[o.method]}.${o.csocs.length ? `\n\n${mappedList(o.csocs)}` : ''}`)
        .join('\n\n')
    : 'The system uses no subservice organizations.';
  return section('DC7', 'Subservice organizations and complementary subservice organization controls', missing, md);
}

function dc8(s: SystemFields) {
  const md = s.notRelevant.length ? s.notRelevant.map((n) => `- **${n.criterionId}**: ${n.reason}`).join('\n') : 'All applicable criteria are relevant to the system.';
  return section('DC8', 'Criteria not relevant to the system', [], md);
}

function dc9(s: SystemFields) {
  const sorted = [...s.significantChanges].sort((a, b) => a.date.localeCompare(b.date));
  const md = sorted.length ? sorted.map((c) => `- ${c.date}: ${c.description}`).join('\n') : 'There were no significant changes to the system during the period.';
  return section('DC9', 'Significant changes during the period', [], md);
}

export function describeSystem(
  system: SystemFields,
  inScope: readonly string[],
  catalog: readonly Criterion[],
  activeControls: readonly DescribedControl[],
): { sections: DescriptionSection[]; complete: boolean } {
  const notRelevant = new Set(system.notRelevant.map((n) => n.criterionId));
  const sections = [dc1(system), dc2(system), dc3(system), dc4(system), dc5(inScope, catalog, activeControls, notRelevant), dc6(system), dc7(system), dc8(system), dc9(system)];
  return { sections, complete: sections.every((s) => s.complete) };
}
