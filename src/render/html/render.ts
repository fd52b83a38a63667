// Renders attest's content model (../blocks.ts) to HTML for reading in the app: semantic tags, every text escaped,
// links only to http(s) and mailto, headings with ids and a table of contents that links to them. `standalone` wraps
// the fragment in a full document with print-friendly CSS and the watermark and recipient line on the page.
import { headings, plainText, type Block, type DocumentSpec, type Inline } from '../blocks.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const SAFE_LINK = /^(https?:|mailto:)/i;

function inline(runs: readonly Inline[]): string {
  return runs.map((r) => {
    let html = escapeHtml(r.text);
    if (r.code) html = `<code>${html}</code>`;
    if (r.bold) html = `<strong>${html}</strong>`;
    if (r.italic) html = `<em>${html}</em>`;
    if (r.strike) html = `<s>${html}</s>`;
    if (r.link && SAFE_LINK.test(r.link)) html = `<a href="${escapeHtml(r.link)}" rel="noopener noreferrer">${html}</a>`;
    return html;
  }).join('');
}

/** Heading ids: from the text, unique within the document. */
function headingIds(blocks: readonly Block[]): Map<Block, string> {
  const used = new Map<string, number>();
  const ids = new Map<Block, string>();
  for (const h of headings(blocks)) {
    const base = plainText(h.text).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'section';
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    ids.set(h, n === 1 ? base : `${base}-${n}`);
  }
  return ids;
}

function toc(title: string, blocks: readonly Block[], ids: Map<Block, string>): string {
  const entries = headings(blocks).filter((h) => h.toc ?? h.level <= 2);
  const items = entries.map((h) => `<li class="toc-l${h.level}"><a href="#${ids.get(h)}">${inline(h.text)}</a></li>`).join('');
  return `<nav class="toc" aria-label="${escapeHtml(title)}"><h2>${escapeHtml(title)}</h2><ol>${items}</ol></nav>`;
}

function table(b: Extract<Block, { kind: 'table' }>): string {
  const align = (i: number) => (b.align?.[i] ? ` style="text-align:${b.align[i]}"` : '');
  const head = `<thead><tr>${b.header.map((c, i) => `<th${align(i)}>${inline(c)}</th>`).join('')}</tr></thead>`;
  const body = `<tbody>${b.rows.map((r) => `<tr>${r.map((c, i) => `<td${align(i)}>${inline(c)}</td>`).join('')}</tr>`).join('')}</tbody>`;
  return `<table>${head}${body}</table>`;
}

function block(b: Block, all: readonly Block[], ids: Map<Block, string>): string {
  const many = (list: readonly Block[]) => list.map((x) => block(x, all, ids)).join('');
  switch (b.kind) {
    case 'heading': return `<h${b.level} id="${ids.get(b) ?? ''}">${inline(b.text)}</h${b.level}>`;
    case 'paragraph': return `<p>${inline(b.text)}</p>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      const start = b.ordered && b.start !== undefined && b.start !== 1 ? ` start="${b.start}"` : '';
      return `<${tag}${start}>${b.items.map((item) => `<li>${many(item)}</li>`).join('')}</${tag}>`;
    }
    case 'table': return table(b);
    case 'quote': return `<blockquote>${many(b.blocks)}</blockquote>`;
    case 'code': return `<pre><code>${escapeHtml(b.text)}</code></pre>`;
    case 'rule': return '<hr>';
    case 'facts': return `<dl class="facts">${b.rows.map((r) => `<dt>${escapeHtml(r.label)}</dt><dd>${inline(r.value)}</dd>`).join('')}</dl>`;
    case 'toc': return toc(b.title, all, ids);
    case 'pageBreak': return '<div class="page-break" aria-hidden="true"></div>';
  }
}

const CSS = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#212529;max-width:60rem;margin:2rem auto;padding:0 1.5rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:13px}th,td{border:1px solid #dee2e6;padding:.35rem .5rem;vertical-align:top;text-align:left}
thead th{background:#f1f3f5}dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:600}
.watermark{position:fixed;inset:0;display:flex;align-items:center;justify-content:center;pointer-events:none;font:700 9rem sans-serif;color:rgba(201,42,42,.08);transform:rotate(-30deg)}
.recipient{position:fixed;bottom:0;left:0;right:0;text-align:center;font-size:12px;font-weight:600;color:#862e9c;background:#fff}
.page-break{break-after:page}@media print{body{margin:0;max-width:none}}`;

/** The document as HTML: a fragment by default (for the app), or a full page with `standalone`. */
export function renderHtml(spec: DocumentSpec, opts: { standalone?: boolean } = {}): string {
  const ids = headingIds(spec.blocks);
  const title = `<header class="title"><h1>${escapeHtml(spec.title)}</h1>${spec.subtitle ? `<p class="subtitle">${escapeHtml(spec.subtitle)}</p>` : ''}</header>`;
  const marks = `${spec.watermark ? `<div class="watermark" aria-hidden="true">${escapeHtml(spec.watermark)}</div>` : ''}${spec.recipientMark ? `<div class="recipient">${escapeHtml(spec.recipientMark)}</div>` : ''}`;
  const body = `${title}${spec.blocks.map((b) => block(b, spec.blocks, ids)).join('\n')}`;
  if (!opts.standalone) return `${spec.watermark ? `<p class="draft-mark"><strong>${escapeHtml(spec.watermark)}</strong></p>` : ''}${body}`;
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(spec.title)}</title><style>${CSS}</style></head><body>${marks}${body}</body></html>\n`;
}
