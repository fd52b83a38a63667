import { describe, expect, it } from 'vitest';
import { buildReportModel, type ReportInput } from '../../domain/report-model/index.ts';
import { headings, plainText, type Block } from '../blocks.ts';
import { reportDocument } from './blocks.ts';

const input = (over: Partial<ReportInput> = {}): ReportInput => ({
  reportType: 'type2',
  asOf: null,
  periodStart: '2026-01-01',
  periodEnd: '2026-03-31',
  reportDate: '2026-04-15',
  serviceOrganization: { name: 'Northwind' },
  firm: { name: 'Harbor & Vale', city: 'Portland' },
  system: {
    name: 'Ledger Platform',
    servicesProvided: '# Our services\n\nHosted **ledger** software.',
    boundaries: 'Production runs in one region.',
    commitments: [],
    components: { infrastructure: [], software: [], people: [], procedures: [], data: [] },
    incidents: 'One outage on *February 3*.',
    cuecs: [],
    subserviceOrganizations: [],
    notRelevant: [],
    significantChanges: [],
  },
  categories: ['availability'],
  criteria: [
    { id: 'CC6.1', category: 'security', title: 'Logical access' },
    { id: 'CC8.1', category: 'security', title: 'Change management' },
    { id: 'A1.2', category: 'availability', title: 'Recovery infrastructure' },
  ],
  controls: [
    { id: 'k2', code: 'CHG-01', title: 'Change approval', description: 'Changes are approved.', criteria: ['CC8.1'] },
    { id: 'k1', code: 'ACC-01', title: 'Access reviews', description: 'Access is reviewed.', criteria: ['CC6.1'] },
    { id: 'k3', code: 'BCK-01', title: 'Backups', description: 'Backups are restored yearly.', criteria: ['A1.2', 'CC6.1'] },
  ],
  tests: ['k1', 'k2', 'k3'].map((controlId) => ({
    controlId,
    procedures: [{ type: 'inspection' as const, text: 'Inspected records' }],
    sampleSize: 25,
    populationSize: 100,
    conclusion: 'operating_effectively' as const,
    resultText: `No exceptions noted for ${controlId}.`,
    exceptions: [],
  })),
  opinion: { opinion: 'unqualified', basis: '', affectedCriteria: [] },
  assertion: { acceptedBy: 'Dana', acceptedAt: '2026-04-14' },
  ...over,
});

/** Every text in the blocks, in document order (tables row by row, cell by cell). */
function allText(blocks: readonly Block[]): string {
  const out: string[] = [];
  const walk = (list: readonly Block[]) => {
    for (const b of list) {
      if (b.kind === 'heading' || b.kind === 'paragraph') out.push(plainText(b.text));
      else if (b.kind === 'table') out.push(...b.header.map(plainText), ...b.rows.flat().map(plainText));
      else if (b.kind === 'list') b.items.forEach(walk);
      else if (b.kind === 'quote') walk(b.blocks);
      else if (b.kind === 'facts') out.push(...b.rows.map((r) => `${r.label}: ${plainText(r.value)}`));
    }
  };
  walk(blocks);
  return out.join('\n');
}

