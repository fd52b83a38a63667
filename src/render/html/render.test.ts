import { describe, expect, it } from 'vitest';
import { renderHtml } from './render.ts';
import { text, type DocumentSpec } from '../blocks.ts';

const spec = (extra: Partial<DocumentSpec> = {}): DocumentSpec => ({
  title: 'Report <1>',
  organization: 'Acme',
  blocks: [
    { kind: 'toc', title: 'Contents' },
    { kind: 'heading', level: 1, text: text('Section I') },
    { kind: 'paragraph', text: [{ text: '<script>alert(1)</script> and ' }, { text: 'a link', link: 'javascript:alert(1)' }, { text: ' and ' }, { text: 'ok', link: 'https://example.com/?a=1&b=2' }] },
    { kind: 'heading', level: 1, text: text('Section I') },
    { kind: 'table', header: [text('Control'), text('Result')], rows: [[text('CHG-01'), text('No exceptions noted.')]] },
  ],
  ...extra,
});

describe('renderHtml', () => {
  it('escapes every text and keeps only http(s) and mailto links', () => {
    const html = renderHtml(spec());
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<a href="https://example.com/?a=1&amp;b=2" rel="noopener noreferrer">ok</a>');
    expect(html).toContain('Report &lt;1&gt;');
  });

  it('links the table of contents to unique heading ids', () => {
    const html = renderHtml(spec());
    const targets = [...html.matchAll(/<a href="#([^"]+)"/g)].map((m) => m[1]);
    expect(targets).toEqual(['section-i', 'section-i-2']);
    for (const id of targets) expect(html).toContain(`id="${id}"`);
  });

  it('gives tables a header row', () => {
    expect(renderHtml(spec())).toContain('<thead><tr><th>Control</th><th>Result</th></tr></thead><tbody><tr><td>CHG-01</td>');
  });

  it('shows the watermark and the recipient only when set, as a full page when standalone', () => {
    expect(renderHtml(spec(), { standalone: true })).not.toMatch(/class="watermark"|class="recipient"/);
    const page = renderHtml(spec({ watermark: 'DRAFT', recipientMark: 'Prepared for Dana' }), { standalone: true });
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('<div class="watermark" aria-hidden="true">DRAFT</div>');
    expect(page).toContain('<div class="recipient">Prepared for Dana</div>');
    expect(renderHtml(spec({ watermark: 'DRAFT' }))).not.toContain('<style>');
  });
});
