// Markdown (CommonMark + GitHub tables, strikethrough, task lists, footnotes) → attest's content model.
// Parsed by a real Markdown parser (micromark via mdast-util-from-markdown); nothing here renders.
import type { Nodes, Parents, PhrasingContent, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Block, CellAlign, HeadingLevel, Inline } from './blocks.ts';

type Style = Omit<Inline, 'text'>;
type Definitions = Map<string, string>;

export function parseMarkdown(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/** The blocks of a Markdown document. */
export function markdownToBlocks(markdown: string): Block[] {
  const root = parseMarkdown(markdown);
  const definitions: Definitions = new Map();
  collectDefinitions(root, definitions);
  return convertBlocks(root.children, definitions);
}

function collectDefinitions(node: Nodes, into: Definitions) {
  if (node.type === 'definition') into.set(node.identifier, node.url);
  if ('children' in node) for (const child of (node as Parents).children) collectDefinitions(child, into);
}

function convertBlocks(nodes: readonly RootContent[], defs: Definitions): Block[] {
  return nodes.flatMap((node) => convertBlock(node, defs));
}

function convertBlock(node: RootContent, defs: Definitions): Block[] {
  switch (node.type) {
    case 'heading':
      return [{ kind: 'heading', level: Math.min(node.depth, 4) as HeadingLevel, text: inlines(node.children, defs) }];
    case 'paragraph': {
      const text = inlines(node.children, defs);
      return text.length ? [{ kind: 'paragraph', text }] : [];
    }
    case 'list':
      return [{
        kind: 'list',
        ordered: node.ordered === true,
        ...(node.ordered && node.start != null && node.start !== 1 ? { start: node.start } : {}),
        items: node.children.map((item) => {
          const blocks = convertBlocks(item.children, defs);
          if (typeof item.checked !== 'boolean') return blocks;
          const mark: Inline = { text: item.checked ? '[x] ' : '[ ] ' };
          const [first, ...rest] = blocks;
          return first?.kind === 'paragraph' ? [{ ...first, text: [mark, ...first.text] }, ...rest] : [{ kind: 'paragraph', text: [mark] }, ...blocks];
        }),
      }];
    case 'table': {
      const [head, ...body] = node.children;
      const cells = (row: typeof head) => (row ? row.children.map((cell) => inlines(cell.children, defs)) : []);
      const width = Math.max(0, ...node.children.map((r) => r.children.length));
      const pad = (row: Inline[][]) => [...row, ...Array.from({ length: width - row.length }, () => [] as Inline[])];
      return [{
        kind: 'table',
        header: pad(cells(head)),
        rows: body.map((r) => pad(cells(r))),
        align: Array.from({ length: width }, (_, i) => (node.align?.[i] ?? null) as CellAlign | null),
      }];
    }
    case 'blockquote':
      return [{ kind: 'quote', blocks: convertBlocks(node.children, defs) }];
    case 'code':
      return [{ kind: 'code', text: node.value }];
    case 'thematicBreak':
      return [{ kind: 'rule' }];
    case 'html':
      return isComment(node.value) ? [] : [{ kind: 'paragraph', text: [{ text: node.value }] }];
    case 'footnoteDefinition': {
      const [first, ...rest] = convertBlocks(node.children, defs);
      const mark: Inline = { text: `[${node.label ?? node.identifier}] ` };
      return first?.kind === 'paragraph' ? [{ ...first, text: [mark, ...first.text] }, ...rest] : [{ kind: 'paragraph', text: [mark] }, ...(first ? [first] : []), ...rest];
    }
    case 'definition':
    case 'yaml':
      return [];
    default:
      // Phrasing content at block level cannot come from the parser; keep its text rather than lose it.
      return 'children' in node || 'value' in node ? [{ kind: 'paragraph', text: inlines([node as PhrasingContent], defs) }] : [];
  }
}

const isComment = (html: string) => /^\s*<!--[\s\S]*-->\s*$/.test(html);

/** Flattens phrasing content into styled runs; adjacent runs with the same style are merged. */
export function inlines(nodes: readonly PhrasingContent[], defs: Definitions = new Map()): Inline[] {
  const out: Inline[] = [];
  const push = (text: string, style: Style) => {
    if (!text) return;
    const last = out[out.length - 1];
    if (last && sameStyle(last, style)) last.text += text;
    else out.push({ text, ...style });
  };
  const walk = (list: readonly PhrasingContent[], style: Style) => {
    for (const node of list) {
      switch (node.type) {
        case 'text': push(node.value.replace(/[ \t]*\n[ \t]*/g, ' '), style); break;
        case 'emphasis': walk(node.children, { ...style, italic: true }); break;
        case 'strong': walk(node.children, { ...style, bold: true }); break;
        case 'delete': walk(node.children, { ...style, strike: true }); break;
        case 'inlineCode': push(node.value, { ...style, code: true }); break;
        case 'break': push('\n', style); break;
        case 'link': walk(node.children, { ...style, link: node.url }); break;
        case 'linkReference': {
          const url = defs.get(node.identifier);
          walk(node.children, url ? { ...style, link: url } : style);
          break;
        }
        case 'image': push(node.alt ? `[image: ${node.alt}]` : '[image]', { ...style, italic: true }); break;
        case 'imageReference': push(node.alt ? `[image: ${node.alt}]` : '[image]', { ...style, italic: true }); break;
        case 'footnoteReference': push(`[${node.label ?? node.identifier}]`, style); break;
        case 'html': if (!isComment(node.value)) push(node.value, style); break;
        default: break;
      }
    }
  };
  walk(nodes, {});
  return out;
}

const STYLE_KEYS = ['bold', 'italic', 'code', 'strike', 'link'] as const;
const sameStyle = (a: Style, b: Style) => STYLE_KEYS.every((k) => (a[k] ?? undefined) === (b[k] ?? undefined));
