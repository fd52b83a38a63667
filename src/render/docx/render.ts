// Renders attest's content model (../blocks.ts) to a Word document with the docx package: a title block, a Word table
// of contents field over real heading styles, a running header (organization and title), "Page X of Y" footers with
// an optional per-recipient line, a Word-native watermark, tables whose header row repeats, lists, quotes and code.
// The audit firm edits the final wording in Word, so the file uses Word's own styles and fields, not look-alikes.
// The same spec always gives the same bytes (see normalizePackage): downloads can be hashed and compared.
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type INumberingOptions,
  type IParagraphStyleOptions,
  type ParagraphChild,
} from 'docx';
import { TextWatermark } from 'docx/watermarks';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { headings, plainText, type Block, type DocumentSpec, type Inline } from '../blocks.ts';

/** The metadata date when a spec has none: fixed, so a spec without `createdAt` still renders the same bytes. */
export const DEFAULT_CREATED_AT = new Date('2000-01-01T00:00:00Z');

const TWIPS_PER_POINT = 20;
const PAGE = { width: 612 * TWIPS_PER_POINT, height: 792 * TWIPS_PER_POINT }; // US Letter, as the PDF
const MARGIN = { side: 54 * TWIPS_PER_POINT, top: 64 * TWIPS_PER_POINT, bottom: 56 * TWIPS_PER_POINT };
const TEXT_WIDTH = PAGE.width - 2 * MARGIN.side;
const MUTED = '5C5F66';
const LINE = 'CED4DA';
const FILL = 'F1F3F5';
const MONO = 'Consolas';
const LIST_INDENT = 360; // twips per list level
const BULLETS = 'attest-bullets';

/** Renders a document as DOCX bytes; equal specs give equal bytes. */
export async function renderDocx(spec: DocumentSpec): Promise<Buffer> {
  const buffer = await Packer.toBuffer(toDocument(spec));
  return normalizePackage(buffer, spec.createdAt ?? DEFAULT_CREATED_AT);
}

