// Markdown → blocks. The file is normalised first (list-prefixed and tab-separated tables, math),
// parsed with remark + GFM, and every position is mapped back to the original file.

import type { Heading, Html, List, Nodes, Paragraph, PhrasingContent, RootContent, Table, TableCell } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Block, BlockLoc, Cell, DocumentBlocks, SourceComment, TableBlock, TextBlock } from '../blocks.js';
import { htmlText, inlineText, tidy, type HtmlComment, type InlineContext } from './inline-text.js';
import { printedMarker, sourceMarker } from './list-marker.js';
import { normalizeMarkdown, type NormalizedMarkdown } from './normalize.js';

const parser = unified().use(remarkParse).use(remarkGfm).freeze();

export function readMarkdown(text: string, file: string): DocumentBlocks {
  const normalized = normalizeMarkdown(text);
  const tree = parser.parse(normalized.text);
  const reader = new MarkdownBlockReader(normalized);
  reader.readAll(tree.children);
  for (const r of normalized.rewrites) {
    if (r.kind === 'front-matter') reader.notes.unshift(`lines ${r.startLine}-${r.endLine}: front matter not read`);
  }
  return { file, format: 'markdown', blocks: reader.blocks, notes: reader.notes, comments: reader.comments };
}

type Positioned = { position?: Nodes['position'] };

class MarkdownBlockReader {
  readonly blocks: Block[] = [];
  readonly notes: string[] = [];
  readonly comments: SourceComment[] = [];
  private readonly lines: string[];
  private readonly inline: InlineContext;

  constructor(private readonly source: NormalizedMarkdown) {
    this.lines = source.text.split('\n');
    this.inline = { math: source.math, comment: (node, c) => this.comment(node, c) };
  }

  readAll(nodes: readonly RootContent[]): void {
    for (const node of nodes) this.read(node);
  }

  private read(node: RootContent): void {
    switch (node.type) {
      case 'heading':
      case 'paragraph':
        this.paragraph(node);
        return;
      case 'list':
        this.list(node);
        return;
      case 'table':
        this.table(node);
        return;
      case 'html':
        this.html(node);
        return;
      case 'code': {
        const text = this.source.math.restore(node.value).trim();
        if (text) this.blocks.push({ type: 'paragraph', text, loc: this.loc(node) });
        return;
      }
      case 'thematicBreak':
      case 'definition':
      case 'yaml':
        return;
      default:
        if ('children' in node) this.readAll(node.children as RootContent[]);
    }
  }

  private paragraph(node: Paragraph | Heading, marker?: string): void {
    let text = inlineText(node.children, this.inline);
    if (!text) return;
    const loc = this.loc(node);
    if (marker === '-' || marker === '*' || marker === '+') {
      const printed = printedMarker(text);
      if (printed) {
        ({ marker, rest: text } = printed);
        // Point at the text, as for an ordered item (whose position starts after its marker).
        if (loc.column !== undefined) loc.column += printed.length;
      }
    }
    const block: TextBlock = { type: 'paragraph', text, loc };
    if (node.type === 'heading') block.headingLevel = node.depth;
    if (marker !== undefined) block.marker = marker;
    if (isAllStrong(node.children)) block.bold = true;
    this.blocks.push(block);
  }

  private list(node: List): void {
    node.children.forEach((item, index) => {
      const [first, ...rest] = item.children;
      if (first?.type !== 'paragraph') {
        // An item that starts with a table, code or a nested list has no line to carry the marker.
        this.readAll(item.children);
        return;
      }
      let marker = this.markerOf(item, node, index);
      if (item.checked === true || item.checked === false) marker = item.checked ? '[x]' : '[ ]';
      this.paragraph(first, marker);
      this.readAll(rest);
    });
  }

  private markerOf(item: Positioned, list: List, index: number): string {
    const start = item.position?.start;
    const written = start ? sourceMarker(this.lines[start.line - 1], start.column) : undefined;
    if (written) return written;
    return list.ordered ? `${(list.start ?? 1) + index}.` : '-';
  }

  private table(node: Table): void {
    const rows: Cell[][] = [];
    let fromTabs = false;
    node.children.forEach((row, r) => {
      const origin = row.position ? this.source.map.origin(row.position.start.line) : undefined;
      let cells = row.children.map((cell) => this.cell(cell));
      if (origin?.kind === 'tab-row') {
        fromTabs = true;
        if (origin.cells !== undefined) cells = cells.slice(0, origin.cells);
      }
      // GFM demands a header row; converters write an empty one for header-less tables.
      if (r === 0 && cells.every((c) => c.text === '')) return;
      rows.push(cells);
    });
    if (rows.length === 0) return;
    const block: TableBlock = { type: 'table', rows, loc: this.loc(node), source: fromTabs ? 'tabs' : 'pipes' };
    this.blocks.push(block);
  }

  private cell(cell: TableCell): Cell {
    const text = inlineText(cell.children, this.inline);
    // A cell's position starts at its `|`; the value starts at its first text.
    const first = firstText(cell.children);
    if (!first) return { text, loc: this.point(cell) };
    return { text, loc: this.point(first, /^[ \t]*/.exec(first.value)![0].length) };
  }

  private html(node: Html): void {
    const text = tidy(htmlText(node.value, (c) => this.comment(node, c), this.source.math));
    if (/<table[\s>]/i.test(node.value)) {
      this.notes.push(`line ${this.loc(node).line}: HTML table read as text, not as a table`);
    }
    if (text) this.blocks.push({ type: 'paragraph', text, loc: this.loc(node) });
  }

  private comment(node: Nodes, comment: HtmlComment): void {
    const start = node.position?.start;
    if (!start || node.type !== 'html') return;
    const before = node.value.slice(0, comment.offset);
    const lineDelta = before.split('\n').length - 1;
    const column = lineDelta === 0 ? start.column + comment.offset : comment.offset - before.lastIndexOf('\n');
    const at = this.source.map.point(start.line + lineDelta, column);
    const raw = /<!--[\s\S]*?-->/.exec(node.value.slice(comment.offset))?.[0] ?? '';
    const endLine = this.source.map.line(start.line + lineDelta + raw.split('\n').length - 1);
    this.comments.push({ text: comment.text, loc: { line: at.line, column: at.column, endLine } });
  }

  private point(node: Positioned, offset = 0): BlockLoc {
    const start = node.position?.start;
    if (!start) return {};
    const at = this.source.map.point(start.line, start.column + offset);
    return { line: at.line, column: at.column };
  }

  private loc(node: Positioned): BlockLoc {
    const position = node.position;
    if (!position) return {};
    const at = this.source.map.point(position.start.line, position.start.column);
    return { line: at.line, column: at.column, endLine: this.source.map.line(position.end.line) };
  }
}

function firstText(nodes: readonly Nodes[]): (Positioned & { value: string }) | undefined {
  for (const node of nodes) {
    if ((node.type === 'text' || node.type === 'inlineCode') && node.value.trim() !== '' && node.position) return node;
    if ('children' in node) {
      const found = firstText(node.children as Nodes[]);
      if (found) return found;
    }
  }
  return undefined;
}

/** The whole paragraph is bold (`**…**`), apart from spaces, breaks and comments. */
function isAllStrong(children: readonly PhrasingContent[]): boolean {
  const significant = children.filter(
    (c) => !(c.type === 'text' && c.value.trim() === '') && c.type !== 'break' && !(c.type === 'html' && /^<!--/.test(c.value)),
  );
  return significant.length > 0 && significant.every((c) => c.type === 'strong');
}
