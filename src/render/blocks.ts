// attest's own document content model, shared by every file renderer (PDF today, DOCX and HTML later).
// Producers (policy export, the SOC 2 report) build these plain objects; renderers never leak their
// library's types back to them.

/** A run of text with its emphasis; `link` is a URL the run points to. */
export interface Inline {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  strike?: boolean;
  link?: string;
}

export type HeadingLevel = 1 | 2 | 3 | 4;
export type CellAlign = 'left' | 'center' | 'right';

export type Block =
  /** `toc`: listed in the table of contents (default: levels 1 and 2). */
  | { kind: 'heading'; level: HeadingLevel; text: Inline[]; toc?: boolean }
  | { kind: 'paragraph'; text: Inline[] }
  /** Each item is a list of blocks, so items may hold paragraphs and nested lists. */
  | { kind: 'list'; ordered: boolean; start?: number; items: Block[][] }
  /** The header row repeats on every page the table spans. */
  | { kind: 'table'; header: Inline[][]; rows: Inline[][][]; align?: Array<CellAlign | null>; widths?: Array<number | 'auto' | '*'> }
  | { kind: 'quote'; blocks: Block[] }
  | { kind: 'code'; text: string }
  | { kind: 'rule' }
  /** Label/value pairs, such as a document's version, status and approver. */
  | { kind: 'facts'; rows: Array<{ label: string; value: Inline[] }> }
  /** A table of contents of the headings that follow it, with page numbers. */
  | { kind: 'toc'; title: string }
  | { kind: 'pageBreak' };

export interface DocumentSpec {
  /** Shown in the title block, the running header and the file's metadata. */
  title: string;
  subtitle?: string;
  /** The organization the document belongs to (running header). */
  organization: string;
  /** A diagonal mark across every page, such as DRAFT. */
  watermark?: string;
  /** A line on every page naming who a copy was prepared for (trust portal downloads); plain text, so extractable. */
  recipientMark?: string;
  blocks: Block[];
  /** File metadata. */
  author?: string;
  subject?: string;
  keywords?: string[];
  createdAt?: Date;
}

/** Plain runs from a string. */
export const text = (value: string, style: Omit<Inline, 'text'> = {}): Inline[] => [{ text: value, ...style }];

/** The text of runs without their emphasis. */
export const plainText = (runs: readonly Inline[]): string => runs.map((r) => r.text).join('');

/** Every heading in document order, descending into lists and quotes. */
export function headings(blocks: readonly Block[]): Array<Extract<Block, { kind: 'heading' }>> {
  const out: Array<Extract<Block, { kind: 'heading' }>> = [];
  const walk = (list: readonly Block[]) => {
    for (const b of list) {
      if (b.kind === 'heading') out.push(b);
      else if (b.kind === 'quote') walk(b.blocks);
      else if (b.kind === 'list') b.items.forEach(walk);
    }
  };
  walk(blocks);
  return out;
}