/** The docx document for a spec (exported for tests that inspect it before packing). */
export function toDocument(spec: DocumentSpec): Document {
  const lists = new ListNumbering();
  const tocLevels = tocHeadingLevels(spec.blocks);
  const body = [...titleBlock(spec), ...spec.blocks.flatMap((b) => blockToDocx(b, { lists, tocLevels, depth: 0, quoted: false }))];
  return new Document({
    title: spec.title,
    subject: spec.subject ?? spec.title,
    creator: spec.author ?? spec.organization,
    lastModifiedBy: 'attest',
    keywords: (spec.keywords ?? []).join(', '),
    // Word fills in the table of contents' page numbers when it opens the file (it asks first).
    features: { updateFields: true },
    styles: styles(),
    numbering: lists.options(),
    sections: [
      {
        properties: {
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: { left: MARGIN.side, right: MARGIN.side, top: MARGIN.top, bottom: MARGIN.bottom, header: 28 * TWIPS_PER_POINT, footer: 24 * TWIPS_PER_POINT } },
          // The first page carries the title block, so it gets no running header, as in the PDF.
          titlePage: true,
        },
        headers: { first: header(spec, false), default: header(spec, true) },
        footers: { first: footer(spec), default: footer(spec) },
        children: body,
      },
    ],
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Styles

/** Heading levels whose built-in style feeds the table of contents; other headings get a look-alike that Word skips. */
function tocHeadingLevels(blocks: readonly Block[]): Set<number> {
  return new Set(headings(blocks).filter(inToc).map((h) => h.level));
}

const inToc = (h: Extract<Block, { kind: 'heading' }>) => h.toc ?? h.level <= 2;

const HEADING_LOOK = {
  1: { size: 16, before: 16, after: 6, italics: false },
  2: { size: 13, before: 14, after: 5, italics: false },
  3: { size: 11.5, before: 10, after: 4, italics: false },
  4: { size: 10.5, before: 8, after: 3, italics: true },
} as const;

function headingLook(level: 1 | 2 | 3 | 4) {
  const look = HEADING_LOOK[level];
  return {
    run: { size: look.size * 2, bold: true, italics: look.italics, color: '000000' },
    paragraph: { spacing: { before: look.before * TWIPS_PER_POINT, after: look.after * TWIPS_PER_POINT }, keepNext: true, keepLines: true },
  };
}

/** Headings left out of the table of contents: the same look, but not a Word heading style, so the TOC field skips them. */
const plainHeadingStyle = (level: 1 | 2 | 3 | 4): IParagraphStyleOptions => ({ id: `AttestHeading${level}`, name: `Attest Heading ${level}`, next: 'Normal', quickFormat: true, ...headingLook(level) });

function styles() {
  const quoteBorder = { left: { style: BorderStyle.SINGLE, size: 18, color: LINE, space: 8 } };
  return {
    default: {
      document: { run: { font: 'Calibri', size: 20 }, paragraph: { spacing: { after: 6 * TWIPS_PER_POINT, line: 300 } } },
      title: { run: { size: 44, bold: true, color: '000000' }, paragraph: { spacing: { after: 4 * TWIPS_PER_POINT } } },
      heading1: headingLook(1),
      heading2: headingLook(2),
      heading3: headingLook(3),
      heading4: headingLook(4),
    },
    paragraphStyles: [
      ...([1, 2, 3, 4] as const).map(plainHeadingStyle),
      { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', run: { size: 24, color: MUTED } },
      { id: 'TocTitle', name: 'TOC Title', basedOn: 'Normal', next: 'Normal', run: { size: 26, bold: true }, paragraph: { spacing: { before: 6 * TWIPS_PER_POINT, after: 6 * TWIPS_PER_POINT } } },
      { id: 'Quote', name: 'Quote', basedOn: 'Normal', next: 'Normal', run: { italics: true, color: MUTED }, paragraph: { indent: { left: 240 }, border: quoteBorder } },
      { id: 'Code', name: 'Code', basedOn: 'Normal', next: 'Normal', run: { font: MONO, size: 17 }, paragraph: { spacing: { line: 240 }, shading: { type: ShadingType.CLEAR, fill: 'F4F5F7', color: 'auto' } } },
      { id: 'Small', name: 'Small', basedOn: 'Normal', next: 'Normal', run: { size: 16, color: MUTED }, paragraph: { spacing: { after: 0 } } },
    ] satisfies IParagraphStyleOptions[],
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Page furniture

function titleBlock(spec: DocumentSpec): Paragraph[] {
  return [
    new Paragraph({ children: [new TextRun({ text: spec.organization, color: MUTED })] }),
    new Paragraph({ style: 'Title', children: [new TextRun(spec.title)] }),
    ...(spec.subtitle ? [new Paragraph({ style: 'Subtitle', children: [new TextRun(spec.subtitle)] })] : []),
    rule(),
  ];
}

/** Organization left, title right; the watermark sits in every header so Word and LibreOffice draw it on every page. */
function header(spec: DocumentSpec, running: boolean): Header {
  const children = running ? [new TextRun(spec.organization), new TextRun({ children: ['\t', spec.title] })] : [];
  const mark = spec.watermark ? [watermark(spec.watermark)] : [];
  return new Header({
    children: [new Paragraph({ style: 'Small', tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }], children: [...mark, ...children] })],
  });
}

/** Word's own text watermark (Design > Watermark), so editors can remove it there before issuing the final report. */
function watermark(text: string) {
  return new TextWatermark({ text, font: 'Calibri', bold: true, color: 'C92A2A', opacity: 0.14 });
}

/** The recipient's line (plain text, so it survives copying and conversion), then "Page X of Y". */
function footer(spec: DocumentSpec): Footer {
  const recipient = spec.recipientMark ? [new Paragraph({ style: 'Small', alignment: AlignmentType.CENTER, children: [new TextRun(spec.recipientMark)] })] : [];
  return new Footer({
    children: [
      ...recipient,
      new Paragraph({ style: 'Small', alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })] }),
    ],
  });
}

