// Writes fixtures/semboro-2021.pdf: fixtures/semboro-2021.md rendered as a printed report, with ruled
// tables (every cell bordered), A4 pages, wide tables on landscape pages. Markdown → mdast (remark +
// GFM) → a small HTML renderer here → Debian's chromium --print-to-pdf.
//   apt-get install -y chromium        (never `npx playwright install`)
//   node scripts/make-semboro-pdf.mjs  [--html out.html]  (CHROMIUM=/path overrides /usr/bin/chromium)
// Rendering is deterministic; the PDF bytes are not (chromium stamps dates and ids).
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { printToPdf } from './print-pdf.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = `${root}fixtures/semboro-2021.md`;
const target = `${root}fixtures/semboro-2021.pdf`;
const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Tables this wide go on a landscape page. */
const WIDE_COLUMNS = 9;

// remark has no TeX support: inside `$…$` a `\%` would print as `%`. Doubling the backslash of an
// escape inside math makes the PDF show the formula as written, like the .txt and .md do.
function protectMath(md) {
  return md
    .split('\n')
    .map((line) =>
      line.replace(/\$\$[^$]+\$\$|\$[^\s$][^$]*?[^\s$]\$(?!\d)/g, (m) => m.replace(/\\([!-/:-@[-`{-~])/g, '\\\\$1')),
    )
    .join('\n');
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const ALLOWED_TAG = /^<\/?(i|b|em|strong|sub|sup|br)\s*\/?>$/i;

function inline(nodes) {
  return nodes.map(inlineNode).join('');
}

function inlineNode(node) {
  switch (node.type) {
    case 'text':
      return escapeHtml(node.value).replace(/\n/g, '<br>\n');
    case 'emphasis':
      return `<em>${inline(node.children)}</em>`;
    case 'strong':
      return `<strong>${inline(node.children)}</strong>`;
    case 'delete':
      return `<del>${inline(node.children)}</del>`;
    case 'inlineCode':
      return `<code>${escapeHtml(node.value)}</code>`;
    case 'break':
      return '<br>\n';
    case 'html':
      if (/^<!--/.test(node.value)) return '';
      return ALLOWED_TAG.test(node.value.trim()) ? node.value.trim() : escapeHtml(node.value);
    case 'image':
      return escapeHtml(node.alt ?? '');
    default:
      return node.children ? inline(node.children) : escapeHtml(node.value ?? '');
  }
}

const plain = (nodes) => nodes.map((n) => (n.type === 'text' ? n.value : n.children ? plain(n.children) : '')).join('');

// A bullet that starts with its own printed marker ("- a. …", "- ✓ …") prints that marker only, as
// the original document did; the Markdown bullet is the exporter's.
const PRINTED =
  /^(\(\s*(?:\d{1,3}|[a-zA-Z])\s*\)|\d{1,3}(?:\.\d{1,3})*[.)]|[a-zA-Z][.)]|(?:i{1,3}|iv|vi{0,3}|ix|x{1,3}|I{1,3}|IV|VI{0,3}|IX|X{1,3})[.)]|[✓✔✗☐☑•●○◦▪■□➢➤►◆❖])[ \t\u00a0]+(?=\S)/u;

function stripPrinted(nodes) {
  const [first, ...rest] = nodes;
  if (first?.type !== 'text') return undefined;
  const m = PRINTED.exec(first.value);
  if (!m) return undefined;
  return { marker: m[1], children: [{ ...first, value: first.value.slice(m[0].length) }, ...rest] };
}

class Renderer {
  constructor(markdown) {
    this.lines = markdown.split('\n');
    /** Top-level output: HTML strings, and landscape groups `{ wide: [html…] }`. */
    this.out = [];
    /** The landscape group being filled, until the next page break. */
    this.wide = undefined;
    this.lastBlock = undefined;
    this.afterLetterhead = false;
  }

  emit(html, newPage = false) {
    if (newPage) this.wide = undefined;
    (this.wide?.wide ?? this.out).push(html);
  }

  /** A wide table goes on a landscape page, with what shares its page: the title block before it
   *  (back to the last page break, if that holds no table) and everything after it up to the next
   *  page break (the signature). */
  emitWide(html) {
    if (!this.wide) {
      let start = this.out.length;
      while (start > 0 && typeof this.out[start - 1] === 'string' && !this.out[start - 1].startsWith('<table')) {
        start--;
        if (/class="[^"]*new-page/.test(this.out[start])) break;
      }
      const opensPage = start < this.out.length && /class="[^"]*new-page/.test(this.out[start]);
      this.wide = { wide: opensPage ? this.out.splice(start) : [] };
      this.out.push(this.wide);
    }
    this.wide.wide.push(html);
  }

  html() {
    return this.out
      .map((o) => (typeof o === 'string' ? o : `<div class="wide">\n${o.wide.join('\n')}\n</div>`))
      .join('\n');
  }

  blocks(nodes, depth = 0) {
    for (const node of nodes) this.block(node, depth);
  }

  block(node, depth) {
    switch (node.type) {
      case 'heading': {
        const newPage = node.depth === 1 && this.lastBlock !== 'h1' && this.out.length > 0 && !this.afterLetterhead;
        this.emit(`<h${node.depth}${newPage ? ' class="new-page"' : ''}>${inline(node.children)}</h${node.depth}>`, newPage);
        this.lastBlock = `h${node.depth}`;
        this.afterLetterhead = false;
        return;
      }
      case 'paragraph': {
        const text = plain(node.children);
        const classes = [];
        // A letterhead starts a page (the decree, the PK and the RKT are separate signed documents).
        const letterhead = /^PEMERINTAH KABUPATEN/.test(text);
        if (letterhead) {
          classes.push('new-page', 'letterhead');
          this.afterLetterhead = true;
        }
        if (node.children.length === 1 && node.children[0].type === 'strong') classes.push('title');
        if (text.startsWith('$$')) classes.push('formula');
        const cls = classes.length ? ` class="${classes.join(' ')}"` : '';
        this.emit(`<p${cls}${depth ? ` style="margin-left:${depth * 1.6}em"` : ''}>${inline(node.children)}</p>`, letterhead);
        this.lastBlock = 'p';
        return;
      }
      case 'list':
        this.list(node, depth);
        return;
      case 'table':
        this.table(node);
        return;
      case 'html': {
        const text = node.value.replace(/<!--[\s\S]*?-->/g, '').trim();
        if (text) this.emit(`<p>${escapeHtml(text)}</p>`);
        return;
      }
      case 'code':
        this.emit(`<pre>${escapeHtml(node.value)}</pre>`);
        return;
      case 'thematicBreak':
        this.emit('<hr>');
        return;
      default:
        if (node.children) this.blocks(node.children, depth);
    }
  }

  list(list, depth) {
    list.children.forEach((item, index) => {
      const [first, ...rest] = item.children;
      if (first?.type !== 'paragraph') {
        // `- 1) …` parses as a bullet holding an ordered list: print the inner list only.
        this.blocks(item.children, depth);
        return;
      }
      let marker;
      let children = first.children;
      if (list.ordered) {
        const written = /^\s*(\d{1,9})([.)])/.exec(this.lines[item.position.start.line - 1].slice(item.position.start.column - 1));
        marker = written ? `${written[1]}${written[2]}` : `${(list.start ?? 1) + index}.`;
      } else {
        const printed = stripPrinted(children);
        marker = printed ? printed.marker : '•';
        if (printed) children = printed.children;
      }
      this.emit(
        `<div class="li" style="margin-left:${depth * 1.6}em"><span class="marker">${escapeHtml(marker)}</span>` +
          `<span class="text">${inline(children)}</span></div>`,
      );
      this.lastBlock = 'li';
      this.blocks(rest, depth + 1);
    });
  }

  table(table) {
    const rows = table.children.filter(
      (row, r) => !(r === 0 && row.children.every((cell) => plain(cell.children).trim() === '')),
    );
    const width = Math.max(...table.children.map((row) => row.children.length));
    const out = [`<table>`];
    rows.forEach((row, r) => {
      const header = r === 0 && table.children[0] === row;
      const tag = header ? 'th' : 'td';
      const cells = row.children.map((cell) => {
        const text = plain(cell.children).trim();
        // Amounts and percentages align right, as in the original; counters and years do not.
        const numeric = /^(Rp\.?\s*)?\d{1,3}([.,]\d{3})+([.,]\d+)?$|^\d+([.,]\d+)?\s*%$/.test(text);
        return `<${tag}${numeric && !header ? ' class="num"' : ''}>${inline(cell.children)}</${tag}>`;
      });
      out.push(`<tr${header ? ' class="head"' : ''}>${cells.join('')}</tr>`);
    });
    out.push('</table>');
    const html = out.join('\n');
    if (width >= WIDE_COLUMNS) this.emitWide(html);
    else this.emit(html);
    this.lastBlock = 'table';
  }
}

const CSS = `
@page { size: A4; margin: 20mm 18mm 20mm 22mm; }
@page wide { size: A4 landscape; margin: 15mm 15mm; }
html { font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif; font-size: 10pt; line-height: 1.4; color: #000; }
body { margin: 0; }
h1, h2, h3, h4 { font-weight: bold; margin: 10pt 0 6pt; break-after: avoid; }
h1 { font-size: 13pt; text-align: center; }
h2 { font-size: 11pt; }
h3, h4 { font-size: 10pt; }
.new-page { break-before: page; }
p { margin: 0 0 6pt; text-align: justify; }
p.title, p.letterhead { text-align: center; }
p.formula { font-family: 'DejaVu Sans Mono', monospace; font-size: 8.5pt; text-align: left; }
.li { display: flex; margin-bottom: 3pt; text-align: justify; }
.li .marker { flex: none; min-width: 2.2em; }
.li .text { flex: 1; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0 10pt; font-size: 8.5pt; line-height: 1.25; }
th, td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; text-align: left; }
th { font-weight: bold; background: #e8e8e8; }
td.num { text-align: right; white-space: nowrap; }
tr { break-inside: avoid; }
.wide { page: wide; }
.wide table { font-size: 7.5pt; }
`;

export function renderHtml(markdown) {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(protectMath(markdown));
  const renderer = new Renderer(protectMath(markdown));
  renderer.blocks(tree.children);
  const body = renderer.html();
  return `<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Laporan Kinerja Kecamatan Semboro Tahun 2021</title>
<style>${CSS}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const html = renderHtml(readFileSync(source, 'utf8'));
  const work = mkdtempSync(join(tmpdir(), 'semboro-pdf-'));
  try {
    const htmlFile = join(work, 'semboro-2021.html');
    writeFileSync(htmlFile, html);
    const htmlOut = process.argv.indexOf('--html');
    if (htmlOut > 0 && process.argv[htmlOut + 1]) writeFileSync(process.argv[htmlOut + 1], html);
    printToPdf(chromium, htmlFile, target, work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`wrote ${target} (${Math.round(statSync(target).size / 1024)} KiB)`);
}
