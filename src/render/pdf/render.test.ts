import { describe, expect, it } from 'vitest';
import { text, type Block, type DocumentSpec } from '../blocks.ts';
import { markdownToBlocks } from '../markdown-blocks.ts';
import { renderPdf, runs, toPdfmake } from './render.ts';
import { hasPdftotext, pageCount, pdfText, standardFontTextCount } from '../../../test/helpers/pdf.ts';

const longTable: Block = {
  kind: 'table',
  header: [text('Code'), text('Activity')],
  rows: Array.from({ length: 90 }, (_, i) => [text(`CTL-${String(i + 1).padStart(2, '0')}`), text(`Activity number ${i + 1} is performed and evidenced.`)]),
};

const doc = (extra: Partial<DocumentSpec> = {}): DocumentSpec => ({
  title: 'Renderer Sample',
  organization: 'Acme Cloud',
  subtitle: 'A test document',
  createdAt: new Date('2026-01-02T03:04:05Z'),
  blocks: [
    { kind: 'facts', rows: [{ label: 'Version', value: text('7') }] },
    { kind: 'toc', title: 'Contents' },
    ...markdownToBlocks('# First part\n\nSome *text* with a [link](https://example.com/a).\n\n## Second part\n\n1. one\n2. two\n   - nested bullet\n\n#### Minor heading\n\nClosing words.'),
    { kind: 'heading', level: 2, text: text('Long table') },
    longTable,
  ],
  ...extra,
});

describe('toPdfmake', () => {
  it('adds a watermark only when asked', () => {
    expect(toPdfmake(doc()).watermark).toBeUndefined();
    expect(toPdfmake(doc({ watermark: 'DRAFT' })).watermark).toMatchObject({ text: 'DRAFT', font: 'Helvetica' });
  });

  it('runs a header with organization and title from page 2, and a footer "Page x of y"', () => {
    const def = toPdfmake(doc());
    const header = def.header as (page: number, pages: number) => unknown;
    const footer = def.footer as (page: number, pages: number) => { stack: Array<{ text: string }> };
    expect(header(1, 3)).toBeNull();
    expect(JSON.stringify(header(2, 3))).toContain('"Acme Cloud"');
    expect(JSON.stringify(header(2, 3))).toContain('"Renderer Sample"');
    expect(footer(2, 3).stack.map((l) => l.text)).toEqual(['Page 2 of 3']);
  });

  it('prints the recipient line above the page number on every page of a recipient\'s copy', () => {
    const footer = toPdfmake(doc({ recipientMark: 'Prepared for Dana Lee, Initech' })).footer as (page: number, pages: number) => { stack: Array<{ text: string }> };
    for (const page of [1, 2, 3]) expect(footer(page, 3).stack.map((l) => l.text)).toEqual(['Prepared for Dana Lee, Initech', `Page ${page} of 3`]);
  });

  it('puts headings of levels 1 and 2 in the table of contents, and repeats table header rows', () => {
    const content = JSON.stringify(toPdfmake(doc()).content);
    const tocItems = (toPdfmake(doc()).content as Array<{ tocItem?: boolean; text?: unknown }>).filter((c) => c.tocItem).map((c) => JSON.stringify(c.text));
    expect(tocItems).toHaveLength(3);
    expect(tocItems.join()).toContain('First part');
    expect(tocItems.join()).not.toContain('Minor heading');
    expect(content).toContain('"headerRows":1');
  });

  it('indents table-of-contents entries from the shallowest listed heading level', () => {
    const margins = (blocks: Block[]) => (toPdfmake(doc({ blocks })).content as Array<{ tocMargin?: number[] }>).filter((c) => c.tocMargin).map((c) => c.tocMargin![0]);
    expect(margins(markdownToBlocks('# A\n\n## B'))).toEqual([0, 12]);
    expect(margins(markdownToBlocks('## A\n\n## B'))).toEqual([0, 0]);
    expect(margins([{ kind: 'heading', level: 2, text: text('A') }, { kind: 'heading', level: 3, text: text('B'), toc: true }])).toEqual([0, 12]);
  });

  it('follows a link with its address unless the text already shows it', () => {
    expect(runs([{ text: 'the guide', link: 'https://e.x/g' }])).toEqual([{ text: 'the guide', link: 'https://e.x/g', color: expect.any(String) }, { text: ' (https://e.x/g)', color: expect.any(String) }]);
    expect(runs([{ text: 'https://e.x/g', link: 'https://e.x/g' }])).toHaveLength(1);
    expect(runs([{ text: 'a@b.test', link: 'mailto:a@b.test' }])).toHaveLength(1);
    expect(runs([{ text: 'two ', link: 'https://e.x', bold: true }, { text: 'parts', link: 'https://e.x' }])).toHaveLength(3);
  });
});

describe('renderPdf', () => {
  it('gives the same bytes for the same spec (the file\'s dates come from the spec)', async () => {
    const fixed = doc({ createdAt: new Date('2027-02-15T00:00:00Z') });
    const [a, b] = [await renderPdf(fixed), await renderPdf(fixed)];
    expect(Buffer.compare(a, b)).toBe(0);
    expect(Buffer.compare(a, await renderPdf(doc({ createdAt: new Date('2027-02-16T00:00:00Z') })))).not.toBe(0);
  });

  it('writes a PDF whose watermark is drawn once per page', async () => {
    const plain = await renderPdf(doc(), { compress: false });
    const marked = await renderPdf(doc({ watermark: 'DRAFT' }), { compress: false });
    expect(plain.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pageCount(marked);
    expect(pages).toBeGreaterThan(1);
    expect(standardFontTextCount(marked, 'DRAFT')).toBe(pages);
    expect(standardFontTextCount(plain, 'DRAFT')).toBe(0);
    // The compressed file carries the same mark (its streams are inflated by the helper).
    expect(standardFontTextCount(await renderPdf(doc({ watermark: 'DRAFT' })), 'DRAFT')).toBe(pages);
  });

  it.skipIf(!hasPdftotext)('lays out text a reader can extract: TOC with page numbers, lists, a table whose header repeats', async () => {
    const pdf = await renderPdf(doc());
    const pages = pageCount(pdf);
    const all = pdfText(pdf);
    expect(all).toContain('Renderer Sample');
    expect(all).toMatch(/Contents\s+First part\s+1/);
    expect(all).toContain('link (https://example.com/a)');
    expect(all).toContain('nested bullet');
    expect(all).toContain(`Page 1 of ${pages}`);
    expect(all).toContain(`Page ${pages} of ${pages}`);
    const last = pdfText(pdf, { first: pages, last: pages });
    expect(last).toContain('Acme Cloud');
    expect(last).toContain('CTL-90');
    expect(last).toMatch(/Code\s+Activity/);
  });
});
