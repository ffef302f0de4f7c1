// Writes fixtures/semboro-2021.docx: fixtures/semboro-2021.md as the Word document an OPD would
// write, with the `docx` package (Markdown → mdast → Word). Headings get Word's heading styles,
// ordered lists Word numbering (the number is not in the text: Word computes it), bullets Word
// bullets, a marker the report printed itself ("a.", "✓") stays in the text, as in the PDF; tables
// are Word tables with borders and a bold header row; a letterhead starts a new page.
//   node scripts/make-semboro-docx.mjs
// The text is the report's, character for character, like the .md and .pdf made from the same
// source. The bytes are not deterministic (Word stamps creation dates into docProps/core.xml).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AlignmentType, BorderStyle, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = `${root}fixtures/semboro-2021.md`;
const target = `${root}fixtures/semboro-2021.docx`;

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

// A bullet that starts with its own printed marker ("- a. …", "- ✓ …") prints that marker, as in
// make-semboro-pdf.mjs; the Markdown bullet is the exporter's.
const PRINTED =
  /^(\(\s*(?:\d{1,3}|[a-zA-Z])\s*\)|\d{1,3}(?:\.\d{1,3})*[.)]|[a-zA-Z][.)]|(?:i{1,3}|iv|vi{0,3}|ix|x{1,3}|I{1,3}|IV|VI{0,3}|IX|X{1,3})[.)]|[✓✔✗☐☑•●○◦▪■□➢➤►◆❖])[ \t\u00a0]+(?=\S)/u;

const plain = (nodes) => nodes.map((n) => (n.type === 'text' || n.type === 'inlineCode' ? n.value : n.children ? plain(n.children) : '')).join('');

/** Inline mdast → text runs; a newline in the text is a line break, as the PDF prints it. */
function runs(nodes, style = {}) {
  const out = [];
  for (const node of nodes) {
    if (node.type === 'strong') out.push(...runs(node.children, { ...style, bold: true }));
    else if (node.type === 'emphasis') out.push(...runs(node.children, { ...style, italics: true }));
    else if (node.type === 'delete') out.push(...runs(node.children, { ...style, strike: true }));
    else if (node.type === 'break') out.push(new TextRun({ ...style, text: '', break: 1 }));
    else if (node.type === 'html') {
      if (!/^<!--/.test(node.value) && !/^<\/?(i|b|em|strong|sub|sup|br)\s*\/?>$/i.test(node.value.trim())) out.push(...textRuns(node.value, style));
    } else if (node.type === 'text' || node.type === 'inlineCode') out.push(...textRuns(node.value, style));
    else if (node.type === 'image') out.push(...textRuns(node.alt ?? '', style));
    else if (node.children) out.push(...runs(node.children, style));
  }
  return out;
}

function textRuns(text, style) {
  return text.split('\n').map((line, i) => new TextRun({ ...style, text: line, ...(i > 0 ? { break: 1 } : {}) }));
}

/** Word numbering definitions, one per (format, start) the lists use. */
class Numbering {
  constructor() {
    this.configs = new Map();
    this.instances = 0;
  }
  /** A reference and a fresh instance (a list restarts its numbering) for "1." / "1)" lists starting at `start`. */
  list(suffix, start) {
    const reference = `decimal-${suffix === ')' ? 'paren' : 'dot'}-${start}`;
    if (!this.configs.has(reference))
      this.configs.set(reference, {
        reference,
        levels: [{ level: 0, format: LevelFormat.DECIMAL, text: `%1${suffix}`, start, alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 567, hanging: 567 } } } }],
      });
    return { reference, level: 0, instance: ++this.instances };
  }
  bullet() {
    const reference = 'bullet';
    if (!this.configs.has(reference))
      this.configs.set(reference, {
        reference,
        levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 567, hanging: 567 } } } }],
      });
    return { reference, level: 0 };
  }
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };

class Converter {
  constructor(markdown) {
    this.lines = markdown.split('\n');
    this.numbering = new Numbering();
    this.out = [];
    this.afterLetterhead = false;
  }