const rule = () => new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: LINE, space: 4 } }, spacing: { after: 8 * TWIPS_PER_POINT } });

// ---------------------------------------------------------------------------------------------------------------
// Blocks

interface Context {
  lists: ListNumbering;
  tocLevels: Set<number>;
  /** List nesting: 0 outside lists. */
  depth: number;
  /** Inside a quote: paragraphs take the quote style. */
  quoted: boolean;
}

type BodyChild = Paragraph | Table | TableOfContents;

function blockToDocx(block: Block, ctx: Context): BodyChild[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ style: inToc(block) ? `Heading${block.level}` : `AttestHeading${block.level}`, children: runs(block.text) })];
    case 'paragraph':
      return [new Paragraph({ ...(ctx.quoted ? { style: 'Quote' } : {}), ...listIndent(ctx), children: runs(block.text) })];
    case 'list':
      return list(block, ctx);
    case 'table':
      return [table(block)];
    case 'quote':
      return block.blocks.flatMap((b) => blockToDocx(b, { ...ctx, quoted: true }));
    case 'code':
      return [codeBlock(block.text, ctx)];
    case 'rule':
      return [rule()];
    case 'facts':
      return [facts(block)];
    case 'toc':
      return toc(block.title, ctx.tocLevels);
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

/** Paragraphs after an item's first line line up with its text. */
const listIndent = (ctx: Context) => (ctx.depth > 0 ? { indent: { left: ctx.depth * LIST_INDENT } } : {});

/** A Word TOC field over the heading levels listed; docx fills in the entries so it reads well before Word updates it. */
function toc(title: string, levels: Set<number>): BodyChild[] {
  const deepest = Math.max(1, ...levels);
  return [new Paragraph({ style: 'TocTitle', children: [new TextRun(title)] }), new TableOfContents(title, { hyperlink: true, headingStyleRange: `1-${deepest}` })];
}

function codeBlock(text: string, ctx: Context): Paragraph {
  // One paragraph with line breaks keeps the shaded block together, as a single unit to edit.
  const lines = text.replace(/\t/g, '    ').split('\n');
  return new Paragraph({ style: 'Code', ...listIndent(ctx), children: lines.map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}) })) });
}

function list(block: Extract<Block, { kind: 'list' }>, ctx: Context): BodyChild[] {
  const reference = block.ordered ? ctx.lists.ordered(block.start ?? 1) : BULLETS;
  // Each ordered list counts from its own start: a new instance of the numbering restarts it.
  const instance = ctx.lists.instance();
  const inner: Context = { ...ctx, depth: ctx.depth + 1 };
  return block.items.flatMap((item) => {
    const [first, ...rest] = item;
    const marker = { numbering: { reference, level: Math.min(ctx.depth, 8), instance } };
    if (first?.kind !== 'paragraph') return [new Paragraph({ ...marker, children: [] }), ...item.flatMap((b) => blockToDocx(b, inner))];
    return [new Paragraph({ ...marker, ...(ctx.quoted ? { style: 'Quote' } : {}), children: runs(first.text) }), ...rest.flatMap((b) => blockToDocx(b, inner))];
  });
}

/** Numbering definitions: one bullet list and one numbered list per start value the document uses. */
class ListNumbering {
  private starts = new Set<number>([1]);
  private instances = 0;

  ordered(start: number): string {
    this.starts.add(start);
    return `attest-numbers-${start}`;
  }

  instance(): number {
    return ++this.instances;
  }

  options(): INumberingOptions {
    const levels = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: (level: number) => string, start = 1) =>
      Array.from({ length: 9 }, (_, level) => ({
        level,
        format,
        text: text(level),
        start,
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: { left: (level + 1) * LIST_INDENT, hanging: LIST_INDENT } } },
      }));
    const bullets = ['•', '◦', '▪'];
    return {
      config: [
        { reference: BULLETS, levels: levels(LevelFormat.BULLET, (l) => bullets[l % bullets.length]!) },
        ...[...this.starts].map((start) => ({ reference: `attest-numbers-${start}`, levels: levels(LevelFormat.DECIMAL, (l) => `%${l + 1}.`, start) })),
      ],
    };
  }
}

