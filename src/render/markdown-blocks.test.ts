import { describe, expect, it } from 'vitest';
import { headings, plainText, type Block } from './blocks.ts';
import { inlines, markdownToBlocks, parseMarkdown } from './markdown-blocks.ts';

const one = (md: string): Block => {
  const blocks = markdownToBlocks(md);
  expect(blocks).toHaveLength(1);
  return blocks[0]!;
};

describe('markdownToBlocks', () => {
  it.each([
    ['# Title', 1],
    ['## Purpose', 2],
    ['### 1. General use', 3],
    ['#### Detail', 4],
    ['###### Deepest', 4],
    ['Setext\n======', 1],
  ])('turns %j into a heading of level %i', (md, level) => {
    const block = one(md);
    expect(block).toMatchObject({ kind: 'heading', level });
  });

  it('keeps emphasis, strong, strikethrough and inline code as styled runs, soft breaks as spaces', () => {
    const block = one('Plain *it* **bold** ***both*** ~~old~~ `code`\nnext line');
    expect(block).toEqual({
      kind: 'paragraph',
      text: [
        { text: 'Plain ' },
        { text: 'it', italic: true },
        { text: ' ' },
        { text: 'bold', bold: true },
        { text: ' ' },
        { text: 'both', italic: true, bold: true },
        { text: ' ' },
        { text: 'old', strike: true },
        { text: ' ' },
        { text: 'code', code: true },
        { text: ' next line' },
      ],
    });
  });

  it('keeps a hard line break', () => {
    expect(one('first  \nsecond')).toEqual({ kind: 'paragraph', text: [{ text: 'first\nsecond' }] });
  });

  it('keeps links with their address, resolving reference links and autolinks', () => {
    const block = one('See [the guide](https://example.com/guide), [ref][r] and <https://auto.example>.\n\n[r]: https://example.com/ref');
    expect(block).toEqual({
      kind: 'paragraph',
      text: [
        { text: 'See ' },
        { text: 'the guide', link: 'https://example.com/guide' },
        { text: ', ' },
        { text: 'ref', link: 'https://example.com/ref' },
        { text: ' and ' },
        { text: 'https://auto.example', link: 'https://auto.example' },
        { text: '.' },
      ],
    });
  });

  it('builds nested bullet and numbered lists, keeping an ordered list\'s start number', () => {
    const block = one('- first\n- second\n  1. nested one\n  2. nested two\n- third');
    expect(block).toEqual({
      kind: 'list',
      ordered: false,
      items: [
        [{ kind: 'paragraph', text: [{ text: 'first' }] }],
        [
          { kind: 'paragraph', text: [{ text: 'second' }] },
          { kind: 'list', ordered: true, items: [[{ kind: 'paragraph', text: [{ text: 'nested one' }] }], [{ kind: 'paragraph', text: [{ text: 'nested two' }] }]] },
        ],
        [{ kind: 'paragraph', text: [{ text: 'third' }] }],
      ],
    });
    expect(one('3. three\n4. four')).toMatchObject({ kind: 'list', ordered: true, start: 3 });
  });

  it('marks task list items', () => {
    const block = one('- [x] done\n- [ ] open');
    expect(block.kind === 'list' && block.items.map((i) => plainText(i[0]!.kind === 'paragraph' ? i[0]!.text : []))).toEqual(['[x] done', '[ ] open']);
  });

  it('converts a GFM table with its alignment, padding short rows', () => {
    const block = one('| Control | Owner | Frequency |\n| :-- | :-: | --: |\n| AC-01 | **Sam** | Quarterly |\n| AC-02 |');
    expect(block).toEqual({
      kind: 'table',
      header: [[{ text: 'Control' }], [{ text: 'Owner' }], [{ text: 'Frequency' }]],
      rows: [
        [[{ text: 'AC-01' }], [{ text: 'Sam', bold: true }], [{ text: 'Quarterly' }]],
        [[{ text: 'AC-02' }], [], []],
      ],
      align: ['left', 'center', 'right'],
    });
  });

  it('converts block quotes, code blocks and thematic breaks', () => {
    expect(markdownToBlocks('> quoted\n> text\n\n```sh\nrun it\n  indented\n```\n\n---')).toEqual([
      { kind: 'quote', blocks: [{ kind: 'paragraph', text: [{ text: 'quoted text' }] }] },
      { kind: 'code', text: 'run it\n  indented' },
      { kind: 'rule' },
    ]);
  });

  it('drops HTML comments and keeps other raw HTML as text; images become their alt text', () => {
    expect(markdownToBlocks('<!-- hidden -->\n\n<div>kept</div>\n\n![diagram](x.png)')).toEqual([
      { kind: 'paragraph', text: [{ text: '<div>kept</div>' }] },
      { kind: 'paragraph', text: [{ text: '[image: diagram]', italic: true }] },
    ]);
  });

  it('keeps footnote references and definitions', () => {
    const blocks = markdownToBlocks('Claim[^a].\n\n[^a]: Source of the claim.');
    expect(blocks.map((b) => (b.kind === 'paragraph' ? plainText(b.text) : b.kind))).toEqual(['Claim[a].', '[a] Source of the claim.']);
  });

  it('keeps placeholders and characters that look like Markdown inside code as they are', () => {
    expect(one('Owner: {{policy_owner}} and `*not emphasis*`')).toEqual({
      kind: 'paragraph',
      text: [{ text: 'Owner: {{policy_owner}} and ' }, { text: '*not emphasis*', code: true }],
    });
  });

  it('returns nothing for an empty body', () => {
    expect(markdownToBlocks('')).toEqual([]);
    expect(markdownToBlocks('\n\n   \n')).toEqual([]);
  });

  it('lists headings in document order, inside quotes and lists too', () => {
    const blocks = markdownToBlocks('# A\n\n> ## B\n\n- item\n\n  ### C\n\n## D');
    expect(headings(blocks).map((h) => `${h.level}:${plainText(h.text)}`)).toEqual(['1:A', '2:B', '3:C', '2:D']);
  });
});

describe('inlines', () => {
  it('merges adjacent runs of the same style', () => {
    const root = parseMarkdown('a *b* *c*');
    const paragraph = root.children[0]!;
    expect(paragraph.type === 'paragraph' && inlines(paragraph.children)).toEqual([{ text: 'a ' }, { text: 'b', italic: true }, { text: ' ' }, { text: 'c', italic: true }]);
  });
});