/** Asserts the needles occur in this order in the haystack. */
function expectInOrder(haystack: string, needles: readonly string[]) {
  let from = 0;
  for (const needle of needles) {
    const at = haystack.indexOf(needle, from);
    expect(at, `"${needle}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + needle.length;
  }
}

const SECTIONS_TYPE2 = [
  "Section I \u2014 Independent Service Auditor's Report",
  "Section II \u2014 Management's Assertion",
  'Section III \u2014 Description of the System',
  'Section IV \u2014 Trust Services Criteria, Related Controls, and Tests of Controls',
  'Section V \u2014 Other Information Provided by Management',
];

describe('reportDocument', () => {
  it('has a title block, a table of contents, then the five sections as level-1 headings in order, each after a page break', () => {
    const doc = reportDocument(buildReportModel(input()), { draft: false });
    expect(doc.title).toBe('SOC 2 Type II Report');
    expect(doc.organization).toBe('Northwind');
    expect(doc.blocks[0]).toMatchObject({ kind: 'facts' });
    expect(allText([doc.blocks[0]!])).toBe([
      'Service organization: Northwind', 'System: Ledger Platform', 'Report: SOC 2 Type II', 'Period: January 1, 2026 to March 31, 2026',
      'Service auditor: Harbor & Vale, Portland', 'Report date: April 15, 2026',
    ].join('\n'));
    expect(doc.blocks[1]).toEqual({ kind: 'toc', title: 'Contents' });
    const level1 = headings(doc.blocks).filter((h) => h.level === 1).map((h) => plainText(h.text));
    expect(level1).toEqual(SECTIONS_TYPE2);
    for (const title of SECTIONS_TYPE2) {
      const at = doc.blocks.findIndex((b) => b.kind === 'heading' && plainText(b.text) === title);
      expect(doc.blocks[at - 1]).toEqual({ kind: 'pageBreak' });
    }
  });

  it('Type I: Section IV is criteria and related controls, with two columns and as-of in the title block', () => {
    const doc = reportDocument(buildReportModel(input({ reportType: 'type1', asOf: '2026-03-31', periodStart: null, periodEnd: null, tests: [] })), { draft: false });
    expect(headings(doc.blocks).filter((h) => h.level === 1).map((h) => plainText(h.text))[3]).toBe('Section IV \u2014 Trust Services Criteria and Related Controls');
    const tables = doc.blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
    expect(tables.length).toBeGreaterThan(0);
    for (const t of tables.filter((x) => plainText(x.header[0]!) === 'Control')) expect(t.header.map(plainText)).toEqual(['Control', 'Control activity']);
    expect(allText(doc.blocks)).toContain('As of: March 31, 2026');
    expect(allText(doc.blocks)).not.toContain('Tests performed');
  });

  it('Type II: Section IV tables have tests and results columns', () => {
    const doc = reportDocument(buildReportModel(input()), { draft: false });
    const control = doc.blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table' && plainText(b.header[0]!) === 'Control');
    expect(control).toHaveLength(3);
    for (const t of control) expect(t.header.map(plainText)).toEqual(['Control', 'Control activity', 'Tests performed', 'Results']);
    expect(plainText(control[0]!.rows[0]![2]!)).toBe('Inspection: Inspected records.\nSample of 25 from a population of 100.');
  });

  it('every criterion and its controls appear in order in the text of Section IV', () => {
    const doc = reportDocument(buildReportModel(input()), { draft: false });
    const text = allText(doc.blocks);
    const iv = text.slice(text.indexOf('Section IV'), text.indexOf('Section V \u2014'));
    expectInOrder(iv, [
      'Security (common criteria)', 'CC6.1 Logical access', 'ACC-01', 'No exceptions noted for k1.', 'BCK-01', 'No exceptions noted for k3.',
      'CC8.1 Change management', 'CHG-01', 'No exceptions noted for k2.',
      'Availability', 'A1.2 Recovery infrastructure', 'BCK-01',
    ]);
  });

  it("management's Markdown becomes blocks under the section's headings, kept out of the contents", () => {
    const doc = reportDocument(buildReportModel(input()), { draft: false });
    const inner = headings(doc.blocks).find((h) => plainText(h.text) === 'Our services')!;
    expect(inner.level).toBe(3);
    expect(inner.toc).toBe(false);
    const bold = doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? b.text : [])).find((r) => r.text === 'ledger');
    expect(bold).toEqual({ text: 'ledger', bold: true });
    expect(allText(doc.blocks)).toContain('One outage on February 3.');
  });

  it('a draft carries the DRAFT watermark (or the one given); an issued report none', () => {
    const model = buildReportModel(input());
    expect(reportDocument(model, { draft: true }).watermark).toBe('DRAFT');
    expect(reportDocument(model, { draft: true, watermark: 'DRAFT v2' }).watermark).toBe('DRAFT v2');
    expect(reportDocument(model, { draft: false }).watermark).toBeUndefined();
  });

  it('Section II shows whether management has accepted the assertion', () => {
    const accepted = allText(reportDocument(buildReportModel(input()), { draft: false }).blocks);
    expect(accepted).toContain('Accepted on behalf of Northwind by Dana on April 14, 2026.');
    const open = allText(reportDocument(buildReportModel(input({ assertion: { acceptedBy: null, acceptedAt: null } })), { draft: true }).blocks);
    expect(open).toContain('Not yet accepted by management.');
  });
});