function table(block: Extract<Block, { kind: 'table' }>): Table {
  const columns = Math.max(block.header.length, ...block.rows.map((r) => r.length));
  const widths = columnWidths(block, columns);
  const cell = (content: Inline[] | undefined, i: number, header: boolean) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      ...(header ? { shading: { type: ShadingType.CLEAR, fill: FILL, color: 'auto' } } : {}),
      children: [new Paragraph({ alignment: align(block.align?.[i]), spacing: { after: 0 }, children: runs(content ?? [], header ? { bold: true } : {}) })],
    });
  const row = (cells: Inline[][], header: boolean) =>
    // tableHeader repeats the row at the top of every page; cantSplit keeps a row on one page, as the PDF does.
    new TableRow({ tableHeader: header, cantSplit: true, children: Array.from({ length: columns }, (_, i) => cell(cells[i], i, header)) });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: allBorders(),
    rows: [row(block.header, true), ...block.rows.map((r) => row(r, false))],
  });
}

const align = (a: 'left' | 'center' | 'right' | null | undefined) => (a === 'center' ? AlignmentType.CENTER : a === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT);

function allBorders() {
  const line = { style: BorderStyle.SINGLE, size: 4, color: LINE };
  return { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };
}

/** Column widths in twips: fixed point widths as given, the rest shared in proportion to their longest text. */
function columnWidths(block: Extract<Block, { kind: 'table' }>, columns: number): number[] {
  const length = (c: Inline[] | undefined) => (c ?? []).reduce((n, r) => n + r.text.length, 0);
  const weights = Array.from({ length: columns }, (_, i) => Math.min(40, Math.max(6, length(block.header[i]), ...block.rows.map((r) => length(r[i])))));
  const fixed = Array.from({ length: columns }, (_, i) => (typeof block.widths?.[i] === 'number' ? (block.widths[i] as number) * TWIPS_PER_POINT : null));
  const room = Math.max(0, TEXT_WIDTH - fixed.reduce<number>((n, w) => n + (w ?? 0), 0));
  const flexible = weights.reduce((n, w, i) => n + (fixed[i] === null ? w : 0), 0) || 1;
  return weights.map((w, i) => fixed[i] ?? Math.round((w / flexible) * room));
}

