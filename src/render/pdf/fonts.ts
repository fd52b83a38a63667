// Fonts for PDFs, all available offline: Roboto as shipped inside pdfmake for text, a monospaced face
// from Debian's font packages when installed (DejaVu Sans Mono, then Liberation Mono), else the PDF
// standard Courier. Rendering may open these files and no other (see allowedFontFiles).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type FontStyles = { normal: string; bold: string; italics: string; bolditalics: string };
export type FontSet = Record<'Roboto' | 'Mono' | 'Helvetica', FontStyles>;

const require = createRequire(import.meta.url);

const MONO_CANDIDATES = [
  ['/usr/share/fonts/truetype/dejavu', 'DejaVuSansMono.ttf', 'DejaVuSansMono-Bold.ttf', 'DejaVuSansMono-Oblique.ttf', 'DejaVuSansMono-BoldOblique.ttf'],
  ['/usr/share/fonts/truetype/liberation2', 'LiberationMono-Regular.ttf', 'LiberationMono-Bold.ttf', 'LiberationMono-Italic.ttf', 'LiberationMono-BoldItalic.ttf'],
  ['/usr/share/fonts/truetype/liberation', 'LiberationMono-Regular.ttf', 'LiberationMono-Bold.ttf', 'LiberationMono-Italic.ttf', 'LiberationMono-BoldItalic.ttf'],
] as const;

/** The PDF standard fonts need no file: pdfkit knows their metrics. */
const STANDARD_COURIER: FontStyles = { normal: 'Courier', bold: 'Courier-Bold', italics: 'Courier-Oblique', bolditalics: 'Courier-BoldOblique' };
const STANDARD_HELVETICA: FontStyles = { normal: 'Helvetica', bold: 'Helvetica-Bold', italics: 'Helvetica-Oblique', bolditalics: 'Helvetica-BoldOblique' };

let cached: FontSet | null = null;

export function loadFonts(): FontSet {
  if (cached) return cached;
  const roboto = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
  const read = (dir: string, file: string) => path.join(dir, file);
  const mono = MONO_CANDIDATES.find(([dir, ...files]) => files.every((f) => fs.existsSync(path.join(dir, f))));
  cached = {
    Roboto: { normal: read(roboto, 'Roboto-Regular.ttf'), bold: read(roboto, 'Roboto-Medium.ttf'), italics: read(roboto, 'Roboto-Italic.ttf'), bolditalics: read(roboto, 'Roboto-MediumItalic.ttf') },
    Mono: mono ? { normal: read(mono[0], mono[1]), bold: read(mono[0], mono[2]), italics: read(mono[0], mono[3]), bolditalics: read(mono[0], mono[4]) } : STANDARD_COURIER,
    // The watermark is set in a standard font: its text stays legible in the file (and testable) without a text layer.
    Helvetica: STANDARD_HELVETICA,
  };
  return cached;
}

/** The font files (and standard font names) a document may use. */
export function allowedFontFiles(): Set<string> {
  return new Set(Object.values(loadFonts()).flatMap((styles) => Object.values(styles)));
}
