// Renders attest's content model (../blocks.ts) to PDF with pdfmake: a title block, a running header
// (organization and title), "Page x of y" footers, an optional diagonal watermark, headings that
// never end a page, lists, tables whose header row repeats on every page, and a table of contents.
import pdfmake from 'pdfmake';
import type { Content, ContentText, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { headings, type Block, type DocumentSpec, type Inline } from '../blocks.ts';
import { allowedFontFiles, loadFonts } from './fonts.ts';

const PAGE = { width: 612, height: 792 }; // US Letter, in points
const MARGIN = { side: 54, top: 64, bottom: 56 };
const CONTENT_WIDTH = PAGE.width - 2 * MARGIN.side;
const MUTED = '#5c5f66';
const LINE = '#ced4da';
const LINK = '#1c5fb8';

export interface PdfOptions {
  /** Leave page streams uncompressed (for inspection in tests). */
  compress?: boolean;
}

let configured = false;
function configure() {
  if (configured) return;
  pdfmake.setFonts(loadFonts());
  // Documents carry no images: the only files a rendering may open are our fonts, and no URL at all.
  const fonts = allowedFontFiles();
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file) => fonts.has(file));
  configured = true;
}

export async function renderPdf(doc: DocumentSpec, options: PdfOptions = {}): Promise<Buffer> {
  configure();
  return pdfmake.createPdf(toPdfmake(doc, options)).getBuffer();
}

/** The pdfmake document definition for a document (exported for tests). */
export function toPdfmake(doc: DocumentSpec, options: PdfOptions = {}): TDocumentDefinitions {
  const created = doc.createdAt ?? new Date();
  return {
    pageSize: { width: PAGE.width, height: PAGE.height },
    pageMargins: [MARGIN.side, MARGIN.top, MARGIN.side, MARGIN.bottom],
    compress: options.compress ?? true,
    info: {
      title: doc.title,
      author: doc.author ?? doc.organization,
      subject: doc.subject ?? doc.title,
      keywords: (doc.keywords ?? []).join(', '),
      creator: 'attest',
      producer: 'attest',
      creationDate: created,
    },
    ...(doc.watermark ? { watermark: { text: doc.watermark, font: 'Helvetica', bold: true, color: '#c92a2a', opacity: 0.14, fontSize: 110 } } : {}),
    header: (page: number) =>
      page === 1
        ? null
        : {
            columns: [
              { text: doc.organization, alignment: 'left' },
              { text: doc.title, alignment: 'right' },
            ],
            margin: [MARGIN.side, 28, MARGIN.side, 0],
            fontSize: 8,
            color: MUTED,
          },
    footer: (page: number, pages: number) => ({
      stack: [
        ...(doc.recipientMark ? [{ text: doc.recipientMark, alignment: 'center' as const, fontSize: 7.5, bold: true, color: '#862e9c', margin: [0, 0, 0, 2] as [number, number, number, number] }] : []),
        { text: `Page ${page} of ${pages}`, alignment: 'center' as const, fontSize: 8, color: MUTED },
      ],
      margin: [0, doc.recipientMark ? 14 : 24, 0, 0],
    }),
    // Never leave a heading alone at the bottom of a page.
    pageBreakBefore: (node, queries) => node.headlineLevel !== undefined && queries.getFollowingNodesOnPage().filter((n) => n.headlineLevel === undefined).length === 0,
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.25 },
    styles: {
      title: { fontSize: 22, bold: true, margin: [0, 0, 0, 4] },
      subtitle: { fontSize: 12, color: MUTED, margin: [0, 0, 0, 8] },
      h1: { fontSize: 16, bold: true, margin: [0, 16, 0, 6] },
      h2: { fontSize: 13, bold: true, margin: [0, 14, 0, 5] },
      h3: { fontSize: 11.5, bold: true, margin: [0, 10, 0, 4] },
      h4: { fontSize: 10.5, bold: true, italics: true, margin: [0, 8, 0, 3] },
      paragraph: { margin: [0, 0, 0, 6] },
      tocTitle: { fontSize: 13, bold: true, margin: [0, 6, 0, 6] },
      tableHeader: { bold: true, fillColor: '#f1f3f5' },
      table: { fontSize: 9, margin: [0, 2, 0, 8] },
      code: { font: 'Mono', fontSize: 8.5, lineHeight: 1.15 },
      quote: { color: MUTED, italics: true },
    },
    content: [titleBlock(doc), ...blocksToContent(doc.blocks)],
  };
}

function titleBlock(doc: DocumentSpec): Content {
  return {
    stack: [
      { text: doc.organization, fontSize: 10, color: MUTED, margin: [0, 0, 0, 6] },
      { text: doc.title, style: 'title' },
      ...(doc.subtitle ? [{ text: doc.subtitle, style: 'subtitle' }] : []),
      rule(),
    ],
    margin: [0, 0, 0, 8],
  };
}

const rule = (): Content => ({ canvas: [{ type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 0.75, lineColor: LINE }], margin: [0, 6, 0, 8] });

const inToc = (h: Extract<Block, { kind: 'heading' }>) => h.toc ?? h.level <= 2;

/** pdfmake content for blocks; table-of-contents entries are indented from the shallowest listed level. */
export function blocksToContent(blocks: readonly Block[]): Content[] {
  const tocBase = Math.min(4, ...headings(blocks).filter(inToc).map((h) => h.level));
  return blocks.map((b) => blockToContent(b, tocBase));
}

