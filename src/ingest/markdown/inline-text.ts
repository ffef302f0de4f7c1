// Plain text of Markdown inline content: emphasis, links and inline HTML tags are formatting, not
// text; comments are kept aside (they carry suppressions); `<br>` and hard breaks are line breaks.

import type { Nodes } from 'mdast';
import type { MathSpans } from './math-spans.js';

/** A comment found in HTML: its content and its offset in the HTML string. */
export interface HtmlComment {
  text: string;
  offset: number;
}

export interface InlineContext {
  math: MathSpans;
  /** Called for every `<!-- … -->` inside an inline or block HTML node. */
  comment(node: Nodes, comment: HtmlComment): void;
}

/** Stands where a comment was removed, so the spaces around it can be merged afterwards. */
const REMOVED = '\uFFFF';

export function inlineText(nodes: readonly Nodes[], ctx: InlineContext): string {
  return tidy(nodes.map((n) => nodeText(n, ctx)).join(''));
}

function nodeText(node: Nodes, ctx: InlineContext): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return ctx.math.restore(node.value);
    case 'break':
      return '\n';
    case 'html':
      return htmlText(node.value, (c) => ctx.comment(node, c), ctx.math);
    case 'image':
    case 'imageReference':
      return node.alt ?? '';
    case 'footnoteReference':
      return '';
    default:
      return 'children' in node ? (node.children as Nodes[]).map((n) => nodeText(n, ctx)).join('') : '';
  }
}

/** Text of raw HTML: comments reported and removed, `<br>` → newline, tags dropped, entities decoded. */
export function htmlText(html: string, onComment: (c: HtmlComment) => void, math: MathSpans): string {
  let out = '';
  let last = 0;
  const re = /<!--([\s\S]*?)-->/g;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    onComment({ text: math.restore(m[1]).trim(), offset: m.index });
    out += html.slice(last, m.index) + REMOVED;
    last = m.index + m[0].length;
  }
  out += html.slice(last);
  out = out
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/<![A-Za-z][^>]*>|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  return decodeEntities(math.restore(out));
}

function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return named[name.toLowerCase()] ?? whole;
  });
}

/** Merges the spaces left around removed comments; trims lines and drops empty ones. */
export function tidy(s: string): string {
  if (s.includes(REMOVED)) s = s.replace(/[ \t]*\uFFFF[ \t]*/g, (m) => (/^[ \t]|[ \t]$/.test(m) ? ' ' : ''));
  return s
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('\n')
    .trim();
}