  blocks(nodes, depth = 0) {
    for (const node of nodes) this.block(node, depth);
  }

  block(node, depth) {
    const indent = depth ? { indent: { left: 567 * depth } } : {};
    switch (node.type) {
      case 'heading':
        this.out.push(new Paragraph({ heading: HEADINGS[node.depth - 1], children: runs(node.children), pageBreakBefore: node.depth === 1 && this.out.length > 0 && !this.afterLetterhead }));
        this.afterLetterhead = false;
        return;
      case 'paragraph': {
        const text = plain(node.children);
        const letterhead = /^PEMERINTAH KABUPATEN/.test(text);
        this.afterLetterhead = letterhead;
        const centred = letterhead || (node.children.length === 1 && node.children[0].type === 'strong');
        this.out.push(new Paragraph({ children: runs(node.children), pageBreakBefore: letterhead, ...(centred ? { alignment: AlignmentType.CENTER } : {}), ...indent }));
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
        if (text) this.out.push(new Paragraph({ children: textRuns(text, {}), ...indent }));
        return;
      }
      case 'code':
        this.out.push(new Paragraph({ children: textRuns(node.value, { font: 'Courier New' }), ...indent }));
        return;
      case 'thematicBreak':
        return;
      default:
        if (node.children) this.blocks(node.children, depth);
    }
  }

  list(list, depth) {
    // One Word list per Markdown list: its numbering starts where the report's does.
    let numbering;
    if (list.ordered) {
      const first = list.children[0];
      const written = first ? /^\s*(\d{1,9})([.)])/.exec(this.lines[first.position.start.line - 1].slice(first.position.start.column - 1)) : null;
      numbering = this.numbering.list(written?.[2] ?? '.', list.start ?? 1);
    }
    for (const item of list.children) {
      const [first, ...rest] = item.children;
      if (first?.type !== 'paragraph') {
        // `- 1) …` parses as a bullet holding an ordered list: the inner list only.
        this.blocks(item.children, depth);
        continue;
      }
      const printed = list.ordered ? undefined : PRINTED.exec(plain(first.children.slice(0, 1)));
      const indent = depth ? { indent: { left: 567 * (depth + 1), hanging: 567 } } : {};
      if (list.ordered) this.out.push(new Paragraph({ children: runs(first.children), numbering, ...indent }));
      else if (printed) this.out.push(new Paragraph({ children: runs(first.children), indent: { left: 567 * (depth + 1), hanging: 567 } }));
      else this.out.push(new Paragraph({ children: runs(first.children), numbering: this.numbering.bullet(), ...indent }));
      this.blocks(rest, depth + 1);
    }
  }

  table(table) {
    const rows = table.children.filter((row, r) => !(r === 0 && row.children.every((cell) => plain(cell.children).trim() === '')));
    const width = Math.max(...table.children.map((row) => row.children.length));
    const header = table.children[0];
    this.out.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        borders: BORDERS,
        rows: rows.map(
          (row) =>
            new TableRow({
              tableHeader: row === header,
              children: Array.from({ length: width }, (_, k) => {
                const cell = row.children[k];
                return new TableCell({ children: [new Paragraph({ children: cell ? runs(cell.children, row === header ? { bold: true } : {}) : [] })] });
              }),
            }),
        ),
      }),
    );
  }
}

export async function renderDocx(markdown) {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown);
  const converter = new Converter(markdown);
  converter.blocks(tree.children);
  const doc = new Document({
    creator: 'lkjip-lint scripts/make-semboro-docx.mjs',
    title: 'Laporan Kinerja Kecamatan Semboro Tahun 2021',
    styles: { default: { document: { run: { font: 'Arial', size: 20 } } } },
    numbering: { config: [...converter.numbering.configs.values()] },
    sections: [{ children: converter.out }],
  });
  return Packer.toBuffer(doc);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const bytes = await renderDocx(readFileSync(source, 'utf8'));
  writeFileSync(target, bytes);
  console.log(`wrote ${target} (${Math.round(bytes.length / 1024)} KiB)`);
}