function blockToContent(block: Block, tocBase: number): Content {
  switch (block.kind) {
    case 'heading':
      return {
        text: runs(block.text),
        style: `h${block.level}`,
        headlineLevel: block.level,
        ...(inToc(block) ? { tocItem: true, tocMargin: [Math.max(0, block.level - tocBase) * 12, 0, 0, 2] } : {}),
      } as Content;
    case 'paragraph':
      return { text: runs(block.text), style: 'paragraph' };
    case 'list': {
      const items = block.items.map((item) => listItem(item, tocBase));
      return block.ordered
        ? { ol: items, ...(block.start !== undefined ? { start: block.start } : {}), margin: [0, 0, 0, 6] }
        : { ul: items, margin: [0, 0, 0, 6] };
    }
    case 'table':
      return table(block);
    case 'quote':
      return {
        table: { widths: ['*'], body: [[{ stack: block.blocks.map((b) => blockToContent(b, tocBase)), style: 'quote' }]] },
        layout: { hLineWidth: () => 0, vLineWidth: (i: number) => (i === 0 ? 2.5 : 0), vLineColor: () => LINE, paddingLeft: () => 10, paddingTop: () => 2, paddingBottom: () => 0 },
        margin: [0, 0, 0, 8],
      };
    case 'code':
      return {
        table: { widths: ['*'], body: [[{ text: block.text.replace(/\t/g, '    '), style: 'code', preserveLeadingSpaces: true }]] },
        layout: { hLineWidth: () => 0, vLineWidth: () => 0, fillColor: () => '#f4f5f7', paddingLeft: () => 8, paddingRight: () => 8, paddingTop: () => 6, paddingBottom: () => 6 },
        margin: [0, 0, 0, 8],
      };
    case 'rule':
      return rule();
    case 'facts':
      return {
        table: { widths: ['auto', '*'], body: block.rows.map((r) => [{ text: r.label, bold: true, color: MUTED }, { text: runs(r.value) }]) },
        layout: { hLineWidth: (i: number, node: { table: { body: unknown[] } }) => (i === 0 || i === node.table.body.length ? 0 : 0.5), vLineWidth: () => 0, hLineColor: () => LINE, paddingTop: () => 3, paddingBottom: () => 3 },
        margin: [0, 0, 0, 10],
      };
    case 'toc':
      return { toc: { title: { text: block.title, style: 'tocTitle' }, numberStyle: { color: MUTED } }, margin: [0, 0, 0, 10] } as Content;
    case 'pageBreak':
      return { text: '', pageBreak: 'after' };
  }
}

function listItem(blocks: Block[], tocBase: number): Content {
  const [first] = blocks;
  if (blocks.length === 1 && first?.kind === 'paragraph') return { text: runs(first.text), margin: [0, 0, 0, 2] };
  if (blocks.length === 0) return { text: '' };
  return { stack: blocks.map((b) => (b.kind === 'paragraph' ? { text: runs(b.text), margin: [0, 0, 0, 2] } : blockToContent(b, tocBase))) };
}

function table(block: Extract<Block, { kind: 'table' }>): Content {
  const columns = Math.max(block.header.length, ...block.rows.map((r) => r.length));
  const cell = (content: Inline[] | undefined, i: number, header: boolean): TableCell => ({
    text: runs(content ?? []),
    alignment: block.align?.[i] ?? 'left',
    ...(header ? { style: 'tableHeader' } : {}),
  });
  const row = (cells: Inline[][], header: boolean) => Array.from({ length: columns }, (_, i) => cell(cells[i], i, header));
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: block.widths ?? proportionalWidths(block, columns),
      body: [row(block.header, true), ...block.rows.map((r) => row(r, false))],
    },
    layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5, hLineColor: () => LINE, vLineColor: () => LINE, paddingTop: () => 3, paddingBottom: () => 3 },
    style: 'table',
  };
}

/** Column widths in proportion to their longest text, each between a narrow and a wide bound. */
function proportionalWidths(block: Extract<Block, { kind: 'table' }>, columns: number): string[] {
  const length = (c: Inline[] | undefined) => (c ?? []).reduce((n, r) => n + r.text.length, 0);
  const weights = Array.from({ length: columns }, (_, i) => Math.min(40, Math.max(6, length(block.header[i]), ...block.rows.map((r) => length(r[i])))));
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  return weights.map((w) => `${((w / total) * 100).toFixed(2)}%`);
}

/** Styled runs as pdfmake text; a link is followed by its address when the text does not already show it. */
export function runs(inlines: readonly Inline[]): ContentText['text'] {
  const out: ContentText[] = [];
  inlines.forEach((r, i) => {
    out.push({
      text: r.code ? r.text.replace(/\t/g, '    ') : r.text,
      ...(r.bold ? { bold: true } : {}),
      ...(r.italic ? { italics: true } : {}),
      ...(r.strike ? { decoration: 'lineThrough' as const } : {}),
      ...(r.code ? { font: 'Mono', fontSize: 9, background: '#f1f3f5' } : {}),
      ...(r.link ? { link: r.link, color: LINK } : {}),
    });
    const next = inlines[i + 1];
    if (r.link && next?.link !== r.link) {
      let from = i;
      while (from > 0 && inlines[from - 1]!.link === r.link) from--;
      const shown = inlines.slice(from, i + 1).map((x) => x.text).join('');
      const address = r.link.replace(/^mailto:/, '');
      if (shown.trim() !== address && shown.trim() !== r.link) out.push({ text: ` (${address})`, color: MUTED });
    }
  });
  return out.length === 0 ? '' : out;
}