function facts(block: Extract<Block, { kind: 'facts' }>): Table {
  const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
  const line = { style: BorderStyle.SINGLE, size: 4, color: LINE };
  const labelWidth = Math.round(TEXT_WIDTH * 0.25);
  const cell = (children: ParagraphChild[], width: number) => new TableCell({ width: { size: width, type: WidthType.DXA }, children: [new Paragraph({ spacing: { after: 0 }, children })] });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [labelWidth, TEXT_WIDTH - labelWidth],
    borders: { top: none, bottom: none, left: none, right: none, insideVertical: none, insideHorizontal: line },
    rows: block.rows.map((r) => new TableRow({ children: [cell([new TextRun({ text: r.label, bold: true, color: MUTED })], labelWidth), cell(runs(r.value), TEXT_WIDTH - labelWidth)] })),
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Inline runs

/** Only web and mail addresses become links: a spec's text may come from users, and Word follows file: links too. */
export const safeLink = (url: string | undefined): string | undefined => (url && /^(https?:|mailto:)/i.test(url.trim()) ? url.trim() : undefined);

/** Styled runs; consecutive runs with the same link share one hyperlink. */
export function runs(inlines: readonly Inline[], base: { bold?: boolean } = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (let i = 0; i < inlines.length; ) {
    const link = safeLink(inlines[i]!.link);
    let end = i + 1;
    while (link && end < inlines.length && safeLink(inlines[end]!.link) === link) end++;
    const group = inlines.slice(i, end).map((r) => textRun(r, base, Boolean(link)));
    if (link) out.push(new ExternalHyperlink({ link, children: group }));
    else out.push(...group);
    i = end;
  }
  return out;
}

function textRun(r: Inline, base: { bold?: boolean }, linked: boolean): TextRun {
  return new TextRun({
    text: r.code ? r.text.replace(/\t/g, '    ') : r.text,
    ...(r.bold || base.bold ? { bold: true } : {}),
    ...(r.italic ? { italics: true } : {}),
    ...(r.strike ? { strike: true } : {}),
    ...(r.code ? { font: MONO, size: 18, shading: { type: ShadingType.CLEAR, fill: FILL, color: 'auto' } } : {}),
    ...(linked ? { style: 'Hyperlink' } : {}),
  });
}

/** Plain text of a heading, for callers that list a document's headings next to its file. */
export const headingText = (h: Extract<Block, { kind: 'heading' }>) => plainText(h.text);

// ---------------------------------------------------------------------------------------------------------------
// Deterministic packaging

const FIXED_ZIP_TIME = new Date('1980-01-01T00:00:00'); // the earliest date a zip entry can hold

/**
 * Makes the package depend only on the spec. docx stamps the current time into docProps/core.xml and the zip entries,
 * names relationships and watermark shapes with random ids, and numbers bookmarks from a counter that runs on across
 * documents in the process. This rewrites those to values fixed by the document itself and zips again with fixed dates.
 */
export function normalizePackage(docx: Uint8Array, createdAt: Date): Buffer {
  const files = unzipSync(docx);
  const names = Object.keys(files);
  const text = new Map(names.filter((n) => /\.(xml|rels)$/.test(n)).map((n) => [n, strFromU8(files[n]!)]));
  const renames = randomIdRenames([...text.values()]);
  const out: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const name of names) {
    let data = files[name]!;
    const xml = text.get(name);
    if (xml !== undefined) data = strToU8(fixXml(name, xml, renames, createdAt));
    out[name] = [data, { mtime: FIXED_ZIP_TIME }];
  }
  return Buffer.from(zipSync(out, { level: 6 }));
}

/** Random ids docx wrote (21 characters from nanoid) in relationship ids and watermark shape ids, renamed in order of appearance. */
function randomIdRenames(xmls: string[]): Map<string, string> {
  const renames = new Map<string, string>();
  const patterns = [/\bId="([A-Za-z0-9_-]{21})"/g, /PowerPlusWaterMarkObject([A-Za-z0-9_-]{21})/g];
  for (const xml of xmls) {
    for (const re of patterns) for (const m of xml.matchAll(re)) if (!renames.has(m[1]!)) renames.set(m[1]!, `attest${renames.size + 1}`);
  }
  return renames;
}

function fixXml(name: string, xml: string, renames: Map<string, string>, createdAt: Date): string {
  let out = xml;
  for (const [from, to] of renames) out = out.split(from).join(to);
  if (name === 'docProps/core.xml') {
    const when = createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
    out = out.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${when}$2`);
  }
  return renumberBookmarks(out);
}

/** Bookmark ids (and the _Toc names built from them) numbered from 1 within the part, in order of appearance. */
function renumberBookmarks(xml: string): string {
  const ids = new Map<string, number>();
  const id = (n: string) => {
    if (!ids.has(n)) ids.set(n, ids.size + 1);
    return ids.get(n)!;
  };
  for (const m of xml.matchAll(/<w:bookmarkStart\b[^>]*?w:id="(\d+)"/g)) id(m[1]!);
  if (ids.size === 0) return xml;
  return xml
    .replace(/(<w:bookmark(?:Start|End)\b[^>]*?w:id=")(\d+)"/g, (_, head: string, n: string) => `${head}${id(n)}"`)
    .replace(/_Toc(\d+)/g, (whole, n: string) => (ids.has(n) ? `_Toc${ids.get(n)}` : whole));
}
