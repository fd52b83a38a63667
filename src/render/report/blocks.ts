// The SOC 2 report model (src/domain/report-model) as attest's document blocks, for every file renderer:
// a title block, a table of contents, then Sections I–V each on a new page.
import type { ControlRow, CriteriaSection, CriterionEntry, Part, ProseSection, ReportModel } from '../../domain/report-model/index.ts';
import { text, type Block, type DocumentSpec, type HeadingLevel, type Inline } from '../blocks.ts';
import { markdownToBlocks } from '../markdown-blocks.ts';

export interface ReportDocumentOptions {
  /** A draft carries a watermark across every page. */
  draft: boolean;
  /** The draft's mark; 'DRAFT' unless given. */
  watermark?: string;
}

const heading = (level: HeadingLevel, value: string, toc?: boolean): Block => ({ kind: 'heading', level, text: text(value), ...(toc === undefined ? {} : { toc }) });
const paragraph = (value: string, style: Omit<Inline, 'text'> = {}): Block => ({ kind: 'paragraph', text: text(value, style) });

/** Management's own Markdown sits under our section headings: its headings move below them and stay out of the contents. */
function nestedMarkdown(markdown: string, under: HeadingLevel): Block[] {
  const demote = (blocks: Block[]): Block[] => blocks.map((b) => {
    if (b.kind === 'heading') return { ...b, level: Math.min(4, under + b.level) as HeadingLevel, toc: false };
    if (b.kind === 'quote') return { ...b, blocks: demote(b.blocks) };
    if (b.kind === 'list') return { ...b, items: b.items.map(demote) };
    return b;
  });
  return demote(markdownToBlocks(markdown));
}

function partBlocks(part: Part, level: HeadingLevel): Block[] {
  switch (part.kind) {
    case 'paragraph':
      return [paragraph(part.text)];
    case 'markdown':
      return nestedMarkdown(part.markdown, level);
    case 'list':
      return [{ kind: 'list', ordered: false, items: part.items.map((i) => [paragraph(i)]) }];
    case 'table':
      return [{ kind: 'table', header: part.header.map((h) => text(h)), rows: part.rows.map((r) => r.map((c) => text(c))) }];
  }
}

/** A prose section: its intro, then each subsection under a level-2 heading (listed in the contents when `toc`). */
function proseBlocks(section: ProseSection, toc: boolean): Block[] {
  return [
    heading(1, section.title),
    ...section.intro.flatMap((p) => partBlocks(p, 1)),
    ...section.subsections.flatMap((s) => [heading(2, s.title, toc), ...s.parts.flatMap((p) => partBlocks(p, 2))]),
  ];
}

function sectionIBlocks(model: ReportModel): Block[] {
  const i = model.sections.i;
  return [...proseBlocks(i, false), ...i.signature.map((line) => paragraph(line))];
}

function sectionIIBlocks(model: ReportModel): Block[] {
  const ii = model.sections.ii;
  return [
    ...proseBlocks(ii, false),
    paragraph(ii.signature),
    paragraph(ii.acceptance ?? 'Not yet accepted by management.', { italic: true }),
  ];
}

const lines = (values: readonly string[]): Inline[] => values.flatMap((v, n) => (n ? [{ text: '\n' }, { text: v }] : [{ text: v }]));

function controlCells(row: ControlRow, withTests: boolean): Inline[][] {
  const control: Inline[] = [{ text: row.code, bold: true }, { text: `\n${row.title}` }];
  const base = [control, text(row.activity)];
  return withTests ? [...base, lines(row.testsPerformed ?? []), lines(row.results ?? [])] : base;
}

function criterionBlocks(entry: CriterionEntry, withTests: boolean): Block[] {
  const header = withTests ? ['Control', 'Control activity', 'Tests performed', 'Results'] : ['Control', 'Control activity'];
  const body: Block[] = entry.rows.length
    ? [{ kind: 'table', header: header.map((h) => text(h)), rows: entry.rows.map((r) => controlCells(r, withTests)), widths: withTests ? [80, '*', '*', '*'] : [90, '*'] }]
    : [paragraph(entry.emptyText ?? '')];
  return [heading(3, `${entry.id} ${entry.title}`, false), ...body];
}

/** Section IV: a level-2 heading per category, then a table of controls per criterion, in the model's order. */
function sectionIVBlocks(iv: CriteriaSection): Block[] {
  const blocks: Block[] = [heading(1, iv.title), ...iv.intro.flatMap((p) => partBlocks(p, 1))];
  let category: string | null = null;
  for (const entry of iv.criteria) {
    if (entry.category !== category) {
      category = entry.category;
      blocks.push(heading(2, entry.categoryLabel));
    }
    blocks.push(...criterionBlocks(entry, iv.withTests));
  }
  return blocks;
}

function titleBlock(model: ReportModel): Block {
  const auditor = [model.firm.name, model.firm.city].filter((s) => s.trim() !== '').join(', ');
  return {
    kind: 'facts',
    rows: [
      { label: 'Service organization', value: text(model.organization) },
      { label: 'System', value: text(model.system) },
      { label: 'Report', value: text(`SOC 2 ${model.typeLabel}`) },
      { label: model.period.label, value: text(model.period.value) },
      { label: 'Service auditor', value: text(auditor) },
      { label: 'Report date', value: text(model.reportDate) },
    ],
  };
}

/** The report as a document: title block, contents, and Sections I–V separated by page breaks. */
export function reportDocument(model: ReportModel, opts: ReportDocumentOptions): DocumentSpec {
  const sections: Block[][] = [
    sectionIBlocks(model),
    sectionIIBlocks(model),
    proseBlocks(model.sections.iii, true),
    sectionIVBlocks(model.sections.iv),
    proseBlocks(model.sections.v, true),
  ];
  return {
    title: model.title,
    subtitle: `${model.organization} \u2014 ${model.system}`,
    organization: model.organization,
    ...(opts.draft ? { watermark: opts.watermark ?? 'DRAFT' } : {}),
    author: model.firm.name,
    subject: `${model.title}: ${model.organization}, ${model.system} (${model.period.phrase})`,
    keywords: ['SOC 2', model.typeLabel, model.organization, model.system],
    blocks: [titleBlock(model), { kind: 'toc', title: 'Contents' }, ...sections.flatMap((s) => [{ kind: 'pageBreak' } as Block, ...s])],
  };
}
