// Small evidence files for the demo organization, made in code so the demo needs no fixtures: a
// one-page text PDF (standard Helvetica, nothing embedded), a PNG "dashboard screenshot" and a
// seeded number source. Every byte follows from the inputs, so two runs produce the same files.
import zlib from 'node:zlib';

/** A deterministic number source (mulberry32): the same seed gives the same sequence. */
export function seeded(seed: number): { int(maxExclusive: number): number; pick<T>(items: readonly T[]): T } {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    int: (maxExclusive) => Math.floor(next() * maxExclusive),
    pick: (items) => items[Math.floor(next() * items.length)]!,
  };
}

// ---------------------------------------------------------------------------------------------- PDF

/** PDF string literal: ASCII only (the standard fonts' encoding), with the delimiters escaped. */
function pdfText(s: string): string {
  const ascii = s.replace(/[‐-―]/g, '-').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[^\x20-\x7e]/g, '?');
  return `(${ascii.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

function wrap(line: string, width: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current && current.length + 1 + word.length > width) {
      out.push(current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  out.push(current);
  return out;
}

/** A one-page US Letter PDF: a bold title, then the lines (wrapped; an empty string is a blank line). */
export function textPdf(title: string, lines: readonly string[]): Buffer {
  const body = lines.flatMap((l) => (l === '' ? [''] : wrap(l, 92))).slice(0, 48);
  const content = [
    'BT', '/F2 15 Tf', '72 720 Td', `${pdfText(title)} Tj`, 'ET',
    'BT', '/F1 10 Tf', '14 TL', '72 692 Td', ...body.map((l) => `${pdfText(l)} Tj T*`), 'ET',
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

// ---------------------------------------------------------------------------------------------- PNG

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

type Rgb = readonly [number, number, number];
const INK: Rgb = [33, 37, 41];
const PAGE: Rgb = [241, 243, 245];
const CARD: Rgb = [255, 255, 255];
const BAR_COLOURS: readonly Rgb[] = [[47, 158, 68], [47, 158, 68], [47, 158, 68], [245, 159, 0], [224, 49, 49]];

/**
 * A small PNG that reads as a monitoring dashboard: a title bar, status tiles and a bar chart whose
 * shape comes from the seed. The accent colour tells the different consoles apart.
 */
export function dashboardPng(seed: number, accent: Rgb, width = 240, height = 140): Buffer {
  const rand = seeded(seed);
  const tiles = Array.from({ length: 4 }, () => rand.pick(BAR_COLOURS));
  const bars = Array.from({ length: 12 }, () => ({ h: 20 + rand.int(55), colour: rand.pick(BAR_COLOURS) }));
  const raw = Buffer.alloc((width * 3 + 1) * height);
  const paint = (x: number, y: number): Rgb => {
    if (y < 14) return x > 6 && x < 60 && y > 4 && y < 9 ? CARD : accent;
    if (y >= 20 && y < 40) {
      const i = Math.floor((x - 8) / 57);
      const inTile = x >= 8 && i < 4 && (x - 8) % 57 < 51;
      if (!inTile) return PAGE;
      return y < 24 ? tiles[i]! : (x - 8) % 57 > 6 && (x - 8) % 57 < 30 && y > 28 && y < 33 ? INK : CARD;
    }
    if (y >= 46 && y < height - 8 && x >= 8 && x < width - 8) {
      const base = height - 14;
      if (y === base) return INK;
      const slot = Math.floor((x - 14) / 18);
      const bar = slot >= 0 && slot < bars.length && (x - 14) % 18 < 11 ? bars[slot]! : undefined;
      return bar && y < base && y >= base - bar.h ? bar.colour : CARD;
    }
    return PAGE;
  };
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const [r, g, b] = paint(x, y);
      raw[row + 1 + x * 3] = r;
      raw[row + 2 + x * 3] = g;
      raw[row + 3 + x * 3] = b;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}
