import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { renderDocx } from './render.ts';
import { text, type DocumentSpec } from '../blocks.ts';

const spec = (extra: Partial<DocumentSpec> = {}): DocumentSpec => ({
  title: 'SOC 2 Type II Report',
  organization: 'Acme',
  createdAt: new Date('2027-02-15T00:00:00Z'),
  blocks: [
    { kind: 'toc', title: 'Contents' },
    { kind: 'heading', level: 1, text: text('Section I — Independent Service Auditor\'s Report') },
    { kind: 'paragraph', text: [{ text: 'In our opinion ' }, { text: 'bold', bold: true }] },
    { kind: 'heading', level: 1, text: text('Section IV — Trust Services Criteria') },
    { kind: 'table', header: [text('Control'), text('Result')], rows: [[text('CHG-01'), text('No exceptions noted.')], [text('CHG-02'), text('Exception noted: 1 of 25 sampled changes was late.')]] },
  ],
  ...extra,
});

const parts = (docx: Buffer) => unzipSync(new Uint8Array(docx));
const xml = (docx: Buffer, name: string) => strFromU8(parts(docx)[name]!);
/** The document's text in order (w:t runs). */
const textOf = (docx: Buffer) => [...xml(docx, 'word/document.xml').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');

describe('renderDocx', () => {
  it('gives the same bytes for the same spec (fixed dates in the package and its metadata)', async () => {
    const [a, b] = [await renderDocx(spec()), await renderDocx(spec())];
    expect(a.subarray(0, 2).toString()).toBe('PK');
    expect(Buffer.compare(a, b)).toBe(0);
    expect(xml(a, 'docProps/core.xml')).toContain('2027-02-15T00:00:00Z');
  });

  it('holds every heading and the table\'s cells in order, with a repeating header row', async () => {
    const docx = await renderDocx(spec());
    const words = textOf(docx);
    // Each expected text is found after the one before it (the table of contents may list headings earlier).
    let at = -1;
    for (const s of ['Section I — Independent', 'In our opinion', 'Section IV', 'Control', 'Result', 'CHG-01', 'No exceptions noted.', 'CHG-02', 'Exception noted: 1 of 25']) {
      at = words.indexOf(s, at + 1);
      expect(at, s).toBeGreaterThanOrEqual(0);
    }
    expect(xml(docx, 'word/document.xml')).toContain('<w:tblHeader');
  });

  it('puts the watermark and the recipient line in the page header and footer parts, only when set', async () => {
    const plain = await renderDocx(spec());
    const headerText = (d: Buffer) => Object.entries(parts(d)).filter(([n]) => /^word\/(header|footer)\d*\.xml$/.test(n)).map(([, v]) => strFromU8(v)).join('');
    expect(headerText(plain)).not.toContain('DRAFT');
    const marked = await renderDocx(spec({ watermark: 'DRAFT', recipientMark: 'Prepared for Dana Lee, Initech' }));
    expect(headerText(marked)).toContain('DRAFT');
    expect(headerText(marked)).toContain('Prepared for Dana Lee, Initech');
  });
});
