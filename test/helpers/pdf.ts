// Reading PDFs back in tests: text through poppler's pdftotext, page streams inflated for marks that
// carry no text layer (pdftotext skips rotated text such as watermarks).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

export const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    if (process.env.ATTEST_REQUIRE_TOOLS) throw new Error('ATTEST_REQUIRE_TOOLS is set but pdftotext is missing (apt-get install -y poppler-utils)');
    return false;
  }
})();

/** The text of a PDF (or of pages first..last), in reading order. */
export function pdfText(pdf: Buffer, pages?: { first: number; last: number }): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-pdf-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    fs.writeFileSync(file, pdf);
    const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : [];
    return execFileSync('pdftotext', [...range, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', timeout: 30_000 });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Every stream of the file, inflated when compressed, as latin1 text. */
export function pdfStreams(pdf: Buffer): string[] {
  const out: string[] = [];
  const raw = pdf.toString('latin1');
  const re = /<<([^]*?)>>\s*stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw))) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    const bytes = pdf.subarray(start, end);
    if (/\/FlateDecode/.test(m[1]!)) {
      try {
        out.push(zlib.inflateSync(bytes).toString('latin1'));
      } catch {
        out.push('');
      }
    } else out.push(bytes.toString('latin1'));
    re.lastIndex = end;
  }
  return out;
}

/** How many times a text shown in a PDF standard font (hex-encoded by pdfkit) is drawn. */
export function standardFontTextCount(pdf: Buffer, text: string): number {
  const hex = Buffer.from(text, 'latin1').toString('hex');
  return pdfStreams(pdf).reduce((n, s) => n + (s.toLowerCase().split(`<${hex}>`).length - 1), 0);
}

export const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
